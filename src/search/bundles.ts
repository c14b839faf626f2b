/**
 * The build writes two Pagefind bundles of the same pages, and the search page loads one. A
 * sort adds a list of every page to the index's page list, which each first query downloads
 * whole (about 13 KB gzipped for 5,000 merchants): only residents who sort by name pay for it.
 */
export const SEARCH_BUNDLES = {
  /** By relevance: the default, and nearly every search. */
  relevance: "pagefind",
  /** The same index, with the name sort. */
  byName: "pagefind-nom",
} as const;

export type SearchBundle = keyof typeof SEARCH_BUNDLES;

/** The script the search page imports to search a bundle. */
export function bundleScript(bundle: SearchBundle): string {
  return `/${SEARCH_BUNDLES[bundle]}/pagefind.js`;
}

/**
 * The part of a merchant's page that search reads. The relevance bundle reads nothing else; the
 * name sort key sits outside it (see components/search-record.tsx), so only the other has it.
 */
export const INDEXED_ROOT = "[data-pagefind-body]";
