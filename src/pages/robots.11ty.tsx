/** robots.txt: every crawler may read every page; the sitemap lists them. */
import { absoluteUrl } from "../components/links.ts";
import type { PageData } from "../components/page.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render(data: PageData): string {
  const sitemap = absoluteUrl(data.comptoir.content.site.baseUrl, "/sitemap.xml");
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
