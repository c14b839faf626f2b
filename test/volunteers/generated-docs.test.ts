import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { jsonSchemaFiles, withFieldReference } from "../../src/content/generated-docs.ts";
import { PROJECT_ROOT } from "../support/build.ts";

const read = (file: string) => readFile(path.join(PROJECT_ROOT, file), "utf8");

describe("files generated from the schemas", () => {
  test.each(jsonSchemaFiles().map((file) => [file.path, file.text]))("%s is up to date (npm run docs)", async (file, text) => {
    expect(await read(file)).toBe(text);
  });

  test("the field reference in CONTRIBUTING.md is up to date (npm run docs)", async () => {
    const committed = await read("CONTRIBUTING.md");
    expect(withFieldReference(committed)).toBe(committed);
    expect(committed).toContain("| `address.postcode` | texte | obligatoire | Code postal, entre guillemets.");
  });
});

describe("the pull-request workflow", () => {
  test("is valid YAML and runs the README's commands", async () => {
    const workflow = parse(await read(".github/workflows/pull-request.yml")) as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(commands).toEqual(["npm ci", "npm run check -- --format github", "npm run build", "npm test"]);

    const readme = await read("README.md");
    for (const command of ["npm ci", "npm run check", "npm run build", "npm test"]) expect(readme).toContain(command);
  });
});
