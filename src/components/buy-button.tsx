/**
 * Snipcart v3 markup: the buy button that describes a product, the cart button of the header
 * and the hidden container Snipcart mounts its cart into. Every price is written here, at build
 * time, from the content; Snipcart compares what the cart holds with what its crawler finds at
 * `data-item-url`, and no script of ours ever touches a price attribute.
 */
import type { Cart } from "../build/cart.ts";
import type { Pictures } from "../build/pictures.ts";
import type { Merchant, ProductEntry } from "../content/model.ts";
import { centsToDecimal } from "../content/normalise/price.ts";
import type { Site } from "../content/schema/site.ts";
import { fr } from "../strings/fr.ts";
import { absoluteUrl } from "./links.ts";

/** What a buy button needs to know about the build, the product's merchant and pictures. */
export interface BuyContext {
  cart: Cart | null;
  site: Pick<Site, "baseUrl">;
  pictures: Pictures;
  merchant: Merchant;
}

/** The merchant sells through the site's cart, and this build has one. */
export function sellsOnline(cart: Cart | null, merchant: Merchant): cart is Cart {
  return cart !== null && merchant.services.onlineOrdering;
}

/** `+4.00`, `-1.50`: a price change as Snipcart reads it inside an option's brackets. */
function signedDecimal(cents: number): string {
  return `${cents < 0 ? "-" : "+"}${centsToDecimal(Math.abs(cents))}`;
}

/** `500 g|1 kg[+4.00]`: the choices of one option, with their price changes. */
export function snipcartOptions(choices: ProductEntry["options"][number]["choices"]): string {
  return choices
    .map(({ label, priceChange }) => (priceChange ? `${label}[${signedDecimal(priceChange)}]` : label))
    .join("|");
}

/** Every `data-item-*` attribute of a product's buy button, in Snipcart v3's vocabulary. */
export function buyButtonAttributes(
  product: ProductEntry,
  { merchant, site, pictures }: Omit<BuyContext, "cart">,
): Record<string, string> {
  // The smallest jpeg: Snipcart shows a thumbnail, and any cart can read jpeg.
  const photo = product.photo && pictures.get(merchant.absoluteFolder, product.photo.src, "product");
  const image = photo?.jpeg?.[0]?.url;

  const attributes: Record<string, string> = {
    "data-item-id": product.key,
    "data-item-name": product.name,
    "data-item-price": centsToDecimal(product.price),
    "data-item-url": absoluteUrl(site.baseUrl, product.url),
    "data-item-description": product.description,
    ...(image ? { "data-item-image": absoluteUrl(site.baseUrl, image) } : {}),
    ...(product.maxQuantity ? { "data-item-max-quantity": String(product.maxQuantity) } : {}),
    ...(product.weight ? { "data-item-weight": String(product.weight) } : {}),
    // The webhook payload and the dashboard carry metadata; the readonly field below is for
    // the order e-mail, which shows custom fields and not metadata.
    "data-item-metadata": JSON.stringify({ merchantSlug: merchant.slug, merchantName: merchant.name }),
  };

  product.options.forEach((option, i) => {
    attributes[`data-item-custom${i + 1}-name`] = option.name;
    attributes[`data-item-custom${i + 1}-options`] = snipcartOptions(option.choices);
  });
  const merchantField = product.options.length + 1;
  attributes[`data-item-custom${merchantField}-name`] = fr.cart.merchantField;
  attributes[`data-item-custom${merchantField}-type`] = "readonly";
  attributes[`data-item-custom${merchantField}-value`] = merchant.name;

  return attributes;
}

interface BuyButtonProps extends BuyContext {
  product: ProductEntry;
  /** In a list, where buttons sit side by side, the spoken name also says which product it adds. */
  named?: boolean;
}

/**
 * The buy button, when the product can be bought online. A product marked unavailable has none:
 * its price tag already says "Épuisé". Without a cart, the page shows how to order instead.
 */
export function BuyButton({ product, named = false, ...context }: BuyButtonProps) {
  if (!sellsOnline(context.cart, context.merchant) || !product.available) return null;
  const button = (
    <button
      type="button"
      class="snipcart-add-item button buy-button"
      data-pagefind-ignore
      {...buyButtonAttributes(product, context)}
    >
      {fr.cart.addToCart}
      {/* Hidden, not an aria-label: the spoken name must start with the words on the button. */}
      {named && <span class="visually-hidden"> : {product.name}</span>}
    </button>
  );
  // TODO: options are chosen in the cart only — a select per option beside the button, setting
  // `data-item-customN-value` (never a price), would let residents choose before adding.
  if (named) return button;
  // On a product page: where the options are chosen, and, in the demo, why no order goes through.
  return (
    <>
      {button}
      {product.options.length > 0 && (
        <p class="muted" data-pagefind-ignore>
          {fr.cart.chooseInCart}
        </p>
      )}
      {context.cart.placeholder && (
        <p class="notice" data-pagefind-ignore>
          {fr.cart.placeholderNotice}
        </p>
      )}
    </>
  );
}

/** The header's cart button; Snipcart fills `.snipcart-items-count` once it has loaded. */
export function CartButton() {
  return (
    <button type="button" class="snipcart-checkout cart-button">
      <svg class="cart-button__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path
          d="M3 4h2l2.4 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 1.9-1.5L21 8H6.2M10 20.5a1 1 0 1 1-2 0 1 1 0 0 1 2 0Zm9 0a1 1 0 1 1-2 0 1 1 0 0 1 2 0Z"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      <span>{fr.cart.open}</span>
      <span class="cart-button__count">
        <span class="snipcart-items-count">0</span>
        <span class="visually-hidden"> {fr.cart.itemsCount}</span>
      </span>
    </button>
  );
}

/**
 * Snipcart's own container, read by its script when it loads. Our loader (src/browser/cart.ts)
 * reads the theme's URLs from it too, so they are written in one place (build/cart.ts).
 */
interface SnipcartContainerProps {
  cart: Cart;
  script: string;
  stylesheet: string;
}

export function SnipcartContainer({ cart, script, stylesheet }: SnipcartContainerProps) {
  return (
    <div
      hidden
      id="snipcart"
      data-api-key={cart.publicApiKey}
      data-config-modal-style="side"
      data-config-add-product-behavior="none"
      data-currency="eur"
      data-comptoir-script={script}
      data-comptoir-stylesheet={stylesheet}
      data-comptoir-load-failed={fr.cart.loadFailed}
      data-comptoir-added={fr.cart.added}
    />
  );
}
