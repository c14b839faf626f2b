import type { SiteData } from "../build/site-data.ts";
import { formatPrice } from "../content/normalise/price.ts";
import type { Merchant, ProductEntry } from "../content/model.ts";
import { fr } from "../strings/fr.ts";
import { priceAnchor, productAnchor } from "../search/anchors.ts";
import { BuyButton } from "./buy-button.tsx";
import { Picture } from "./picture.tsx";
import { ProductSearchText } from "./search-record.tsx";

/**
 * The products on a merchant's page. Each row is also the product's search result: a section
 * of the merchant's page that Pagefind returns as a sub-result, titled with the product's name.
 */
export function ProductList({ merchant, site }: { merchant: Merchant; site: SiteData }) {
  const context = { merchant, cart: site.cart, site: site.content.site, pictures: site.pictures };
  return (
    <ul class="product-list">
      {merchant.products.map((product) => (
        <li class="product-row" id={productAnchor(product.id)} data-pagefind-title={product.name}>
          {product.photo && (
            <Picture
              class="product-row__picture"
              metadata={site.pictures.get(merchant.absoluteFolder, product.photo.src, "product")}
              alt=""
              sizes="6rem"
            />
          )}
          <div class="product-row__body">
            <h3 class="product-row__name">
              <a href={product.url}>{product.name}</a>
            </h3>
            <p class="product-row__unit">{product.unit}</p>
            <ProductSearchText product={product} />
          </div>
          <PriceTag product={product} id={priceAnchor(product.id)} />
          <BuyButton product={product} named {...context} />
        </li>
      ))}
    </ul>
  );
}

export function PriceTag({ product, id }: { product: ProductEntry; id?: string }) {
  return (
    <p class="price" id={id}>
      <span class="price__amount">{formatPrice(product.price)}</span>
      {/* A space, so that text extracts (search excerpts) read "7,00 € Épuisé". */}
      {!product.available && <> <span class="badge badge--muted">{fr.product.unavailable}</span></>}
    </p>
  );
}
