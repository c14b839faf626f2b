/**
 * What the schemas say about each field, in the forms people read: JSON Schema for editors,
 * and the field reference of CONTRIBUTING.md. Both are generated from the zod schemas, never
 * written by hand.
 */
import { z } from "zod";
import { categoriesSchema } from "./schema/category.ts";
import { merchantSchema } from "./schema/merchant.ts";
import { productsSchema } from "./schema/product.ts";
import { siteSchema } from "./schema/site.ts";

/** The content files, each with the schema that checks it. */
export const CONTENT_FILES = [
  { name: "merchant", file: "content/merchants/<dossier>/index.md (en-tête)", schema: merchantSchema },
  { name: "products", file: "content/merchants/<dossier>/products.yaml", schema: productsSchema },
  { name: "categories", file: "content/categories.yaml", schema: categoriesSchema },
  { name: "site", file: "content/site.yaml", schema: siteSchema },
] as const;

export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    // Examples sit on the outer schema of a field; the input side of a pipe would drop them.
    override: ({ zodSchema, jsonSchema }) => {
      const meta = z.globalRegistry.get(zodSchema);
      if (meta?.examples && !("examples" in jsonSchema)) jsonSchema.examples = meta.examples as unknown[];
    },
  }) as Record<string, unknown>;
}

export interface FieldReference {
  /** `address.postcode`, `photos[].alt` */
  path: string;
  required: boolean;
  kind: string;
  description: string;
  example?: unknown;
  values?: readonly string[];
  defaultValue?: unknown;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

export function describeFields(schema: z.ZodType, prefix = ""): FieldReference[] {
  const fields: FieldReference[] = [];
  let current = schema;
  let required = true;
  let meta = z.globalRegistry.get(current);
  let defaultValue: unknown;

  // Wrappers first: they decide whether the field is required and may carry its metadata.
  for (;;) {
    const def = defOf(current);
    if (def.type === "optional") required = false;
    else if (def.type === "default") {
      required = false;
      defaultValue = def.defaultValue;
    } else if (def.type !== "pipe" && def.type !== "nullable") break;
    current = (def.type === "pipe" ? def.in : def.innerType) as z.ZodType;
    meta ??= z.globalRegistry.get(current);
  }

  const def = defOf(current);
  const base = {
    path: prefix,
    required,
    description: meta?.description ?? "",
    ...(meta?.examples ? { example: (meta.examples as unknown[])[0] } : {}),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
  };

  if (def.type === "object") {
    if (prefix) fields.push({ ...base, kind: "bloc" });
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      fields.push(...describeFields(child, prefix ? `${prefix}.${key}` : key));
    }
  } else if (def.type === "array") {
    const element = def.element as z.ZodType;
    const inner = describeFields(element, `${prefix}[]`);
    const single = inner.length === 1 && inner[0]?.kind !== "bloc";
    const itemKind = single ? (PLURALS[inner[0]?.kind ?? ""] ?? "valeurs") : "blocs";
    fields.push({ ...base, kind: `liste de ${itemKind}`, ...(single && inner[0]?.values ? { values: inner[0].values } : {}) });
    if (!single) fields.push(...inner.filter((field) => field.path !== `${prefix}[]`));
  } else if (def.type === "enum") {
    fields.push({ ...base, kind: "choix", values: Object.values(def.entries as Record<string, string>) });
  } else if (def.type === "record") {
    const keys = defOf(def.keyType as z.ZodType);
    fields.push({ ...base, kind: "bloc", values: Object.values(keys.entries as Record<string, string>) });
  } else if (def.type === "union") {
    // `hours` takes a text or a block of days; a text-or-number field is just text.
    const options = (def.options as z.ZodType[]).map((option) => defOf(option).type);
    const block = options.some((type) => type === "object" || type === "record");
    fields.push({ ...base, kind: block ? "texte ou bloc" : "texte" });
  } else {
    fields.push({ ...base, kind: KINDS[def.type] ?? "texte" });
  }
  return fields;
}

const PLURALS: Record<string, string> = { texte: "textes", nombre: "nombres", choix: "choix" };

const KINDS: Record<string, string> = {
  string: "texte",
  number: "nombre",
  boolean: "true ou false",
  literal: "valeur fixe",
};

/** The Markdown reference of every content file's fields, for CONTRIBUTING.md. */
export function fieldReferenceMarkdown(): string {
  const cell = (value: string) => value.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const example = (value: unknown) =>
    value === undefined ? "" : `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

  return CONTENT_FILES.map(({ file, schema }) => {
    const rows = describeFields(schema)
      .filter((field) => field.path !== "" && field.path !== "[]")
      .map((field) => {
        const path = field.path.replace(/^\[\]\./, "");
        const need = field.required ? "obligatoire" : field.defaultValue !== undefined ? `facultatif (par défaut ${example(field.defaultValue)})` : "facultatif";
        const allowed = field.values ? ` Valeurs : ${field.values.map((value) => `\`${value}\``).join(", ")}.` : "";
        return `| \`${path}\` | ${field.kind} | ${need} | ${cell(field.description)}${allowed} | ${cell(example(field.example))} |`;
      });
    return [`### ${file}`, "", "| champ | type | | description | exemple |", "|---|---|---|---|---|", ...rows, ""].join("\n");
  }).join("\n");
}
