/**
 * The data every template receives as `comptoir`: the content model and the processed
 * pictures. Loaded once per build; the build script primes it with the content it has
 * already checked, so content is never read twice.
 */
import { loadContent, type LoadResult } from "../content/load.ts";
import type { Content } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import { formatPlain, summaryLine } from "../content/report.ts";
import { bundleBrowserCode, type Bundles } from "./browser-bundles.ts";
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
  /**
   * Content errors found while the dev server runs: pages keep the last content that was
   * valid and show these at the top. Always empty in a build, which stops at any error.
   */
  problems: ContentProblem[];
}

type RunMode = "build" | "watch" | "serve";

let cached: { dir: string; result: Promise<LoadResult> } | null = null;
let current: Promise<Omit<SiteData, "bundles">> | null = null;
let lastValid: Omit<SiteData, "bundles" | "problems"> | null = null;
let bundles: Promise<Bundles> | null = null;
let runMode: RunMode = "build";

/** Hands over a result already loaded for `dir`, so the build does not read it again. */
export function primeContent(dir: string, result: LoadResult): void {
  cached = { dir, result: Promise.resolve(result) };
  current = null;
}

/** Forgets what was loaded; the dev server calls this when a content file changes. */
export function forgetContent(): void {
  cached = null;
  current = null;
}

export class ContentError extends Error {
  constructor(readonly result: LoadResult) {
    super(`Le contenu contient des erreurs (${summaryLine(result.problems)}) :\n${formatPlain(result.problems)}`);
    this.name = "ContentError";
  }
}

export async function getContent(dir: string): Promise<Content> {
  if (!cached || cached.dir !== dir) cached = { dir, result: loadContent(dir) };
  const result = await cached.result;
  if (!result.content) throw new ContentError(result);
  return result.content;
}

/** Starts a build: notes how Eleventy runs and bundles the browser code into its output. */
export function startBuild({ output, mode }: { output: string; mode: RunMode }): void {
  runMode = mode;
  bundles = bundleBrowserCode(output);
}

export async function getSiteData(dir: string): Promise<SiteData> {
  current ??= loadSiteData(dir);
  if (!bundles) throw new Error("Browser bundles were not started: startBuild() runs on eleventy.before");
  const [base, built] = await Promise.all([current, bundles]);
  return { ...base, bundles: built };
}

async function loadSiteData(dir: string): Promise<Omit<SiteData, "bundles">> {
  try {
    const content = await getContent(dir);
    lastValid = {
      content,
      cart: resolveCart(content.site),
      pictures: await log.phase("Photos redimensionnées", () => processPictures(content)),
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
