/**
 * The search page in Chromium, against a real build and a real Pagefind index of the search
 * town (test/fixtures/search-town): ten merchants and twenty-two products chosen for accents,
 * plurals, ligatures and words that only a product carries. Results are merchants, each with
 * the products of its page that matched.
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
/** The merchants found, in order. */
const titles = (page: Page) => page.locator(".search-result__title").allTextContents();

interface Found {
  merchant: string;
  products: string[];
}

/** Each merchant found, with the names of the products listed under it. */
function found(page: Page): Promise<Found[]> {
  return page.locator(".search-result").evaluateAll((items) =>
    items.map((item) => ({
      merchant: item.querySelector(".search-result__title")?.textContent ?? "",
      products: [...item.querySelectorAll(".search-product__name")].map((name) => name.textContent ?? ""),
    })),
  );
}

/** Waits until the page has announced the results of the search now in the address. */
async function announced(page: Page): Promise<string> {
  await expect.poll(async () => (await status(page).textContent()) ?? "", PATIENCE).toMatch(/«|filtres/);
  return (await status(page).textContent()) ?? "";
}

async function search(query: string): Promise<Found[]> {
  await shared.page.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`);
  await announced(shared.page);
  expect(shared.problems).toEqual([]);
  return found(shared.page);
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
    const first = (await search(query)).slice(0, 3);
    expect(first.flatMap(({ merchant, products }) => [merchant, ...products])).toContain(expected);
  });

  test.each(["sushi", "xylophone"])("“%s” finds nothing and says what to try instead", async (query) => {
    const { page, close } = await visit(`/recherche/?q=${query}`);
    expect(await announced(page)).toBe(`${fr.search.results(0, query)} ${fr.search.noResultsHelp}`);
    expect(await titles(page)).toEqual([]);
    const elsewhere = page.locator("[data-search-elsewhere]");
    expect(await elsewhere.isVisible()).toBe(true);
    expect(await elsewhere.getByRole("link", { name: fr.search.noScriptList }).getAttribute("href")).toBe("/commercants/");
    await close();
  });
});

describe("results", () => {
  test("a product is listed under its merchant with its price and the matched words, and leads to its page", async () => {
    const { page, close } = await visit("/recherche/?q=gariguette");
    await announced(page);
    expect(await found(page)).toEqual([{ merchant: "La Fraiseraie du Passage", products: ["Fraises gariguette"] }]);
    const result = page.locator(".search-result").first();
    expect(await result.locator(".search-result__meta").textContent()).toBe("Producteur · Fruits et légumes");
    expect(await result.locator("img").getAttribute("src")).toMatch(/^\/img\/.+\.webp$/);
    const product = result.locator(".search-product");
    expect(await product.locator(".search-product__price").textContent()).toBe("4,50\u00a0€");
    expect(await product.locator("mark").first().textContent()).toMatch(/gariguette/i);
    await product.getByRole("link").click();
    await page.waitForURL(/\/commercants\/la-fraiseraie-du-passage\/fraises-gariguette\/$/);
    await close();
  });

  test("a merchant with more matching products than shown lists those in stock first and links to all", async () => {
    const { page, close } = await visit("/recherche/?q=fraises");
    await announced(page);
    const result = page.locator(".search-result", { hasText: "La Fraiseraie du Passage" });
    // In page order, "Fraises mara des bois" comes third; it is sold out.
    expect(await result.locator(".search-product__name").allTextContents()).toEqual([
      "Fraises gariguette",
      "Confiture maison",
      "Fraises à confiture",
    ]);
    const more = result.getByRole("link", { name: fr.search.moreProducts(1) });
    await more.click();
    await page.waitForURL(/\/commercants\/la-fraiseraie-du-passage\/#produits-titre$/);
    await expect.poll(() => page.locator("#produits-titre").isVisible()).toBe(true);
    await close();
  });

  test("a merchant found by its own words shows them, with its kind and categories", async () => {
    const { page, close } = await visit("/recherche/?q=kerdeniel");
    await announced(page);
    const result = page.locator(".search-result", { hasText: "Ferme de Kerdéniel" }).first();
    expect(await result.locator(".search-result__meta").textContent()).toBe("Producteur · Fruits et légumes");
    expect(await result.locator(".search-result__excerpt mark").first().textContent()).toMatch(/Kerdéniel/);
    await close();
  });

  test("the number of merchants found is announced in a live region", async () => {
    const { page, close } = await visit("/recherche/?q=beurre");
    expect(await announced(page)).toBe(fr.search.results(3, "beurre"));
    expect(await page.locator(".search-result").count()).toBe(3);
    expect(await status(page).getAttribute("aria-live")).toBe("polite");
    await close();
  });
});

describe("filters", () => {
  test("a category, checked with the keyboard alone, narrows the results and goes into the address", async () => {
    const { page, close } = await visit("/recherche/?q=beurre");
    await announced(page);
    expect(await titles(page)).toContain("Crêperie Ty Gwechall");

    await page.getByText(fr.search.filtersTitle).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("checkbox", { name: "Boulangeries et pâtisseries" }).focus();
    await page.keyboard.press("Space");

    await expect.poll(() => found(page), PATIENCE).toEqual([{ merchant: "Boulangerie du Calvaire", products: ["Kouign-amann"] }]);
    expect(new URL(page.url()).searchParams.getAll("categorie")).toEqual(["Boulangeries et pâtisseries"]);
    await close();
  });

  test("two values of one group combine with OR", async () => {
    const { page, close } = await visit(
      "/recherche/?q=beurre&categorie=Boulangeries+et+p%C3%A2tisseries&categorie=%C3%89piceries+et+fromageries",
    );
    await announced(page);
    expect((await titles(page)).sort()).toEqual(["Boulangerie du Calvaire", "Fromagerie des Abers"]);
    await close();
  });

  test("two groups combine with AND, and filters alone list what they match", async () => {
    const { page, close } = await visit("/recherche/?categorie=%C3%89piceries+et+fromageries&services=Livraison");
    expect(await announced(page)).toBe(fr.search.filteredResults(1));
    expect(await titles(page)).toEqual(["Épicerie Le Panier Vrac"]);
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
    const names = await titles(page);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
    expect(names).toContain("Boulangerie du Calvaire");
    await close();
  });

  test("typing searches and writes the query into the address", async () => {
    const { page, close } = await visit("/recherche/");
    expect(await status(page).textContent()).toBe("");
    expect(await page.locator("[data-search-elsewhere]").isVisible()).toBe(false);
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
