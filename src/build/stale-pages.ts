/**
 * The dev server writes into the same folder after each change and never empties it: a page
 * whose merchant was unpublished, renamed or removed would stay online, and in search. After
 * each of its builds, the pages that build did not write are removed.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/** Removes the HTML files under `output` that are not among `written`; returns how many. */
export async function removeStalePages(output: string, written: string[]): Promise<number> {
  const kept = new Set(written.map((file) => path.resolve(file)));
  const stale = (await readdir(output, { recursive: true }))
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.resolve(output, file))
    .filter((file) => !kept.has(file));
  await Promise.all(stale.map((file) => rm(file, { force: true })));
  return stale.length;
}
