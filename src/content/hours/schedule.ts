/**
 * What pages need from a merchant's hours, computed once at build time: the usual week as rows,
 * the closures and public holidays to come, and the compact schedule the browser reads to say
 * whether the merchant is open now (src/browser/lib/opening.ts).
 */
import { addDays, minutesOn, townDay, weekday, type Schedule } from "../../browser/lib/opening.ts";
import type { Merchant } from "../model.ts";
import { readOsmHours } from "./osm.ts";

/** How far ahead the schedule goes: a page built today stays right for a year. */
const DAYS_AHEAD = 370;
/** A few days back, so a page cached from a build just before midnight still works. */
const DAYS_BEHIND = 7;
const HOLIDAYS_SHOWN_DAYS = 60;
/** The table shows the usual week of the next eight weeks: seasons change it, not a holiday. */
const USUAL_WEEK_DAYS = 8 * 7;
/** A range that ends before noon the next day belongs to the evening it began (`18h-1h`). */
const NIGHT_END = 12 * 60;

export interface Closure {
  from: string;
  to: string;
  reason: string;
}

export interface MerchantHours {
  /** The normalised opening_hours value. */
  osm: string;
  schedule: Schedule;
  /** Monday first: the usual opening of each weekday, holidays and closures aside. */
  week: number[][];
  /** For a merchant closed now and open later in the year (a season): the day the week starts. */
  weekFrom?: string;
  /** Closures not over on the build day, in date order. */
  closures: Closure[];
  /** Public holidays in the next two months whose opening differs from the usual week. */
  holidays: { day: string; minutes: number[] }[];
}

/**
 * The build's "today" in the town. COMPTOIR_TODAY (`YYYY-MM-DD`) sets it, so tests and
 * reproducible builds do not depend on the day they run.
 */
export function buildDay(): string {
  return process.env.COMPTOIR_TODAY ?? townDay(new Date());
}

const computed = new Map<string, MerchantHours>();

/** The merchant's hours as pages use them, or undefined when the merchant gave none. */
export function merchantHours(merchant: Pick<Merchant, "hours" | "closures">, today = buildDay()): MerchantHours | undefined {
  if (merchant.hours === undefined) return undefined;
  const key = JSON.stringify([merchant.hours, merchant.closures, today]);
  let hours = computed.get(key);
  if (!hours) {
    hours = computeHours(merchant.hours, merchant.closures, today);
    computed.set(key, hours);
  }
  return hours;
}

function computeHours(osm: string, closures: readonly Closure[], today: string): MerchantHours {
  const from = addDays(today, -DAYS_BEHIND);
  const until = addDays(today, DAYS_AHEAD);

  const days = openMinutesByDay(osm, from, until);
  const holidays = publicHolidays(from, until);
  const closed = (day: string) => closures.some((closure) => closure.from <= day && day <= closure.to);
  for (const day of allDays(from, until)) if (closed(day)) days.set(day, []);

  const unusual = (day: string) => holidays.has(day) || closed(day);
  // The week shown is the one of the coming weeks, or of the season when nothing opens before.
  let weekFrom = today;
  let week = usualWeek(days, unusual, today);
  if (week.every((minutes) => minutes.length === 0)) {
    const firstOpen = [...days].find(([day, minutes]) => day > today && minutes.length > 0);
    if (firstOpen) {
      weekFrom = firstOpen[0];
      week = usualWeek(days, unusual, weekFrom);
    }
  }
  const schedule: Schedule = { from, until, week, except: exceptions(days, week, from, until) };

  const soon = addDays(today, HOLIDAYS_SHOWN_DAYS);
  return {
    osm,
    schedule,
    week,
    ...(weekFrom === today ? {} : { weekFrom }),
    closures: closures.filter((closure) => closure.to >= today).sort((a, b) => a.from.localeCompare(b.from)),
    holidays: [...holidays]
      .filter((day) => day >= today && day <= soon && !closed(day))
      .sort()
      .map((day) => ({ day, minutes: minutesOn(schedule, day) }))
      .filter(({ day, minutes }) => String(minutes) !== String(week[weekday(day)])),
  };
}

const holidaysByRange = new Map<string, Set<string>>();

/** The library's own idea of French public holidays: the days `PH` alone opens. */
function publicHolidays(from: string, until: string): Set<string> {
  const key = `${from}/${until}`;
  let days = holidaysByRange.get(key);
  if (!days) {
    const open = [...openMinutesByDay("PH", from, until)].filter(([, minutes]) => minutes.length > 0);
    days = new Set(open.map(([day]) => day));
    holidaysByRange.set(key, days);
  }
  return days;
}

/**
 * Open minutes per day, `[open, close, …]`. The library works in the process's own time zone;
 * only wall-clock times are read back from it, which are the town's since opening_hours
 * values are written in local time.
 *
 * TODO: in a process whose zone changes clocks (TZ=Europe/Paris), the library shifts ranges by
 * an hour on the day after the change — the build should pin the library to a zone without
 * daylight saving (run in UTC, as CI and the test here do) or check the zone and warn.
 */
function openMinutesByDay(osm: string, from: string, until: string): Map<string, number[]> {
  const days = new Map<string, number[]>(allDays(from, until).map((day) => [day, []]));
  const add = (day: string, open: number, close: number) => {
    if (close > open) days.get(day)?.push(open, close);
  };

  const intervals = readOsmHours(osm).getOpenIntervals(localDate(addDays(from, -1)), localDate(addDays(until, 2)));
  for (const [start, end, unknown] of intervals) {
    // "Sur rendez-vous" and other open-ended rules: not said to be open.
    if (unknown) continue;
    let day = wallDay(start);
    let open = wallMinutes(start);
    const lastDay = wallDay(end);
    const close = wallMinutes(end);

    while (day < lastDay) {
      if (open > 0 && addDays(day, 1) === lastDay && close <= NIGHT_END) {
        add(day, open, 1440 + close);
        break;
      }
      add(day, open, 1440);
      day = addDays(day, 1);
      open = 0;
    }
    if (day === lastDay) add(day, open, close);
  }
  return days;
}

/** For each weekday, the opening most of its ordinary days have in the weeks from `start`. */
function usualWeek(days: Map<string, number[]>, unusual: (day: string) => boolean, start: string): number[][] {
  const end = addDays(start, USUAL_WEEK_DAYS);
  const counts = Array.from({ length: 7 }, () => new Map<string, { minutes: number[]; count: number }>());
  for (const [day, minutes] of days) {
    if (day < start || day >= end || unusual(day)) continue;
    const tally = counts[weekday(day)]!;
    const key = String(minutes);
    const entry = tally.get(key) ?? { minutes, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  }
  return counts.map((tally) => {
    let best: { minutes: number[]; count: number } | undefined;
    for (const entry of tally.values()) if (!best || entry.count > best.count) best = entry;
    return best?.minutes ?? [];
  });
}

function exceptions(days: Map<string, number[]>, week: number[][], from: string, until: string): Schedule["except"] {
  const except: Schedule["except"] = [];
  for (const day of allDays(from, until)) {
    const minutes = days.get(day) ?? [];
    const last = except.at(-1);
    // A closure keeps one entry across the Sundays it spans, though they are closed anyway.
    if (last && addDays(last[1], 1) === day && String(last[2]) === String(minutes)) last[1] = day;
    else if (String(minutes) !== String(week[weekday(day)])) except.push([day, day, minutes]);
  }
  return except;
}

function allDays(from: string, until: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= until; day = addDays(day, 1)) days.push(day);
  return days;
}

function localDate(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

function wallDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function wallMinutes(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** `{ hours: schedule }` for the map's and search's data, or nothing for a merchant without hours. */
export function withSchedule(merchant: Pick<Merchant, "hours" | "closures">): { hours?: Schedule } {
  const hours = merchantHours(merchant);
  return hours ? { hours: hours.schedule } : {};
}
