/**
 * One whole build: check the content, prepare what every page shares (pictures, browser code,
 * cart), write the pages (build/render.ts) and the search index into a temporary folder beside
 * the output, then swap. The temporary folder is on the same file system as the output, so the
 * swap is two renames.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "../content/load.ts";
import { countBySeverity } from "../content/problems.ts";
import { formatPlain, summaryLine } from "../content/report.ts";
import { formatSeconds, log, plural, timings } from "../log.ts";
import { bundleBrowserCode } from "./browser-bundles.ts";
import { resolveCart } from "./cart.ts";
import { processPictures, publishPictures } from "./pictures.ts";
import { renderPages } from "./render.ts";
import { writeSearchIndex } from "./search-index.ts";
import { loadInWorker } from "./workers.ts";

/** Beyond this many merchants, the content is read in a worker process (see build/workers.ts). */
const BIG_TOWN = 1000;

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** Where to write the phases' durations and the peak memory, as JSON (for the benchmark). */
  timingsFile?: string | undefined;
}

export async function buildSite({ contentDir, outputDir, timingsFile }: BuildOptions): Promise<boolean> {
  const started = performance.now();

  const loaded = await log.phase("Contenu lu et vérifié", () => readContent(contentDir));
  const counts = countBySeverity(loaded.problems);
  if (loaded.problems.length > 0) console.error(`${formatPlain(loaded.problems)}\n`);
  if (!loaded.content) {
    log.error(`${summaryLine(loaded.problems)} : corrigez les erreurs ci-dessus. Le site n'a pas été construit, ${outputDir}/ est inchangé.`);
    return false;
  }
  if (counts.warning > 0) log.warn(`${plural(counts.warning, "avertissement", "avertissements")} ci-dessus, sans empêcher la construction.`);
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
    await log.phase("Pages écrites", () => renderPages({ content, pictures, bundles, cart: resolveCart(content.site) }, staging));
    await publishPictures(pictures, staging);
    await writeSearchIndex(staging);
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

/**
 * Reading a big town peaks near 1 GB for 10,000 merchants, which Node keeps once the garbage is
 * collected: it is read in a worker that hands the model back and ends.
 */
async function readContent(contentDir: string) {
  const folders = await readdir(path.join(contentDir, "merchants")).catch(() => []);
  return folders.length > BIG_TOWN ? loadInWorker(contentDir) : loadContent(contentDir);
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
