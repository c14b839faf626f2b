/**
 * The main journeys of the demo town with the keyboard alone, in Chromium: only Tab, typing and
 * Enter, never a click or a programmatic focus. At every stop of the Tab key the focused element
 * must be on screen and visibly marked (an outline or a shadow, on it or on the card around it).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SNIPCART_FILES } from "../../src/build/cart.ts";
import { fr } from "../../src/strings/fr.ts";
import { openDemoSite, openPage, type DemoSite } from "./demo-browser.ts";

/** Chromium on two busy cores can take a few seconds to fetch the search index or the map. */
const PATIENCE = { timeout: 15_000 };
/** More than any page needs to reach what the journeys look for; a trap shows up as a failure. */
const MAX_TABS = 150;

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

interface FocusStop {
  /** Tag, id or class, and name of the focused element, for the failure message. */
  label: string;
  matches: boolean;
  /** Why the focus cannot be seen, or null when it can. */
  unseen: string | null;
}

/**
 * Where the focus is now, whether it is `selector`, and whether a sighted user can see it: the
 * element is on screen, and an outline or shadow appears on it (or on the card around it, through
 * `:focus-within`) that is not there once it loses focus. Compared with its resting state so a
 * shadow worn for depth does not pass for a focus mark; focus is given back afterwards, which
 * keeps the Tab order where it was.
 */
function focusStop(page: Page, selector: string): Promise<FocusStop> {
  return page.evaluate((selector) => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { label: "body", matches: false, unseen: null };
    }

    const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().replace(/\s+/g, " ");
    const kind = element.id ? `#${element.id}` : element.classList[0] ? `.${element.classList[0]}` : "";
    const label = `${element.tagName.toLowerCase()}${kind} “${name.slice(0, 40)}”`;

    const marks = () => {
      const seen: string[] = [];
      let candidate: Element | null = element;
      for (let level = 0; candidate && level <= 3; level++, candidate = candidate.parentElement) {
        const style = getComputedStyle(candidate);
        const outline = style.outlineStyle === "none" ? "none" : `${style.outlineWidth} ${style.outlineColor}`;
        seen.push(`${outline} | ${style.boxShadow}`);
      }
      return seen.join(" / ");
    };
    const focused = marks();
    element.blur();
    const resting = marks();
    element.focus();

    const box = element.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    const unseen = !onScreen ? "not on screen" : focused === resting ? "no outline or shadow appears" : null;
    return { label, matches: element.matches(selector), unseen };
  }, selector);
}

/**
 * Presses Tab until the focus is on `selector`, checking every stop on the way. Fails if it is
 * never reached or if any stop cannot be seen.
 */
async function tabTo(page: Page, selector: string): Promise<void> {
  const unseen: string[] = [];
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page, selector);
    if (stop.unseen) unseen.push(`${stop.label}: ${stop.unseen}`);
    if (stop.matches) {
      expect(unseen, `focus stops that cannot be seen on the way to ${selector}`).toEqual([]);
      return;
    }
  }
  throw new Error(`${selector} was not reached after ${MAX_TABS} presses of Tab`);
}

describe("a resident using only the keyboard (tile server and Snipcart's CDN intercepted)", () => {
  test("searches from the home page and opens a result", async () => {
    const { page, close } = await openPage(site);
    await page.goto(`${site.url}/`);

    await tabTo(page, "input[type='search']");
    await page.keyboard.type("fraises");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/recherche\/\?q=fraises$/);
    await page.locator(".search-result").first().waitFor(PATIENCE);

    await tabTo(page, ".search-result a");
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === target);
    expect(target).toMatch(/^\/commercants\//);
    await close();
  });

  test("opens a merchant from the A–Z list", async () => {
    const merchant = site.content.merchants[0]!;
    const { page, close } = await openPage(site);
    await page.goto(`${site.url}/commercants/`);

    await tabTo(page, `main a[href='${merchant.url}']`);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === merchant.url);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(merchant.name);
    await close();
  });

  test("adds a product to the cart with Tab and Enter, Snipcart being fetched only when the keyboard reaches for it", async () => {
    const { content } = site;
    const sellsOnline = (slug: string) => content.merchantsBySlug.get(slug)?.services.onlineOrdering;
    const product = content.products.find((candidate) => candidate.available && sellsOnline(candidate.merchantSlug));
    if (!product) throw new Error("The demo town needs an available product from a merchant selling online");
    const { page, outside, close } = await openPage(site);
    await page.goto(`${site.url}${product.url}`, { waitUntil: "networkidle" });
    expect(outside.snipcart).toEqual([]);

    await tabTo(page, ".snipcart-add-item");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toContain(fr.cart.addToCart);
    const added = () =>
      page.evaluate(() => (window as { __standIn?: { added: string[] } }).__standIn?.added ?? []);
    expect(await added()).toEqual([]);

    await page.keyboard.press("Enter");
    await expect.poll(added, PATIENCE).toEqual([product.name]);
    expect(outside.snipcart).toContain(SNIPCART_FILES.script);
    await close();
  });

  test("reaches the map's list and opens a merchant from it", async () => {
    const merchant = site.content.merchants[0]!;
    const { page, close } = await openPage(site);
    await page.goto(`${site.url}/carte/`);
    await page.locator("[data-map][data-state='ready']").waitFor(PATIENCE);

    await tabTo(page, `.map-list a[href='${merchant.url}']`);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === merchant.url);
    await close();
  });
});
