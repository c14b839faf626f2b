/**
 * The kinds of page a built site has, and for each the one page that stands for it in the
 * quality checks (page weight, Lighthouse): for the types with many pages, the one with the
 * largest HTML, since a type's pages share their CSS and scripts.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { urls } from "../content/model.ts";

export interface BuiltPage {
  /** The address the page is served at: `/commercants/x/`, or `/404.html`. */
  url: string;
  file: string;
}

/** Every `.html` file of the built `site`, with the address it is served at. */
export async function builtPages(site: string): Promise<BuiltPage[]> {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
  return files.sort().map((file) => {
    const url = `/${file.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
    return { url, file: path.join(site, file) };
  });
}

export interface PageType {
  type: string;
  /** The address to check, chosen among the built pages. */
  pick(pages: BuiltPage[]): Promise<string> | string;
}

const fixed = (type: string, url: string): PageType => ({ type, pick: () => url });
const heaviestOf = (type: string, pattern: RegExp): PageType => ({
  type,
  pick: (pages) => heaviest(pages, pattern),
});

/** A search arriving from the home page's form, which starts Pagefind at once. */
export const SEARCH_WITH_RESULTS = `${urls.search}?q=fraises`;

export const PAGE_TYPES = {
  home: fixed("home", urls.home),
  category: heaviestOf("category", /^\/categories\/[^/]+\/(\d+\/)?$/),
  merchants: fixed("A–Z", urls.merchants),
  merchant: heaviestOf("merchant", /^\/commercants\/[^/]+\/$/),
  product: heaviestOf("product", /^\/commercants\/[^/]+\/[^/]+\/$/),
  map: fixed("map", urls.map),
  search: fixed("search", urls.search),
  searchWithResults: fixed("search with results", SEARCH_WITH_RESULTS),
  about: fixed("about", urls.about),
  legal: fixed("legal", urls.legal),
  ordering: fixed("ordering", urls.ordering),
  notFound: fixed("404", "/une-page-qui-n-existe-pas/"),
} satisfies Record<string, PageType>;

/** The page of `pages` matching `pattern` whose HTML file is the largest. */
async function heaviest(pages: BuiltPage[], pattern: RegExp): Promise<string> {
  const matching = pages.filter((page) => pattern.test(page.url));
  const sizes = await Promise.all(
    matching.map(async (page) => ({ url: page.url, size: (await stat(page.file)).size })),
  );
  const largest = sizes.sort((a, b) => b.size - a.size || a.url.localeCompare(b.url))[0];
  if (!largest) throw new Error(`No built page matches ${pattern}: is this a built Comptoir site?`);
  return largest.url;
}
