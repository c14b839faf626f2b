/**
 * Pages are TSX modules (`*.11ty.tsx`) rendered with Preact to static HTML. Preact escapes
 * every text and attribute value, so content can never inject markup; the only raw HTML is
 * Markdown rendered without HTML support (see components/markdown.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

/**
 * `asBytes`: each page is handed to Eleventy as UTF-8 bytes rather than a string, for a build.
 * A run holds every page it renders until it ends, and Preact's output is a string built of
 * thousands of pieces: a run of 5,500 pages ended with 310 MB of heap and took 2.7 s; with
 * bytes, which sit outside the heap and which Eleventy writes as they are, 90 MB and 2.1 s.
 * The dev server keeps strings: it sends the pages' text to the browser to update the page.
 */
export function renderTsxTemplates(config: UserConfig, { asBytes }: { asBytes: boolean }): void {
  config.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (data) {
        const output = await this.defaultRenderer(data);
        // Pages return a VNode; data files such as sitemap.xml return a string.
        const text = isValidElement(output) ? `<!doctype html>\n${renderToStaticMarkup(output as VNode)}` : String(output);
        // Eleventy's types say string; it writes a Buffer as it is.
        return asBytes ? (Buffer.from(text) as unknown as string) : text;
      };
    },
  });
  config.addTemplateFormats("11ty.tsx");
}
