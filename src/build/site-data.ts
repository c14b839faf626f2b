/**
 * The data every template receives as `comptoir`: the content model, the processed pictures,
 * the browser bundles, the cart, and which listings this Eleventy run writes.
 *
 * Two ways in. A build (build/build-site.ts) prepares all of it once and hands it over with
 * `primeRun`, for each of its Eleventy runs (see build/render.ts). The dev server loads it
 * here instead, again after each content change, and keeps the last valid content on screen
 * while a change has errors.
 */
import path from "node:path";
import { loadContent, type LoadResult } from "../content/load.ts";
import type { Content, Merchant, ProductEntry } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import { formatPlain, summaryLine, warningsLine } from "../content/report.ts";
import { BROWSER_SOURCE, bundleBrowserCode, type Bundles } from "./browser-bundles.ts";
import { resolveCart, type Cart } from "./cart.ts";
import { log } from "../log.ts";
import { processPictures, type Pictures } from "./pictures.ts";

export interface SiteData {
  content: Content;
  pictures: Pictures;
  /** The browser code's files, by entry name. */
  bundles: Bundles;
  /** Snipcart's settings, or null when this build has no cart (see build/cart.ts). */
  cart: Cart | null;
  /** The merchant and product pages this run writes: all of them, but for a big town's build. */
  listings: Listings;
  /**
   * Content errors found while the dev server runs: pages keep the last content that was
   * valid and show these at the top. Always empty in a build, which stops at any error.
   */
  problems: ContentProblem[];
}

export interface Listings {
  merchants: Merchant[];
  products: ProductEntry[];
}

/** What one Eleventy run of a build writes. */
export interface RenderRun {
  /** Home, categories, A–Z, map, search, the other pages of the whole site, and static files. */
  sitePages: boolean;
  listings: Listings;
}

type RunMode = "build" | "watch" | "serve";

let primed: { data: SiteData; run: RenderRun } | null = null;

let loaded: Promise<LoadResult> | null = null;
let current: Promise<Omit<SiteData, "bundles">> | null = null;
let lastValid: Omit<SiteData, "bundles" | "problems"> | null = null;
let bundles: Promise<Bundles> | null = null;
let runMode: RunMode = "build";

/**
 * Dev server: the merchants whose folders changed since the last build, or "all" when anything
 * else did (site.yaml, a template, the browser code), or when the last build showed problems.
 * A merchant's pages show only that merchant and what every page shows, so after a change to a
 * few merchants' folders, the next build writes their pages and the site's, and keeps the others.
 */
let changedMerchants: Set<string> | "all" = "all";
/** Dev server: the pages, relative to the output, that the last build kept from the one before. */
let keptPages: string[] = [];

/** Hands a build's prepared data to the next Eleventy run, with what that run writes. */
export function primeRun(data: Omit<SiteData, "listings" | "problems">, run: RenderRun): void {
  primed = { data: { ...data, listings: run.listings, problems: [] }, run };
}

/** The run a build primed, or null under the dev server, where Eleventy does everything itself. */
export function primedRun(): RenderRun | null {
  return primed?.run ?? null;
}

/** Dev server: forgets what the changed files touch, before Eleventy builds again. */
export function forgetChanged(files: string[], dir: string): void {
  const isIn = (file: string, folder: string) => path.resolve(file).startsWith(path.resolve(folder) + path.sep);
  if (files.some((file) => isIn(file, dir))) loaded = null;
  if (files.some((file) => isIn(file, BROWSER_SOURCE))) bundles = null;
  // The data is put together again after any change, if only to choose the pages to write.
  current = null;

  const merchants = path.join(dir, "merchants");
  for (const file of files) {
    const slug = isIn(file, merchants) ? path.relative(merchants, file).split(path.sep)[0] : undefined;
    // A file right inside merchants/, or anywhere else: everything is written again.
    if (!slug || slug === path.relative(merchants, file)) changedMerchants = "all";
    else if (changedMerchants !== "all") changedMerchants.add(slug);
  }
}

/** Dev server: the pages the last build kept from the one before, which are not stale. */
export function pagesKept(): string[] {
  return keptPages;
}

export class ContentError extends Error {
  constructor(readonly result: LoadResult) {
    super(`Le contenu contient des erreurs (${summaryLine(result.problems)}) :\n${formatPlain(result.problems)}`);
    this.name = "ContentError";
  }
}

/** Dev server: notes how Eleventy runs and bundles the browser code into its output, once per change to it. */
export function startBuild({ output, mode }: { output: string; mode: RunMode }): void {
  runMode = mode;
  bundles ??= bundleBrowserCode(output);
}

export async function getSiteData(dir: string): Promise<SiteData> {
  if (primed) return primed.data;
  current ??= loadSiteData(dir);
  if (!bundles) throw new Error("Browser bundles were not started: startBuild() runs on eleventy.before");
  const [base, built] = await Promise.all([current, bundles]);
  return { ...base, bundles: built };
}

async function loadSiteData(dir: string): Promise<Omit<SiteData, "bundles">> {
  try {
    loaded ??= loadContent(dir).then(printWarnings);
    const result = await loaded;
    if (!result.content) throw new ContentError(result);
    const content = result.content;
    lastValid = {
      content,
      cart: resolveCart(content.site),
      pictures: await log.phase("Photos redimensionnées", () => processPictures(content)),
      listings: { merchants: content.merchants, products: content.products },
    };
    return { ...lastValid, problems: [], listings: nextListings(content) };
  } catch (error) {
    // The dev server keeps serving the last valid content and shows what to fix on every page.
    if (!(error instanceof ContentError) || runMode === "build" || !lastValid) throw error;
    const errors = error.result.problems.filter((problem) => problem.severity === "error");
    console.error(formatPlain(errors));
    log.error(`${summaryLine(errors)} : le site affiche le dernier contenu valide jusqu'à correction.`);
    // Every page shows the problems, and every page is written again once they are fixed.
    changedMerchants = "all";
    keptPages = [];
    return { ...lastValid, problems: errors };
  }
}

/** Prints the warnings of content without errors, once per reading (errors are printed below). */
function printWarnings(result: LoadResult): LoadResult {
  const warnings = result.problems.filter((problem) => problem.severity === "warning");
  if (result.content && warnings.length > 0) {
    console.error(`${formatPlain(warnings)}\n`);
    log.warn(warningsLine(warnings.length));
  }
  return result;
}

/** Dev server: the listings the next build writes (see changedMerchants), and the pages it keeps. */
function nextListings(content: Content): Listings {
  const changed = changedMerchants;
  changedMerchants = new Set();
  if (changed === "all" || runMode === "build") {
    keptPages = [];
    return { merchants: content.merchants, products: content.products };
  }
  const written = content.merchants.filter((merchant) => changed.has(merchant.slug));
  keptPages = content.merchants
    .filter((merchant) => !changed.has(merchant.slug))
    .flatMap((merchant) => [merchant.url, ...merchant.products.map((product) => product.url)])
    .map((url) => `${url}index.html`);
  return { merchants: written, products: written.flatMap((merchant) => merchant.products) };
}

export function contentDir(): string {
  return process.env.COMPTOIR_CONTENT ?? "content";
}
