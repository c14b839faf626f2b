/**
 * Pages are TSX modules (`*.11ty.tsx`) rendered with Preact to static HTML. Preact escapes
 * every text and attribute value, so content can never inject markup; the only raw HTML is
 * Markdown rendered without HTML support (see components/markdown.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

export function renderTsxTemplates(config: UserConfig): void {
  config.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (data) {
        const output = await this.defaultRenderer(data);
        // Pages return a VNode; data files such as sitemap.xml return a string.
        return isValidElement(output) ? `<!doctype html>\n${renderToStaticMarkup(output as VNode)}` : String(output);
      };
    },
  });
  config.addTemplateFormats("11ty.tsx");
}
