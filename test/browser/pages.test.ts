import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import type { Content } from "../../src/content/model.ts";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { fr } from "../../src/strings/fr.ts";
import { PROJECT_ROOT } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";

let browser: Browser;
let server: StaticServer;
let content: Content;

beforeAll(async () => {
  const loaded = await loadContent(path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content"));
  if (!loaded.content) throw new Error("The demo content does not load");
  content = loaded.content;
  server = await startStaticServer({ root: inject("demoSite") });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a resident on a phone", () => {
  test("finds the categories with their counts and a search box on the home page", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/`);

    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(content.site.name);
    const search = page.getByRole("searchbox", { name: "Rechercher un commerce ou un produit" });
    expect(await search.count()).toBe(1);
    for (const category of content.categories) {
      const tile = page.getByRole("link", { name: new RegExp(category.label) });
      expect(await tile.textContent()).toContain(fr.category.count(category.merchants.length));
    }

    await page.getByRole("link", { name: new RegExp(content.categories[0]!.label) }).click();
    expect(new URL(page.url()).pathname).toBe(content.categories[0]!.url);
    await page.close();
  });

  test("opens a merchant page and finds how to get there, call and what it sells", async () => {
    const merchant = content.merchants.find((candidate) => candidate.phone && candidate.products.length > 0);
    if (!merchant?.phone) throw new Error("The demo needs a merchant with a phone and products");
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}${merchant.url}`);

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(merchant.name);
    expect(await page.getByRole("link", { name: merchant.phone.display }).getAttribute("href")).toBe(
      `tel:${merchant.phone.international}`,
    );
    expect(await page.locator("address").textContent()).toContain(merchant.address.street);
    expect(await page.getByRole("link", { name: "Itinéraire" }).getAttribute("href")).toContain(
      `${merchant.location.latitude}%2C${merchant.location.longitude}`,
    );
    const firstProduct = merchant.products[0]!;
    await page.getByRole("link", { name: firstProduct.name, exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe(firstProduct.url);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(firstProduct.name);
    await page.close();
  });

  test("reaches the main content with the skip link, by keyboard alone", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/commercants/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Aller au contenu");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");
    await page.close();
  });
});
