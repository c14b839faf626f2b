/**
 * Writing a build's pages with Eleventy. Eleventy keeps every page it renders in memory until
 * its run ends, so a town of thousands of merchants is written in several runs: slices of the
 * merchant pages, the pages of the whole site, slices of the product pages. Memory stays
 * bounded by the size of a run, not of the town. The runs share out over the build's process
 * and its workers, if any; without workers, a small town is one run.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Content } from "../content/model.ts";
import { primeRun, type Listings, type RenderRun, type SiteData } from "./site-data.ts";
import { settleAll, shareOut, type Worker, type WorkerData } from "./workers.ts";

/**
 * At most this many merchant and product pages per Eleventy run: a few hundred MB of memory.
 * COMPTOIR_PAGES_PER_RUN changes it, for a machine with little memory, and for the tests.
 */
export const PAGES_PER_RUN = Math.max(1, Number(process.env.COMPTOIR_PAGES_PER_RUN) || 2500);

export const PAGES_FOLDER = "src/pages";
/** The templates of merchant and product pages, and what they paginate; every other template is a page of the whole site. */
const LISTING_TEMPLATES: Record<string, (listings: Listings) => unknown[]> = {
  "merchant.11ty.tsx": (listings) => listings.merchants,
  "product.11ty.tsx": (listings) => listings.products,
};

/** The templates a run leaves out: it reads only those it writes. */
export function templatesOutside(run: RenderRun): string[] {
  return readdirSync(PAGES_FOLDER)
    .filter((template) => {
      const listing = LISTING_TEMPLATES[template];
      return listing ? listing(run.listings).length === 0 : !run.sitePages;
    })
    .map((template) => path.join(PAGES_FOLDER, template));
}

/** The data a build prepares once and every run shares. */
export type BuildData = Omit<SiteData, "listings" | "problems">;

/** Items `from` (included) `to` (excluded) of a list. */
export interface Slice {
  from: number;
  to: number;
}

/**
 * A run by what it writes: the merchant pages of `content.merchants` in one slice, the product
 * pages of `content.products` in another. Cheap to send to a worker.
 */
export interface RunPlan {
  sitePages: boolean;
  merchants: Slice;
  products: Slice;
}

/** The merchant and product pages of a town. */
function listingPages(content: Content): number {
  return content.merchants.length + content.products.length;
}

/**
 * Splits a town into runs for `processes` processes to share. A town of at most `pagesPerRun`
 * merchant and product pages, for one process, is one run. Else the merchant pages come first,
 * so that the search index, which reads them only, starts early; then the pages of the site,
 * then the product pages. Merchant and product pages go in runs of at most `pagesPerRun` pages,
 * of about the same size, as many as the processes share evenly.
 */
export function planRuns(content: Content, pagesPerRun = PAGES_PER_RUN, processes = 1): RunPlan[] {
  const none = { from: 0, to: 0 };
  const merchants = { from: 0, to: content.merchants.length };
  const products = { from: 0, to: content.products.length };
  if (processes === 1 && listingPages(content) <= pagesPerRun) return [{ sitePages: true, merchants, products }];
  return [
    ...share(merchants.to, pagesPerRun, processes).map((slice) => ({ sitePages: false, merchants: slice, products: none })),
    { sitePages: true, merchants: none, products: none },
    ...share(products.to, pagesPerRun, processes).map((slice) => ({ sitePages: false, merchants: none, products: slice })),
  ];
}

/** `count` items in slices of at most `size`, as many as `processes` share evenly, of about the same size. */
function share(count: number, size: number, processes: number): Slice[] {
  const slices = Math.min(count, Math.ceil(count / size / processes) * processes);
  return Array.from({ length: slices }, (_, slice) => ({
    from: Math.floor((count * slice) / slices),
    to: Math.floor((count * (slice + 1)) / slices),
  }));
}

/** The pages a plan writes. */
export function runOf(content: Content, { sitePages, merchants, products }: RunPlan): RenderRun {
  return {
    sitePages,
    listings: {
      merchants: content.merchants.slice(merchants.from, merchants.to),
      products: content.products.slice(products.from, products.to),
    },
  };
}

/**
 * COMPTOIR_WORKERS_ONLY=1 leaves every run to the workers, for the tests: on two cores, the
 * build's own process would otherwise be done before a worker has started.
 */
const WORKERS_ONLY = process.env.COMPTOIR_WORKERS_ONLY === "1";

/** A build's pages as they are written: the merchant pages, and all of them. */
export interface Rendering {
  merchantPages: Promise<void>;
  allPages: Promise<void>;
}

/**
 * Writes every page into `output`, in this process and, when the build started them, in its
 * workers too: the runs go to whichever is free first.
 */
export function renderPages(data: BuildData, output: string, workers: Worker[] = []): Rendering {
  const processes = [...(WORKERS_ONLY && workers.length > 0 ? [] : [thisProcess(data, output)]), ...withData(workers, data, output)];
  const plans = planRuns(data.content, PAGES_PER_RUN, processes.length);
  const answers = shareOut(processes, plans, (plan) => ({ plan }));
  // Settled once every run has ended, even after an error: a run still going writes on.
  return {
    merchantPages: settleAll(answers.filter((_, index) => plans[index]!.merchants.to > plans[index]!.merchants.from)),
    allPages: settleAll(answers),
  };
}

/**
 * Loads Eleventy and the modules of the pages ahead of a first run: a worker does it as it
 * starts, while the build reads the content. Eleventy loads each template again for each run,
 * but what the templates import is loaded once.
 */
export async function preloadEleventy(): Promise<void> {
  await Promise.all([
    import("@11ty/eleventy"),
    ...readdirSync(PAGES_FOLDER).map((template) => import(pathToFileURL(path.resolve(PAGES_FOLDER, template)).href)),
  ]);
}

/** One Eleventy run, in this process. Eleventy prints what it wrote. */
export async function runEleventy(data: BuildData, run: RenderRun, output: string): Promise<void> {
  primeRun(data, run);
  // Imported on first use: half a second that only a build pays, not a check of the content.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(PAGES_FOLDER, output, { configPath: "eleventy.config.ts", quietMode: true });
  await eleventy.write();
}

/** The build's own process, as one more worker: it holds the data already. */
function thisProcess(data: BuildData, output: string): Worker {
  return {
    ready: Promise.resolve(),
    ask: async (request) => {
      if ("plan" in request) await runEleventy(data, runOf(data.content, request.plan), output);
      return { done: true };
    },
    stop: async () => {},
  };
}

/** The workers, each ready once it has the build's data. */
function withData(workers: Worker[], data: BuildData, output: string): Worker[] {
  const shared: WorkerData = {
    content: data.content,
    pictures: data.pictures.processed,
    bundles: data.bundles.entries,
    cart: data.cart,
    output,
  };
  // One after the other: each send holds a serialized copy of the town (about 50 MB at 10,000
  // merchants) in this process's memory until the worker has read it.
  let sent = Promise.resolve();
  return workers.map((worker) => {
    sent = sent.then(() => worker.ask({ data: shared })).then(() => undefined);
    return { ...worker, ready: sent };
  });
}
