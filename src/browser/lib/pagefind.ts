/**
 * The part of Pagefind's browser API the search page uses. The bundle is written by the build
 * into /pagefind/ and loaded at run time, never bundled: its index changes with the content.
 */
export const PAGEFIND_URL = "/pagefind/pagefind.js";

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, "asc" | "desc">;
}

/** An element of the page with an id, and its text (a product's price, for one). */
export interface PagefindAnchor {
  id: string;
  text?: string;
  /** From `data-pagefind-title`: the sections that have one are sub-results. */
  title?: string;
}

/** One section of a page that matched: the page's start, or a section opened by an anchor. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  /** A null term lists every page that passes the filters. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  // A variable, not a literal, so that esbuild leaves the import to the browser.
  const url: string = PAGEFIND_URL;
  loading ??= (import(url) as Promise<Pagefind>).then(async (pagefind) => {
    // Excerpts of 16 words, centred on the match: a few lines on a phone, under each product too.
    await pagefind.options({ excerptLength: 16 });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}
