/** Links to places outside the site, built from a merchant's coordinates. */
import type { Merchant } from "../content/model.ts";

export function openStreetMapLink({ location }: Pick<Merchant, "location">): string {
  const { latitude, longitude } = location;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`;
}

/** Opens OpenStreetMap's route planner with the shop as destination and the start left blank. */
export function directionsLink({ location }: Pick<Merchant, "location">): string {
  return `https://www.openstreetmap.org/directions?route=%3B${location.latitude}%2C${location.longitude}`;
}

export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl}/`).href;
}
