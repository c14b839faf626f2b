/** Leaflet with leaflet.markercluster. The import order matters: the global first. */
import { L } from "./leaflet-global.ts";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";

export { L };
