/**
 * The search index a build writes: the merchant pages and no other, each product a section of
 * its merchant's page, and a build that fails loudly when Pagefind cannot run.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { PROJECT_ROOT, runScript, temporaryFolder } from "../support/build.ts";
import { loadContent } from "../../src/content/load.ts";
import { productIdOf, productPageUrl } from "../../src/search/anchors.ts";
import { SEARCH_BUNDLES } from "../../src/search/bundles.ts";
import { fold } from "../../src/search/text.ts";
import { launchChromium } from "../support/chromium.ts";

const SEARCH_TOWN = path.join(PROJECT_ROOT, "test/fixtures/search-town/content");

describe("a build of the search town", () => {
  let server: StaticServer;
  let stdout: string;
  let output: string;

  beforeAll(async () => {
    output = path.join(await temporaryFolder("search-index"), "_site");
    const run = await runScript("build", ["--content", SEARCH_TOWN, "--output", output]);
    if (run.code !== 0) throw new Error(`Build of ${SEARCH_TOWN} failed:\n${run.stdout}\n${run.stderr}`);
    stdout = run.stdout;
    server = await startStaticServer({ root: output });
  });

  afterAll(async () => {
    await server?.close();
  });

  test("indexes every merchant page and no other, each product a section that leads to its page", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/recherche/`);
      // A string, so that the test runner does not rewrite the browser's import().
      const pages = await page.evaluate<{ url: string; anchors: { id: string; title?: string }[] }[]>(`(async () => {
        const pagefind = await import("/pagefind/pagefind.js");
        const all = await pagefind.search(null);
        return Promise.all(all.results.map(async (result) => (await result.data())));
      })()`);
      const content = await loadContent(SEARCH_TOWN);
      const merchants = content.content?.merchants ?? [];
      expect(pages.map((found) => found.url).sort()).toEqual(merchants.map((merchant) => merchant.url).sort());

      for (const merchant of merchants) {
        const anchors = pages.find((found) => found.url === merchant.url)?.anchors ?? [];
        // The sections search returns as products, read back the way the search page reads them.
        const sections = anchors.filter((anchor) => anchor.title && productIdOf(anchor.id));
        expect(sections.map((anchor) => [anchor.title, productPageUrl(merchant.url, productIdOf(anchor.id) ?? "")])).toEqual(
          merchant.products.map((product) => [product.name, product.url]),
        );
      }
    } finally {
      await browser.close();
    }
  });

  test("writes a second bundle for the name sort, and leaves the sort out of the first", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/recherche/`);
      const sorted = await page.evaluate<string[]>(`(async () => {
        const pagefind = await import("/pagefind-nom/pagefind.js");
        const all = await pagefind.search(null, { sort: { name: "asc" } });
        return Promise.all(all.results.map(async (result) => (await result.data()).meta.title));
      })()`);
      const merchants = (await loadContent(SEARCH_TOWN)).content?.merchants ?? [];
      expect(sorted).toEqual(merchants.map((merchant) => merchant.name).sort((a, b) => fold(a).localeCompare(fold(b))));
    } finally {
      await browser.close();
    }
    // The page list every first query downloads: without the sort's list of pages, it is smaller.
    const pageList = async (bundle: string) => {
      const file = (await readdir(path.join(output, bundle))).find((name) => name.endsWith(".pf_meta")) ?? "";
      return (await stat(path.join(output, bundle, file))).size;
    };
    expect(await pageList(SEARCH_BUNDLES.relevance)).toBeLessThan(await pageList(SEARCH_BUNDLES.byName));
  });

  test("writes a French index", async () => {
    const response = await fetch(`${server.url}/pagefind/pagefind-entry.json`);
    const entry = (await response.json()) as { version: string; languages: Record<string, { page_count: number }> };
    expect(entry.version).toBe("1.6.0");
    expect(Object.keys(entry.languages)).toEqual(["fr"]);
    expect(entry.languages.fr?.page_count).toBe(10);
  });

  test("reports the pages it indexed", () => {
    expect(stdout).toMatch(/\[comptoir\] Index de recherche écrit : 10 pages \(\d+,\d\d s\)/);
  });
});

test("a build fails, writing no site, when Pagefind cannot run", async () => {
  const output = path.join(await temporaryFolder("search-fail"), "_site");
  const run = await runScript("build", ["--content", SEARCH_TOWN, "--output", output], { PAGEFIND_BINARY_PATH: "/nonexistent/pagefind" });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("L'index de recherche n'a pas pu être écrit :");
  expect(run.stderr).toContain(`Vérifiez que le paquet @pagefind/${process.platform}-${process.arch} est installé`);
  await expect(readFile(path.join(output, "index.html"))).rejects.toThrow();
});

test("when Pagefind fails while the product pages are still being written, the build waits for them, then leaves nothing", async () => {
  const parent = await temporaryFolder("search-fail-runs");
  const output = path.join(parent, "_site");
  // Runs of 5 pages, which a worker may share: Pagefind starts, and fails, after the merchant
  // pages, while the product pages have runs to go.
  const run = await runScript("build", ["--content", SEARCH_TOWN, "--output", output], {
    PAGEFIND_BINARY_PATH: "/nonexistent/pagefind",
    COMPTOIR_WORKERS_FROM: "1",
    COMPTOIR_WORKERS: "1",
    COMPTOIR_PAGES_PER_RUN: "5",
  });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("L'index de recherche n'a pas pu être écrit :");
  // A worker the build let go before it was ready does not crash on its way out.
  expect(run.stderr).not.toMatch(/Unhandled/);
  expect(run.stdout.match(/\[11ty\].* Wrote \d+ files/g)?.length).toBeGreaterThan(4);
  // Nothing was written into the build's folder once it was removed.
  expect(await readdir(parent)).toEqual([]);
});

test("the demo's index holds exactly the pages that opt in: its merchant pages", async () => {
  const site = inject("demoSite");
  const entry = JSON.parse(await readFile(path.join(site, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
  const optedIn: string[] = [];
  for (const file of pages) {
    if ((await readFile(path.join(site, file), "utf8")).includes("data-pagefind-body")) optedIn.push(file);
  }

  expect(optedIn.length).toBeGreaterThan(0);
  expect(optedIn.filter((file) => !/^commercants\/[^/]+\/index\.html$/.test(file))).toEqual([]);
  expect(entry.languages.fr?.page_count).toBe(optedIn.length);
});
