/**
 * Eleventy configuration, in the order of a build: data, templates, static files, and what
 * runs after the pages are written. Each step lives in a module under src/build/.
 */
import type { UserConfig } from "@11ty/eleventy";
import { publishPictures } from "./src/build/pictures.ts";
import { contentDir, forgetContent, getSiteData, startBuild } from "./src/build/site-data.ts";
import { writeSearchIndex } from "./src/build/search-index.ts";
import { renderTsxTemplates } from "./src/build/templates.ts";

export default function (config: UserConfig) {
  // Data: the content folder, read and validated once per build.
  const content = contentDir();
  config.addGlobalData("comptoir", () => getSiteData(content));
  config.addWatchTarget(`${content}/**`);
  config.on("eleventy.beforeWatch", () => forgetContent());

  // Browser code: bundled with esbuild at the start of each build, before pages need its URLs.
  config.on("eleventy.before", ({ directories, runMode }) => startBuild({ output: directories.output, mode: runMode }));
  config.addWatchTarget("src/browser/**");

  // Templates: typed TSX pages rendered to static HTML.
  renderTsxTemplates(config);

  // Static files.
  config.addPassthroughCopy({ "src/assets": "assets" });

  // After the pages: link the resized pictures into the output.
  config.on("eleventy.after", async ({ directories }) => {
    await publishPictures((await getSiteData(content)).pictures, directories.output);
  });
  // After the pages: index merchant and product pages for search (a failure fails the build).
  config.on("eleventy.after", ({ directories }) => writeSearchIndex(directories.output));

  return {
    dir: { input: "src/pages" },
  };
}
