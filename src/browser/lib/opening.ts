/**
 * Is a merchant open at a given instant, and when does that change? Computed from the compact
 * schedule the build writes (see src/content/hours/schedule.ts), always in the town's time
 * zone whatever the visitor's own. Shared by the merchant page, the map and search.
 */
import { fr } from "../../strings/fr.ts";

export const TOWN_TIME_ZONE = "Europe/Paris";

/**
 * A merchant's opening, as wall-clock minutes in the town's time zone. The build expands the
 * opening_hours value (public holidays and closures included) over about a year, so the
 * browser needs no parser.
 */
export interface Schedule {
  /** First and last day covered, `YYYY-MM-DD`; outside them the state is unknown. */
  from: string;
  until: string;
  /**
   * Monday first: flat `[open, close, open, close…]` in minutes since midnight. A close past
   * 1440 runs into the next day (`18h-1h` is `[1080, 1500]`).
   */
  week: number[][];
  /** Days that differ from the week (holidays, closures): `[first day, last day, minutes]`. */
  except: [string, string, number[]][];
}

export interface OpeningState {
  open: boolean;
  /** The next instant the state changes, if it does within the schedule. */
  change?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** The open or closed state at `now` and when it next changes. */
export function openingState(schedule: Schedule, now: Date): OpeningState | undefined {
  const today = townDay(now);
  if (today < schedule.from || today > schedule.until) return undefined;

  const horizon = townInstant(addDays(schedule.until, 1), 0);
  // No array destructuring in this file: esbuild cannot lower it for the Safari 14 target.
  for (const interval of intervalsFrom(schedule, addDays(today, -1))) {
    const start = interval[0];
    const end = interval[1];
    if (end.getTime() <= now.getTime()) continue;
    if (start.getTime() > now.getTime()) return { open: false, change: start };
    // Open up to the schedule's last day: when it closes is not known.
    return end.getTime() >= horizon ? { open: true } : { open: true, change: end };
  }
  return { open: false };
}

export function isOpenAt(schedule: Schedule, now: Date): boolean {
  return openingState(schedule, now)?.open ?? false;
}

/** The badge text: "Ouvert · ferme à 19 h", "Fermé · ouvre demain à 9 h", "Ouvre dans 20 min". */
export function openingBadge(schedule: Schedule, now: Date): { open: boolean; text: string } | undefined {
  const state = openingState(schedule, now);
  if (!state) return undefined;
  const t = fr.hours;

  if (!state.change) return { open: state.open, text: state.open ? t.openAllDay : t.closed };
  const minutesLeft = Math.ceil((state.change.getTime() - now.getTime()) / 60000);

  if (state.open) {
    if (minutesLeft < 60) return { open: true, text: `${t.open} · ${t.closesIn(minutesLeft)}` };
    return { open: true, text: `${t.open} · ${t.closes(whenLabel(state.change, now, true))}` };
  }
  if (minutesLeft < 60) return { open: false, text: t.opensIn(minutesLeft) };
  return { open: false, text: `${t.closed} · ${t.opens(whenLabel(state.change, now, false))}` };
}

/** "à 19 h", "demain à 9 h", "lundi à 9 h", "le 22 août à 9 h". */
function whenLabel(instant: Date, now: Date, closing: boolean): string {
  const day = townDay(instant);
  const today = townDay(now);
  const time = formatMinutes(townMinutes(instant));
  const days = dayNumber(day) - dayNumber(today);

  // A close in the small hours after an evening opening reads "ferme à 1 h", not "demain".
  if (days === 0 || (closing && days === 1 && townMinutes(instant) < 6 * 60)) return fr.hours.at(time);
  if (days === 1) return fr.hours.tomorrowAt(time);
  if (days < 7) return fr.hours.weekdayAt(fr.hours.weekdays[weekday(day)] ?? "", time);
  return fr.hours.dateAt(formatDay(day), time);
}

/** "9 h", "12 h 30", "minuit". */
export function formatMinutes(minutes: number): string {
  const inDay = ((minutes % 1440) + 1440) % 1440;
  if (inDay === 0) return fr.hours.midnight;
  const hours = Math.floor(inDay / 60);
  const rest = inDay % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}

/** "9 h – 12 h 30, 14 h – 19 h", or "Fermé". */
export function formatDayMinutes(minutes: readonly number[]): string {
  return formatRanges(minutes).join(", ");
}

/** Each range of a day as text (`["9 h – 12 h 30", "14 h – 19 h"]`), or `["Fermé"]`. */
export function formatRanges(minutes: readonly number[]): string[] {
  if (minutes.length === 0) return [fr.hours.closed];
  if (minutes.length === 2 && minutes[0] === 0 && minutes[1] === 1440) return [fr.hours.allDay];
  const ranges: string[] = [];
  for (let i = 0; i + 1 < minutes.length; i += 2) {
    ranges.push(`${formatMinutes(minutes[i]!)} – ${formatMinutes(minutes[i + 1]!)}`);
  }
  return ranges;
}

/** "1er août 2026", "14 juillet". */
export function formatDay(day: string, withYear = false): string {
  const parts = day.split("-").map(Number);
  const year = parts[0] ?? 0;
  const month = parts[1] ?? 1;
  const date = parts[2] ?? 1;
  const number = date === 1 ? "1er" : String(date);
  return `${number} ${fr.hours.months[month - 1] ?? ""}${withYear ? ` ${year}` : ""}`;
}

/** The day, `YYYY-MM-DD`, in the town's time zone. */
export function townDay(instant: Date): string {
  const parts = townParts(instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function addDays(day: string, count: number): string {
  return new Date(dayNumber(day) * DAY + count * DAY).toISOString().slice(0, 10);
}

export function minutesOn(schedule: Schedule, day: string): number[] {
  for (const range of schedule.except) {
    if (range[0] <= day && day <= range[1]) return range[2];
  }
  return schedule.week[weekday(day)] ?? [];
}

/** Open intervals as instants, in order, starting with those of `day`; touching ones merged. */
function* intervalsFrom(schedule: Schedule, day: string): Generator<[Date, Date]> {
  let pending: [number, number] | undefined;
  for (let current = day; current <= schedule.until; current = addDays(current, 1)) {
    const minutes = minutesOn(schedule, current);
    for (let i = 0; i + 1 < minutes.length; i += 2) {
      const start = townInstant(current, minutes[i]!);
      const end = townInstant(current, minutes[i + 1]!);
      if (pending && start <= pending[1]) {
        pending[1] = Math.max(pending[1], end);
        continue;
      }
      if (pending) yield [new Date(pending[0]), new Date(pending[1])];
      pending = [start, end];
    }
  }
  if (pending) yield [new Date(pending[0]), new Date(pending[1])];
}

/**
 * The instant at which the town's clocks show `minutes` past midnight on `day`. The offset is
 * looked up twice because it may change between the guess and the answer (on the two
 * daylight-saving Sundays).
 */
export function townInstant(day: string, minutes: number): number {
  const wallClock = dayNumber(day) * DAY + minutes * 60000;
  const guess = wallClock - offsetAt(wallClock);
  return wallClock - offsetAt(guess);
}

function offsetAt(instant: number): number {
  const parts = townParts(new Date(instant));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function townMinutes(instant: Date): number {
  const parts = townParts(instant);
  return +parts.hour * 60 + +parts.minute;
}

function dayNumber(day: string): number {
  return Math.round(new Date(`${day}T00:00:00Z`).getTime() / DAY);
}

let formatter: Intl.DateTimeFormat | undefined;

function townParts(instant: Date): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> {
  formatter ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: TOWN_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const parts = { year: "", month: "", day: "", hour: "", minute: "", second: "" };
  for (const part of formatter.formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = part.value;
  }
  return parts;
}
