/**
 * `npm run build`: checks the content, renders the site into a fresh folder, then swaps it in
 * for the output. A build that fails leaves the previous output whole, or none, never half.
 * Options: --content <dir> (default content/), --output <dir> (default _site/), --verbose,
 * --timings <file> (phase durations and peak memory as JSON).
 */
import { parseArgs } from "node:util";
import { buildSite } from "../src/build/build-site.ts";
import { log } from "../src/log.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: process.env.COMPTOIR_CONTENT ?? "content" },
    output: { type: "string", default: "_site" },
    verbose: { type: "boolean", default: false },
    timings: { type: "string" },
  },
});

log.setVerbose(values.verbose);
const ok = await buildSite({ contentDir: values.content, outputDir: values.output, timingsFile: values.timings });
process.exit(ok ? 0 : 1);
