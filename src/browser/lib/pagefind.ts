/**
 * The part of Pagefind's browser API the search page uses. The bundles are written by the build
 * (see search/bundles.ts) and loaded at run time, never bundled: their index changes with the
 * content.
 */
import { bundleScript, type SearchBundle } from "../../search/bundles.ts";

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
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  /** A null term lists every page that passes the filters. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
}

const loading = new Map<SearchBundle, Promise<Pagefind>>();

export function loadPagefind(bundle: SearchBundle = "relevance"): Promise<Pagefind> {
  let loaded = loading.get(bundle);
  if (!loaded) {
    // A variable, not a literal, so that esbuild leaves the import to the browser.
    const url = bundleScript(bundle);
    loaded = (import(url) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({
        // Excerpts of 16 words, centred on the match: a few lines on a phone, under each product too.
        excerptLength: 16,
        // Searching a town's index takes the main thread a few milliseconds; a worker would cost
        // one more file (12 KB gzipped) and one more round trip before the first results.
        noWorker: true,
      });
      await pagefind.init();
      return pagefind;
    });
    loading.set(bundle, loaded);
  }
  return loaded;
}
