/**
 * Eleventy configuration, in the order of a build: data, templates, static files, and what
 * runs after the pages are written. Each step lives in a module under src/build/.
 *
 * `npm run build` prepares the data, the browser code, the pictures and the search index
 * itself, around one or more Eleventy runs (src/build/build-site.ts); under the dev server
 * (`npm start`), Eleventy does all of it, again after each change.
 */
import type { UserConfig } from "@11ty/eleventy";
import { publishPictures } from "./src/build/pictures.ts";
import { templatesOutside } from "./src/build/render.ts";
import { contentDir, forgetContent, getSiteData, primedRun, startBuild } from "./src/build/site-data.ts";
import { writeSearchIndex } from "./src/build/search-index.ts";
import { renderTsxTemplates } from "./src/build/templates.ts";

export default function (config: UserConfig) {
  const run = primedRun();
  const content = contentDir();
  config.addGlobalData("comptoir", () => getSiteData(content));

  // Templates: typed TSX pages rendered to static HTML; a build's run reads only those it writes.
  renderTsxTemplates(config);
  // (Eleventy's types omit `ignores`, a Set of paths since Eleventy 1.)
  const { ignores } = config as UserConfig & { ignores: Set<string> };
  for (const template of run ? templatesOutside(run) : []) ignores.add(template);

  // Static files, once per build.
  if (!run || run.sitePages) config.addPassthroughCopy({ "src/assets": "assets" });

  if (!run) {
    // Data: the content folder, read and validated again after each change.
    config.addWatchTarget(`${content}/**`);
    config.on("eleventy.beforeWatch", () => forgetContent());

    // Browser code: bundled with esbuild at the start of each build, before pages need its URLs.
    config.on("eleventy.before", ({ directories, runMode }) => startBuild({ output: directories.output, mode: runMode }));
    config.addWatchTarget("src/browser/**");

    // After the pages: link the resized pictures into the output, and index the merchant pages
    // for search (a failure fails the build).
    config.on("eleventy.after", async ({ directories }) => {
      await publishPictures((await getSiteData(content)).pictures, directories.output);
      await writeSearchIndex(directories.output);
    });
  }

  return {
    dir: { input: "src/pages" },
  };
}
