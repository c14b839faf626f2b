import { describe, expect, test } from "vitest";
import { isOpenAt, openingBadge } from "../../../src/browser/lib/opening.ts";
import { readOsmHours } from "../../../src/content/hours/osm.ts";
import { merchantHours } from "../../../src/content/hours/schedule.ts";
import { simpleFormToOsm } from "../../../src/content/hours/simple-form.ts";

/** The build day the schedules are computed from; the horizon then runs to March 2027. */
const BUILD_DAY = "2026-03-20";

const bakerySimpleForm = simpleFormToOsm({
  lundi: "fermé",
  mardi: "9h-12h30, 14h-19h",
  mercredi: "9h-12h30, 14h-19h",
  jeudi: "9h-12h30, 14h-19h",
  vendredi: "9h-12h30, 14h-19h",
  samedi: "8h30-13h",
  dimanche: "Fermé",
  fériés: "fermé",
});
if (!bakerySimpleForm.ok) throw new Error("the bakery's simple form should be valid");

const bakery = merchantHours(
  { hours: bakerySimpleForm.osm, closures: [{ from: "2026-08-01", to: "2026-08-21", reason: "congés d'été" }] },
  BUILD_DAY,
)!;
const bar = merchantHours({ hours: "Mo-Th 10:00-20:00; Fr-Sa 18:00-01:00, Su 10:00-13:00", closures: [] }, BUILD_DAY)!;

describe("opening state in Europe/Paris", () => {
  // Instants are written in UTC; the comment gives the town's clock (UTC+1 in winter, +2 in summer).
  test.each([
    ["a bakery before it opens on a Tuesday", bakery, "2026-03-24T07:40:00Z", false, "Ouvre dans 20 min"], // 08:40
    ["a bakery at opening time", bakery, "2026-03-24T08:00:00Z", true, "Ouvert · ferme à 12 h 30"], // 09:00
    ["a bakery a minute before its lunch break", bakery, "2026-03-24T11:29:00Z", true, "Ouvert · ferme dans 1 min"], // 12:29
    ["a bakery at the start of its lunch break", bakery, "2026-03-24T11:30:00Z", false, "Fermé · ouvre à 14 h"], // 12:30
    ["a bakery near the end of its lunch break", bakery, "2026-03-24T12:40:00Z", false, "Ouvre dans 20 min"], // 13:40
    ["a bakery shortly before it closes", bakery, "2026-03-24T17:45:00Z", true, "Ouvert · ferme dans 15 min"], // 18:45
    ["a bakery at closing time", bakery, "2026-03-24T18:00:00Z", false, "Fermé · ouvre demain à 9 h"], // 19:00
    ["a bakery on the Saturday before spring's clock change", bakery, "2026-03-28T12:00:00Z", false, "Fermé · ouvre mardi à 9 h"], // 13:00
    ["a bakery on its closing day after the clock change", bakery, "2026-03-30T06:50:00Z", false, "Fermé · ouvre demain à 9 h"], // 08:50
    ["a bakery after the clock change, in summer time", bakery, "2026-03-31T06:40:00Z", false, "Ouvre dans 20 min"], // 08:40
    ["a bakery on Ascension Thursday (public holiday)", bakery, "2026-05-14T08:00:00Z", false, "Fermé · ouvre demain à 9 h"], // 10:00
    ["a bakery on 14 July (public holiday)", bakery, "2026-07-14T08:00:00Z", false, "Fermé · ouvre demain à 9 h"], // 10:00
    ["a bakery the evening before its summer closure", bakery, "2026-07-31T16:30:00Z", true, "Ouvert · ferme dans 30 min"], // 18:30
    ["a bakery during its summer closure", bakery, "2026-08-01T08:00:00Z", false, "Fermé · ouvre le 22 août à 8 h 30"], // 10:00
    ["a bakery on the last day of its closure", bakery, "2026-08-21T16:00:00Z", false, "Fermé · ouvre demain à 8 h 30"], // 18:00
    ["a bakery on the Saturday before autumn's clock change", bakery, "2026-10-24T11:00:00Z", false, "Fermé · ouvre mardi à 9 h"], // 13:00
    ["a bakery after the clock change, in winter time", bakery, "2026-10-27T07:40:00Z", false, "Ouvre dans 20 min"], // 08:40
    ["a bar late on a Friday, open past midnight", bar, "2026-03-27T22:30:00Z", true, "Ouvert · ferme à 1 h"], // 23:30
    ["a bar after midnight", bar, "2026-03-27T23:30:00Z", true, "Ouvert · ferme dans 30 min"], // 00:30
    ["a bar after midnight on the night clocks go forward", bar, "2026-03-28T23:30:00Z", true, "Ouvert · ferme dans 30 min"], // 00:30
    ["a bar once closed on the night clocks go forward", bar, "2026-03-29T00:00:00Z", false, "Fermé · ouvre à 10 h"], // 01:00
    ["a bar after midnight on the night clocks go back", bar, "2026-10-24T22:30:00Z", true, "Ouvert · ferme dans 30 min"], // 00:30
    ["a bar once closed on the night clocks go back", bar, "2026-10-24T23:00:00Z", false, "Fermé · ouvre à 10 h"], // 01:00
    ["a bar on 14 July, which its hours do not mention", bar, "2026-07-14T08:00:00Z", true, "Ouvert · ferme à 20 h"], // 10:00
    ["a bar on Sunday afternoon", bar, "2026-03-22T13:00:00Z", false, "Fermé · ouvre demain à 10 h"], // 14:00
  ])("%s (%s): open %s, %s", (_name, hours, instant, open, text) => {
    const now = new Date(instant as string);
    expect(openingBadge(hours.schedule, now)).toEqual({ open, text });
  });

  test("knows nothing outside the year the build covers", () => {
    expect(openingBadge(bakery.schedule, new Date("2028-01-04T10:00:00Z"))).toBeUndefined();
    expect(isOpenAt(bakery.schedule, new Date("2028-01-04T10:00:00Z"))).toBe(false);
  });
});

describe("the precomputed schedule", () => {
  test("keeps the usual week, Monday first, with ranges past midnight on the evening they start", () => {
    expect(bakery.week).toEqual([[], [540, 750, 840, 1140], [540, 750, 840, 1140], [540, 750, 840, 1140], [540, 750, 840, 1140], [510, 780], []]);
    expect(bar.week).toEqual([[600, 1200], [600, 1200], [600, 1200], [600, 1200], [1080, 1500], [1080, 1500], [600, 780]]);
  });

  test("lists public holidays and closures as exceptions to the week", () => {
    expect(bakery.schedule.except).toEqual([
      ["2026-05-01", "2026-05-01", []],
      ["2026-05-08", "2026-05-08", []],
      ["2026-05-14", "2026-05-14", []],
      ["2026-07-14", "2026-07-14", []],
      ["2026-08-01", "2026-08-21", []],
      ["2026-11-11", "2026-11-11", []],
      ["2026-12-25", "2026-12-25", []],
      ["2027-01-01", "2027-01-01", []],
    ]);
  });

  /*
   * The opening_hours library reads dates in the process's time zone, and mishandles the
   * hour after a clock change when that zone has one. It is asked about the town's wall clock
   * in UTC instead, which is how the build uses it.
   */
  test("agrees with the opening_hours library every half hour through both clock changes", () => {
    process.env.TZ = "UTC";
    const wallClock = (instant: Date) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" })
          .formatToParts(instant)
          .map((part) => [part.type, Number(part.value)]),
      );
      return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!));
    };
    for (const hours of [bakery, bar]) {
      const library = readOsmHours(hours.osm);
      for (const monday of ["2026-03-23", "2026-10-19"]) {
        const start = new Date(`${monday}T00:00:00Z`).getTime();
        for (let instant = start; instant < start + 7 * 24 * 3600_000; instant += 30 * 60_000) {
          const now = new Date(instant);
          expect([now.toISOString(), isOpenAt(hours.schedule, now)]).toEqual([now.toISOString(), library.getState(wallClock(now))]);
        }
      }
    }
  });
});
