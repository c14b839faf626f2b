import type { SiteData } from "../build/site-data.ts";

/** What Eleventy hands every page template. */
export interface PageData {
  comptoir: SiteData;
  page: { url: string; outputPath: string | false };
}
