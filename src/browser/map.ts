/**
 * The /carte/ page: every merchant of the data file on a clustered map, the filters kept in
 * the URL, and the server-rendered list kept in step with the filters and the visible area.
 * The list stays the accessible way through the data; the map is an enhancement of it.
 */
import type * as Leaflet from "leaflet";
import type { MapFeatureCollection, MapMerchant } from "../build/map-data.ts";
import { fr } from "../strings/fr.ts";
import { L } from "./lib/leaflet-cluster.ts";
import {
  FLAG_ON,
  MAP_FILTERS,
  matchesFilters,
  readFilterState,
  writeFilterState,
  type FilterState,
} from "./lib/map-filters.ts";
import { merchantPopup } from "./lib/map-popup.ts";
import { addControls, addTiles, merchantMarker, readMapSettings } from "./lib/map-setup.ts";
import "./lib/map.css";

interface Entry {
  merchant: MapMerchant;
  marker: Leaflet.Marker;
  latLng: Leaflet.LatLng;
  item: HTMLLIElement | null;
  matches: boolean;
}

const MAX_FIT_ZOOM = 16;
const MIN_ZOOM = 10;

const mapElement = document.querySelector<HTMLElement>("[data-map]");
if (mapElement) {
  start(mapElement).catch((error: unknown) => {
    console.error("Carte : échec du chargement", error);
    mapElement.hidden = true;
    const status = document.querySelector<HTMLElement>("[data-map-status]");
    if (status) status.textContent = fr.map.loadFailed;
  });
}

async function start(mapElement: HTMLElement): Promise<void> {
  const tools = query<HTMLElement>("[data-map-tools]");
  const form = query<HTMLFormElement>("[data-map-filters]");
  const status = query<HTMLElement>("[data-map-status]");
  const count = query<HTMLElement>("[data-map-count]");
  const showAllWrapper = query<HTMLElement>("[data-map-show-all-wrapper]");
  const list = query<HTMLElement>("[data-map-list]");
  tools.hidden = false;

  const response = await fetch(mapElement.dataset.source ?? "");
  if (!response.ok) throw new Error(`${mapElement.dataset.source} : HTTP ${response.status}`);
  const data = (await response.json()) as MapFeatureCollection;

  mapElement.hidden = false;
  const settings = readMapSettings(mapElement);
  // No view yet: it is set once the markers are known, so the clusters are computed once, and
  // the minimum zoom spares markercluster the levels where the whole town is a dot.
  const map = L.map(mapElement, { minZoom: MIN_ZOOM, maxZoom: 19, zoomControl: false });
  addControls(L, map, settings);
  addTiles(L, map, settings);
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 60,
    // Merchants at one address fan out at the last zoom level instead of hiding each other.
    spiderfyOnMaxZoom: true,
  });

  const items = new Map<string, HTMLLIElement>();
  for (const item of list.querySelectorAll<HTMLLIElement>(":scope > li")) {
    items.set(item.dataset.slug ?? "", item);
  }

  const entries = new Map<string, Entry>();
  for (const feature of data.features) {
    const merchant = feature.properties;
    const latLng = L.latLng(feature.geometry.coordinates[1], feature.geometry.coordinates[0]);
    const marker = merchantMarker(L, merchant, latLng).bindPopup(() => merchantPopup(merchant));
    const item = items.get(merchant.slug) ?? null;
    entries.set(merchant.slug, { merchant, marker, latLng, item, matches: true });
  }

  /** Opens the marker's popup, zooming into its cluster first, and moves focus into it. */
  const showOnMap = (entry: Entry) => {
    mapElement.scrollIntoView({ block: "nearest" });
    cluster.zoomToShowLayer(entry.marker, () => {
      entry.marker.openPopup();
      entry.marker.getPopup()?.getElement()?.querySelector("a")?.focus();
    });
  };

  /** Shows the list entries that match and are in view, and says how many. */
  const syncList = () => {
    const bounds = map.getBounds();
    let matching = 0;
    let shown = 0;
    for (const entry of entries.values()) {
      const visible = entry.matches && bounds.contains(entry.latLng);
      if (entry.matches) matching++;
      if (visible) shown++;
      if (entry.item && entry.item.hidden === visible) entry.item.hidden = !visible;
    }
    count.textContent = fr.map.listShown(shown, matching);
    showAllWrapper.hidden = shown === matching;
  };

  let hasView = false;
  const fitToMatches = () => {
    const matching = [...entries.values()].filter((entry) => entry.matches);
    if (matching.length === 0) {
      // Nothing to show: the town's default view the first time, else the reader's view stays.
      if (!hasView) map.setView(settings.center, settings.zoom);
      hasView = true;
      return;
    }
    hasView = true;
    // Not animated: Leaflet ignores a new view asked for while a zoom animation runs.
    const bounds = L.latLngBounds(matching.map((entry) => entry.latLng));
    map.fitBounds(bounds, { maxZoom: MAX_FIT_ZOOM, padding: [24, 24], animate: false });
  };

  const applyFilters = (state: FilterState) => {
    const matching: Leaflet.Marker[] = [];
    for (const entry of entries.values()) {
      entry.matches = matchesFilters(entry.merchant, state);
      if (entry.matches) matching.push(entry.marker);
    }
    cluster.clearLayers();
    cluster.addLayers(matching);
    mapElement.dataset.markers = String(matching.length);
  };

  const onFiltersChanged = () => {
    const state = readForm(form);
    history.replaceState(history.state, "", `${location.pathname}${writeFilterState(state)}${location.hash}`);
    applyFilters(state);
    fitToMatches();
    syncList();
  };

  const initial = readFilterState(location.search);
  fillForm(form, initial);
  applyFilters(initial);
  fitToMatches();
  map.addLayer(cluster);
  syncList();
  map.on("moveend", syncList);
  list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-map-centre]") : null;
    const entry = entries.get(button?.closest("li")?.dataset.slug ?? "");
    if (entry) showOnMap(entry);
  });
  // The list's "Voir sur la carte" buttons, rendered hidden, work from now on.
  list.classList.add("map-list--live");

  form.addEventListener("change", onFiltersChanged);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    query<HTMLElement>("#liste-titre").focus();
  });
  // The reset event fires before the controls are cleared.
  form.addEventListener("reset", () => setTimeout(onFiltersChanged));
  query<HTMLButtonElement>("[data-map-show-all]").addEventListener("click", fitToMatches);
  setUpLocate(map, query<HTMLButtonElement>("[data-map-locate]"), status);

  mapElement.dataset.state = "ready";
  // Read by scripts/bench-map.ts: navigation to all markers clustered.
  performance.mark("comptoir:map-ready");
}

function readForm(form: HTMLFormElement): FilterState {
  const state: FilterState = new Map();
  for (const filter of MAP_FILTERS) {
    const control = form.elements.namedItem(filter.name);
    if (control instanceof HTMLSelectElement && control.value) state.set(filter.name, control.value);
    if (control instanceof HTMLInputElement && control.checked) state.set(filter.name, FLAG_ON);
  }
  return state;
}

function fillForm(form: HTMLFormElement, state: FilterState): void {
  for (const filter of MAP_FILTERS) {
    const control = form.elements.namedItem(filter.name);
    const value = state.get(filter.name) ?? "";
    if (control instanceof HTMLSelectElement) control.value = value;
    if (control instanceof HTMLInputElement) control.checked = value === FLAG_ON;
  }
}

/** "Autour de moi": asks for the position only when the button is pressed, never on load. */
function setUpLocate(map: Leaflet.Map, button: HTMLButtonElement, status: HTMLElement): void {
  let here: Leaflet.CircleMarker | null = null;

  button.addEventListener("click", () => {
    status.textContent = fr.map.locating;
    map.locate({ setView: true, maxZoom: MAX_FIT_ZOOM, timeout: 15_000 });
  });
  map.on("locationfound", (event) => {
    here?.remove();
    here = L.circleMarker(event.latlng, { radius: 9, color: "#1d4ed8", fillOpacity: 0.6 })
      .bindTooltip(fr.map.youAreHere, { permanent: true, direction: "top", offset: [0, -8] })
      .addTo(map);
    status.textContent = fr.map.located;
  });
  map.on("locationerror", (event) => {
    const denied = event.code === 1; // GeolocationPositionError.PERMISSION_DENIED
    status.textContent = denied ? fr.map.locationDenied : fr.map.locationUnavailable;
  });
}

function query<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`Carte : élément ${selector} absent de la page`);
  return found;
}
