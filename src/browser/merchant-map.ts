/**
 * The small map of a merchant page. Leaflet is fetched only when the map comes near the
 * viewport: the dynamic import makes esbuild put it in a separate chunk, so a reader who never
 * scrolls that far downloads none of it. Its strings come from data-attributes, so the
 * strings module stays out of every merchant page.
 */
import "./lib/map.css";

const MERCHANT_ZOOM = 16;

const element = document.querySelector<HTMLElement>("[data-merchant-map]");
if (element) {
  element.hidden = false;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      show(element).catch((error: unknown) => {
        console.error("Plan : échec du chargement", error);
        element.textContent = element.dataset.failed ?? "";
      });
    },
    { rootMargin: "200px" },
  );
  observer.observe(element);
}

async function show(element: HTMLElement): Promise<void> {
  const leaflet = import("./lib/leaflet-global.ts");
  const setup = await import("./lib/map-setup.ts");
  const L = (await leaflet).L;
  const latLng = L.latLng(Number(element.dataset.latitude), Number(element.dataset.longitude));
  const map = L.map(element, {
    center: latLng,
    zoom: MERCHANT_ZOOM,
    scrollWheelZoom: false,
    // One finger scrolls the page on phones instead of panning a map the reader did not aim at.
    dragging: !L.Browser.mobile,
    zoomControl: false,
  });
  const settings = setup.readMapSettings(element);
  setup.addControls(L, map, settings);
  setup.addTiles(L, map, settings);
  const icon = setup.categoryIcon(L, element.dataset.icon ?? "📍");
  L.marker(latLng, { icon, title: element.dataset.name ?? "" }).addTo(map);
}
