/**
 * The map's filters, in one list shared by the page (which renders their controls) and the
 * browser (which applies them and keeps them in the URL). A new filter is one more entry here;
 * what it tests must be in the map data file (src/build/map-data.ts).
 */
import type { MapMerchant } from "../../build/map-data.ts";
import type { Content } from "../../content/model.ts";
import type { MerchantKind } from "../../content/schema/merchant.ts";
import { fr } from "../../strings/fr.ts";
import { OPEN_NOW_PARAMETER } from "./open-now.ts";
import { isOpenAt } from "./opening.ts";

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterBase {
  /** The URL parameter and the form control's name. */
  name: string;
  label: string;
}

/** One value among several, as a select; empty means "all". */
export interface ChoiceFilter extends FilterBase {
  type: "choice";
  anyLabel: string;
  /** Runs at build time only. */
  options(content: Content): FilterOption[];
  matches(merchant: MapMerchant, value: string): boolean;
}

/** A checkbox that keeps only the merchants offering something. */
export interface FlagFilter extends FilterBase {
  type: "flag";
  /** Flags sharing a group are shown together under that legend. */
  group: string;
  matches(merchant: MapMerchant): boolean;
}

export type MapFilter = ChoiceFilter | FlagFilter;

/** The value a checked flag has in the URL: `?livraison=oui`. */
export const FLAG_ON = "oui";

export const MAP_FILTERS: MapFilter[] = [
  {
    type: "choice",
    name: "categorie",
    label: fr.map.category,
    anyLabel: fr.map.anyCategory,
    options: (content) =>
      content.categories.map((category) => ({ value: category.slug, label: category.label })),
    matches: (merchant, value) => merchant.categories.some((category) => category.slug === value),
  },
  {
    type: "choice",
    name: "type",
    label: fr.map.kind,
    anyLabel: fr.map.anyKind,
    // From the strings, not the schema: importing the schema would bundle zod into the page.
    options: () =>
      (Object.keys(fr.kinds) as MerchantKind[]).map((kind) => ({ value: kind, label: fr.kinds[kind].many })),
    matches: (merchant, value) => merchant.kind === value,
  },
  {
    type: "flag",
    name: "retrait",
    group: fr.map.services,
    label: fr.map.clickAndCollect,
    matches: (merchant) => merchant.services.clickAndCollect,
  },
  {
    type: "flag",
    name: "livraison",
    group: fr.map.services,
    label: fr.map.delivery,
    matches: (merchant) => merchant.services.delivery,
  },
  {
    type: "flag",
    name: "commande",
    group: fr.map.services,
    label: fr.map.onlineOrdering,
    matches: (merchant) => merchant.services.onlineOrdering,
  },
  {
    type: "flag",
    name: OPEN_NOW_PARAMETER,
    group: fr.hours.title,
    label: fr.hours.openNow,
    // Read when the filters change: the clock of that moment, in the town's time zone.
    matches: (merchant) => merchant.hours !== undefined && isOpenAt(merchant.hours, new Date()),
  },
];

/** Active filter values by name, from a query string; unknown names and empty values are dropped. */
export type FilterState = Map<string, string>;

export function readFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = new Map();
  for (const filter of MAP_FILTERS) {
    const value = params.get(filter.name);
    if (!value) continue;
    if (filter.type === "flag" && value !== FLAG_ON) continue;
    state.set(filter.name, value);
  }
  return state;
}

/** The query string for a state, in the order of MAP_FILTERS so equal states give equal URLs. */
export function writeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const filter of MAP_FILTERS) {
    const value = state.get(filter.name);
    if (value) params.set(filter.name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function matchesFilters(merchant: MapMerchant, state: FilterState): boolean {
  return MAP_FILTERS.every((filter) => {
    const value = state.get(filter.name);
    if (!value) return true;
    return filter.type === "flag" ? filter.matches(merchant) : filter.matches(merchant, value);
  });
}
