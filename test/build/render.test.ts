/**
 * How a build splits a town into Eleventy runs (src/build/render.ts) and shares them out, and a
 * real build of a town big enough to be split, checked page for page against a build in one run.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Content, Merchant } from "../../src/content/model.ts";
import { planRuns, runOf } from "../../src/build/render.ts";
import { settleAll, shareOut, type Answer, type Request, type Worker } from "../../src/build/workers.ts";
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
  test("a town that fits in one run, for one process, is one run", () => {
    expect(planRuns(town([10, 10, 10]), 33, 1)).toEqual([
      { sitePages: true, merchants: { from: 0, to: 3 }, products: { from: 0, to: 30 } },
    ]);
  });

  test("a town that fits in one run still gives each process a share, merchants first", () => {
    const none = { from: 0, to: 0 };
    expect(planRuns(town([10, 10, 10]), 33, 2)).toEqual([
      { sitePages: false, merchants: { from: 0, to: 1 }, products: none },
      { sitePages: false, merchants: { from: 1, to: 3 }, products: none },
      { sitePages: true, merchants: none, products: none },
      { sitePages: false, merchants: none, products: { from: 0, to: 15 } },
      { sitePages: false, merchants: none, products: { from: 15, to: 30 } },
    ]);
  });

  test.each([
    ["1,000 merchants of 10 products, runs of 5,000 pages, 2 processes", Array(1000).fill(10), 5000, 2],
    ["uneven merchants, 3 processes", [0, 40, 3, 3, 3, 25, 0, 0, 7, 12, 1, 30, 2, 2, 9], 30, 3],
    ["one process, too big for one run", Array(50).fill(4), 60, 1],
  ])("%s: every page once, merchants first, in runs the processes share evenly", (_name, sizes, pagesPerRun, processes) => {
    const content = town(sizes);
    const plans = planRuns(content, pagesPerRun, processes);

    const site = plans.findIndex((plan) => plan.sitePages);
    expect(plans.filter((plan) => plan.sitePages)).toHaveLength(1);
    const merchantRuns = plans.slice(0, site);
    const productRuns = plans.slice(site + 1);
    expect(merchantRuns.every((plan) => plan.products.to === plan.products.from)).toBe(true);
    expect(productRuns.every((plan) => plan.merchants.to === plan.merchants.from)).toBe(true);

    const runs = plans.map((plan) => runOf(content, plan));
    expect(runs.flatMap((run) => run.listings.merchants)).toEqual(content.merchants);
    expect(runs.flatMap((run) => run.listings.products)).toEqual(content.products);
    for (const listingRuns of [merchantRuns, productRuns]) {
      const pages = listingRuns.map((plan) => runOf(content, plan)).map((run) => run.listings.merchants.length + run.listings.products.length);
      expect(Math.max(...pages)).toBeLessThanOrEqual(pagesPerRun);
      expect(Math.max(...pages) - Math.min(...pages)).toBeLessThanOrEqual(1);
      expect(listingRuns.length % processes).toBe(0);
    }
  });

  test("runs are about the same size and within the limit", () => {
    const content = town(Array(1000).fill(10));
    const pages = planRuns(content, 5000, 2).map((plan) => runOf(content, plan).listings);
    expect(pages.map((run) => run.merchants.length + run.products.length)).toEqual([500, 500, 0, 5000, 5000]);
  });
});

/**
 * A worker in this process, standing in for a worker process: it answers the job numbered by a
 * plan's `merchants.from` once `hold(job)` resolves, and fails on `failOn`.
 */
function fakeWorker(
  name: string,
  log: string[],
  { ready = Promise.resolve(), failOn = -1, hold = async (_job: number) => {} } = {},
): Worker {
  return {
    ready,
    ask: async (request: Request): Promise<Answer> => {
      const job = "plan" in request ? request.plan.merchants.from : -1;
      await hold(job);
      if (job === failOn) throw new Error(`${name} failed on ${job}`);
      log.push(`${name}:${job}`);
      return { done: true };
    },
    stop: async () => {},
  };
}

/** Jobs numbered 0 to count - 1. */
const jobs = (count: number) =>
  Array.from({ length: count }, (_, job) => ({ sitePages: false, merchants: { from: job, to: job }, products: { from: 0, to: 0 } }));

/** A promise, and the function that resolves it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("shareOut", () => {
  test("gives each job to the next worker free, and answers each job on its own", async () => {
    const log: string[] = [];
    const slow = gate();
    // a takes the first job and holds it; b takes every other.
    const answers = shareOut([fakeWorker("a", log, { hold: () => slow.opened }), fakeWorker("b", log)], jobs(5), (plan) => ({ plan }));
    expect(answers).toHaveLength(5);
    await Promise.all(answers.slice(1));
    expect(log).toEqual(["b:1", "b:2", "b:3", "b:4"]);
    slow.open();
    await answers[0];
    expect(log.at(-1)).toBe("a:0");
  });

  test("leaves a worker still starting out until it is ready", async () => {
    const log: string[] = [];
    const never = new Promise<void>(() => {});
    await Promise.all(shareOut([fakeWorker("late", log, { ready: never }), fakeWorker("b", log)], jobs(5), (plan) => ({ plan })));
    expect(log).toEqual(["b:0", "b:1", "b:2", "b:3", "b:4"]);
  });

  test("the first error rejects its job and those not yet given; a job under way ends", async () => {
    const log: string[] = [];
    const failed = gate();
    const answers = shareOut(
      [fakeWorker("a", log, { hold: () => failed.opened }), fakeWorker("b", log, { failOn: 1 })],
      jobs(4),
      (plan) => ({ plan }),
    );
    // a is still on job 0 when b fails on job 1.
    await answers[1]!.catch(() => failed.open());
    const results = await Promise.allSettled(answers);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "rejected", "rejected"]);
    expect(log).toEqual(["a:0"]);
  });
});

test("settleAll waits for a task under way, then throws the first error", async () => {
  const slow = gate();
  let settledYet = false;
  const settled = settleAll([Promise.reject(new Error("first")), slow.opened, Promise.reject(new Error("second"))]);
  settled.catch(() => {}).finally(() => (settledYet = true));
  // Long after both errors: the task under way holds it.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(settledYet).toBe(false);
  slow.open();
  await expect(settled).rejects.toThrow("first");
});

describe("a town built in several runs", () => {
  test("has exactly the pages of a build in one run, byte for byte", async () => {
    const root = await temporaryFolder("render-runs");
    const content = path.join(root, "content");
    await generateTown({ merchants: 60, productsPerMerchant: 4, seed: 3, outDir: content, settingsDir: "content" });

    const split = path.join(root, "split");
    const whole = path.join(root, "whole");
    // 300 merchant and product pages: runs of 100 split them; runs of 1,000 do not. The split
    // build starts two workers first thing, as a big town's does on four cores, and leaves
    // every run to them.
    const runsOf = async (output: string, environment: Record<string, string>) => {
      const run = await runScript("build", ["--content", content, "--output", output], environment);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|ERR_/);
      // Eleventy prints one line per run.
      return run.stdout.match(/\[11ty\].* Wrote \d+ files/g)?.length;
    };
    expect(await runsOf(whole, { COMPTOIR_PAGES_PER_RUN: "1000" })).toBe(1);
    const workers = { COMPTOIR_WORKERS_FROM: "1", COMPTOIR_WORKERS: "2", COMPTOIR_WORKERS_ONLY: "1" };
    expect(await runsOf(split, { COMPTOIR_PAGES_PER_RUN: "100", ...workers })).toBeGreaterThanOrEqual(4);

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
