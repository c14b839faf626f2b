/**
 * The search page in Chromium, against a real build and a real Pagefind index of the search
 * town (test/fixtures/search-town): ten merchants and twenty products chosen for accents,
 * plurals, ligatures and words that only a product carries.
 */
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { fr } from "../../src/strings/fr.ts";
import { buildInto, PROJECT_ROOT } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";

const SEARCH_TOWN = path.join(PROJECT_ROOT, "test/fixtures/search-town/content");

/** Chromium on two busy cores can take a few seconds to fetch and run the index. */
const PATIENCE = { timeout: 15_000 };

let browser: Browser;
let server: StaticServer;
/** One page for the table of queries, so that each query costs a navigation, not a browser context. */
let shared: Visit;

beforeAll(async () => {
  server = await startStaticServer({ root: await buildInto(SEARCH_TOWN) });
  browser = await launchChromium();
  shared = await visit("/recherche/");
});

afterAll(async () => {
  await shared?.close();
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

async function visit(pathname: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(server.url + pathname);
  return { page, problems, close: () => context.close() };
}

const status = (page: Page) => page.getByRole("status");
const titles = (page: Page) => page.locator(".search-result__title").allTextContents();

/** Waits until the page has announced the results of the search now in the address. */
async function announced(page: Page): Promise<string> {
  await expect.poll(async () => (await status(page).textContent()) ?? "", PATIENCE).toMatch(/résultat/);
  return (await status(page).textContent()) ?? "";
}

async function search(query: string): Promise<string[]> {
  await shared.page.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`);
  await announced(shared.page);
  expect(shared.problems).toEqual([]);
  return titles(shared.page);
}

describe("queries residents type", () => {
  test.each([
    ["creperie", "Crêperie Ty Gwechall", "without accents"],
    ["epicerie", "Épicerie Le Panier Vrac", "without the capital accent"],
    ["Épicerie", "Épicerie Le Panier Vrac", "with accents"],
    ["fraise", "Fraises gariguette", "in the singular"],
    ["fraises", "Fraises gariguette", "in the plural"],
    ["tomate", "Tomates anciennes", "in the singular, for a plural name"],
    ["gres", "Bol en grès", "without accents, in a product name"],
    ["oeufs", "Œufs frais", "with the ligature spelled out"],
    ["gluten", "Pain sans gluten", "a word only a product carries"],
    ["pain sans gluten", "Pain sans gluten", "several words"],
    ["anesse", "Savon au lait d'ânesse", "a word only a product description carries"],
    ["reparation velo", "Cycles Le Gall", "a merchant keyword, without accents"],
    ["crevaison", "Cycles Le Gall", "a merchant keyword the page does not show"],
    ["livraison", "Épicerie Le Panier Vrac", "a service the merchant offers"],
  ])("“%s” finds %s among the first results (%s)", async (query, expected) => {
    expect((await search(query)).slice(0, 3)).toContain(expected);
  });

  test.each(["sushi", "xylophone"])("“%s” finds nothing and says what to try instead", async (query) => {
    const { page, close } = await visit(`/recherche/?q=${query}`);
    expect(await announced(page)).toBe(`${fr.search.results(0, query)} ${fr.search.noResultsHelp}`);
    expect(await titles(page)).toEqual([]);
    await close();
  });
});

describe("results", () => {
  test("a product result shows its merchant, price, photo and the matched words, and leads to its page", async () => {
    const { page, close } = await visit("/recherche/?q=gariguette");
    await announced(page);
    const result = page.locator(".search-result").first();
    await expect.poll(() => result.locator(".search-result__meta").textContent(), PATIENCE).toBe("Produit · chez La Fraiseraie du Passage · 4,50\u00a0€");
    expect(await result.locator("img").getAttribute("src")).toMatch(/^\/img\/.+\.webp$/);
    expect(await result.locator("mark").first().textContent()).toMatch(/gariguette/i);
    await result.getByRole("link").click();
    await page.waitForURL(/\/commercants\/la-fraiseraie-du-passage\/fraises-gariguette\/$/);
    await close();
  });

  test("a merchant result shows its kind and categories", async () => {
    const { page, close } = await visit("/recherche/?q=kerdeniel");
    await announced(page);
    const result = page.locator(".search-result", { hasText: "Ferme de Kerdéniel" }).first();
    expect(await result.locator(".search-result__meta").textContent()).toBe("Producteur · Fruits et légumes");
    await close();
  });

  test("the count is announced in a live region", async () => {
    const { page, close } = await visit("/recherche/?q=beurre");
    expect(await announced(page)).toBe(fr.search.results(5, "beurre"));
    expect(await status(page).getAttribute("aria-live")).toBe("polite");
    await close();
  });
});

describe("filters", () => {
  test("a category, checked with the keyboard alone, narrows the results and goes into the address", async () => {
    const { page, close } = await visit("/recherche/?q=beurre");
    await announced(page);
    expect(await titles(page)).toContain("Crêpe caramel beurre salé");

    await page.getByText(fr.search.filtersTitle).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("checkbox", { name: "Boulangeries et pâtisseries" }).focus();
    await page.keyboard.press("Space");

    await expect.poll(() => titles(page), PATIENCE).toEqual(["Kouign-amann"]);
    expect(new URL(page.url()).searchParams.getAll("categorie")).toEqual(["Boulangeries et pâtisseries"]);
    await close();
  });

  test("two values of one group combine with OR", async () => {
    const { page, close } = await visit(
      "/recherche/?q=beurre&categorie=Boulangeries+et+p%C3%A2tisseries&categorie=%C3%89piceries+et+fromageries",
    );
    await announced(page);
    expect((await titles(page)).sort()).toEqual(["Beurre demi-sel", "Fromagerie des Abers", "Kouign-amann"]);
    await close();
  });

  test("two groups combine with AND, and filters alone list what they match", async () => {
    const { page, close } = await visit("/recherche/?categorie=%C3%89piceries+et+fromageries&services=Livraison");
    expect(await announced(page)).toBe(fr.search.filteredResults(3));
    expect((await titles(page)).sort()).toEqual(["Lentilles vertes", "Riz complet", "Épicerie Le Panier Vrac"]);
    await close();
  });
});

describe("the address", () => {
  test("a shared link restores the query, the filters and the sort", async () => {
    const { page, close } = await visit("/recherche/?q=pain&type=Commerce&tri=nom");
    await announced(page);
    expect(await page.getByLabel(fr.search.label).inputValue()).toBe("pain");
    expect(await page.getByRole("checkbox", { name: "Commerce", exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(fr.search.sortLabel).inputValue()).toBe("nom");
    const found = await titles(page);
    expect(found).toEqual([...found].sort((a, b) => a.localeCompare(b, "fr")));
    expect(found).toContain("Pain sans gluten");
    await close();
  });

  test("typing searches and writes the query into the address", async () => {
    const { page, close } = await visit("/recherche/");
    expect(await status(page).textContent()).toBe("");
    await page.getByLabel(fr.search.label).fill("fraises");
    expect(await announced(page)).toMatch(/pour «\u00a0fraises\u00a0»/);
    expect(new URL(page.url()).search).toBe("?q=fraises");
    await close();
  });

  test("the home page's search form opens the search with its query", async () => {
    const { page, close } = await visit("/");
    await page.getByRole("searchbox").fill("creperie");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/recherche\/\?q=creperie$/);
    await announced(page);
    expect((await titles(page))[0]).toBe("Crêperie Ty Gwechall");
    await close();
  });
});

test("without JavaScript, the page says search needs it and links to the A–Z list and the categories", async () => {
  const { page, close } = await visit("/recherche/?q=fraises", { javaScriptEnabled: false });
  const notice = page.locator(".notice");
  expect(await notice.textContent()).toBe(
    `${fr.search.noScript} ${fr.search.noScriptList} ${fr.search.noScriptOr} ${fr.search.noScriptCategories}.`,
  );
  expect(await notice.getByRole("link", { name: fr.search.noScriptList }).getAttribute("href")).toBe("/commercants/");
  expect(await notice.getByRole("link", { name: fr.search.noScriptCategories }).getAttribute("href")).toBe("/#categories-titre");
  expect(await page.locator("[data-search-controls]").isVisible()).toBe(false);
  await close();
});
