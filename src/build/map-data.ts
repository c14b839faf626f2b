/**
 * The map's data file: one GeoJSON feature per published merchant, carrying exactly what a
 * popup, the list and the filters need. The browser reads only this file at run time (and
 * tiles), so anything a filter tests must be here.
 */
import type { Content, Merchant } from "../content/model.ts";
import type { MerchantKind } from "../content/schema/merchant.ts";
import type { Schedule } from "../browser/lib/opening.ts";
import { withSchedule } from "../content/hours/schedule.ts";

export const MAP_DATA_URL = "/carte/commercants.geojson";

export interface MapCategory {
  slug: string;
  label: string;
}

export interface MapMerchant {
  slug: string;
  name: string;
  url: string;
  kind: MerchantKind;
  /** The first category's emoji, shown on the marker. */
  icon: string;
  categories: MapCategory[];
  services: { clickAndCollect: boolean; delivery: boolean; onlineOrdering: boolean };
  /** One line: street, postcode and town. */
  address: string;
  /** When the merchant is open, for "ouvert maintenant"; absent when no hours were given. */
  hours?: Schedule;
}

export interface MapFeature {
  type: "Feature";
  /** GeoJSON order: longitude first. */
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: MapMerchant;
}

export interface MapFeatureCollection {
  type: "FeatureCollection";
  features: MapFeature[];
}

export function mapFeature(content: Content, merchant: Merchant): MapFeature {
  const categories = merchant.categories.flatMap((slug) => {
    const category = content.categoriesBySlug.get(slug);
    return category ? [{ slug, label: category.label, icon: category.icon }] : [];
  });
  const { services } = merchant;

  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [merchant.location.longitude, merchant.location.latitude] },
    properties: {
      slug: merchant.slug,
      name: merchant.name,
      url: merchant.url,
      kind: merchant.kind,
      icon: categories[0]?.icon ?? "📍",
      categories: categories.map(({ slug, label }) => ({ slug, label })),
      services: {
        clickAndCollect: services.clickAndCollect,
        delivery: services.delivery !== undefined,
        onlineOrdering: services.onlineOrdering,
      },
      address: formatAddress(merchant),
      ...withSchedule(merchant),
    },
  };
}

export function mapFeatureCollection(content: Content): MapFeatureCollection {
  const features = content.merchants.map((merchant) => mapFeature(content, merchant));
  return { type: "FeatureCollection", features };
}

export function formatAddress({ address }: Pick<Merchant, "address">): string {
  return `${address.street}, ${address.postcode} ${address.city}`;
}
