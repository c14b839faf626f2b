import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildInto, runScript, temporaryFolder } from "../support/build.ts";
import { copyFixture, editFile } from "../support/fixtures.ts";

describe("npm run build", () => {
  test("renders every page type of a content folder, and escapes what content says", async () => {
    const site = await buildInto(await copyFixture("small-town"));
    const page = (file: string) => readFile(path.join(site, file), "utf8");

    const merchant = await page("commercants/boulangerie-du-calvaire/index.html");
    expect(merchant).toContain("<h1>Boulangerie du Calvaire</h1>");
    expect(merchant).toContain('href="tel:+33298401122"');
    expect(merchant).toContain("3,80\u00a0€");
    expect(merchant).toContain("https://www.openstreetmap.org/directions?route=%3B48.3721%2C-4.3702");
    expect(merchant).toContain("&lt;script&gt;alert(&quot;injection&quot;)&lt;/script&gt;");
    expect(merchant).not.toContain("<script>alert");

    const product = await page("commercants/boulangerie-du-calvaire/kouign-amann/index.html");
    expect(product).toContain("Beurre demi-sel &amp; sucre, &lt;b>caramélisé&lt;/b>.");
    expect(product).toContain("Épuisé");

    expect(await page("index.html")).toContain('action="/recherche/"');
    expect(await page("categories/boulangeries/index.html")).toContain("Boulangerie du Calvaire");
    expect(await page("commercants/index.html")).toContain('href="/commercants/boulangerie-du-calvaire/"');
    expect(await page("mentions-legales/index.html")).toContain("Association Comptoir de Plougastel");
    expect(await page("404.html")).toContain("Page introuvable");
    expect(existsSync(path.join(site, "commercants/atelier-sans-fiche"))).toBe(false);
  });

  test("a content error fails the build, names the file, and leaves the previous output whole", async () => {
    const content = await copyFixture("small-town");
    const output = path.join(await temporaryFolder("previous"), "_site");
    await mkdir(output);
    await writeFile(path.join(output, "index.html"), "previous build");
    await editFile(content, "merchants/boulangerie-du-calvaire/products.yaml", "price: 3,80", "price: trois euros");

    const result = await runScript("build", ["--content", content, "--output", output]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "content/merchants/boulangerie-du-calvaire/products.yaml:4:10  price  « trois euros » n'est pas un prix en euros",
    );
    expect(result.stderr).toContain("1 erreur et 0 avertissement dans 1 fichier");
    expect(await readdir(output)).toEqual(["index.html"]);
    expect(await readFile(path.join(output, "index.html"), "utf8")).toBe("previous build");
    expect((await readdir(path.dirname(output))).sort()).toEqual(["_site"]);
  });

  test("removes what stopped builds left beside the output, and nothing else", async () => {
    const content = await copyFixture("small-town");
    const parent = await temporaryFolder("leftovers");
    const output = path.join(parent, "_site");
    for (const name of ["_site.next-123", "_site.old-456", "_site.next-notes", "other.next-789"]) await mkdir(path.join(parent, name));

    const result = await runScript("build", ["--content", content, "--output", output]);

    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(parent)).sort()).toEqual(["_site", "_site.next-notes", "other.next-789"]);
  });

  test("a failed first build leaves no output folder at all", async () => {
    const content = await copyFixture("small-town");
    const output = path.join(await temporaryFolder("none"), "_site");
    await editFile(content, "categories.yaml", "slug: artisanat-art", "slug: Artisanat");

    const result = await runScript("build", ["--content", content, "--output", output]);

    expect(result.code).toBe(1);
    expect(existsSync(output)).toBe(false);
  });
});

describe("npm run check", () => {
  test("prints nothing but the summary for valid content and exits 0", async () => {
    const result = await runScript("check", ["--content", await copyFixture("small-town")]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe("[comptoir] Contenu valide : 1 commerçant (et 1 fiche non publiée), 2 produits, 2 catégories.");
  });
});
