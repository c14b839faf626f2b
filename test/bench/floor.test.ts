/** The benchmark's "Eleventy and Pagefind alone" (scripts/bench-floor.ts) writes the pages it is asked for and indexes the first ones. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { runScript, temporaryFolder } from "../support/build.ts";

test("writes --pages pages and indexes --indexed of them", async () => {
  const output = path.join(await temporaryFolder("floor"), "site");
  const run = await runScript("bench-floor", ["--pages", "30", "--indexed", "5", "--output", output]);
  expect(run.code, run.stderr).toBe(0);

  const pages = (await readdir(output, { recursive: true })).filter((file) => file.endsWith("index.html"));
  expect(pages).toHaveLength(30);
  const entry = JSON.parse(await readFile(path.join(output, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(entry.languages.fr?.page_count).toBe(5);
});
