/**
 * One whole build: check the content, prepare what every page shares (pictures, browser code,
 * cart), write the pages (build/render.ts) and the search index, which starts once the
 * merchant pages are written, into a temporary folder beside the output, then swap. The
 * temporary folder is on the same file system as the output, so the swap is two renames.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "../content/load.ts";
import { countBySeverity } from "../content/problems.ts";
import { formatPlain, summaryLine, warningsLine } from "../content/report.ts";
import { formatSeconds, log, plural, timings } from "../log.ts";
import { bundleBrowserCode } from "./browser-bundles.ts";
import { resolveCart } from "./cart.ts";
import { processPictures, publishPictures } from "./pictures.ts";
import { renderPages } from "./render.ts";
import { writeSearchIndex } from "./search-index.ts";
import { settleAll, startWorkers, stopWorkers, WORKER_COUNT, type Worker } from "./workers.ts";

/**
 * From this many merchants, on a machine of more than two cores, the build starts worker
 * processes first thing (see build/workers.ts), and they write pages beside this process: they
 * start while the content is read. Below, starting them costs more than it saves, and
 * everything happens here. COMPTOIR_WORKERS_FROM changes it, for the tests.
 */
const WORKERS_FROM = Number(process.env.COMPTOIR_WORKERS_FROM) || 200;

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** Where to write the phases' durations and the peak memory, as JSON (for the benchmark). */
  timingsFile?: string | undefined;
}

export async function buildSite(options: BuildOptions): Promise<boolean> {
  const bigTown = async () => (await readdir(path.join(options.contentDir, "merchants")).catch(() => [])).length >= WORKERS_FROM;
  const workers = WORKER_COUNT > 0 && (await bigTown()) ? startWorkers() : [];
  try {
    return await build(options, workers);
  } finally {
    await stopWorkers(workers);
  }
}

async function build({ contentDir, outputDir, timingsFile }: BuildOptions, workers: Worker[]): Promise<boolean> {
  const started = performance.now();

  const loaded = await log.phase("Contenu lu et vérifié", () => loadContent(contentDir));
  const counts = countBySeverity(loaded.problems);
  if (loaded.problems.length > 0) console.error(`${formatPlain(loaded.problems)}\n`);
  if (!loaded.content) {
    log.error(`${summaryLine(loaded.problems)} : corrigez les erreurs ci-dessus. Le site n'a pas été construit, ${outputDir}/ est inchangé.`);
    return false;
  }
  if (counts.warning > 0) log.warn(warningsLine(counts.warning));
  const { content } = loaded;

  const output = path.resolve(outputDir);
  const staging = `${output}.next-${process.pid}`;
  const previous = `${output}.old-${process.pid}`;
  await mkdir(path.dirname(output), { recursive: true });
  await removeLeftovers(output);

  try {
    const [pictures, bundles] = await Promise.all([
      log.phase("Photos redimensionnées", () => processPictures(content)),
      bundleBrowserCode(staging),
    ]);
    const data = { content, pictures, bundles, cart: resolveCart(content.site) };
    const rendering = renderPages(data, staging, workers);
    // Every task ends before an error is thrown: nothing is left writing into the staging
    // folder, which is then removed.
    await settleAll([
      log.phase("Pages écrites", () => rendering.allPages).then(() => stopWorkers(workers)),
      // Pagefind reads the merchant pages only: it indexes them while the products' are written.
      rendering.merchantPages.then(() => writeSearchIndex(staging)),
    ]);
    await publishPictures(pictures, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    log.error(`la construction a échoué, ${outputDir}/ est inchangé :\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return false;
  }

  await rename(output, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });

  if (timingsFile) {
    const report = { phases: timings, totalMilliseconds: performance.now() - started, maxRssKilobytes: process.resourceUsage().maxRSS };
    await writeFile(timingsFile, JSON.stringify(report, null, 2));
  }
  log.info(
    `Site construit dans ${outputDir}/ : ${plural(content.merchants.length, "commerçant", "commerçants")}, ${plural(content.products.length, "produit", "produits")}, en ${formatSeconds(performance.now() - started)}.`,
  );
  return true;
}

/** The staging folders of builds that were stopped before their end (Ctrl+C): `_site.next-1234`. */
async function removeLeftovers(output: string): Promise<void> {
  const parent = path.dirname(output);
  const base = path.basename(output);
  const isLeftover = (name: string) =>
    [".next-", ".old-"].some((mark) => name.startsWith(base + mark) && /^\d+$/.test(name.slice(base.length + mark.length)));
  const siblings = await readdir(parent);
  await Promise.all(siblings.filter(isLeftover).map((name) => rm(path.join(parent, name), { recursive: true, force: true })));
}
