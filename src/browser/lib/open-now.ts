/**
 * "Ouvert maintenant" outside the merchant page: which merchants are open at this moment,
 * from the schedules the map's data file already carries (src/build/map-data.ts). Search uses
 * it to narrow Pagefind's results by merchant before any result is loaded.
 */
import type { MapFeatureCollection } from "../../build/map-data.ts";
import { isOpenAt } from "./opening.ts";

/** The Pagefind filter holding each page's merchant slug. */
export const OPEN_NOW_FILTER = "commercant";
/** The URL parameter and checkbox name of "Ouvert maintenant", on the map and in search. */
export const OPEN_NOW_PARAMETER = "ouvert";

let schedules: Promise<MapFeatureCollection> | undefined;

/** Slugs of the merchants open at `now`; the data file is fetched once per page. */
export async function openMerchantSlugs(dataUrl: string, now = new Date()): Promise<string[]> {
  schedules ??= fetch(dataUrl).then((response) => {
    if (!response.ok) throw new Error(`${dataUrl} : HTTP ${response.status}`);
    return response.json() as Promise<MapFeatureCollection>;
  });
  const data = await schedules;
  return data.features.flatMap((feature) => {
    const merchant = feature.properties;
    return merchant.hours && isOpenAt(merchant.hours, now) ? [merchant.slug] : [];
  });
}
