/**
 * The simple French form of opening hours, for volunteers who do not know OpenStreetMap's
 * syntax: a mapping from day to ranges (`mardi: 9h-12h30, 14h-19h`) or `fermé`. The loader
 * turns it into the OpenStreetMap form, which is what the rest of the site reads.
 */
import { closest, distance } from "fastest-levenshtein";

export const SIMPLE_FORM_EXAMPLE = "mardi: 9h-12h30, 14h-19h";

/** Monday first, as the French week and OpenStreetMap's `Mo` … `Su` run. */
export const FRENCH_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;
const OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;
const HOLIDAYS_KEY = "fériés";

/** Words volunteers write for a day without opening; YAML 1.2 reads `non` as text, not false. */
const CLOSED_WORDS = new Set(["ferme", "closed", "non", "ferme toute la journee"]);
const ALL_DAY_WORDS = new Set(["24h/24", "24 h/24", "24h sur 24", "24 h sur 24"]);

export interface SimpleFormProblem {
  /** The key of the day the problem is about, as written, or none for the whole mapping. */
  key?: string;
  message: string;
}

export type SimpleFormResult = { ok: true; osm: string } | { ok: false; problems: SimpleFormProblem[] };

/** Minutes since midnight, `end` below `start` for a range that runs past midnight. */
interface Range {
  start: number;
  end: number;
  /** As the volunteer wrote it. */
  text: string;
}

export function simpleFormToOsm(mapping: Record<string, unknown>): SimpleFormResult {
  const problems: SimpleFormProblem[] = [];
  const days = new Map<number, Range[] | "closed">();
  let holidays: Range[] | "closed" | undefined;

  for (const [key, value] of Object.entries(mapping)) {
    const target = readDayKey(key);
    if (!target.ok) {
      problems.push({ key, message: target.message });
      continue;
    }

    const label = key.trim();
    const parsed = readDayValue(label, value);
    if (!parsed.ok) {
      problems.push({ key, message: parsed.message });
      continue;
    }

    if (target.holidays) {
      holidays = parsed.ranges;
      continue;
    }
    for (const day of target.days) {
      if (days.has(day)) {
        const which = plainWord(label) === FRENCH_DAYS[day] ? "ce jour" : FRENCH_DAYS[day];
        problems.push({ key, message: `${label} : ${which} est déjà indiqué plus haut ; gardez une seule ligne par jour` });
      } else {
        days.set(day, parsed.ranges);
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems };

  const openDays = [...days.values()].filter((ranges) => ranges !== "closed");
  if (openDays.length === 0) {
    return {
      ok: false,
      problems: [{ message: `aucun jour d'ouverture : indiquez les horaires d'au moins un jour (exemple : ${SIMPLE_FORM_EXAMPLE})` }],
    };
  }

  return { ok: true, osm: toOsm(days, holidays) };
}

type DayKey = { ok: true; days: number[]; holidays: boolean } | { ok: false; message: string };

function readDayKey(key: string): DayKey {
  const plain = plainWord(key);
  if (plain === "feries" || plain === "jours feries") return { ok: true, days: [], holidays: true };

  const single = dayIndex(plain);
  if (single !== undefined) return { ok: true, days: [single], holidays: false };

  const range = /^(?:du )?([a-z]+) *(?:-|au|a) *([a-z]+)$/.exec(plain);
  const first = range && dayIndex(range[1] ?? "");
  const last = range && dayIndex(range[2] ?? "");
  if (first !== undefined && first !== null && last !== undefined && last !== null && first < last) {
    return { ok: true, days: Array.from({ length: last - first + 1 }, (_, i) => first + i), holidays: false };
  }

  const known = [...FRENCH_DAYS, HOLIDAYS_KEY];
  const suggestion = closest(plain, known.map(plainWord));
  const hint = distance(plain, suggestion) <= 2
    ? ` (vouliez-vous écrire « ${known.find((word) => plainWord(word) === suggestion) ?? suggestion} » ?)`
    : "";
  return {
    ok: false,
    message: `jour inconnu « ${key} »${hint} : écrivez un jour en toutes lettres (lundi … dimanche), une suite de jours (lundi-vendredi) ou « ${HOLIDAYS_KEY} » (exemple : ${SIMPLE_FORM_EXAMPLE})`,
  };
}

type DayValue = { ok: true; ranges: Range[] | "closed" } | { ok: false; message: string };

function readDayValue(label: string, value: unknown): DayValue {
  const example = `(exemple : ${label}: 9h-12h30, 14h-19h ; ou ${label}: fermé)`;
  if (value === null || value === undefined || value === "") {
    return { ok: false, message: `${label} : le jour est vide ; écrivez les horaires ou « fermé » ${example}` };
  }
  if (typeof value !== "string") {
    return { ok: false, message: `${label} : « ${String(value)} » n'est pas compris ; écrivez les horaires ou « fermé » ${example}` };
  }

  const plain = plainWord(value);
  if (CLOSED_WORDS.has(plain)) return { ok: true, ranges: "closed" };
  if (ALL_DAY_WORDS.has(plain)) return { ok: true, ranges: [{ start: 0, end: 24 * 60, text: value }] };

  const ranges: Range[] = [];
  for (const part of value.split(/,| et /)) {
    const range = readRange(part.trim());
    if (!range.ok) return { ok: false, message: `${label} : ${range.message} ${example}` };
    ranges.push(range.range);
  }

  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (before.end < before.start || after.start < before.end) {
      return { ok: false, message: `${label} : les plages « ${before.text} » et « ${after.text} » se chevauchent ${example}` };
    }
  }
  return { ok: true, ranges: sorted };
}

const TIME = String.raw`(\d{1,2}) *(?:h|:) *(\d{2})?`;
const RANGE = new RegExp(`^${TIME} *(?:-|–|—|à) *${TIME}$`, "i");

function readRange(text: string): { ok: true; range: Range } | { ok: false; message: string } {
  const match = RANGE.exec(text);
  const notUnderstood = {
    ok: false as const,
    message: `la plage « ${text} » n'est pas comprise : écrivez l'heure d'ouverture et l'heure de fermeture séparées par un tiret, et les plages séparées par des virgules`,
  };
  if (!match) return notUnderstood;

  const [, startHour, startMinute, endHour, endMinute] = match;
  const start = minutes(startHour, startMinute);
  const end = minutes(endHour, endMinute);
  if (start === undefined || end === undefined || start === 24 * 60) {
    return { ok: false, message: `la plage « ${text} » contient une heure qui n'existe pas (de 0h à 24h, minutes de 00 à 59)` };
  }
  if (start === end) {
    return { ok: false, message: `la plage « ${text} » s'ouvre et se ferme à la même heure` };
  }
  return { ok: true, range: { start, end, text } };
}

function minutes(hour: string | undefined, minute: string | undefined): number | undefined {
  const h = Number(hour);
  const m = Number(minute ?? "0");
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return h * 60 + m;
}

function toOsm(days: Map<number, Range[] | "closed">, holidays: Range[] | "closed" | undefined): string {
  let osm = "";
  let wrapsMidnight = false;
  let runStart = 0;
  for (let day = 0; day <= OSM_DAYS.length; day += 1) {
    const current = openRanges(days.get(day));
    const previous = openRanges(days.get(runStart));
    if (day < OSM_DAYS.length && current === previous) continue;
    if (previous !== undefined) {
      const selector = day - 1 === runStart ? OSM_DAYS[runStart] : `${OSM_DAYS[runStart]}-${OSM_DAYS[day - 1]}`;
      // After a range past midnight, ";" would let the next day's rule cut it at midnight;
      // OpenStreetMap's additional-rule separator "," keeps it.
      if (osm) osm += wrapsMidnight ? ", " : "; ";
      osm += `${selector} ${previous}`;
      wrapsMidnight = (days.get(runStart) as Range[]).some((range) => range.end < range.start);
    }
    runStart = day;
  }
  if (holidays !== undefined) osm += `; PH ${osmRanges(holidays)}`;
  return osm;
}

/** Days left closed need no rule: OpenStreetMap reads every day no rule opens as closed. */
function openRanges(ranges: Range[] | "closed" | undefined): string | undefined {
  return ranges === undefined || ranges === "closed" ? undefined : osmRanges(ranges);
}

function osmRanges(ranges: Range[] | "closed"): string {
  return ranges === "closed" ? "off" : ranges.map(formatRange).join(",");
}

function formatRange({ start, end }: Range): string {
  const clock = (value: number) =>
    `${String(Math.floor(value / 60)).padStart(2, "0")}:${String(value % 60).padStart(2, "0")}`;
  return `${clock(start)}-${clock(end)}`;
}

function dayIndex(plain: string): number | undefined {
  const index = FRENCH_DAYS.indexOf(plain as (typeof FRENCH_DAYS)[number]);
  return index >= 0 ? index : undefined;
}

function plainWord(word: string): string {
  return word.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}
