/**
 * What the browser map code needs from site.yaml, passed as data-attributes (no inline
 * script: a strict Content-Security-Policy comes later). Read back by src/browser/lib/map-setup.ts.
 */
import type { Site } from "../content/schema/site.ts";
import { fr } from "../strings/fr.ts";

export function mapDataAttributes(site: Site): Record<string, string> {
  const { center, zoom, bounds, tiles } = site.map;
  return {
    "data-tiles": tiles.url,
    "data-attribution": tiles.attribution,
    "data-center": `${center.latitude},${center.longitude}`,
    "data-zoom": String(zoom),
    "data-bounds": `${bounds.south},${bounds.west},${bounds.north},${bounds.east}`,
    "data-zoom-in": fr.map.zoomIn,
    "data-zoom-out": fr.map.zoomOut,
  };
}
