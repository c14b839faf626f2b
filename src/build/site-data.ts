/**
 * The data every template receives as `comptoir`: the content model and the processed
 * pictures. Loaded once per build; the build script primes it with the content it has
 * already checked, so content is never read twice.
 */
import { loadContent, type LoadResult } from "../content/load.ts";
import type { Content } from "../content/model.ts";
import { formatPlain, summaryLine } from "../content/report.ts";
import { bundleBrowserCode, type Bundles } from "./browser-bundles.ts";
import { processPictures, type Pictures } from "./pictures.ts";

export interface SiteData {
  content: Content;
  pictures: Pictures;
  /** The browser code's files, by entry name. */
  bundles: Bundles;
}

let cached: { dir: string; result: Promise<LoadResult> } | null = null;
let current: Promise<Omit<SiteData, "bundles">> | null = null;
let bundles: Promise<Bundles> | null = null;

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

/** Bundles the browser code into this build's output; called at the start of every build. */
export function startBundling(outputDir: string): void {
  bundles = bundleBrowserCode(outputDir);
}

export async function getSiteData(dir: string): Promise<SiteData> {
  current ??= getContent(dir).then(async (content) => ({ content, pictures: await processPictures(content) }));
  if (!bundles) throw new Error("Browser bundles were not started: startBundling() runs on eleventy.before");
  const [base, built] = await Promise.all([current, bundles]);
  return { ...base, bundles: built };
}

export function contentDir(): string {
  return process.env.COMPTOIR_CONTENT ?? "content";
}
