/** Copies of the fixture content folders in temporary folders, for tests that change them. */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT, temporaryFolder } from "./build.ts";

/** Copies `test/fixtures/<name>/content` and returns the copy's content folder. */
export async function copyFixture(name: string): Promise<string> {
  const target = path.join(await temporaryFolder(name), "content");
  await cp(path.join(PROJECT_ROOT, "test/fixtures", name, "content"), target, { recursive: true });
  return target;
}

/** Rewrites one file of a content folder; `from` must be found, so a stale edit fails loudly. */
export async function editFile(contentDir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const target = path.join(contentDir, file);
  const text = await readFile(target, "utf8");
  if (typeof from === "string" ? !text.includes(from) : !from.test(text)) {
    throw new Error(`${file} does not contain ${String(from)}`);
  }
  await writeFile(target, text.replace(from, to));
}
