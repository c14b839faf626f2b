/**
 * OpenStreetMap's opening_hours syntax, read by the `opening_hours` library with the town's
 * country, so that `PH` means French public holidays.
 */
import OpeningHours from "opening_hours";

export const OSM_EXAMPLE = "Mo-Fr 09:00-12:30,14:00-19:00; Sa 09:00-12:30; PH off";

/**
 * The library needs a place to know which public holidays apply; only the country matters for
 * France (Alsace-Moselle's extra days would need the region, which no town here is in).
 */
const FRANCE = { lat: 46.6, lon: 2.4, address: { country_code: "fr", state: "" } };

export function readOsmHours(value: string): OpeningHours {
  return new OpeningHours(value, FRANCE, { locale: "fr" } as never);
}

/** Why `value` is not valid opening_hours, in French and naming the rule, or undefined if it is. */
export function osmHoursProblem(value: string): string | undefined {
  const failure = parseFailure(value);
  if (failure === undefined) return undefined;

  const rules = value.split(";").map((rule) => rule.trim()).filter(Boolean);
  const index = rules.length > 1 ? rules.findIndex((rule) => parseFailure(rule) !== undefined) : -1;
  const where = index >= 0 ? `la règle n° ${index + 1} « ${rules[index]} »` : `« ${value} »`;
  return `${where} n'est pas comprise : ${index >= 0 ? (parseFailure(rules[index]!) ?? failure) : failure} (exemple : "${OSM_EXAMPLE}")`;
}

/** Towns repeat a handful of patterns: each distinct value is parsed once per process. */
const failures = new Map<string, string | undefined>();

function parseFailure(value: string): string | undefined {
  if (failures.has(value)) return failures.get(value);
  let failure: string | undefined;
  try {
    readOsmHours(value);
  } catch (error) {
    failure = libraryReason(String(error));
  }
  failures.set(value, failure);
  return failure;
}

/**
 * The library's message repeats the value up to the fault, then gives its reason in
 * parentheses after `<--- (`; only the first reason is kept, the others follow from it.
 */
function libraryReason(message: string): string {
  const marker = message.indexOf("<--- (");
  if (marker < 0) return message.trim();
  const rest = message.slice(marker + "<--- (".length);
  const end = rest.search(/\)\s*(?:\S.*<--- \(|$)/s);
  return (end >= 0 ? rest.slice(0, end) : rest).trim().replace(/\.$/, "");
}
