/**
 * axe-core in Chromium on every page type of the built demo town, phone-sized, with the rules of
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA and axe's best practices. Each page is checked
 * once its scripts have drawn what they draw: the map's markers, the search results, the
 * merchant's small map. The same visit then narrows the window to 320 px, where nothing may
 * scroll sideways (reflow, which axe does not check).
 */
import { createRequire } from "node:module";
import type { AxeResults, Result } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Content } from "../../src/content/model.ts";
import { fr } from "../../src/strings/fr.ts";
import { openDemoSite, openPage, type DemoSite } from "./demo-browser.ts";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/**
 * WCAG 2.0 and 2.1 A and AA (what the RGAA asks), 2.2 AA (target size, which Lighthouse counts too)
 * and axe's best practices (landmarks, heading order), all of which the site meets.
 */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** Chromium on two busy cores can take a few seconds to fetch the search index or the map. */
const PATIENCE = { timeout: 15_000 };

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

interface PageType {
  path(content: Content): string;
  /** 200 unless said. */
  status?: number;
  /** Waits until the page's scripts have drawn what a visitor would see. */
  ready?(page: Page): Promise<void>;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo town needs ${what}`);
  return value;
}

const sellsOnline = (content: Content, merchantSlug: string) =>
  content.merchantsBySlug.get(merchantSlug)?.services.onlineOrdering === true;

const mapReady = (page: Page) => page.locator("[data-map][data-state='ready']").waitFor(PATIENCE);
const searchReady = (page: Page) => page.locator(".search-result").first().waitFor(PATIENCE);

const PAGE_TYPES: Record<string, PageType> = {
  "the home page": { path: () => "/" },
  "a category": {
    path: (content) =>
      required(
        content.categories.find((category) => category.merchants.length > 1),
        "a category with merchants",
      ).url,
  },
  "the A–Z list": { path: () => "/commercants/" },
  "a merchant with products, opening hours and a map": {
    path: (content) =>
      required(
        content.merchants.find((merchant) => merchant.products.length > 0 && merchant.hours),
        "a merchant with products and hours",
      ).url,
    ready: async (page) => {
      await page.locator("[data-merchant-map]").scrollIntoViewIfNeeded();
      await page.locator("[data-merchant-map] .leaflet-marker-icon").waitFor(PATIENCE);
    },
  },
  "a merchant without products": {
    path: (content) =>
      required(
        content.merchants.find((merchant) => merchant.products.length === 0),
        "a merchant without products",
      ).url,
  },
  "an available product with options, sold online": {
    path: (content) =>
      required(
        content.products.find(
          (product) =>
            product.available &&
            product.options.length > 0 &&
            sellsOnline(content, product.merchantSlug),
        ),
        "an available product with options from a merchant selling online",
      ).url,
  },
  "an unavailable product": {
    path: (content) =>
      required(
        content.products.find((product) => !product.available),
        "an unavailable product",
      ).url,
  },
  // One visit for the map, its list and a popup: axe reads the whole page in each state.
  "the map, with a merchant's popup open": {
    path: () => "/carte/",
    ready: async (page) => {
      await mapReady(page);
      await page.locator(".map-list__centre").first().click();
      await page.locator(".leaflet-popup").waitFor(PATIENCE);
    },
  },
  "the search page, with results and its filters open": {
    path: () => "/recherche/?q=fraises",
    ready: async (page) => {
      await searchReady(page);
      await page.getByText(fr.search.filtersTitle).click();
    },
  },
  "the about page": { path: () => "/a-propos/" },
  "the legal notice": { path: () => "/mentions-legales/" },
  "the ordering guide": { path: () => "/commander/" },
  "the page for an address that does not exist": {
    path: () => "/cette-adresse-n-existe-pas/",
    status: 404,
  },
};

/** One paragraph per violation: rule, impact, what it asks, and where on the page. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const heading = `${violation.id} (${violation.impact ?? "?"}): ${violation.help}`;
      const targets = violation.nodes.map((node) => {
        const checks = [...node.any, ...node.all, ...node.none];
        const why = checks.map((check) => check.message).find(Boolean);
        return `    - ${node.target.join(" ")}${why ? `: ${why}` : ""}`;
      });
      return [heading, `    ${violation.helpUrl}`, ...targets].join("\n");
    })
    .join("\n");
}

interface Axe {
  run(context: Node, options: object): Promise<AxeResults>;
}

/** WCAG 1.4.10: at 320 CSS pixels wide (a 1280 px screen zoomed to 400 %) nothing scrolls sideways. */
const REFLOW_WIDTH = 320;

describe("no axe-core violation of WCAG A and AA or its best practices, and no sideways scrolling at 320 px (tile server and Snipcart's CDN intercepted)", () => {
  test.each(Object.entries(PAGE_TYPES))("on %s", async (_name, type) => {
    // The production Content-Security-Policy would refuse axe's script: it is lifted for it alone.
    const { page, outside, close } = await openPage(site, { bypassCSP: true });
    const pathname = type.path(site.content);
    const response = await page.goto(`${site.url}${pathname}`);
    expect(response?.status()).toBe(type.status ?? 200);
    await type.ready?.(page);

    await page.addScriptTag({ path: AXE_SCRIPT });
    const results = await page.evaluate((tags) => {
      const { axe } = window as unknown as { axe: Axe };
      const options = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
      return axe.run(document, options);
    }, AXE_TAGS);

    await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    await page.waitForFunction((width) => document.documentElement.clientWidth === width, REFLOW_WIDTH);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await close();

    expect(outside.refused, "requests to hosts other than the tile server and Snipcart").toEqual([]);
    expect(describeViolations(results.violations), `violations on ${pathname}`).toBe("");
    expect(scrollWidth, `width of ${pathname} in a ${REFLOW_WIDTH} px window`).toBe(REFLOW_WIDTH);
  });
});

describe("what axe does not judge", () => {
  const merchantWithMap = (content: Content) => content.merchants[0]!.url;

  test.each([
    ["the map", () => "/carte/"],
    ["a merchant's small map", merchantWithMap],
  ])("%s names its controls in French, the language of the page", async (_name, path) => {
    const { page, close } = await openPage(site);
    await page.goto(`${site.url}${path(site.content)}`);
    const map = page.locator("[data-map], [data-merchant-map]");
    await map.scrollIntoViewIfNeeded(PATIENCE);
    await map.locator(".leaflet-control-zoom-in").waitFor(PATIENCE);

    expect(await map.getByRole("button", { name: fr.map.zoomIn, exact: true }).count()).toBe(1);
    expect(await map.getByRole("button", { name: fr.map.zoomOut, exact: true }).count()).toBe(1);
    const english = map.locator("[title='Zoom in'], [title='Zoom out'], [title^='A JavaScript']");
    expect(await english.count()).toBe(0);
    await close();
  });
});
