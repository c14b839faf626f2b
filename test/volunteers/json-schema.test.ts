import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { jsonSchemaFiles } from "../../src/content/generated-docs.ts";
import { cleanText, readFrontMatter, readYaml } from "../../src/content/yaml.ts";
import { PROJECT_ROOT } from "../support/build.ts";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = Object.fromEntries(
  jsonSchemaFiles().map((file) => [path.basename(file.path, ".schema.json"), ajv.compile(JSON.parse(file.text) as object)]),
);

async function data(file: string): Promise<unknown> {
  const text = cleanText(await readFile(file, "utf8"));
  const read = file.endsWith(".md") ? readFrontMatter(file, text) : readYaml(file, text);
  if (!read.ok) throw new Error(`${file} does not parse`);
  return read.source.data;
}

async function demoFiles(): Promise<[string, string][]> {
  const content = path.join(PROJECT_ROOT, "content");
  const files: [string, string][] = [
    ["site", path.join(content, "site.yaml")],
    ["categories", path.join(content, "categories.yaml")],
  ];
  for (const folder of await readdir(path.join(content, "merchants"))) {
    const base = path.join(content, "merchants", folder);
    const present = await readdir(base);
    files.push(["merchant", path.join(base, "index.md")]);
    if (present.includes("products.yaml")) files.push(["products", path.join(base, "products.yaml")]);
  }
  return files;
}

describe("the JSON Schemas editors use", () => {
  test("accept every file of the demo town", async () => {
    const rejected: string[] = [];
    for (const [schema, file] of await demoFiles()) {
      const validate = validators[schema]!;
      if (!validate(await data(file))) rejected.push(`${file}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(rejected).toEqual([]);
  });

  const merchant = {
    name: "Boulangerie du Calvaire",
    kind: "commerce",
    categories: ["boulangeries"],
    summary: "Pain au levain.",
    address: { street: "3 place du Calvaire", postcode: "29470", city: "Plougastel-Daoulas" },
    location: { latitude: 48.37, longitude: -4.37 },
  };

  test("accept a minimal merchant", () => {
    expect(validators.merchant!(merchant)).toBe(true);
  });

  test.each([
    ["a misspelt key", { ...merchant, adress: merchant.address }],
    ["a kind that does not exist", { ...merchant, kind: "boutique" }],
    ["a missing name", { ...merchant, name: undefined }],
    ["a category slug with capitals", { ...merchant, categories: ["Boulangeries"] }],
    ["coordinates written as text", { ...merchant, location: { latitude: "48,37", longitude: -4.37 } }],
    ["a social network the site does not know", { ...merchant, social: { myspace: "https://myspace.com/x" } }],
  ])("reject %s", (_mistake, broken) => {
    expect(validators.merchant!(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  test.each([
    ["a product without a price", [{ id: "pain", name: "Pain", description: "Bon.", unit: "la pièce" }]],
    ["a product id with spaces", [{ id: "pain de mie", name: "Pain", description: "Bon.", price: 2, unit: "la pièce" }]],
  ])("reject %s", (_mistake, broken) => {
    expect(validators.products!(broken)).toBe(false);
  });
});
