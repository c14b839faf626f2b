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
  options: {
    site: { type: "string", default: "_site" },
    width: { type: "string", default: "390" },
    /** Capture only the first N pixels of the page, to look at details. */
    height: { type: "string" },
  },
});

const server = await startStaticServer({ root: values.site });
const browser = await launchChromium();
await mkdir("test-results", { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 844 }, deviceScaleFactor: 1 });
  // Only the local site is reached: tiles and Snipcart's CDN are other hosts, left blank here.
  await page.route((url) => url.origin !== server.url, (route) => route.fulfill({ status: 204 }));
  for (const pathname of positionals.length > 0 ? positionals : ["/"]) {
    await page.goto(server.url + pathname, { waitUntil: "load" });
    // Lazy pictures below the fold would stay blank in a full-page capture.
    await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((img) => img.setAttribute("loading", "eager")));
    await page.waitForLoadState("networkidle");
    const file = `test-results/${pathname.replace(/\W+/g, "_") || "home"}-${values.width}.png`;
    await page.screenshot(
      values.height
        ? { path: file, clip: { x: 0, y: 0, width: Number(values.width), height: Number(values.height) } }
        : { path: file, fullPage: true },
    );
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
