/**
 * The search filters, in the order the search page shows them. Each is a Pagefind filter of
 * the same name, a group of checkboxes on the search page and a URL parameter. Values inside
 * a group combine with OR, groups combine with AND. A new filter is one more entry here.
 */
import type { Content, Merchant } from "../content/model.ts";
import { MERCHANT_KINDS } from "../content/schema/merchant.ts";
import { fr } from "../strings/fr.ts";

export interface SearchFilter {
  /** Pagefind filter name and URL parameter. */
  name: keyof typeof fr.search.filters;
  legend: string;
  /** Every value offered on the search page, in display order; values are what residents read. */
  options(content: Content): string[];
  /** The values a merchant, and each of its products, carries. */
  valuesOf(merchant: Merchant, content: Content): string[];
  /** Also index the values as words ("livraison"), for filters the indexed text does not show. */
  searchable?: boolean;
}

const SERVICES = [
  [fr.search.services.clickAndCollect, (merchant: Merchant) => merchant.services.clickAndCollect],
  [fr.search.services.delivery, (merchant: Merchant) => Boolean(merchant.services.delivery)],
  [fr.search.services.onlineOrdering, (merchant: Merchant) => merchant.services.onlineOrdering],
] as const;

export const SEARCH_FILTERS: readonly SearchFilter[] = [
  {
    name: "categorie",
    legend: fr.search.filters.categorie,
    options: (content) =>
      content.categories.filter((category) => category.merchants.length > 0).map((category) => category.label),
    valuesOf: (merchant, content) =>
      merchant.categories.flatMap((slug) => content.categoriesBySlug.get(slug)?.label ?? []),
  },
  {
    name: "type",
    legend: fr.search.filters.type,
    options: (content) =>
      MERCHANT_KINDS.filter((kind) => content.merchants.some((merchant) => merchant.kind === kind)).map(
        (kind) => fr.kinds[kind].one,
      ),
    valuesOf: (merchant) => [fr.kinds[merchant.kind].one],
  },
  {
    name: "services",
    legend: fr.search.filters.services,
    options: () => SERVICES.map(([label]) => label),
    valuesOf: (merchant) => SERVICES.filter(([, offers]) => offers(merchant)).map(([label]) => label),
    searchable: true,
  },
];
