/**
 * Our stack with nothing of ours, for `npm run bench`: Node with tsx, Eleventy writing `--pages`
 * one-line pages, then Pagefind indexing `--indexed` of them into one bundle. No content to read
 * and check, no template of ours, no picture, no second search bundle.
 * Options: --pages 1102 --indexed 100 --output <new folder>.
 */
import { mkdir } from "node:fs/promises";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";

const { values } = parseArgs({
  options: { pages: { type: "string" }, indexed: { type: "string" }, output: { type: "string" } },
});
const pages = Number(values.pages);
const indexed = Number(values.indexed);
const output = values.output ?? "";
if (!pages || !indexed || !output) throw new Error("usage: bench-floor.ts --pages <n> --indexed <n> --output <folder>");

// The indexed pages go under /m/, as merchant pages go under /commercants/, for Pagefind's glob.
const template = {
  data: {
    pagination: { data: "items", size: 1, alias: "item" },
    permalink: ({ item }: { item: number }) => (item < indexed ? `/m/${item}/` : `/p/${item}/`),
  },
  render: ({ item }: { item: number }) =>
    `<!doctype html><html lang="fr"><body><main data-pagefind-body><h1>Page ${item}</h1><p>Pain au levain, fromage de chèvre, légumes de saison.</p></main></body></html>`,
};
// An empty input folder: the one template has no file.
const input = `${output}-input`;
await mkdir(input, { recursive: true });
const eleventy = new Eleventy(input, output, {
  quietMode: true,
  configPath: false,
  config: (config) => {
    config.addGlobalData("items", Array.from({ length: pages }, (_, item) => item));
    config.addTemplate("page.11ty.js", template);
  },
});
await eleventy.write();

const { index } = await pagefind.createIndex({});
if (!index) throw new Error("Pagefind did not start");
await index.addDirectory({ path: output, glob: "m/*/index.html" });
await index.writeFiles({ outputPath: `${output}/pagefind` });
await pagefind.close();
