import path from "node:path";
import { describe, expect, test } from "vitest";
import { generateTown } from "../../src/bench/town.ts";
import { loadContent } from "../../src/content/load.ts";
import { CATEGORY_PAGE_SIZE } from "../../src/content/model.ts";
import { PROJECT_ROOT, temporaryFolder } from "../support/build.ts";

describe("category pages", () => {
  test("split a long category into pages that cover each merchant once", async () => {
    const outDir = path.join(await temporaryFolder("categories"), "content");
    await generateTown({ merchants: 400, productsPerMerchant: 0, seed: 5, outDir, settingsDir: path.join(PROJECT_ROOT, "content") });
    const { content } = await loadContent(outDir);
    if (!content) throw new Error("the generated town does not load");

    for (const category of content.categories) {
      const pages = content.categoryPages.filter((page) => page.category.slug === category.slug);
      expect(pages.flatMap((page) => page.merchants)).toEqual(category.merchants);
      expect(pages.every((page) => page.merchants.length <= CATEGORY_PAGE_SIZE)).toBe(true);
      expect(pages.map((page) => page.url)).toEqual(
        pages.map((_, i) => (i === 0 ? `/categories/${category.slug}/` : `/categories/${category.slug}/${i + 1}/`)),
      );
    }
    expect(content.categoryPages.length).toBeGreaterThan(content.categories.length);
  });
});
