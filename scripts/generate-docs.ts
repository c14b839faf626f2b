/**
 * `npm run docs`: regenerates schemas/*.schema.json and the field reference in CONTRIBUTING.md
 * from the zod schemas.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { jsonSchemaFiles, withFieldReference } from "../src/content/generated-docs.ts";
import { log } from "../src/log.ts";

await mkdir("schemas", { recursive: true });
for (const file of jsonSchemaFiles()) await writeFile(file.path, file.text);
await writeFile("CONTRIBUTING.md", withFieldReference(await readFile("CONTRIBUTING.md", "utf8")));
log.info(`Schémas JSON et référence des champs de CONTRIBUTING.md à jour.`);
