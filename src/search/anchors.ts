/**
 * Search indexes merchant pages only: each product is a section of its merchant's page, and
 * Pagefind returns the sections that match as the page's sub-results. A product row carries
 * two ids, read back by the search page: the row's, which leads to the product's own page,
 * and its price's, whose text is the price shown in the result.
 */
/** The heading of the products on a merchant's page. */
export const PRODUCTS_HEADING = "produits-titre";

const PRODUCT = "produit-";
const PRICE = "prix-";

/** The id of a product's row on its merchant's page: `produit-fraises-gariguette`. */
export function productAnchor(productId: string): string {
  return `${PRODUCT}${productId}`;
}

/** The id of the price in that row: `prix-fraises-gariguette`. */
export function priceAnchor(productId: string): string {
  return `${PRICE}${productId}`;
}

/** The product a row's id names, or undefined for any other id on the page. */
export function productIdOf(anchorId: string): string | undefined {
  return anchorId.startsWith(PRODUCT) ? anchorId.slice(PRODUCT.length) : undefined;
}

/** A product's page sits below its merchant's: `/commercants/ferme/` → `/commercants/ferme/fraises/`. */
export function productPageUrl(merchantUrl: string, productId: string): string {
  return `${merchantUrl.endsWith("/") ? merchantUrl : `${merchantUrl}/`}${productId}/`;
}
