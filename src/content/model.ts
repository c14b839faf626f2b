/**
 * The typed model every page is rendered from. The loader builds it once per build; templates
 * only read it.
 */
import type { Category } from "./schema/category.ts";
import type { MerchantFrontMatter } from "./schema/merchant.ts";
import type { Product } from "./schema/product.ts";
import type { Site } from "./schema/site.ts";
import { productPageUrl } from "../search/anchors.ts";

export interface ProductEntry extends Product {
  merchantSlug: string;
  /** Unique across the town: `<merchant>--<product>`. */
  key: string;
  url: string;
}

export interface Merchant extends MerchantFrontMatter {
  slug: string;
  url: string;
  /** Folder of the listing, relative to the content folder's parent (`content/merchants/x`). */
  folder: string;
  /** Absolute folder, where the listing's pictures are read from. */
  absoluteFolder: string;
  /** The Markdown description, as written. */
  body: string;
  products: ProductEntry[];
}

export interface CategoryEntry extends Category {
  url: string;
  /** Published merchants of the category, in A–Z order. */
  merchants: Merchant[];
}

/** One page of a category's list: long categories are split so no page grows with the town. */
export interface CategoryPage {
  category: CategoryEntry;
  /** 1-based. */
  number: number;
  pageCount: number;
  merchants: Merchant[];
  url: string;
}

export interface Content {
  site: Site;
  /** In the order set by `order`. */
  categories: CategoryEntry[];
  /** Every page of every category, CATEGORY_PAGE_SIZE merchants each. */
  categoryPages: CategoryPage[];
  /** Published merchants, A–Z by name as French sorts it. */
  merchants: Merchant[];
  /** Every product of a published merchant. */
  products: ProductEntry[];
  merchantsBySlug: ReadonlyMap<string, Merchant>;
  categoriesBySlug: ReadonlyMap<string, CategoryEntry>;
  /** Listings kept out of the site by `published: false`. */
  unpublishedCount: number;
}

export const urls = {
  home: "/",
  merchants: "/commercants/",
  merchant: (slug: string) => `/commercants/${slug}/`,
  product: (merchantSlug: string, productId: string) => productPageUrl(`/commercants/${merchantSlug}/`, productId),
  category: (slug: string, page = 1) => (page === 1 ? `/categories/${slug}/` : `/categories/${slug}/${page}/`),
  map: "/carte/",
  search: "/recherche/",
  about: "/a-propos/",
  legal: "/mentions-legales/",
  ordering: "/commander/",
} as const;

export const CATEGORY_PAGE_SIZE = 24;

export const frenchCollator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
