/**
 * `npx tsx scripts/bench-search.ts`: how search holds up on a big town. Generates a synthetic
 * town (5,000 merchants × 10 products by default), builds and indexes it, then prints the index
 * time, the index size on disk, and, in Chromium, the bytes a first query downloads and the time
 * it takes to show results. A measurement to read, not a test: nothing here fails on a figure.
 * Options: --merchants <n>, --products <n>, --keep (leave the generated town and site in /tmp),
 * --site <dir> (measure the queries on a site already built, skipping generation and build).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { generateTown } from "../src/bench/town.ts";
import { SEARCH_BUNDLES } from "../src/search/bundles.ts";
import { startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";

const { values } = parseArgs({
  options: {
    merchants: { type: "string", default: "5000" },
    products: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
    site: { type: "string" },
  },
});
const MERCHANTS = Number(values.merchants);
const PRODUCTS = Number(values.products);
/** What residents type: a product, an unaccented shop word, a plural, two words, a rare word. */
const QUERIES = ["fraises", "creperie", "galette complete", "bol en gres", "miel"];

// Runs last, once the tables below are defined.
async function main() {
  if (values.site) {
    await measureQueries(values.site);
    return;
  }
  const root = await mkdtemp(path.join(tmpdir(), "comptoir-bench-search-"));
  const content = path.join(root, "content");
  const output = path.join(root, "_site");

  try {
    let started = performance.now();
    await generateTown({ merchants: MERCHANTS, productsPerMerchant: PRODUCTS, seed: 42, outDir: content, settingsDir: "content" });
    console.log(`Town generated: ${MERCHANTS} merchants, ${MERCHANTS * PRODUCTS} products (${seconds(started)})`);

    started = performance.now();
    const { stdout } = await promisify(execFile)(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/build.ts", "--content", content, "--output", output],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=6144" } },
    );
    const indexLine = stdout.split("\n").find((line) => line.includes("Index de recherche écrit")) ?? "(no index line)";
    console.log(`Build: ${seconds(started)} in all`);
    console.log(`Index: ${indexLine.replace("[comptoir] ", "")}`);

    for (const bundle of Object.values(SEARCH_BUNDLES)) {
      const sizes = await folderSize(path.join(output, bundle));
      console.log(`Index on disk, ${bundle}/: ${kb(sizes.total)} in ${sizes.files} files (${kb(sizes.search)} without Pagefind's unused UI files)`);
    }

    await measureQueries(output);
  } finally {
    if (values.keep) console.log(`Kept: ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

/** Notes in the page when the first result (or the "nothing found" status) is on screen. */
const WATCH_RESULTS = `
  new MutationObserver((_, observer) => {
    if (document.querySelector(".search-result") || /Aucun/.test(document.querySelector(".search-status")?.textContent ?? "")) {
      window.__firstResults = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener("keydown", (event) => { if (event.key === "Enter") window.__enter = performance.now(); }, true);
`;

interface Visit {
  count: string;
  milliseconds: number;
  bytes: number;
  gzip: { code: number; pageList: number; words: number; results: number };
}

async function measureQueries(site: string) {
  const server = await startStaticServer({ root: site });
  const browser = await launchChromium();

  /** One first query in a fresh browser context (cold cache), timed in the page. */
  async function visit(query: string, how: "typed" | "link"): Promise<Visit> {
    // The site's CSP forbids evaluating strings, which is how the timings are read back here.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript(WATCH_RESULTS);
    let bytes = 0;
    const gzip = { code: 0, pageList: 0, words: 0, results: 0 };
    page.on("response", async (response) => {
      const pathname = new URL(response.url()).pathname;
      if (!/^\/pagefind(-nom)?\//.test(pathname)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      // .pf_* files and the wasm are gzipped by Pagefind already; a server compresses the rest.
      const size = /\.(pf_\w+|pagefind)$/.test(pathname) ? body.length : gzipSync(body).length;
      if (pathname.endsWith(".pf_meta")) gzip.pageList += size;
      else if (pathname.endsWith(".pf_index") || pathname.endsWith(".pf_filter")) gzip.words += size;
      else if (pathname.endsWith(".pf_fragment")) gzip.results += size;
      else gzip.code += size;
    });

    let milliseconds: number;
    if (how === "typed") {
      // The resident taps the box (the page starts fetching Pagefind), types at about eight keys a
      // second, then presses Enter.
      await page.goto(`${server.url}/recherche/`, { waitUntil: "load" });
      await page.getByRole("searchbox").pressSequentially(query, { delay: 120 });
      await page.keyboard.press("Enter");
      await page.waitForFunction("window.__firstResults", undefined, { timeout: 30_000 });
      milliseconds = await page.evaluate<number>("window.__firstResults - window.__enter");
    } else {
      // The home page's search form: the search page opens with the query in its address.
      await page.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction("window.__firstResults", undefined, { timeout: 30_000 });
      milliseconds = await page.evaluate<number>("window.__firstResults");
    }
    // The count is announced once the first page of results has loaded.
    await page.locator(".search-status").filter({ hasText: "«" }).waitFor();
    const announced = (await page.locator(".search-status").textContent()) ?? "";
    const count = announced.match(/^[\d\u202f]+/)?.[0]?.replace(/\u202f/g, "") ?? "0";
    await context.close();
    return { count, milliseconds, bytes, gzip };
  }

  try {
    for (const [how, title] of [
      ["typed", "Typed on the search page (8 keys/s), then Enter: time from Enter to the first result"],
      ["link", "Opened as /recherche/?q=… (the home page's form): time from navigation start to the first result"],
    ] as const) {
      console.log(`\n${title} (fresh browser, cold cache):`);
      console.log("query                | results | time to results | /pagefind/ bytes | gzip estimate | of which: code, page list, words, results");
      for (const query of QUERIES) {
        const { count, milliseconds, bytes, gzip } = await visit(query, how);
        const total = gzip.code + gzip.pageList + gzip.words + gzip.results;
        console.log(
          `${query.padEnd(20)} | ${count.padStart(7)} | ${`${Math.round(milliseconds)} ms`.padStart(15)} | ${kb(bytes).padStart(16)} | ${kb(total).padStart(13)} | ${[gzip.code, gzip.pageList, gzip.words, gzip.results].map(kb).join(", ")}`,
        );
      }
    }
    console.log("(results: merchants found; bytes: everything under /pagefind/ the visit downloaded)");
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- A synthetic town -------------------------------------------------------------------------

// --- Figures ----------------------------------------------------------------------------------

async function folderSize(dir: string) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  let search = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const size = (await stat(path.join(entry.parentPath, entry.name))).size;
    total += size;
    files += 1;
    if (!/ui\.(js|css)$|highlight\.js$/.test(entry.name)) search += size;
  }
  return { total, search, files };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

await main();
