/**
 * What both maps share: settings read from the element's data-attributes (written by
 * src/components/map-settings.ts), the tile layer, and the category marker.
 */
import type * as Leaflet from "leaflet";
import type { LeafletModule } from "./leaflet-global.ts";
import type { MapMerchant } from "../../build/map-data.ts";

export interface MapSettings {
  tiles: string;
  attribution: string;
  center: [number, number];
  zoom: number;
  bounds: [[number, number], [number, number]];
  zoomIn: string;
  zoomOut: string;
}

export function readMapSettings(element: HTMLElement): MapSettings {
  // Indexes rather than destructuring: esbuild cannot lower destructuring for Safari 14.
  const center = numbers(element, "center", 2);
  const bounds = numbers(element, "bounds", 4);
  return {
    tiles: element.dataset.tiles ?? "",
    attribution: element.dataset.attribution ?? "",
    center: [center[0] ?? 0, center[1] ?? 0],
    zoom: Number(element.dataset.zoom ?? 13),
    bounds: [
      [bounds[0] ?? 0, bounds[1] ?? 0],
      [bounds[2] ?? 0, bounds[3] ?? 0],
    ],
    zoomIn: element.dataset.zoomIn ?? "",
    zoomOut: element.dataset.zoomOut ?? "",
  };
}

function numbers(element: HTMLElement, name: string, count: number): number[] {
  const values = (element.dataset[name] ?? "").split(",").map(Number);
  if (values.length !== count || values.some((value) => !Number.isFinite(value))) {
    const written = element.dataset[name] ?? "";
    throw new Error(`Carte : data-${name}="${written}" devrait contenir ${count} nombres`);
  }
  return values;
}

/**
 * The tile layer of site.yaml. Tile requests keep the browser's default Referer: the
 * OpenStreetMap tile policy requires one, so no `referrerPolicy` option here, and the host's
 * Referrer-Policy header must stay `strict-origin-when-cross-origin` (or looser).
 */
export function addTiles(L: LeafletModule, map: Leaflet.Map, settings: MapSettings): void {
  L.tileLayer(settings.tiles, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
}

/**
 * Leaflet's own controls speak English ("Zoom in", an English title on its credit link): a map
 * created with `zoomControl: false` gets French ones here, in the page's language (WCAG 3.1.2).
 */
export function addControls(L: LeafletModule, map: Leaflet.Map, settings: MapSettings): void {
  L.control.zoom({ zoomInTitle: settings.zoomIn, zoomOutTitle: settings.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
}

const icons = new Map<string, Leaflet.DivIcon>();

/** A round marker showing the category's emoji; one icon object per emoji, shared by markers. */
export function categoryIcon(L: LeafletModule, emoji: string): Leaflet.DivIcon {
  let icon = icons.get(emoji);
  if (!icon) {
    // A string, not an element: Leaflet would move one shared element from marker to marker.
    const html = `<span aria-hidden="true">${escapeHtml(emoji)}</span>`;
    icon = L.divIcon({
      html,
      className: "map-marker",
      iconSize: [34, 34],
      iconAnchor: [17, 17],
      popupAnchor: [0, -16],
    });
    icons.set(emoji, icon);
  }
  return icon;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function merchantMarker(
  L: LeafletModule,
  merchant: MapMerchant,
  latLng: Leaflet.LatLngExpression,
): Leaflet.Marker {
  return L.marker(latLng, { icon: categoryIcon(L, merchant.icon), title: merchant.name });
}
