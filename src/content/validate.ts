/**
 * Turns zod's findings into problems a volunteer can act on: French words, the field's
 * position in the file, and an example taken from the schema's own metadata.
 */
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import type { ContentProblem } from "./problems.ts";
import type { FieldPath, YamlSource } from "./yaml.ts";

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

export function validate<S extends z.ZodType>(schema: S, source: YamlSource): Validated<z.output<S>> {
  const result = schema.safeParse(source.data, { error: frenchMessage, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues = withoutMisspeltKeys(schema, result.error.issues);
  return { ok: false, problems: issues.flatMap((issue) => toProblems(schema, source, issue)) };
}

/**
 * A file's value once read and checked against `schema`; null when the file has errors, which
 * are added to `problems`.
 */
export function validSource<S extends z.ZodType, Source extends YamlSource>(
  read: { ok: true; source: Source } | { ok: false; problems: ContentProblem[] },
  schema: S,
  problems: ContentProblem[],
): { source: Source; value: z.output<S> } | null {
  if (!read.ok) {
    problems.push(...read.problems);
    return null;
  }
  const checked = validate(schema, read.source);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return null;
  }
  return { source: read.source, value: checked.value };
}

/**
 * `adress:` written for `address:` is one mistake, not two: the missing-field issue is dropped
 * when an unknown key beside it is a near miss of the missing one.
 */
function withoutMisspeltKeys(schema: z.ZodType, issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const known = Object.keys(shapeAt(schema, issue.path) ?? {});
    for (const key of issue.keys) {
      const suggestion = suggestKey(key, known);
      if (suggestion) misspelt.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  return issues.filter((issue) => !(isMissing(issue) && misspelt.has(JSON.stringify(issue.path))));
}

/** Field names are English; volunteers often write the French word first. */
const FRENCH_NAMES: Record<string, string> = {
  nom: "name",
  prix: "price",
  adresse: "address",
  telephone: "phone",
  courriel: "email",
  mail: "email",
  "site-web": "website",
  siteweb: "website",
  horaires: "hours",
  fermetures: "closures",
  categorie: "categories",
  resume: "summary",
  unite: "unit",
  disponible: "available",
  paiement: "payment",
  accessibilite: "accessibility",
  "mots-cles": "keywords",
  rue: "street",
  "code-postal": "postcode",
  codepostal: "postcode",
  ville: "city",
  publie: "published",
};

/** The field a volunteer most likely meant by an unknown key, if one is a small slip away. */
function suggestKey(key: string, known: readonly string[]): string | undefined {
  const plain = key.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[\s_]+/g, "-").replace(/s$/, "");
  const french = FRENCH_NAMES[plain] ?? FRENCH_NAMES[`${plain}s`];
  if (french && known.includes(french)) return french;
  const suggestion = known.length > 0 ? closest(key, [...known]) : undefined;
  return suggestion && similar(key, suggestion) ? suggestion : undefined;
}

function isMissing(issue: { code: string; input?: unknown }): boolean {
  return (issue.code === "invalid_type" || issue.code === "invalid_union") && issue.input === undefined;
}

function fieldName(path: FieldPath): string {
  return path.filter((key) => typeof key === "string").join(".");
}

function toProblems(schema: z.ZodType, source: YamlSource, issue: z.core.$ZodIssue): ContentProblem[] {
  const base = { severity: "error" as const, file: source.file };

  if (issue.code === "unrecognized_keys") {
    const known = Object.keys(shapeAt(schema, issue.path) ?? {});
    return issue.keys.map((key) => {
      const suggestion = suggestKey(key, known);
      const hint = suggestion ? `vouliez-vous écrire « ${suggestion} » ?` : `champs possibles ici : ${known.join(", ")}`;
      return {
        ...base,
        ...source.locateKey(issue.path, key),
        field: fieldName([...issue.path, key]),
        message: `champ inconnu « ${key} » : ${hint}`,
      };
    });
  }

  let message = issue.message;
  const missing = isMissing(issue);
  const example = exampleAt(schema, issue.path);
  if (example !== undefined && !message.includes("exemple")) {
    const shown = missing ? `${String(issue.path.at(-1))}: ${formatExample(example)}` : formatExample(example);
    message += ` (exemple : ${shown})`;
  }
  if (issue.code === "invalid_value" && issue.values.length > 1 && typeof issue.input === "string") {
    const suggestion = closest(issue.input, issue.values.map(String));
    if (similar(issue.input, suggestion)) message += ` ; vouliez-vous écrire « ${suggestion} » ?`;
  }

  return [{ ...base, ...source.locate(issue.path), field: fieldName(issue.path), message }];
}

/** A suggestion is worth making when it is a small slip away from what was typed. */
export function similar(typed: string, known: string): boolean {
  const plain = (word: string) => word.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const [a, b] = [plain(typed), plain(known)];
  return distance(a, b) <= Math.max(1, Math.floor(b.length / 3));
}

function formatExample(example: unknown): string {
  if (typeof example === "string") return /^[\d+]/.test(example) ? `"${example}"` : example;
  return JSON.stringify(example);
}

function frenchMessage(issue: z.core.$ZodRawIssue): string {
  const shown = (value: unknown) => (typeof value === "string" ? `« ${value} »` : JSON.stringify(value));
  if (isMissing(issue)) return "champ obligatoire manquant";
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "champ obligatoire manquant";
      if (issue.input === null) return "le champ est vide : écrivez une valeur ou retirez la ligne";
      return `${shown(issue.input)} n'est pas ${EXPECTED[issue.expected] ?? "de la bonne forme"}`;
    case "invalid_value":
      return `${shown(issue.input)} n'est pas une valeur permise ; valeurs possibles : ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `la liste doit contenir au moins ${String(issue.minimum)} élément(s)`
        : `la valeur doit être au moins ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array"
        ? `la liste contient trop d'éléments (${String(issue.maximum)} au plus)`
        : `la valeur doit être au plus ${String(issue.maximum)}`;
    case "invalid_format":
      return `${shown(issue.input)} n'a pas la forme attendue`;
    case "invalid_union":
      return `${shown(issue.input)} n'est pas de la forme attendue`;
    default:
      return "valeur incorrecte";
  }
}

const EXPECTED: Partial<Record<string, string>> = {
  string: "un texte",
  number: "un nombre (avec un point pour les décimales)",
  int: "un nombre entier",
  boolean: "true ou false",
  array: "une liste (une ligne par élément, commençant par « - »)",
  object: "un bloc de champs (chaque champ sur sa ligne, en retrait)",
};

/** The schema that validates the value at `path`, seen through wrappers. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current && unwrap(current);
    if (!current) return undefined;
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === "object") current = (def.shape as Record<string, z.ZodType>)[String(key)];
    else if (def.type === "array") current = def.element as z.ZodType;
    else if (def.type === "record") current = def.valueType as z.ZodType;
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if ("innerType" in def) current = def.innerType as z.ZodType;
    else if (def.type === "pipe") current = def.in as z.ZodType;
    else return current;
  }
}

function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  const found = schemaAt(schema, path);
  const def = found && (unwrap(found)._zod.def as unknown as Record<string, unknown>);
  return def?.type === "object" ? (def.shape as Record<string, unknown>) : undefined;
}

/** The example the schema gives for the field at `path`, if any. */
export function exampleAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let current = schemaAt(schema, path);
  while (current) {
    const examples = z.globalRegistry.get(current)?.examples;
    if (Array.isArray(examples) && examples.length > 0) return examples[0];
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = "innerType" in def ? (def.innerType as z.ZodType) : def.type === "pipe" ? (def.in as z.ZodType) : undefined;
  }
  return undefined;
}
