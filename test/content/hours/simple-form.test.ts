import { describe, expect, test } from "vitest";
import { simpleFormToOsm } from "../../../src/content/hours/simple-form.ts";

describe("the simple French form becomes OpenStreetMap's opening_hours", () => {
  test.each([
    ["a lunch break, days in a row grouped", { lundi: "9h-12h30, 14h-19h", mardi: "9h-12h30, 14h-19h" }, "Mo-Tu 09:00-12:30,14:00-19:00"],
    ["minutes written with h or a colon", { mercredi: "9h30-12h", jeudi: "9:30-12:00" }, "We-Th 09:30-12:00"],
    ["spaces and an en dash around the range", { vendredi: "9 h – 18 h 30" }, "Fr 09:00-18:30"],
    ["closed days left out, however they are spelt", { lundi: "fermé", mardi: "Fermé", mercredi: "ferme", jeudi: "closed", vendredi: "non", samedi: "8h-13h" }, "Sa 08:00-13:00"],
    ["a run of days as one key", { "mardi-samedi": "9h-19h" }, "Tu-Sa 09:00-19:00"],
    ["a range past midnight, kept whole by the next day's rule", { samedi: "18h-1h", dimanche: "10h-13h" }, "Sa 18:00-01:00, Su 10:00-13:00"],
    ["public holidays closed", { lundi: "9h-19h", fériés: "fermé" }, "Mo 09:00-19:00; PH off"],
    ["open day and night", { samedi: "24h/24" }, "Sa 00:00-24:00"],
  ])("%s", (_case, form, osm) => {
    expect(simpleFormToOsm(form)).toEqual({ ok: true, osm });
  });

  test("rejects a day given twice through a run of days", () => {
    expect(simpleFormToOsm({ "lundi-mercredi": "9h-12h", mardi: "14h-18h" })).toEqual({
      ok: false,
      problems: [{ key: "mardi", message: "mardi : ce jour est déjà indiqué plus haut ; gardez une seule ligne par jour" }],
    });
  });

  test("rejects a boolean, which YAML makes of an unquoted false", () => {
    expect(simpleFormToOsm({ dimanche: false, lundi: "9h-12h" })).toEqual({
      ok: false,
      problems: [{ key: "dimanche", message: "dimanche : « false » n'est pas compris ; écrivez les horaires ou « fermé » (exemple : dimanche: 9h-12h30, 14h-19h ; ou dimanche: fermé)" }],
    });
  });
});
