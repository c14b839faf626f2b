import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadContent } from "../../../src/content/load.ts";
import { PROJECT_ROOT, temporaryFolder } from "../../support/build.ts";

const TOWN = path.join(PROJECT_ROOT, "test/fixtures/hours-town/content");
const BAKERY = "merchants/boulangerie-du-calvaire/index.md";

/** The fixture town with the bakery's `hours:` block (and what follows) replaced by `block`. */
async function townWithHours(block: string): Promise<string> {
  const folder = path.join(await temporaryFolder("hours"), "content");
  await cp(TOWN, folder, { recursive: true });
  const file = path.join(folder, BAKERY);
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace(/^hours:[\s\S]*?(?=^---$)/m, block));
  return folder;
}

async function problemsFor(block: string) {
  const result = await loadContent(await townWithHours(block));
  return result.problems.map(({ line, column, field, message }) => `${line}:${column} ${field} ${message}`);
}

describe("hours in a merchant's front matter", () => {
  test("are read in both forms and handed over in OpenStreetMap's form", async () => {
    const result = await loadContent(TOWN);
    const hours = Object.fromEntries(result.content!.merchants.map((merchant) => [merchant.slug, merchant.hours]));
    expect(hours).toEqual({
      "bar-du-port": "Mo-Th 10:00-20:00; Fr-Sa 18:00-01:00, Su 10:00-13:00",
      "boulangerie-du-calvaire": "Tu-Fr 09:00-12:30,14:00-19:00; Sa 08:30-13:00; PH off",
      "ferme-sans-horaires": undefined,
    });
    expect(result.content!.merchantsBySlug.get("boulangerie-du-calvaire")!.closures).toEqual([
      { from: "2026-08-01", to: "2026-08-21", reason: "congés d'été" },
    ]);
  });

  test("accept the spellings volunteers use for a closed day and times written with a colon", async () => {
    const folder = await townWithHours(
      "hours:\n  lundi: ferme\n  mardi: FERMÉ\n  mercredi: closed\n  jeudi: non\n  vendredi: 9:30-12:00, 14h - 18h30\n  samedi: 9h30-12h\n  dimanche: fermé\n",
    );
    const result = await loadContent(folder);
    expect(result.problems).toEqual([]);
    expect(result.content!.merchantsBySlug.get("boulangerie-du-calvaire")!.hours).toBe(
      "Fr 09:30-12:00,14:00-18:30; Sa 09:30-12:00",
    );
  });

  test("reject a simple form day by day, on the line of the wrong day, with a correct example", async () => {
    expect(
      await problemsFor("hours:\n  lundy: fermé\n  mardi: 9h-12h30 14h-19h\n  mercredi: 9\n  jeudi:\n  vendredi: 9h-12h, 11h-13h\n  samedi: 25h-26h\n"),
    ).toEqual([
      "15:10 hours.lundy jour inconnu « lundy » (vouliez-vous écrire « lundi » ?) : écrivez un jour en toutes lettres (lundi … dimanche), une suite de jours (lundi-vendredi) ou « fériés » (exemple : mardi: 9h-12h30, 14h-19h)",
      "16:10 hours.mardi mardi : la plage « 9h-12h30 14h-19h » n'est pas comprise : écrivez l'heure d'ouverture et l'heure de fermeture séparées par un tiret, et les plages séparées par des virgules (exemple : mardi: 9h-12h30, 14h-19h ; ou mardi: fermé)",
      "17:13 hours.mercredi mercredi : « 9 » n'est pas compris ; écrivez les horaires ou « fermé » (exemple : mercredi: 9h-12h30, 14h-19h ; ou mercredi: fermé)",
      "18:9 hours.jeudi jeudi : le jour est vide ; écrivez les horaires ou « fermé » (exemple : jeudi: 9h-12h30, 14h-19h ; ou jeudi: fermé)",
      "19:13 hours.vendredi vendredi : les plages « 9h-12h » et « 11h-13h » se chevauchent (exemple : vendredi: 9h-12h30, 14h-19h ; ou vendredi: fermé)",
      "20:11 hours.samedi samedi : la plage « 25h-26h » contient une heure qui n'existe pas (de 0h à 24h, minutes de 00 à 59) (exemple : samedi: 9h-12h30, 14h-19h ; ou samedi: fermé)",
    ]);
  });

  test("reject an OpenStreetMap value naming the rule that is wrong", async () => {
    expect(await problemsFor('hours: "Mo-Fr 09:00-19:00; Sa 09:00-12:00; Xy 10:00"\n')).toEqual([
      `14:8 hours la règle n° 3 « Xy 10:00 » n'est pas comprise : Caractère inattendu : "x" — la syntaxe à cet endroit n'a pas pu être reconnue (exemple : "Mo-Fr 09:00-12:30,14:00-19:00; Sa 09:00-12:30; PH off")`,
    ]);
  });

  test("reject a week without any opening day", async () => {
    expect(await problemsFor("hours:\n  lundi: fermé\n  dimanche: fermé\n")).toEqual([
      "15:3 hours aucun jour d'ouverture : indiquez les horaires d'au moins un jour (exemple : mardi: 9h-12h30, 14h-19h)",
    ]);
  });

  test("reject closures with a date that does not exist or ends before it starts", async () => {
    expect(
      await problemsFor(
        "hours: \"Mo-Fr 09:00-19:00\"\nclosures:\n  - from: 2026-02-30\n    to: 2026-03-02\n    reason: travaux\n  - from: 2026-08-21\n    to: 2026-08-01\n    reason: congés d'été\n  - from: 1er août\n    to: 2026-08-02\n    reason: \"\"\n",
      ),
    ).toEqual([
      "16:11 closures.from écrivez une date qui existe, sous la forme année-mois-jour (exemple : 2026-08-01)",
      "20:9 closures.to le dernier jour (to) est avant le premier (from) : écrivez d'abord le premier jour de fermeture, par exemple from: 2026-08-01 puis to: 2026-08-21",
      "22:11 closures.from écrivez une date qui existe, sous la forme année-mois-jour (exemple : 2026-08-01)",
      "24:13 closures.reason indiquez la raison en quelques mots (exemple : congés d'été)",
    ]);
  });
});
