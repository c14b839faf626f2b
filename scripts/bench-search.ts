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

    const sizes = await folderSize(path.join(output, "pagefind"));
    console.log(`Index on disk: ${kb(sizes.total)} in ${sizes.files} files (${kb(sizes.search)} without Pagefind's unused UI files)`);

    await measureQueries(output);
  } finally {
    if (values.keep) console.log(`Kept: ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

async function measureQueries(site: string) {
  const server = await startStaticServer({ root: site });
  const browser = await launchChromium();
  try {
    console.log("\nFirst query in a fresh browser (cold cache), typed once the search page has loaded:");
    console.log("query                | results | time to results | /pagefind/ bytes | gzip estimate");
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/recherche/`, { waitUntil: "load" });

      let bytes = 0;
      let gzip = 0;
      page.on("response", async (response) => {
        if (!new URL(response.url()).pathname.startsWith("/pagefind/")) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        bytes += body.length;
        // .pf_* files and the wasm are gzipped by Pagefind already; a server compresses the rest.
        gzip += /\.(pf_\w+|pagefind)$/.test(response.url()) ? body.length : gzipSync(body).length;
      });

      const typed = performance.now();
      await page.getByRole("searchbox").fill(query);
      await page.getByRole("status").filter({ hasText: /résultat/ }).waitFor({ timeout: 30_000 });
      const elapsed = performance.now() - typed;
      await page.waitForLoadState("networkidle");
      const announced = (await page.getByRole("status").textContent()) ?? "";
      const count = announced.match(/^[\d\u202f]+/)?.[0]?.replace(/\u202f/g, "") ?? "0";
      console.log(
        `${query.padEnd(20)} | ${count.padStart(7)} | ${`${Math.round(elapsed)} ms`.padStart(15)} | ${kb(bytes).padStart(16)} | ${kb(gzip).padStart(13)}`,
      );
      await context.close();
    }
    console.log("(time includes the 200 ms the page waits after the last key press before searching)");
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
