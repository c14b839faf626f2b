/**
 * Leaflet, also set as the global `L`: leaflet.markercluster is a script that extends the
 * global, so this module must be evaluated before it is imported (see ./leaflet-cluster.ts).
 */
import L from "leaflet";
import "leaflet/dist/leaflet.css";

(globalThis as { L?: typeof L }).L = L;

export { L };

/** Leaflet's module object, for helpers that receive it instead of importing it. */
export type LeafletModule = typeof L;
