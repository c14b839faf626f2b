/**
 * A build of the cart-town fixture with its demo key: every product's buy button against the
 * content, and a crawl like Snipcart's order validation against the site served locally.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { decideCart } from "../../src/build/cart.ts";
import { loadContent } from "../../src/content/load.ts";
import type { Content, Merchant, ProductEntry } from "../../src/content/model.ts";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { PROJECT_ROOT } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";
import { buildWith, buyButtonsIn, expectedAttributes, itemAttributes, type Attributes } from "./buttons.ts";

const FIXTURE = path.join(PROJECT_ROOT, "test/fixtures/cart-town/content");

let content: Content;
let site: string;
let buildLog: string;
let server: StaticServer;
let browser: Browser;
let parser: Page;

const html = (url: string) => readFile(path.join(site, url, "index.html"), "utf8");
const merchantOf = (product: ProductEntry): Merchant => content.merchantsBySlug.get(product.merchantSlug)!;
const sellable = () => content.products.filter((product) => product.available && merchantOf(product).services.onlineOrdering);

beforeAll(async () => {
  const loaded = await loadContent(FIXTURE);
  if (!loaded.content) throw new Error("The cart-town fixture does not load");
  content = loaded.content;
  const build = await buildWith(FIXTURE);
  site = build.site;
  buildLog = build.stdout + build.stderr;
  server = await startStaticServer({ root: site });
  browser = await launchChromium();
  parser = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("buy buttons of a build with the demo key", () => {
  test("the fixture covers what the buttons must handle", () => {
    const products = sellable();
    expect(products.some((product) => product.options.length > 1)).toBe(true);
    expect(products.some((product) => product.options.some((o) => o.choices.some((c) => (c.priceChange ?? 0) < 0)))).toBe(true);
    expect(products.some((product) => product.weight && product.maxQuantity && product.photo)).toBe(true);
    expect(content.products.some((product) => !product.available)).toBe(true);
    expect(content.merchants.some((merchant) => !merchant.services.onlineOrdering && merchant.products.length > 0)).toBe(true);
  });

  test("every product sold online has one button on its page and one in its merchant's list, carrying what the content says", async () => {
    for (const product of sellable()) {
      const merchant = merchantOf(product);
      const expected = expectedAttributes(product, merchant, content.site.baseUrl);

      for (const url of [product.url, merchant.url]) {
        const buttons = (await buyButtonsIn(parser, await html(url))).filter((b) => b["data-item-id"] === product.key);
        expect(buttons, `${product.key} on ${url}`).toHaveLength(1);
        expect(itemAttributes(buttons[0]!), `${product.key} on ${url}`).toEqual(expected);
      }
    }
  });

  test("a product with a photo sends the absolute address of its smallest jpeg, which the site serves", async () => {
    const product = sellable().find((candidate) => candidate.photo)!;
    const [button] = await buyButtonsIn(parser, await html(product.url));
    const image = button!["data-item-image"]!;

    expect(image).toMatch(new RegExp(`^${content.site.baseUrl}/img/[^/]+\\.jpeg$`));
    const served = await fetch(image.replace(content.site.baseUrl, server.url));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
  });

  test("a product marked unavailable shows « Épuisé » and no button, on its page and in the list", async () => {
    const product = content.products.find((candidate) => !candidate.available)!;
    for (const url of [product.url, merchantOf(product).url]) {
      const page = await html(url);
      const buttons = await buyButtonsIn(parser, page);
      expect(buttons.map((button) => button["data-item-id"])).not.toContain(product.key);
    }
    expect(await html(product.url)).toContain("Épuisé");
  });

  test("a merchant who does not sell online shows how to order instead of buttons", async () => {
    const merchant = content.merchants.find((candidate) => !candidate.services.onlineOrdering)!;
    const pages = [merchant.url, ...merchant.products.map((product) => product.url)];
    for (const url of pages) {
      const page = await html(url);
      expect(await buyButtonsIn(parser, page), url).toEqual([]);
      expect(page, url).toContain("<h3>Pour commander</h3>");
      expect(page, url).toContain(`href="${merchant.services.onlineShop}"`);
    }
  });

  test("every page has the cart button and Snipcart's container, in French and euros, opening as a side panel", async () => {
    for (const url of ["/", "/commander/", content.merchants[0]!.url]) {
      const page = await html(url);
      expect(page).toContain('class="snipcart-checkout cart-button"');
      expect(page).toContain('<span class="snipcart-items-count">0</span>');
      expect(page).toContain('<html lang="fr">');
      expect(page).toMatch(
        /<div hidden id="snipcart" data-api-key="DEMO-cle-de-demonstration" data-config-modal-style="side" data-config-add-product-behavior="none" data-currency="eur"/,
      );
      expect(page).not.toMatch(/<script[^>]+snipcart\.com/);
      expect(page).not.toMatch(/<link[^>]+snipcart\.com/);
    }
  });

  test("the build warns once that the demo key is in use", () => {
    const warning =
      "[comptoir] attention : la clé Snipcart de site.yaml est celle de démonstration (DEMO-…) : le panier s'affiche, mais aucune commande ne peut aboutir. Mettez la clé publique de la commune dans SNIPCART_PUBLIC_API_KEY ou dans site.yaml (voir docs/snipcart.md).";
    expect(buildLog.split(warning)).toHaveLength(2);
  });

  test("the ordering page is linked from every page's footer and lists the merchants who sell online", async () => {
    const home = await html("/");
    expect(home).toContain('<a href="/commander/">Comment commander</a>');
    const ordering = await html("/commander/");
    for (const merchant of content.merchants) {
      const listed = ordering.includes(`<a href="${merchant.url}">${merchant.name}</a>`);
      expect(listed, merchant.name).toBe(merchant.services.onlineOrdering || Boolean(merchant.services.delivery));
    }
  });
});

/**
 * Collects every item as a cart would, from every button of every merchant and product page,
 * then fetches each item's URL from the local server as Snipcart's crawler fetches it from
 * production, and expects exactly one button with the same id, price and options there.
 */
async function crawlLikeSnipcart(siteDir: string, town: Content, serverUrl: string, expectedItems: number) {
  const read = (url: string) => readFile(path.join(siteDir, url, "index.html"), "utf8");
  const items = new Map<string, Attributes>();
  for (const url of [...town.merchants.map((merchant) => merchant.url), ...town.products.map((p) => p.url)]) {
    for (const button of await buyButtonsIn(parser, await read(url))) items.set(button["data-item-id"]!, button);
  }
  expect(items.size).toBe(expectedItems);

  for (const [id, item] of items) {
    const itemUrl = item["data-item-url"]!;
    expect(itemUrl.startsWith(`${town.site.baseUrl}/`) && itemUrl.endsWith("/"), itemUrl).toBe(true);

    const response = await fetch(itemUrl.replace(town.site.baseUrl, serverUrl), { redirect: "manual" });
    expect(response.status, itemUrl).toBe(200);
    const found = (await buyButtonsIn(parser, await response.text())).filter((b) => b["data-item-id"] === id);

    expect(found, id).toHaveLength(1);
    const [crawled] = found;
    expect(crawled!["data-item-price"], id).toBe(item["data-item-price"]);
    const options = (button: Attributes) =>
      Object.entries(button).filter(([name]) => /^data-item-custom\d+-(name|options|type|value)$/.test(name));
    expect(options(crawled!), id).toEqual(options(item));
  }
}

describe("a crawl like Snipcart's order validation, against the site served with pretty URLs", () => {
  test("on the fixture, each item's URL answers 200 with exactly one button of that id, price and options", async () => {
    await crawlLikeSnipcart(site, content, server.url, sellable().length);
  });

  test("on the demo town, every product sold online passes the same crawl (none without a key)", async () => {
    const loaded = await loadContent(path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content"));
    if (!loaded.content) throw new Error("The demo content does not load");
    const demo = loaded.content;
    // The demo was built by the global setup with this run's environment.
    const { cart } = decideCart(demo.site, process.env);
    const sold = cart
      ? demo.products.filter((p) => p.available && demo.merchantsBySlug.get(p.merchantSlug)!.services.onlineOrdering)
      : [];
    const demoServer = await startStaticServer({ root: inject("demoSite") });
    try {
      await crawlLikeSnipcart(inject("demoSite"), demo, demoServer.url, sold.length);
    } finally {
      await demoServer.close();
    }
  });
});
