/**
 * Search: Pagefind indexes the merchant and product pages of the written site into
 * `<output>/pagefind/`, which the search page loads at run time. Pages choose what is indexed
 * with `data-pagefind-*` attributes (see components/search-record.tsx); other pages carry
 * no `data-pagefind-body`, so Pagefind leaves them out.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { formatSeconds, log, plural } from "../log.ts";

export const SEARCH_BUNDLE = "pagefind";

// TODO: a first query downloads Pagefind's page list (pf_meta), about 8 bytes per indexed page:
// ~440 KB gzipped for 5,000 merchants and 50,000 products, over the 150 KB target — index
// merchant pages only and return products as sub-results (headings with ids on the merchant
// page), which brings it near 45 KB; dropping the name sort saves about 30 % only.

/** Only merchant and product pages can be results; reading the rest would be wasted work. */
const INDEXED_FOLDER = "commercants";

/** Files handed to the Pagefind service at once: enough to keep it busy, few enough to stay small. */
const BATCH = 64;

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`L'index de recherche n'a pas pu être écrit :\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

export interface SearchIndexSummary {
  pages: number;
  words: number;
}

/** Indexes the site written in `outputDir`; throws SearchIndexError when Pagefind reports a problem. */
export async function writeSearchIndex(outputDir: string): Promise<SearchIndexSummary> {
  const started = performance.now();
  const summary = await indexPages(outputDir).catch((error: unknown) => {
    if (error instanceof SearchIndexError) throw error;
    // The binary comes from an optional dependency (@pagefind/linux-x64 and the like).
    throw new SearchIndexError([
      `Pagefind ne répond pas (${error instanceof Error ? error.message : String(error)}).`,
      `Vérifiez que le paquet @pagefind/${process.platform}-${process.arch} est installé : npm ci l'installe avec les dépendances facultatives (ne passez pas --omit=optional).`,
    ]);
  });
  const pages = plural(summary.pages, "page", "pages");
  const words = plural(summary.words, "mot", "mots");
  log.info(`Index de recherche écrit : ${pages}, ${words} (${formatSeconds(performance.now() - started)})`);
  return summary;
}

async function indexPages(outputDir: string): Promise<SearchIndexSummary> {
  const files = await htmlFiles(path.join(outputDir, INDEXED_FOLDER));
  const { errors, index } = await pagefind.createIndex();
  if (!index) throw new SearchIndexError(errors);

  try {
    let pages = 0;
    let words = 0;
    for (let start = 0; start < files.length; start += BATCH) {
      const added = await Promise.all(
        files.slice(start, start + BATCH).map(async (file) => {
          const content = await readFile(file, "utf8");
          // Pages without data-pagefind-body (the A–Z list) are no results; Pagefind would skip them too.
          if (!content.includes("data-pagefind-body")) return null;
          return index.addHTMLFile({ url: toUrl(outputDir, file), content });
        }),
      );
      const indexed = added.filter((result) => result !== null);
      const problems = indexed.flatMap((result) => result.errors);
      if (problems.length > 0) throw new SearchIndexError(problems);
      pages += indexed.length;
      words += indexed.reduce((sum, result) => sum + result.file.uniqueWords, 0);
    }

    const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_BUNDLE) });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    return { pages, words };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** `<output>/commercants/x/index.html` → `/commercants/x/`, the address the page is served at. */
function toUrl(outputDir: string, file: string): string {
  const relative = path.relative(outputDir, file).split(path.sep).join("/");
  return `/${relative.replace(/(^|\/)index\.html$/, "$1")}`;
}
