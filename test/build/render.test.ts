/**
 * How a build splits a town into Eleventy runs (src/build/render.ts), and a real build of a
 * town big enough to be split, checked page for page against a build in one run.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Content, Merchant } from "../../src/content/model.ts";
import { planRuns, runOf } from "../../src/build/render.ts";
import { generateTown } from "../../src/bench/town.ts";
import { runScript, temporaryFolder } from "../support/build.ts";

/** A town of `sizes.length` merchants, the i-th with `sizes[i]` products; only what planning reads. */
function town(sizes: number[]): Content {
  const merchants = sizes.map((count, index) => ({
    slug: `m${index}`,
    products: Array.from({ length: count }, (_, product) => ({ id: `p${product}`, merchantSlug: `m${index}` })),
  })) as unknown as Merchant[];
  return { merchants, products: merchants.flatMap((merchant) => merchant.products) } as unknown as Content;
}

describe("planRuns", () => {
  test("a town that fits in one run still gives each worker a share", () => {
    expect(planRuns(town([10, 10, 10]), 33, 2)).toEqual([
      { sitePages: true, from: 0, to: 0 },
      { sitePages: false, from: 0, to: 2 },
      { sitePages: false, from: 2, to: 3 },
    ]);
  });

  test.each([
    ["1,000 merchants of 10 products, runs of 5,000 pages, 2 workers", Array(1000).fill(10), 5000, 2],
    ["uneven merchants, 3 workers", [0, 40, 3, 3, 3, 25, 0, 0, 7, 12, 1, 30, 2, 2, 9], 30, 3],
    ["one worker", Array(50).fill(4), 60, 1],
  ])("%s: every merchant once, in order, in runs the workers share evenly", (_name, sizes, pagesPerRun, workers) => {
    const content = town(sizes);
    const plans = planRuns(content, pagesPerRun, workers);

    expect(plans[0]).toEqual({ sitePages: true, from: 0, to: 0 });
    const listings = plans.slice(1);
    expect(listings.every((plan) => !plan.sitePages && plan.to > plan.from)).toBe(true);
    // Contiguous slices from the first merchant to the last.
    expect(listings.map((plan) => plan.from)).toEqual([0, ...listings.slice(0, -1).map((plan) => plan.to)]);
    expect(listings.at(-1)?.to).toBe(sizes.length);
    const runs = listings.map((plan) => runOf(content, plan));
    expect(runs.flatMap((run) => run.listings.merchants)).toEqual(content.merchants);
    expect(runs.flatMap((run) => run.listings.products)).toEqual(content.products);
    expect(listings.length % workers).toBe(0);
  });

  test("runs are about the same size and within the limit", () => {
    const content = town(Array(1000).fill(10));
    const sizes = planRuns(content, 5000, 2)
      .slice(1)
      .map((plan) => plan.to - plan.from);
    expect(sizes).toEqual([250, 250, 250, 250]);
  });
});

describe("a town built in several runs", () => {
  test("has exactly the pages of a build in one run, byte for byte", async () => {
    const root = await temporaryFolder("render-runs");
    const content = path.join(root, "content");
    await generateTown({ merchants: 60, productsPerMerchant: 4, seed: 3, outDir: content, settingsDir: "content" });

    const split = path.join(root, "split");
    const whole = path.join(root, "whole");
    // 300 merchant and product pages: runs of 100 split them; runs of 1,000 do not. The split
    // build starts its workers first thing, as a big town's does.
    const runsOf = async (output: string, environment: Record<string, string>) => {
      const run = await runScript("build", ["--content", content, "--output", output], environment);
      expect(run.code, run.stderr).toBe(0);
      // Eleventy prints one line per run.
      return run.stdout.match(/\[11ty\].* Wrote \d+ files/g)?.length;
    };
    expect(await runsOf(whole, { COMPTOIR_PAGES_PER_RUN: "1000" })).toBe(1);
    expect(await runsOf(split, { COMPTOIR_PAGES_PER_RUN: "100", COMPTOIR_WORKERS_FROM: "1" })).toBeGreaterThanOrEqual(4);

    const pages = async (site: string) =>
      (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html") || file.endsWith(".xml") || file.endsWith(".geojson")).sort();
    const files = await pages(whole);
    expect(files.length).toBeGreaterThan(300);
    expect(await pages(split)).toEqual(files);
    for (const file of files) {
      expect(await readFile(path.join(split, file), "utf8"), file).toBe(await readFile(path.join(whole, file), "utf8"));
    }
  });
});
