/**
 * `npm run screenshot -- /commercants/x/ [/other/]`: phone-sized screenshots of built pages,
 * written to test-results/, for looking at what a change did.
 */
import { mkdir } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { site: { type: "string", default: "_site" }, width: { type: "string", default: "390" } },
});

const server = await startStaticServer({ root: values.site });
const browser = await launchChromium();
await mkdir("test-results", { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 844 }, deviceScaleFactor: 1 });
  for (const pathname of positionals.length > 0 ? positionals : ["/"]) {
    await page.goto(server.url + pathname, { waitUntil: "load" });
    const file = `test-results/${pathname.replace(/\W+/g, "_") || "home"}-${values.width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
