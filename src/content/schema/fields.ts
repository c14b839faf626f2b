/**
 * Field builders shared by every content schema. Each carries its French description and an
 * example in its metadata: the error messages, the JSON Schema for editors and the volunteers'
 * field reference all read them from here.
 */
import { z } from "zod";
import { parsePhone } from "../normalise/phone.ts";
import { parsePrice } from "../normalise/price.ts";

export interface FieldDoc {
  description: string;
  example: string | number | boolean | Record<string, unknown> | unknown[];
}

function doc<T extends z.ZodType>(schema: T, { description, example }: FieldDoc): T {
  return schema.meta({ description, examples: [example] });
}

/** YAML reads `29470` or `12` as numbers; a text field takes them back as the text written. */
const textInput = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

export function text(field: FieldDoc & { max?: number }) {
  const max = field.max ?? 200;
  return doc(
    textInput.pipe(
      z
        .string()
        .min(1, "le champ est vide : écrivez un texte ou retirez la ligne")
        .max(max, `le texte est trop long (${max} caractères au plus)`),
    ),
    field,
  );
}

export function slug(field: FieldDoc) {
  return doc(
    z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets (exemple : pain-de-campagne)",
      ),
    field,
  );
}

export function flag(field: FieldDoc) {
  return doc(
    z.boolean({
      error: (issue) =>
        typeof issue.input === "string"
          ? `« ${issue.input} » n'est pas compris : écrivez true (oui) ou false (non), sans guillemets`
          : undefined,
    }),
    field,
  );
}

export function postcode(field: FieldDoc) {
  return doc(
    textInput.pipe(
      z.string().regex(/^\d{5}$/, "un code postal s'écrit avec 5 chiffres (exemple : \"29470\")"),
    ),
    field,
  );
}

export function phone(field: FieldDoc) {
  return doc(
    textInput.transform((value, context) => {
      const result = parsePhone(value);
      if (result.ok) return result.phone;
      context.issues.push({ code: "custom", input: value, message: result.reason });
      return z.NEVER;
    }),
    field,
  );
}

export function email(field: FieldDoc) {
  return doc(
    z.email({
      error: (issue) =>
        `« ${String(issue.input)} » n'est pas une adresse e-mail valide (exemple : ${String(field.example)})`,
    }),
    field,
  );
}

export function webLink(field: FieldDoc) {
  return doc(
    z.url({
      protocol: /^https?$/,
      error: (issue) =>
        `« ${String(issue.input)} » n'est pas une adresse web complète : elle commence par https:// (exemple : ${String(field.example)})`,
    }),
    field,
  );
}

export function price(field: FieldDoc) {
  return doc(
    z.union([z.number(), z.string(), z.null()]).transform((value, context) => {
      const result = parsePrice(value);
      if (result.ok) return result.cents;
      context.issues.push({ code: "custom", input: value, message: result.reason });
      return z.NEVER;
    }),
    field,
  );
}

/** A signed difference in euros (`+4,00`, `-1`), kept in cents; zero is allowed. */
export function priceChange(field: FieldDoc) {
  return doc(
    z.union([z.number(), z.string()]).transform((value, context) => {
      const text = String(value).trim();
      const sign = text.startsWith("-") ? -1 : 1;
      const magnitude = text.replace(/^[+-]\s*/, "");
      if (/^0+([.,]0+)?\s*(€)?$/.test(magnitude)) return 0;
      const result = parsePrice(magnitude);
      if (result.ok) return sign * result.cents;
      context.issues.push({
        code: "custom",
        input: value,
        message: `« ${text} » n'est pas une différence de prix : écrivez par exemple +4,00 ou -1,50`,
      });
      return z.NEVER;
    }),
    field,
  );
}

export function coordinate(field: FieldDoc & { min: number; max: number }) {
  return doc(
    z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? undefined
            : `« ${String(issue.input)} » n'est pas un nombre : écrivez les décimales avec un point (exemple : ${String(field.example)})`,
      })
      .min(field.min, `la valeur doit être comprise entre ${field.min} et ${field.max}`)
      .max(field.max, `la valeur doit être comprise entre ${field.min} et ${field.max}`),
    field,
  );
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, field: FieldDoc) {
  return doc(z.enum(values), field);
}

/** A picture stored next to the listing that uses it; `of` completes "le fichier …" (`du logo`). */
export function picture(of: string) {
  return z
    .object({
      src: text({
        description: `Nom du fichier ${of}, placé dans le même dossier que la fiche.`,
        example: "devanture.jpg",
        max: 120,
      }),
      alt: text({
        description: `Ce que montre l'image, pour les personnes qui ne la voient pas (lecteur d'écran).`,
        example: "La devanture bleue de la boutique, place de l'Église",
        max: 250,
      }),
    })
    .strict();
}
