import { MAP_DATA_URL, mapFeatureCollection } from "../build/map-data.ts";
import type { PageData } from "../components/page.ts";

export const data = { permalink: MAP_DATA_URL, eleventyExcludeFromCollections: true };

export function render(data: PageData): string {
  return JSON.stringify(mapFeatureCollection(data.comptoir.content));
}
