/**
 * Search: Pagefind indexes the merchant pages of the written site into `<output>/pagefind/`,
 * which the search page loads at run time. Each product is a section of its merchant's page and
 * comes back as one of the page's sub-results (see search/anchors.ts): the product pages repeat
 * what that section holds, and leaving them out keeps the index's page list, which every first
 * query downloads whole, eleven times shorter. What a page gives the index is chosen with
 * `data-pagefind-*` attributes (see components/search-record.tsx).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { formatSeconds, log, plural } from "../log.ts";
import { INDEXED_ROOT, SEARCH_BUNDLES } from "../search/bundles.ts";

/** The merchant pages, and no other: `commercants/<merchant>/index.html`. */
const INDEXED_PAGES = "commercants/*/index.html";

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`L'index de recherche n'a pas pu être écrit :\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

export interface SearchIndexSummary {
  pages: number;
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
  const milliseconds = performance.now() - started;
  log.record("Index de recherche écrit", milliseconds);
  log.info(`Index de recherche écrit : ${plural(summary.pages, "page", "pages")} (${formatSeconds(milliseconds)})`);
  return summary;
}

/**
 * Writes both bundles (see search/bundles.ts), one after the other: Pagefind indexes on every
 * core already, and holds a whole index in memory until it writes it.
 */
async function indexPages(outputDir: string): Promise<SearchIndexSummary> {
  try {
    const relevance = await writeBundle(outputDir, SEARCH_BUNDLES.relevance, { rootSelector: INDEXED_ROOT });
    await writeBundle(outputDir, SEARCH_BUNDLES.byName, {});
    return relevance;
  } finally {
    await pagefind.close();
  }
}

async function writeBundle(outputDir: string, bundle: string, config: pagefind.PagefindServiceConfig): Promise<SearchIndexSummary> {
  const { errors, index } = await pagefind.createIndex(config);
  if (!index) throw new SearchIndexError(errors);

  try {
    // Pagefind reads the files itself, in parallel: far faster than sending each page over its pipe.
    const added = await index.addDirectory({ path: outputDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors);

    const written = await index.writeFiles({ outputPath: path.join(outputDir, bundle) });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    // The files Pagefind read include pages it then left out; its entry file counts the results.
    const entry = JSON.parse(await readFile(path.join(written.outputPath, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await index.deleteIndex();
  }
}
