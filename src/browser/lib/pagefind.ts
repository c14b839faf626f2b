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

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}
