import { rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { temporaryFolder } from "../support/build.ts";
import { startDevServer, waitForPage, type DevServer } from "../support/dev-server.ts";
import { copyFixture, editFile } from "../support/fixtures.ts";

let server: DevServer;
let content: string;
let output: string;
const PAGE = "/commercants/boulangerie-du-calvaire/";
const PRODUCTS = "merchants/boulangerie-du-calvaire/products.yaml";

beforeAll(async () => {
  content = await copyFixture("small-town");
  output = path.join(await temporaryFolder("dev"), "_site");
  server = await startDevServer(content, output);
});

afterAll(async () => {
  await server?.stop();
});

describe("npm start, while a volunteer edits", () => {
  test("a change to a merchant's files shows on its page without a restart", async () => {
    await editFile(content, "merchants/boulangerie-du-calvaire/index.md", "name: Boulangerie du Calvaire", "name: Boulangerie du Vieux Calvaire");
    await waitForPage(server.url + PAGE, (body) => body.includes("<h1>Boulangerie du Vieux Calvaire</h1>"));
  });

  test("a content error shows in the terminal and on the pages, and the server keeps serving", async () => {
    await editFile(content, PRODUCTS, "price: 3,80", "price: trois");
    await waitForPage(server.url + PAGE, (body) => body.includes('class="content-problems"'));
    const page = await fetch(server.url + PAGE).then((response) => response.text());
    expect(page).toContain("products.yaml:4:10");
    expect(page).toContain("« trois » n'est pas un prix en euros");
    // The last valid content stays on the page meanwhile.
    expect(page).toContain("3,80");
    expect(server.output()).toContain("content/merchants/boulangerie-du-calvaire/products.yaml:4:10  price  « trois » n'est pas un prix en euros");

    await editFile(content, PRODUCTS, "price: trois", "price: 4,10");
    await waitForPage(server.url + PAGE, (body) => !body.includes('class="content-problems"') && body.includes("4,10"));
  });

  test("a content warning shows in the terminal, and the pages are written all the same", async () => {
    await writeFile(path.join(content, "merchants/boulangerie-du-calvaire/notes.txt"), "à trier\n");
    await expect.poll(server.output, { timeout: 30_000 }).toContain(
      "content/merchants/boulangerie-du-calvaire/notes.txt:1:1  -  attention : fichier ignoré",
    );
    expect(server.output()).toContain("1 avertissement ci-dessus, sans empêcher la construction.");
    await rm(path.join(content, "merchants/boulangerie-du-calvaire/notes.txt"));
  });

  test("an unpublished merchant's pages leave the site, and come back when it is published again", async () => {
    const status = () => fetch(server.url + PAGE).then((response) => response.status);
    const until = async (expected: number) => {
      const started = Date.now();
      while ((await status()) !== expected) {
        if (Date.now() - started > 60_000) throw new Error(`${PAGE} never answered ${expected}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    expect(await status()).toBe(200);
    await editFile(content, "merchants/boulangerie-du-calvaire/index.md", "kind: commerce", "kind: commerce\npublished: false");
    await until(404);
    await editFile(content, "merchants/boulangerie-du-calvaire/index.md", "kind: commerce\npublished: false", "kind: commerce");
    await until(200);
  });

  test("a change to one merchant's files writes its pages and the site's, and keeps the others'", async () => {
    const WORKSHOP = "/commercants/atelier-sans-fiche/";
    const written = async (page: string) => (await stat(path.join(output, page, "index.html"))).mtimeMs;
    await editFile(content, "merchants/atelier-sans-fiche/index.md", "published: false", "published: true");
    await waitForPage(server.url + WORKSHOP, (body) => body.includes("<h1>Atelier Terre &amp; Feu</h1>"));

    const workshop = await written(WORKSHOP);
    const home = await written("/");
    await editFile(content, "merchants/boulangerie-du-calvaire/index.md", "name: Boulangerie du Vieux Calvaire", "name: Boulangerie de Kerdéniel");
    await waitForPage(server.url + PAGE, (body) => body.includes("<h1>Boulangerie de Kerdéniel</h1>"));
    // The site's pages list the merchant, and are written again; the workshop's page is kept.
    expect(await written("/")).toBeGreaterThan(home);
    expect(await written(WORKSHOP)).toBe(workshop);
    expect((await fetch(server.url + WORKSHOP)).status).toBe(200);

    // Any other change writes every page again.
    const now = new Date();
    await utimes(path.join(content, "site.yaml"), now, now);
    await expect.poll(() => written(WORKSHOP), { timeout: 30_000 }).toBeGreaterThan(workshop);
  });
});
