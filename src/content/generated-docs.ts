/**
 * The files generated from the schemas: JSON Schema for editors, and the field reference block
 * of CONTRIBUTING.md. `npm run docs` writes them; a test fails when the committed ones are stale.
 */
import { CONTENT_FILES, fieldReferenceMarkdown, toJsonSchema } from "./reference.ts";

export const REFERENCE_START = "<!-- référence des champs : générée par npm run docs, ne pas modifier à la main -->";
export const REFERENCE_END = "<!-- fin de la référence des champs -->";

export interface GeneratedFile {
  path: string;
  text: string;
}

export function jsonSchemaFiles(): GeneratedFile[] {
  return CONTENT_FILES.map(({ name, file, schema }) => ({
    path: `schemas/${name}.schema.json`,
    text: `${JSON.stringify({ title: file, ...toJsonSchema(schema) }, null, 2)}\n`,
  }));
}

/** CONTRIBUTING.md with its reference block replaced by the current one. */
export function withFieldReference(contributing: string): string {
  const start = contributing.indexOf(REFERENCE_START);
  const end = contributing.indexOf(REFERENCE_END);
  if (start === -1 || end < start) {
    throw new Error(`CONTRIBUTING.md must contain the markers:\n${REFERENCE_START}\n${REFERENCE_END}`);
  }
  return `${contributing.slice(0, start + REFERENCE_START.length)}\n\n${fieldReferenceMarkdown()}\n${contributing.slice(end)}`;
}
