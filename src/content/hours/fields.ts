/**
 * The merchant's `hours` and `closures` fields. `hours` takes either form a volunteer may
 * write and always hands over OpenStreetMap's form, checked by the `opening_hours` library.
 */
import { z } from "zod";
import { osmHoursProblem, OSM_EXAMPLE } from "./osm.ts";
import { SIMPLE_FORM_EXAMPLE, simpleFormToOsm } from "./simple-form.ts";

export { OSM_EXAMPLE, SIMPLE_FORM_EXAMPLE };

export function openingHours() {
  return z
    .union([z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))])
    .transform((value, context) => {
      if (typeof value === "string") {
        const osm = value.trim();
        const problem = osmHoursProblem(osm);
        if (problem) context.issues.push({ code: "custom", input: value, message: problem });
        return problem ? z.NEVER : osm;
      }

      const result = simpleFormToOsm(value);
      if (result.ok) return result.osm;
      for (const problem of result.problems) {
        context.issues.push({
          code: "custom",
          input: value,
          message: problem.message,
          ...(problem.key === undefined ? {} : { path: [problem.key] }),
        });
      }
      return z.NEVER;
    })
    .meta({
      description:
        "Horaires d'ouverture : un jour par ligne en français (lundi: 9h-12h30, 14h-19h ; dimanche: fermé), ou une valeur opening_hours d'OpenStreetMap entre guillemets. Les jours non indiqués sont fermés.",
      examples: [OSM_EXAMPLE],
    });
}

const DATE_EXAMPLE = "2026-08-01";

/** A day written `2026-08-01`, kept as the text written. */
function day(description: string, example: string) {
  return z
    .string({ error: `écrivez la date sous la forme année-mois-jour, par exemple ${DATE_EXAMPLE}` })
    .refine(isRealDate, {
      message: `écrivez une date qui existe, sous la forme année-mois-jour (exemple : ${DATE_EXAMPLE})`,
    })
    .meta({ description, examples: [example] });
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export function closures() {
  return z
    .array(
      z
        .object({
          from: day("Premier jour de fermeture.", DATE_EXAMPLE),
          to: day("Dernier jour de fermeture (le même que from pour un seul jour).", "2026-08-21"),
          reason: z
            .string()
            .trim()
            .min(1, "indiquez la raison en quelques mots (exemple : congés d'été)")
            .max(80, "la raison est trop longue (80 caractères au plus)")
            .meta({ description: "La raison, en quelques mots.", examples: ["congés d'été"] }),
        })
        .strict()
        .refine((closure) => closure.from <= closure.to, {
          path: ["to"],
          message: `le dernier jour (to) est avant le premier (from) : écrivez d'abord le premier jour de fermeture, par exemple from: ${DATE_EXAMPLE} puis to: 2026-08-21`,
        }),
    )
    .default([])
    .meta({
      description: "Fermetures exceptionnelles (congés, travaux), du premier au dernier jour inclus.",
      examples: [[{ from: DATE_EXAMPLE, to: "2026-08-21", reason: "congés d'été" }]],
    });
}
