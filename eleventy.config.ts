/**
 * Eleventy configuration, in the order of a build: data, templates, static files, and what
 * runs after the pages are written. Each step lives in a module under src/build/.
 *
 * `npm run build` prepares the data, the browser code, the pictures and the search index
 * itself, around one or more Eleventy runs (src/build/build-site.ts); under the dev server
 * (`npm start`), Eleventy does all of it, again after each change.
 */
import path from "node:path";
import { setTimeout } from "node:timers/promises";
import type { UserConfig } from "@11ty/eleventy";
import { publishPictures } from "./src/build/pictures.ts";
import { PAGES_FOLDER, templatesOutside } from "./src/build/render.ts";
import { contentDir, forgetChanged, getSiteData, pagesKept, primedRun, startBuild } from "./src/build/site-data.ts";
import { writeSearchIndex } from "./src/build/search-index.ts";
import { removeStalePages } from "./src/build/stale-pages.ts";
import { renderTsxTemplates } from "./src/build/templates.ts";
import { log } from "./src/log.ts";

/** Parts of Eleventy's configuration API that its type definitions leave out. */
type Untyped = UserConfig & {
  ignores: Set<string>;
  setChokidarConfig(options: { awaitWriteFinish: { stabilityThreshold: number; pollInterval: number } }): void;
};

export default function (config: UserConfig) {
  const run = primedRun();
  const content = contentDir();
  config.addGlobalData("comptoir", () => getSiteData(content));

  // Templates: typed TSX pages rendered to static HTML; a build's run reads only those it writes.
  renderTsxTemplates(config, { asBytes: run !== null });
  for (const template of run ? templatesOutside(run) : []) (config as Untyped).ignores.add(template);

  // Static files, once per build.
  if (!run || run.sitePages) config.addPassthroughCopy({ "src/assets": "assets" });

  if (!run) {
    // The dev server: one line per build rather than one per page, and a saved file is read
    // once it has stood still for 50 ms (Eleventy waits 150 ms).
    config.setQuietMode(true);
    (config as Untyped).setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

    // Data and browser code: read, validated and bundled again after a change to them.
    config.addWatchTarget(`${content}/**`);
    config.addWatchTarget("src/browser/**");
    config.on("eleventy.beforeWatch", (changed: string[]) => forgetChanged(changed, content));
    config.on("eleventy.before", ({ directories, runMode }) => startBuild({ output: directories.output, mode: runMode }));

    // After the pages: remove those this build neither wrote nor kept (an unpublished merchant's), link
    // the resized pictures into the output, and index the merchant pages for search. While
    // watching, the index follows a moment later, so that the browser reloads the edited page
    // at once; one indexing at a time.
    let indexing = Promise.resolve();
    config.on("eleventy.after", async (event) => {
      const { directories, runMode, results } = event as typeof event & { results: { outputPath: string }[] };
      const kept = pagesKept().map((page) => path.join(directories.output, page));
      await removeStalePages(directories.output, [...results.map((result) => result.outputPath), ...kept]);
      await publishPictures((await getSiteData(content)).pictures, directories.output);
      if (runMode === "build") return writeSearchIndex(directories.output);
      // Half a second first: the browser reloads the page meanwhile, without Pagefind on the same cores.
      indexing = indexing.then(() => setTimeout(500)).then(() => writeSearchIndex(directories.output)).then(
        () => undefined,
        (error: unknown) => log.error(error instanceof Error ? error.message : String(error)),
      );
    });
  }

  return {
    dir: { input: PAGES_FOLDER },
  };
}
