/**
 * The map page and the merchant page's small map in Chromium, against a built town of 14
 * merchants (one unpublished, two at the same address). Tile requests go to an external host
 * the test machines cannot reach: they are intercepted and answered with a local PNG.
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { MapFeatureCollection } from "../../src/build/map-data.ts";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { fr } from "../../src/strings/fr.ts";
import { buildInto, temporaryFolder } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";
import { townMerchants, writeTown } from "../support/map-town.ts";

/** A 1×1 grey PNG standing in for every tile. */
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
  "base64",
);

const merchants = townMerchants(14);
merchants[1] = { ...merchants[1]!, latitude: merchants[0]!.latitude, longitude: merchants[0]!.longitude, street: merchants[0]!.street };
merchants[13] = { ...merchants[13]!, published: false };
const published = merchants.filter((merchant) => merchant.published);

let browser: Browser;
let server: StaticServer;
const folders: string[] = [];

beforeAll(async () => {
  const content = path.join(await temporaryFolder("map-town"), "content");
  await writeTown(content, merchants);
  const site = await buildInto(content);
  folders.push(path.dirname(content), path.dirname(site));
  server = await startStaticServer({ root: site });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and failed responses seen so far. */
  problems: string[];
  tiles: string[];
  scripts: { url: string; bytes: number; gzip: number }[];
  close(): Promise<void>;
}

/** Opens `pathname` in a fresh context that answers tile requests locally and records problems. */
async function visit(pathname: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const tiles: string[] = [];
  const scripts: Visit["scripts"] = [];

  await page.route(
    (url) => url.origin !== server.url,
    async (route) => {
      const url = route.request().url();
      if (!url.startsWith("https://tile.openstreetmap.org/")) return route.abort();
      tiles.push(url);
      await route.fulfill({ status: 200, contentType: "image/png", body: TILE });
    },
  );
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("response", async (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    if (response.request().resourceType() !== "script") return;
    // The page may be gone by the time the body is asked for (after a navigation or close).
    const body = await response.body().catch(() => null);
    if (body) scripts.push({ url: response.url(), bytes: body.length, gzip: gzipSync(body).length });
  });

  await page.goto(`${server.url}${pathname}`);
  return { page, problems, tiles, scripts, close: () => context.close() };
}

async function openMap(pathname = "/carte/", options: BrowserContextOptions = {}): Promise<Visit> {
  const opened = await visit(pathname, options);
  await opened.page.locator("[data-map][data-state='ready']").waitFor();
  return opened;
}

/** Merchants on the map as a reader sees them: lone markers plus the numbers on the clusters. */
function markersOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const lone = document.querySelectorAll(".leaflet-marker-pane .map-marker").length;
    const clustered = [...document.querySelectorAll(".leaflet-marker-pane .marker-cluster span")].reduce(
      (sum, span) => sum + Number(span.textContent),
      0,
    );
    return lone + clustered;
  });
}

const visibleListItems = (page: Page) => page.locator("[data-map-list] > li:not([hidden])");

describe("the map page", () => {
  test("shows every published merchant on the map, counting through clusters, without console errors or 404", async () => {
    const { page, problems, tiles, close } = await openMap();

    await expect.poll(() => markersOnMap(page)).toBe(published.length);
    expect(await visibleListItems(page).count()).toBe(published.length);
    expect(await page.locator("[data-map-count]").textContent()).toBe(fr.map.listShown(published.length, published.length));
    expect(tiles.length).toBeGreaterThan(0);
    expect(await page.locator(".leaflet-control-attribution").textContent()).toContain("OpenStreetMap");
    expect(problems).toEqual([]);
    await close();
  });

  test("a category filter reduces markers and list alike and survives a reload through the URL", async () => {
    const { page, problems, close } = await openMap();
    const expected = published.filter((merchant) => merchant.categories.includes("primeurs"));

    await page.getByLabel(fr.map.category).selectOption("primeurs");
    await expect.poll(() => new URL(page.url()).search).toBe("?categorie=primeurs");
    await expect.poll(() => markersOnMap(page)).toBe(expected.length);
    await expect
      .poll(() => visibleListItems(page).locator(".map-list__name").allTextContents())
      .toEqual(expected.map((merchant) => merchant.name));

    await page.reload();
    await page.locator("[data-map][data-state='ready']").waitFor();
    expect(await page.getByLabel(fr.map.category).inputValue()).toBe("primeurs");
    await expect.poll(() => markersOnMap(page)).toBe(expected.length);
    await expect.poll(() => visibleListItems(page).count()).toBe(expected.length);
    expect(problems).toEqual([]);
    await close();
  });

  test("service filters keep only the merchants offering every service ticked", async () => {
    const { page, close } = await openMap();
    const expected = published.filter((merchant) => merchant.clickAndCollect && merchant.delivery);

    await page.getByLabel(fr.map.clickAndCollect).check();
    await page.getByLabel(fr.map.delivery).check();
    await expect.poll(() => new URL(page.url()).search).toBe("?retrait=oui&livraison=oui");
    await expect.poll(() => visibleListItems(page).count()).toBe(expected.length);
    await page.getByRole("button", { name: fr.map.showResults }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fr.map.listTitle);

    await page.getByRole("button", { name: fr.map.reset }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await expect.poll(() => visibleListItems(page).count()).toBe(published.length);
    await close();
  });

  test("a marker opens a popup whose link leads to the merchant page", async () => {
    const { page, problems, close } = await openMap("/carte/?categorie=reparation&type=artisan");
    const only = published.filter((m) => m.categories.includes("reparation") && m.kind === "artisan");
    expect(only).toHaveLength(1);

    await page.locator(".leaflet-marker-pane .map-marker").click();
    const link = page.locator(".leaflet-popup-content a");
    expect(await link.textContent()).toBe(only[0]!.name);
    await link.click();
    await page.waitForURL(`**/commercants/${only[0]!.slug}/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(only[0]!.name);
    expect(problems).toEqual([]);
    await close();
  });

  test("the list is reachable and usable with the keyboard alone", async () => {
    const { page, close } = await openMap();
    const target = published[0]!;
    const centre = page.getByRole("button", { name: fr.map.centre(target.name) });

    let presses = 0;
    while (!(await centre.evaluate((button) => button === document.activeElement)) && presses < 150) {
      await page.keyboard.press("Tab");
      presses++;
    }
    expect(presses).toBeLessThan(150);
    await page.keyboard.press("Enter");
    const link = page.locator(".leaflet-popup-content a");
    await expect.poll(() => link.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/commercants/${target.slug}/`);
    await close();
  });

  test("two merchants at the same address can both be reached from the list", async () => {
    const { page, close } = await openMap();
    for (const merchant of published.slice(0, 2)) {
      await page.getByRole("button", { name: fr.map.centre(merchant.name) }).click();
      await expect.poll(() => page.locator(".leaflet-popup-content a").textContent()).toBe(merchant.name);
    }
    await close();
  });

  test("panning away hides the list entries outside the visible area and says how many remain", async () => {
    const { page, close } = await openMap();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("[data-map]").hover();
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await expect.poll(() => visibleListItems(page).count()).toBeLessThan(published.length);

    const status = async () => {
      const shown = await visibleListItems(page).count();
      return (await page.locator("[data-map-count]").textContent()) === fr.map.listShown(shown, published.length);
    };
    await expect.poll(status).toBe(true);
    await page.getByRole("button", { name: fr.map.showAll }).click();
    await expect.poll(() => visibleListItems(page).count()).toBe(published.length);
    await close();
  });

  test("locates the visitor only on request and says so when location is refused", async () => {
    const { page, close } = await openMap();
    await page.getByRole("button", { name: fr.map.locate }).click();
    await expect.poll(() => page.locator("[data-map-status]").textContent()).toBe(fr.map.locationDenied);
    await close();
  });

  test("centres the map on the visitor when location is allowed", async () => {
    const { page, close } = await openMap("/carte/", {
      permissions: ["geolocation"],
      geolocation: { latitude: 48.37, longitude: -4.37 },
    });
    expect(await page.locator(".leaflet-tooltip").count()).toBe(0);
    await page.getByRole("button", { name: fr.map.locate }).click();
    await expect.poll(() => page.locator("[data-map-status]").textContent()).toBe(fr.map.located);
    expect(await page.locator(".leaflet-tooltip").textContent()).toBe(fr.map.youAreHere);
    await close();
  });

  test("downloads less than 60 KB of gzipped JavaScript", async () => {
    const { scripts, close } = await openMap();
    const gzip = scripts.reduce((sum, script) => sum + script.gzip, 0);
    expect(gzip).toBeLessThan(60 * 1024);
    await close();
  });

  test("without JavaScript, lists every merchant with its address and an OpenStreetMap link", async () => {
    const { page, close } = await visit("/carte/", { javaScriptEnabled: false });
    const items = page.locator("[data-map-list] > li");
    expect(await items.count()).toBe(published.length);
    expect(await page.locator("[data-map]").isVisible()).toBe(false);
    expect(await page.getByRole("button").count()).toBe(0);

    const first = published[0]!;
    expect(await items.first().locator("address").textContent()).toBe(`${first.street}, 29470 Plougastel-Daoulas`);
    expect(await items.first().getByRole("link", { name: fr.map.openStreetMapFor(first.name) }).getAttribute("href")).toBe(
      `https://www.openstreetmap.org/?mlat=${first.latitude}&mlon=${first.longitude}#map=18/${first.latitude}/${first.longitude}`,
    );
    await close();
  });
});

describe("the merchant page's small map", () => {
  test("downloads Leaflet only once the map scrolls into view, then shows the merchant", async () => {
    const merchant = published[3]!;
    const { page, problems, scripts, tiles, close } = await visit(`/commercants/${merchant.slug}/`, { viewport: { width: 390, height: 500 } });
    await page.waitForLoadState("networkidle");
    const before = scripts.length;
    expect(await page.locator(".leaflet-container").count()).toBe(0);

    await page.locator("[data-merchant-map]").scrollIntoViewIfNeeded();
    await page.locator("[data-merchant-map] .map-marker").waitFor();
    expect(scripts.length).toBeGreaterThan(before);
    expect(tiles.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("the demo town's map", () => {
  test("shows every merchant of the data file in clusters, without console errors or 404", async () => {
    const site = inject("demoSite");
    const data = JSON.parse(await readFile(path.join(site, "carte/commercants.geojson"), "utf8")) as MapFeatureCollection;
    const demo = await startStaticServer({ root: site });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    await page.route(
      (url) => url.origin !== demo.url,
      (route) => route.fulfill({ status: 200, contentType: "image/png", body: TILE }),
    );
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${demo.url}/carte/`);
    await page.locator("[data-map][data-state='ready']").waitFor();
    await expect.poll(() => markersOnMap(page)).toBe(data.features.length);
    expect(await page.locator(".leaflet-marker-pane .marker-cluster").count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
    await demo.close();
  });
});
