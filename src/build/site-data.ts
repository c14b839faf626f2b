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
import { formatPlain, summaryLine } from "../content/report.ts";
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
  const inside = (folder: string) => files.some((file) => path.resolve(file).startsWith(path.resolve(folder) + path.sep));
  if (inside(dir)) {
    loaded = null;
    current = null;
  }
  if (inside(BROWSER_SOURCE)) bundles = null;
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
    loaded ??= loadContent(dir);
    const result = await loaded;
    if (!result.content) throw new ContentError(result);
    const content = result.content;
    lastValid = {
      content,
      cart: resolveCart(content.site),
      pictures: await log.phase("Photos redimensionnées", () => processPictures(content)),
      listings: { merchants: content.merchants, products: content.products },
    };
    return { ...lastValid, problems: [] };
  } catch (error) {
    // The dev server keeps serving the last valid content and shows what to fix on every page.
    if (!(error instanceof ContentError) || runMode === "build" || !lastValid) throw error;
    const errors = error.result.problems.filter((problem) => problem.severity === "error");
    console.error(formatPlain(errors));
    log.error(`${summaryLine(errors)} : le site affiche le dernier contenu valide jusqu'à correction.`);
    return { ...lastValid, problems: errors };
  }
}

export function contentDir(): string {
  return process.env.COMPTOIR_CONTENT ?? "content";
}
