/**
 * `npx tsx scripts/bench-dev.ts`: how long a volunteer waits, with `npm start` running, between
 * saving a merchant's file and seeing the change on its page. Copies the demo content to a
 * temporary folder, starts the dev server on it and opens the merchant's page in Chromium, then
 * edits the merchant's description several times, each time timing until the page, reloaded by
 * the dev server, shows the change. Prints each figure and the median; a measurement to read,
 * not a test.
 * Options: --content <dir> (default content), --edits <n> (default 7).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../src/content/load.ts";
import { launchChromium } from "../test/support/chromium.ts";
import { startDevServer } from "../test/support/dev-server.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    edits: { type: "string", default: "7" },
  },
});

const root = await mkdtemp(path.join(tmpdir(), "comptoir-bench-dev-"));
const content = path.join(root, "content");
await cp(values.content, content, { recursive: true });

// The first published merchant, alphabetically.
const merchant = (await loadContent(content)).content?.merchants[0];
if (!merchant) throw new Error(`No published merchant in ${values.content}`);
const file = path.join(merchant.absoluteFolder, "index.md");
const original = await readFile(file, "utf8");

const server = await startDevServer(content, path.join(root, "_site"));
const browser = await launchChromium();
const figures: number[] = [];
try {
  const page = await browser.newPage();
  // Map tiles and Snipcart are other hosts, unreachable here: answered empty.
  await page.route((url) => url.origin !== new URL(server.url).origin, (route) => route.fulfill({ status: 204 }));
  await page.goto(`${server.url}${merchant.url}`);
  for (let edit = 1; edit <= Number(values.edits); edit++) {
    const marker = `Modification ${edit} pour la mesure.`;
    const started = performance.now();
    // A new paragraph at the end of the description: it shows on the merchant's page.
    await writeFile(file, `${original.trimEnd()}\n\n${marker}\n`);
    await page.getByText(marker).waitFor({ timeout: 60_000 });
    const milliseconds = performance.now() - started;
    figures.push(milliseconds);
    console.log(`edit ${edit}: on screen after ${Math.round(milliseconds)} ms`);
    // Let the watcher settle before the next edit.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(root, { recursive: true, force: true });
}

const sorted = [...figures].sort((a, b) => a - b);
console.log(`\n${merchant.name} (${merchant.url}): median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN)} ms, from ${Math.round(sorted[0] ?? NaN)} to ${Math.round(sorted.at(-1) ?? NaN)} ms over ${figures.length} edits`);
console.log("(from the file's write to the change on screen, after the dev server's automatic reload)");
