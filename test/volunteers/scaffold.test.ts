import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { describeFields } from "../../src/content/reference.ts";
import { merchantSchema } from "../../src/content/schema/merchant.ts";
import { productSchema } from "../../src/content/schema/product.ts";
import { formatPlain } from "../../src/content/report.ts";
import { runScript } from "../support/build.ts";
import { copyFixture } from "../support/fixtures.ts";

/** Every `key:` the template writes, commented out or not (`# phone: …`, `#   - src: …`). */
function writtenKeys(text: string): string[] {
  return [...text.matchAll(/^\s*(?:#\s*)?(?:- )?([a-zA-Z]+):(?: |$)/gm)].map((match) => match[1]!);
}

function schemaKeys(schema: Parameters<typeof describeFields>[0]): Set<string> {
  return new Set(describeFields(schema).map((field) => field.path.split(/\.|\[\]\.?/).filter(Boolean).at(-1)!));
}

describe("npm run new", () => {
  test("writes a merchant and a product that pass the check unchanged", async () => {
    const content = await copyFixture("small-town");
    const made = await runScript("new", ["--content", content, "--name", "Crêperie Ty Gwenn", "--kind", "commerce", "--category", "boulangeries"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("la fiche est valide ; complétez les points signalés ci-dessus avant de la publier");

    const added = await runScript("new", ["--content", content, "product", "creperie-ty-gwenn", "--name", "Galette complète"]);
    expect(added.code).toBe(0);

    const { content: model, problems } = await loadContent(content);
    // What is left to do is said, without failing: a way to reach the shop, example values.
    expect(formatPlain(problems)).toBe(
      [
        "content/merchants/creperie-ty-gwenn/index.md:6:1  -  attention : aucun moyen de contact : ajoutez au moins un téléphone, un e-mail ou un site web pour que les habitants puissent joindre ce commerce",
        "content/merchants/creperie-ty-gwenn/index.md:12:10  summary  attention : c'est encore la valeur d'exemple du modèle : remplacez-la par la vraie",
        "content/merchants/creperie-ty-gwenn/index.md:16:11  address.street  attention : c'est encore la valeur d'exemple du modèle : remplacez-la par la vraie",
        "content/merchants/creperie-ty-gwenn/products.yaml:6:16  description  attention : c'est encore la valeur d'exemple du modèle : remplacez-la par la vraie",
        "content/merchants/creperie-ty-gwenn/products.yaml:35:16  description  attention : c'est encore la valeur d'exemple du modèle : remplacez-la par la vraie",
      ].join("\n"),
    );
    // New listings start unpublished: nothing half-filled reaches the site.
    expect(model?.merchantsBySlug.has("creperie-ty-gwenn")).toBe(false);
    expect(model?.unpublishedCount).toBe(2);
  });

  test("writes every field of the schema, and only fields the schema knows", async () => {
    const content = await copyFixture("small-town");
    await runScript("new", ["--content", content, "--name", "Atelier Bois Flotté", "--kind", "artisan", "--category", "artisanat-art"]);
    const folder = path.join(content, "merchants/atelier-bois-flotte");

    for (const [file, schema] of [["index.md", merchantSchema], ["products.yaml", productSchema]] as const) {
      const written = new Set(writtenKeys(await readFile(path.join(folder, file), "utf8")));
      expect([...written].filter((key) => !schemaKeys(schema).has(key))).toEqual([]);
      expect([...schemaKeys(schema)].filter((key) => !written.has(key))).toEqual([]);
    }
  });

  test("refuses to overwrite a merchant that exists", async () => {
    const content = await copyFixture("small-town");
    const result = await runScript("new", ["--content", content, "--name", "Boulangerie du Calvaire", "--kind", "commerce", "--category", "boulangeries"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("existe déjà");
  });
});
