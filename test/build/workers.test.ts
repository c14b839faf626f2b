/**
 * A big town's merchant folders are read by the build's worker processes and this one at once
 * (src/build/workers.ts): the volunteers must get the same model and the same messages as
 * when one process reads everything.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { readInWorkers, startWorkers, stopWorkers, type Worker } from "../../src/build/workers.ts";
import { copyFixture, editFile } from "../support/fixtures.ts";

let workers: Worker[];
// One folder per request: both workers read some of the ten folders of the town.

beforeAll(() => {
  workers = startWorkers(2);
});

afterAll(async () => {
  await stopWorkers(workers);
});

describe("merchant folders read by the workers", () => {
  test("give the model of a town read in one process", async () => {
    const content = await copyFixture("search-town");
    const alone = await loadContent(content);
    const shared = await loadContent(content, readInWorkers(workers, 1));

    expect(alone.content?.merchants.length).toBe(10);
    expect(shared).toEqual(alone);
  });

  test("give the same problems, in the same order, at the same lines", async () => {
    const content = await copyFixture("search-town");
    const merchant = (slug: string) => `merchants/${slug}/index.md`;
    await editFile(content, "merchants/boulangerie-du-calvaire/products.yaml", 'price: "3,80"', "price: trois");
    await editFile(content, merchant("cycles-le-gall"), "categories: [reparation]", "categories: [reparations]");
    // Same name as the bakery, in a folder read after it: the duplicate check looks across folders.
    await editFile(content, merchant("fromagerie-des-abers"), /^name: .*$/m, 'name: "Boulangerie du Calvaire"');
    await editFile(content, merchant("savonnerie-mor"), /^location:/m, "photos:\n  - src: absente.jpg\n    alt: Vitrine\nlocation:");
    await writeFile(path.join(content, "merchants/atelier-terre-et-feu/notes.txt"), "à trier\n");

    const alone = await loadContent(content);
    const shared = await loadContent(content, readInWorkers(workers, 1));

    expect(alone.content).toBeNull();
    const found = (severity: string) =>
      alone.problems.filter((problem) => problem.severity === severity).map((problem) => `${problem.file}:${problem.line} ${problem.field}`);
    expect(found("error")).toEqual([
      "content/merchants/boulangerie-du-calvaire/products.yaml:4 price",
      "content/merchants/cycles-le-gall/index.md:4 categories",
      "content/merchants/savonnerie-mor/index.md:11 src",
    ]);
    expect(found("warning")).toContain("content/merchants/atelier-terre-et-feu/notes.txt:1 ");
    expect(found("warning")).toContain("content/merchants/fromagerie-des-abers/index.md:2 name");
    expect(shared).toEqual(alone);
  });
});
