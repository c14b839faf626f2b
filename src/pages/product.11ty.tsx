import { BuyButton, sellsOnline } from "../components/buy-button.tsx";
import { Breadcrumb, Layout } from "../components/layout.tsx";
import { HowToOrder } from "../components/merchant-details.tsx";
import type { PageData } from "../components/page.ts";
import { Picture } from "../components/picture.tsx";
import { PriceTag } from "../components/product-list.tsx";
import { shortDescription } from "../components/page-meta.ts";
import { productStructuredData, structuredDataScript } from "../components/structured-data.ts";
import { urls, type ProductEntry } from "../content/model.ts";
import { formatPrice } from "../content/normalise/price.ts";
import { fr } from "../strings/fr.ts";

type ProductPage = PageData & { product: ProductEntry };

export const data = {
  pagination: { data: "comptoir.listings.products", size: 1, alias: "product" },
  permalink: (data: ProductPage) => data.product.url,
  eleventyExcludeFromCollections: true,
};

function signed(cents: number): string {
  return `${cents > 0 ? "+" : "−"}${formatPrice(Math.abs(cents))}`;
}

export function render(data: ProductPage) {
  const { product, comptoir } = data;
  const merchant = comptoir.content.merchantsBySlug.get(product.merchantSlug);
  if (!merchant) throw new Error(`Product ${product.key} has no published merchant`);
  const picture = product.photo && comptoir.pictures.get(merchant.absoluteFolder, product.photo.src, "product");

  return (
    <Layout
      data={data}
      title={`${product.name} · ${merchant.name}`}
      description={shortDescription(`${product.name}, ${product.unit}, ${formatPrice(product.price)} chez ${merchant.name}. ${product.description}`)}
      {...(picture ? { image: picture.jpeg?.at(-1)?.url ?? "" } : {})}
    >
      <div class="wrap">
        <Breadcrumb
          trail={[
            { label: fr.nav.home, url: urls.home },
            { label: merchant.name, url: merchant.url },
            { label: product.name },
          ]}
        />
        <div class="product-layout">
          {picture && product.photo && (
            <Picture class="product-layout__picture" metadata={picture} alt={product.photo.alt} sizes="(min-width: 48rem) 24rem, 100vw" eager />
          )}
          <div>
            <h1>{product.name}</h1>
            <p class="product-layout__merchant">
              {fr.product.soldBy} <a href={merchant.url}>{merchant.name}</a>
            </p>
            <p class="product-layout__unit">{product.unit}</p>
            <PriceTag product={product} />
            <p>{product.description}</p>
            {product.options.map((option) => (
              <div class="option">
                <h2 class="option__name">{option.name}</h2>
                <ul>
                  {option.choices.map((choice) => (
                    <li>
                      {choice.label}
                      {choice.priceChange ? ` (${signed(choice.priceChange)})` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <BuyButton
              product={product}
              merchant={merchant}
              cart={comptoir.cart}
              site={comptoir.content.site}
              pictures={comptoir.pictures}
            />
            {product.available && !sellsOnline(comptoir.cart, merchant) && (
              <HowToOrder merchant={merchant} />
            )}
          </div>
        </div>
      </div>
      {structuredDataScript(productStructuredData(product, merchant, comptoir))}
    </Layout>
  );
}
