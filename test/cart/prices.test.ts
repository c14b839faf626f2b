/**
 * A price as a volunteer writes it in products.yaml, through the product schema, to what the
 * page shows and what the buy button tells Snipcart; or the message the volunteer reads.
 */
import path from "node:path";
import { h } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { beforeAll, describe, expect, test } from "vitest";
import type { Cart } from "../../src/build/cart.ts";
import { Pictures } from "../../src/build/pictures.ts";
import { BuyButton } from "../../src/components/buy-button.tsx";
import { PriceTag } from "../../src/components/product-list.tsx";
import { loadContent } from "../../src/content/load.ts";
import type { Content, ProductEntry } from "../../src/content/model.ts";
import { productSchema } from "../../src/content/schema/product.ts";
import { PROJECT_ROOT } from "../support/build.ts";

const CART: Cart = { publicApiKey: "test-key", placeholder: false, source: "site.yaml" };

let content: Content;

beforeAll(async () => {
  const loaded = await loadContent(path.join(PROJECT_ROOT, "test/fixtures/cart-town/content"));
  if (!loaded.content) throw new Error("The cart-town fixture does not load");
  content = loaded.content;
});

function render(price: unknown): { shown: string; button: string | undefined } | { error: string } {
  const parsed = productSchema.safeParse({ id: "fraises", name: "Fraises", description: "Du jour.", unit: "la barquette", price });
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join("; ") };

  const merchant = content.merchants.find((candidate) => candidate.services.onlineOrdering)!;
  const product: ProductEntry = { ...parsed.data, merchantSlug: merchant.slug, key: `${merchant.slug}--fraises`, url: "/x/" };
  const context = { cart: CART, site: content.site, pictures: new Pictures(new Map()), merchant };
  const tag = renderToStaticMarkup(h(PriceTag, { product }));
  const button = renderToStaticMarkup(h(BuyButton, { product, ...context }));
  return {
    shown: /<span class="price__amount">([^<]*)<\/span>/.exec(tag)?.[1]?.replace(/\u202f|\u00a0/g, " ") ?? "",
    button: /data-item-price="([^"]*)"/.exec(button)?.[1],
  };
}

describe("a price from products.yaml, on the page and on the buy button", () => {
  test.each([
    [3.5, "3,50 €", "3.50"],
    ["3,50", "3,50 €", "3.50"],
    ["3,50 €", "3,50 €", "3.50"],
    [12, "12,00 €", "12.00"],
    ["0,05", "0,05 €", "0.05"],
    ["1 250", "1 250,00 €", "1250.00"],
  ])("%j is shown as %s and sent to Snipcart as %s", (input, shown, button) => {
    expect(render(input)).toEqual({ shown, button });
  });

  test.each([
    ["", "le prix est vide : indiquez un montant en euros (exemple : 3,50)"],
    [null, "le prix est vide : indiquez un montant en euros (exemple : 3,50)"],
    [0, "le prix vaut zéro : indiquez le vrai prix, ou retirez le produit (exemple : 3,50)"],
    ["0,00", "le prix vaut zéro : indiquez le vrai prix, ou retirez le produit (exemple : 3,50)"],
    [-3.5, "« -3.5 » : un prix ne peut pas être négatif (exemple : 3,50)"],
    ["-3,50 €", "« -3,50 € » : un prix ne peut pas être négatif (exemple : 3,50)"],
  ])("%j is refused with « %s »", (input, error) => {
    expect(render(input)).toEqual({ error });
  });
});
