/**
 * `npx tsx scripts/bench-map.ts [--merchants 5000] [--runs 3] [--keep | --site <dir>] [--verbose]`
 * builds a made-up town of that many merchants in a temporary folder, opens /carte/ in
 * Chromium and prints the time from navigation to all markers clustered, and the JavaScript
 * the page downloads (raw and gzip). A measurement to read, not a timed test: figures vary
 * with the machine. Tile requests are answered with a blank local PNG (no network here, and
 * no load on the tile server).
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { formatSeconds, log } from "../src/log.ts";
import { startStaticServer } from "../src/serve/static-server.ts";
import { buildInto, temporaryFolder } from "../test/support/build.ts";
import { launchChromium } from "../test/support/chromium.ts";
import { townMerchants, writeTown } from "../test/support/map-town.ts";

const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
  "base64",
);

const { values } = parseArgs({
  options: {
    merchants: { type: "string", default: "5000" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    /** A site this script built before (kept with --keep), to measure again without building. */
    site: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const count = Number(values.merchants);
const runs = Number(values.runs);

const folder = values.site ? null : await temporaryFolder("bench-map");
const site = folder ? await buildTown(folder) : (values.site ?? "");

const server = await startStaticServer({ root: site });
const browser = await launchChromium();
try {
  const times: number[] = [];
  let scripts: { url: string; bytes: number; gzip: number }[] = [];
  for (let run = 0; run < runs; run++) {
    // A fresh context per run: nothing cached, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const downloaded: typeof scripts = [];
    await page.route(
      (url) => url.origin !== server.url,
      (route) => route.fulfill({ status: 200, contentType: "image/png", body: TILE }),
    );
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.body().catch(() => null);
      if (body) downloaded.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
    });

    const started = performance.now();
    await page.goto(`${server.url}/carte/`, { waitUntil: "commit" });
    await page.locator("[data-map][data-state='ready']").waitFor({ timeout: 60_000 });
    // The page's own clock, from navigation start to the mark set once the clusters are built.
    const ready = await page.evaluate(() => performance.getEntriesByName("comptoir:map-ready")[0]?.startTime ?? Number.NaN);
    const markers = Number(await page.locator("[data-map]").getAttribute("data-markers"));
    if (markers !== count) throw new Error(`${markers} marqueurs sur la carte au lieu de ${count}`);
    times.push(ready);
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const data = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((entry) => entry.name.endsWith(".geojson"));
      return { parsed: navigation?.domInteractive ?? 0, data: data?.responseEnd ?? 0 };
    });
    log.detail(`HTML lu à ${formatSeconds(timing.parsed)}, données reçues à ${formatSeconds(timing.data)}`);
    log.info(`Passage ${run + 1} : ${count} marqueurs regroupés en ${formatSeconds(ready)} (mesuré hors page : ${formatSeconds(performance.now() - started)})`);
    scripts = downloaded;
    await context.close();
  }

  const geojson = await readFile(path.join(site, "carte/commercants.geojson"));
  const html = await readFile(path.join(site, "carte/index.html"));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace(".", ",")} Ko`;
  const sorted = [...times].sort((a, b) => a - b);
  log.info(`Médiane : ${formatSeconds(sorted[Math.floor(sorted.length / 2)] ?? 0)} pour ${count} commerçants.`);
  for (const script of scripts) log.info(`  ${script.url} : ${kb(script.bytes)}, ${kb(script.gzip)} gzip`);
  log.info(
    `JavaScript de /carte/ : ${kb(scripts.reduce((sum, s) => sum + s.bytes, 0))}, ${kb(scripts.reduce((sum, s) => sum + s.gzip, 0))} gzip (${scripts.length} fichiers).`,
  );
  log.info(`Données : ${kb(geojson.length)}, ${kb(gzipSync(geojson).length)} gzip ; page HTML : ${kb(html.length)}, ${kb(gzipSync(html).length)} gzip.`);
} finally {
  await browser.close();
  await server.close();
  if (folder && !values.keep) {
    await rm(folder, { recursive: true, force: true });
    await rm(path.dirname(site), { recursive: true, force: true });
  }
  if (folder && values.keep) log.info(`Site gardé : --site ${site}`);
}

async function buildTown(folder: string): Promise<string> {
  const content = path.join(folder, "content");
  await log.phase(`Ville de ${count} commerçants écrite dans ${content}`, () => writeTown(content, townMerchants(count)));
  return log.phase("Site construit", () => buildInto(content));
}
