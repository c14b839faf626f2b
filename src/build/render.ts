/**
 * Writing a build's pages with Eleventy. Eleventy keeps every page it renders in memory until
 * its run ends, so a town of thousands of merchants is written in several runs, each over a
 * slice of the merchants (their pages and their products' pages), the first run also writing
 * the pages of the whole site. Memory stays bounded by the size of a run, not of the town.
 * The runs share out over worker processes, one per core; a small town is one run, in process.
 */
import { availableParallelism } from "node:os";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Content } from "../content/model.ts";
import { primeRun, type RenderRun, type SiteData } from "./site-data.ts";
import { shareOut, startWorkers, stopWorkers, type Worker, type WorkerData } from "./workers.ts";

/**
 * At most this many merchant and product pages per Eleventy run: a few hundred MB of memory.
 * COMPTOIR_PAGES_PER_RUN changes it, for a machine with little memory, and for the tests.
 */
export const PAGES_PER_RUN = Number(process.env.COMPTOIR_PAGES_PER_RUN) || 2500;

export const PAGES_FOLDER = "src/pages";
/** The templates of merchant and product pages; every other template is a page of the whole site. */
const LISTING_TEMPLATES = new Set(["merchant.11ty.tsx", "product.11ty.tsx"]);

/** The templates a run leaves out: it reads only those it writes. */
export function templatesOutside(run: RenderRun): string[] {
  return readdirSync(PAGES_FOLDER)
    .filter((template) => (LISTING_TEMPLATES.has(template) ? run.listings.merchants.length === 0 : !run.sitePages))
    .map((template) => path.join(PAGES_FOLDER, template));
}

/** The data a build prepares once and every run shares. */
export type BuildData = Omit<SiteData, "listings" | "problems">;

/** A run by the merchants it covers, `content.merchants.slice(from, to)`: cheap to send to a worker. */
export interface RunPlan {
  sitePages: boolean;
  from: number;
  to: number;
}

/** The merchant and product pages of a town. */
export function listingPages(content: Content): number {
  return content.merchants.length + content.products.length;
}

/**
 * Splits a town into runs of at most `pagesPerRun` merchant and product pages, as many as the
 * workers share evenly, one each at least, and about the same size, after a first run for the
 * pages of the site.
 */
export function planRuns(content: Content, pagesPerRun = PAGES_PER_RUN, workers = availableParallelism()): RunPlan[] {
  const { merchants } = content;
  const pages = listingPages(content);
  const runs = Math.max(1, Math.ceil(pages / pagesPerRun / workers)) * workers;
  const plans: RunPlan[] = [{ sitePages: true, from: 0, to: 0 }];
  let from = 0;
  let written = 0;
  merchants.forEach((merchant, index) => {
    written += 1 + merchant.products.length;
    // Cut where the pages so far reach the next share of the whole.
    if (written >= (pages * plans.length) / runs && index + 1 < merchants.length) {
      plans.push({ sitePages: false, from, to: index + 1 });
      from = index + 1;
    }
  });
  plans.push({ sitePages: false, from, to: merchants.length });
  return plans;
}

/** The pages a plan writes. */
export function runOf(content: Content, { sitePages, from, to }: RunPlan): RenderRun {
  const merchants = content.merchants.slice(from, to);
  return { sitePages, listings: { merchants, products: merchants.flatMap((merchant) => merchant.products) } };
}

/**
 * Writes every page into `output`: over `workers` when the build started them, else in this
 * process when the town fits in one run, else over workers started here.
 */
export async function renderPages(data: BuildData, output: string, workers?: Worker[]): Promise<void> {
  if (workers) return renderInWorkers(data, output, workers);
  if (listingPages(data.content) <= PAGES_PER_RUN) {
    return runEleventy(data, { sitePages: true, listings: { merchants: data.content.merchants, products: data.content.products } }, output);
  }
  const started = startWorkers();
  try {
    await renderInWorkers(data, output, started);
  } finally {
    await stopWorkers(started);
  }
}

/** One Eleventy run, in this process. Eleventy prints what it wrote. */
export async function runEleventy(data: BuildData, run: RenderRun, output: string): Promise<void> {
  primeRun(data, run);
  // Imported here: a build that renders in its workers never loads Eleventy in the main process.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(PAGES_FOLDER, output, { configPath: "eleventy.config.ts", quietMode: true });
  await eleventy.write();
}

async function renderInWorkers(data: BuildData, output: string, workers: Worker[]): Promise<void> {
  const shared: WorkerData = {
    content: data.content,
    pictures: data.pictures.processed,
    bundles: data.bundles.entries,
    cart: data.cart,
    output,
  };
  // One after the other: each send holds a serialized copy of the town (about 50 MB at 10,000
  // merchants) in this process's memory until the worker has read it.
  for (const worker of workers) await worker.ask({ data: shared });
  await shareOut(workers, planRuns(data.content, PAGES_PER_RUN, workers.length), (plan) => ({ plan }));
}
