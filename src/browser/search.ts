/**
 * The search page: reads the query, filters and sort from the address, runs them through
 * Pagefind, shows the results and writes the choices back into the address, so a search can be
 * shared as a link. Everything is a native form control: usable with a keyboard alone.
 */
import { fr } from "../strings/fr.ts";
import "./search.css";
import { PRODUCTS_HEADING, priceAnchor, productIdOf, productPageUrl } from "../search/anchors.ts";
import { searchTerms } from "../search/text.ts";
import { loadPagefind, type PagefindFilters, type PagefindResultData, type PagefindSearchOptions, type PagefindSubResult } from "./lib/pagefind.ts";
import { OPEN_NOW_FILTER, OPEN_NOW_PARAMETER, openMerchantSlugs } from "./lib/open-now.ts";

/** Results shown at first and added by each "more" click: few, for slow connections. */
const PAGE_SIZE = 10;
/** Matching products listed under a merchant; the others are counted, with a link to them all. */
const PRODUCTS_SHOWN = 3;
/** Wait after the last key press before searching. */
const TYPING_DELAY_MS = 200;

const form = document.querySelector<HTMLFormElement>("[data-search-form]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
const more = document.querySelector<HTMLButtonElement>("[data-search-more]");
const elsewhere = document.querySelector<HTMLElement>("[data-search-elsewhere]");
if (form && status && list && more) start(form, status, list, more);

interface Query {
  text: string;
  /** Checked values by filter name, from the fieldsets the page renders. */
  filters: Map<string, string[]>;
  sortByName: boolean;
  openNow: boolean;
}

function start(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement, more: HTMLButtonElement) {
  const input = form.elements.namedItem("q") as HTMLInputElement;
  const sort = form.elements.namedItem("tri") as HTMLSelectElement;
  const filterNames = [...form.querySelectorAll<HTMLElement>("[data-search-filter]")].map((fieldset) => fieldset.dataset.searchFilter ?? "");
  const controls = form.querySelector<HTMLDetailsElement>("[data-search-controls]");
  const openNow = form.querySelector<HTMLInputElement>("[data-search-open-now]");
  controls?.removeAttribute("hidden");

  restore(new URLSearchParams(location.search));
  if (read().filters.size > 0 || read().openNow || sort.value) controls?.setAttribute("open", "");

  let run = 0;
  let timer: number | undefined;
  let remaining: (() => Promise<PagefindResultData>)[] = [];

  function restore(params: URLSearchParams) {
    input.value = params.get("q") ?? "";
    sort.value = params.get("tri") === "nom" ? "nom" : "";
    for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  }

  function read(): Query {
    const filters = new Map<string, string[]>();
    for (const name of filterNames) {
      const checked = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
      if (checked.length > 0) filters.set(name, checked);
    }
    return { text: input.value.trim(), filters, sortByName: sort.value === "nom", openNow: openNow?.checked ?? false };
  }

  function writeAddress(query: Query) {
    const params = new URLSearchParams();
    if (query.text) params.set("q", query.text);
    query.filters.forEach((values, name) => values.forEach((value) => params.append(name, value)));
    if (query.openNow) params.set(OPEN_NOW_PARAMETER, "oui");
    if (query.sortByName) params.set("tri", "nom");
    const search = params.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  }

  async function search() {
    const query = read();
    writeAddress(query);
    const current = ++run;

    if (!query.text && query.filters.size === 0 && !query.openNow) {
      list.replaceChildren();
      more.hidden = true;
      if (elsewhere) elsewhere.hidden = true;
      status.textContent = fr.search.prompt;
      return;
    }

    try {
      const pagefind = await loadPagefind(query.sortByName ? "byName" : "relevance");
      // The merchants open at this moment, as a filter on the merchant each page belongs to.
      const open = query.openNow ? await openMerchantSlugs(openNow?.dataset.searchOpenNow ?? "") : undefined;
      const found = await pagefind.search(query.text ? searchTerms(query.text) : null, options(query, open));
      if (current !== run) return;
      remaining = found.results.map((result) => () => result.data());
      list.replaceChildren();
      await showMore(current);
      if (current !== run) return;
      const count = found.results.length;
      const summary = query.text ? fr.search.results(count, query.text) : fr.search.filteredResults(count);
      status.textContent = count === 0 ? `${summary} ${fr.search.noResultsHelp}` : summary;
      if (elsewhere) elsewhere.hidden = count > 0;
    } catch (error) {
      if (current !== run) return;
      status.textContent = fr.search.failed;
      if (elsewhere) elsewhere.hidden = false;
      throw error;
    }
  }

  /** Shows the next results, each as soon as it and those before it have loaded. */
  async function showMore(current = run) {
    const next = remaining.splice(0, PAGE_SIZE).map((load) => load());
    // Hidden while these load, so that a second click cannot interleave the next ones.
    more.hidden = true;
    for (const loading of next) {
      const result = await loading;
      if (current !== run) return;
      list.append(renderResult(result));
    }
    more.hidden = remaining.length === 0;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), TYPING_DELAY_MS);
  }

  // No preloading at each key: the index chunks of a word's first letters ("c", "co"…) are many
  // and mostly unused, and would double what a first search downloads.
  input.addEventListener("input", schedule);
  // Fetch Pagefind's own files while the resident types the first word.
  input.addEventListener("focus", () => void loadPagefind(), { once: true });
  form.addEventListener("change", (event) => {
    if (event.target !== input) void search();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search();
  });
  more.addEventListener("click", () => {
    const first = list.children.length;
    void showMore().then(() => list.children[first]?.querySelector("a")?.focus());
  });

  if (input.value || read().filters.size > 0 || read().openNow) void search();
}

function options(query: Query, openSlugs?: string[]): PagefindSearchOptions {
  const filters: PagefindFilters = {};
  query.filters.forEach((values, name) => (filters[name] = { any: values }));
  // No merchant open: a slug no page has, since an empty list would not filter at all.
  if (openSlugs) filters[OPEN_NOW_FILTER] = { any: openSlugs.length > 0 ? openSlugs : ["-"] };
  return { filters, ...(query.sortByName ? { sort: { name: "asc" } } : {}) };
}

/**
 * One merchant, and under it the products of its page that matched: each product is a section
 * of the merchant's page (see search/anchors.ts) and leads to its own page.
 */
function renderResult(result: PagefindResultData): HTMLLIElement {
  const meta = result.meta;
  const item = element("li", "search-result");

  if (meta.image) {
    const image = element("img", "search-result__picture");
    image.src = meta.image;
    image.alt = "";
    image.loading = "lazy";
    image.width = 96;
    image.height = 72;
    item.append(image);
  }

  const body = element("div", "search-result__body");
  const title = element("h2", "search-result__title");
  title.append(link(result.url, meta.title ?? result.url));
  const details = element("p", "search-result__meta");
  details.textContent = [meta.kind, meta.category].filter(Boolean).join(" · ");
  body.append(title, details);

  const products = result.sub_results.filter((sub) => productIdOf(sub.anchor?.id ?? ""));
  const others = result.sub_results.filter((sub) => !products.includes(sub));
  // What can be bought first; page order otherwise.
  const soldOut = (section: PagefindSubResult) => Number(priceOf(result, section)?.includes(fr.product.unavailable) ?? false);
  products.sort((a, b) => soldOut(a) - soldOut(b));
  // The merchant's own words that matched; with no words searched (filters alone), its page's start.
  const best = others.sort((a, b) => b.locations.length - a.locations.length)[0];
  if (best || products.length === 0) body.append(excerpt(best?.excerpt ?? result.excerpt, "search-result__excerpt"));

  if (products.length > 0) {
    const found = element("ul", "search-result__products");
    found.setAttribute("aria-label", fr.search.matchingProducts);
    found.append(...products.slice(0, PRODUCTS_SHOWN).map((product) => renderProduct(result, product)));
    body.append(found);
  }
  if (products.length > PRODUCTS_SHOWN) {
    const more = element("p", "search-result__more-products");
    more.append(link(`${result.url}#${PRODUCTS_HEADING}`, fr.search.moreProducts(products.length - PRODUCTS_SHOWN)));
    body.append(more);
  }

  item.append(body);
  return item;
}

function renderProduct(result: PagefindResultData, section: PagefindSubResult): HTMLLIElement {
  const productId = productIdOf(section.anchor?.id ?? "") ?? "";
  const item = element("li", "search-product");
  const name = link(productPageUrl(result.url, productId), section.title);
  name.className = "search-product__name";
  item.append(name);
  const price = priceOf(result, section);
  if (price) {
    const tag = element("span", "search-product__price");
    tag.textContent = price;
    item.append(" ", tag);
  }
  item.append(excerpt(section.excerpt, "search-product__excerpt"));
  return item;
}

/** The text of the product's price on its merchant's page, "Épuisé" included. */
function priceOf(result: PagefindResultData, section: PagefindSubResult): string | undefined {
  const productId = productIdOf(section.anchor?.id ?? "");
  return productId ? result.anchors.find((anchor) => anchor.id === priceAnchor(productId))?.text : undefined;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element("a");
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** Pagefind escapes the page's text before it adds <mark> around the matched words. */
function excerpt(html: string, className: string): HTMLParagraphElement {
  const paragraph = element("p", className);
  paragraph.innerHTML = html;
  return paragraph;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}
