/**
 * The cart in Chromium. Snipcart's CDN cannot be reached from here: its URLs are intercepted
 * and answered by a local stand-in that records what it was asked and plays Snipcart's part
 * (the `snipcart.ready` event, the add-to-cart click, the item count).
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SNIPCART_FILES } from "../../src/build/cart.ts";
import { loadContent } from "../../src/content/load.ts";
import type { Content, ProductEntry } from "../../src/content/model.ts";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { fr } from "../../src/strings/fr.ts";
import { PROJECT_ROOT } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";
import { buildWith, expectedAttributes } from "./buttons.ts";

const FIXTURE = path.join(PROJECT_ROOT, "test/fixtures/cart-town/content");
const ENV_KEY = "key-from-the-environment";

/** Plays Snipcart's part: ready after a short delay, adds clicked items, keeps the count. */
const STAND_IN = `(() => {
  const added = [], listeners = [], subscribers = [];
  window.__standIn = { added, language: null };
  document.addEventListener("click", (event) => {
    const button = event.target.closest(".snipcart-add-item");
    if (!button) return;
    added.push(Object.fromEntries([...button.attributes].map((a) => [a.name, a.value])));
    for (const count of document.querySelectorAll(".snipcart-items-count")) count.textContent = String(added.length);
    listeners.forEach((listener) => listener({ name: button.dataset.itemName }));
    subscribers.forEach((subscriber) => subscriber());
  });
  window.Snipcart = {
    api: { session: { setLanguage: (language) => { window.__standIn.language = language; } } },
    events: { on: (name, listener) => { if (name === "item.added") listeners.push(listener); return () => {}; } },
    store: {
      subscribe: (subscriber) => { subscribers.push(subscriber); return () => {}; },
      getState: () => ({ cart: { items: { count: added.length } } }),
    },
  };
  setTimeout(() => document.dispatchEvent(new Event("snipcart.ready")), 150);
})();`;

let content: Content;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const loaded = await loadContent(FIXTURE);
  if (!loaded.content) throw new Error("The cart-town fixture does not load");
  content = loaded.content;
  // The key comes from the environment here, as on Netlify, over the fixture's demo key.
  server = await startStaticServer({ root: (await buildWith(FIXTURE, { SNIPCART_PUBLIC_API_KEY: ENV_KEY })).site });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone-sized page whose only way out is the local server and the Snipcart stand-in. */
async function openPage(options: { cdnDown?: boolean } = {}): Promise<{ page: Page; snipcartRequests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const snipcartRequests: string[] = [];
  await page.route(
    (url) => url.origin !== server.url,
    async (route) => {
      const url = route.request().url();
      if (!url.includes("snipcart.com")) return route.abort();
      snipcartRequests.push(url);
      if (options.cdnDown) return route.abort("connectionrefused");
      return url.endsWith(".css")
        ? route.fulfill({ contentType: "text/css", body: "#snipcart { color: inherit; }" })
        : route.fulfill({ contentType: "text/javascript", body: STAND_IN });
    },
  );
  return { page, snipcartRequests };
}

const productWithOptions = (): ProductEntry =>
  content.products.find((product) => product.available && product.options.length > 0 && product.photo)!;

describe("the cart, with Snipcart's CDN intercepted by a local stand-in", () => {
  test("a product page built with the environment's key asks nothing of Snipcart while the visitor only reads and scrolls", async () => {
    const { page, snipcartRequests } = await openPage();
    await page.goto(`${server.url}${productWithOptions().url}`, { waitUntil: "networkidle" });
    await page.mouse.wheel(0, 600);
    await page.getByRole("heading", { level: 1 }).hover();
    await page.waitForTimeout(300);

    expect(snipcartRequests).toEqual([]);
    expect(await page.locator("#snipcart").getAttribute("data-api-key")).toBe(ENV_KEY);
    expect(await page.getByText(fr.cart.placeholderNotice).count()).toBe(0);
    expect(await page.locator(".snipcart-items-count").textContent()).toBe("0");
    await page.close();
  });

  test("the buy button on the page carries the product's data as the content says", async () => {
    const product = productWithOptions();
    const merchant = content.merchantsBySlug.get(product.merchantSlug)!;
    const { page } = await openPage();
    await page.goto(`${server.url}${product.url}`);

    const button = page.getByRole("button", { name: fr.cart.addToCart });
    expect(await button.count()).toBe(1);
    for (const [name, value] of Object.entries(expectedAttributes(product, merchant, content.site.baseUrl))) {
      expect(await button.getAttribute(name), name).toBe(value);
    }
    await page.close();
  });

  test("pointing at a buy button fetches Snipcart's pinned script and stylesheet, once each", async () => {
    const { page, snipcartRequests } = await openPage();
    await page.goto(`${server.url}${productWithOptions().url}`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: fr.cart.addToCart }).hover();
    await expect.poll(() => snipcartRequests.length).toBe(2);

    expect(snipcartRequests.sort()).toEqual([SNIPCART_FILES.stylesheet, SNIPCART_FILES.script].sort());
    const language = () => page.evaluate(() => (window as unknown as { __standIn: { language: string } }).__standIn.language);
    await expect.poll(language).toBe("fr");
    await page.close();
  });

  test("a first tap before Snipcart is ready still adds the product, once, and says so", async () => {
    const product = productWithOptions();
    const { page } = await openPage();
    await page.goto(`${server.url}${product.url}`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: fr.cart.addToCart }).click();

    await expect.poll(() => page.locator(".snipcart-items-count").textContent()).toBe("1");
    const added = await page.evaluate(() => (window as unknown as { __standIn: { added: Record<string, string>[] } }).__standIn.added);
    expect(added).toHaveLength(1);
    expect(added[0]!["data-item-id"]).toBe(product.key);
    expect(await page.getByRole("status").textContent()).toBe(`${fr.cart.added} ${product.name}`);
    await page.close();
  });

  test("the cart button, reached with the keyboard, loads Snipcart too", async () => {
    const { page, snipcartRequests } = await openPage();
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    expect(snipcartRequests).toEqual([]);
    await page.locator(".snipcart-checkout").focus();

    await expect.poll(() => snipcartRequests.length).toBe(2);
    await page.close();
  });

  test("when Snipcart cannot be reached, a tap on a buy button says so instead of doing nothing", async () => {
    const { page } = await openPage({ cdnDown: true });
    await page.goto(`${server.url}${productWithOptions().url}`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: fr.cart.addToCart }).click();

    await expect.poll(() => page.getByRole("status").textContent()).toBe(fr.cart.loadFailed);
    await page.close();
  });
});
