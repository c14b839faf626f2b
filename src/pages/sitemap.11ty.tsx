/**
 * sitemap.xml: every public page, at its address in production. The fixed pages are the
 * string entries of `urls`; the others come from the content. The 404 page is left out, and
 * test/pages/sitemap.test.ts checks that no other built page is.
 */
import { absoluteUrl } from "../components/links.ts";
import type { PageData } from "../components/page.ts";
import { urls, type Content } from "../content/model.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render(data: PageData): string {
  const { content } = data.comptoir;
  const entries = publicPaths(content).map(
    (path) => `  <url><loc>${escapeXml(absoluteUrl(content.site.baseUrl, path))}</loc></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

function publicPaths(content: Content): string[] {
  const fixed = Object.values(urls).filter((url) => typeof url === "string");
  return [
    ...fixed,
    ...content.categoryPages.map((page) => page.url),
    ...content.merchants.map((merchant) => merchant.url),
    ...content.products.map((product) => product.url),
  ];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
