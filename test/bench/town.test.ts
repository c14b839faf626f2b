import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { generateTown } from "../../src/bench/town.ts";
import { loadContent } from "../../src/content/load.ts";
import { buildInto, PROJECT_ROOT, temporaryFolder } from "../support/build.ts";

async function fingerprint(folder: string): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(path.relative(folder, file)).update(await readFile(file));
  return hash.digest("hex");
}

async function town(merchants: number, seed: number): Promise<string> {
  const outDir = path.join(await temporaryFolder("town"), "content");
  await generateTown({ merchants, productsPerMerchant: 3, seed, outDir, settingsDir: path.join(PROJECT_ROOT, "content") });
  return outDir;
}

describe("the synthetic town generator", () => {
  test("writes the same files for the same seed, and other files for another seed", async () => {
    const [first, second, other] = await Promise.all([town(12, 7), town(12, 7), town(12, 8)]);
    expect(await fingerprint(first)).toBe(await fingerprint(second));
    expect(await fingerprint(first)).not.toBe(await fingerprint(other));
  });

  test("writes a town that passes the check without a warning and builds", async () => {
    const content = await town(25, 3);
    const { content: model, problems } = await loadContent(content);
    expect(problems).toEqual([]);
    expect(model?.merchants).toHaveLength(25);
    expect(model?.products).toHaveLength(75);

    const site = await buildInto(content);
    const pages = (await readdir(path.join(site, "commercants"), { recursive: true })).filter((file) => file.endsWith("index.html"));
    expect(pages).toHaveLength(1 + 25 + 75);
  });
});
