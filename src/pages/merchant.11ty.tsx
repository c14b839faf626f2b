import { Breadcrumb, Layout } from "../components/layout.tsx";
import { renderMarkdown } from "../components/markdown.ts";
import { ContactBlock, HowToOrder, ServicesBlock } from "../components/merchant-details.tsx";
import type { PageData } from "../components/page.ts";
import { Picture } from "../components/picture.tsx";
import { ProductList } from "../components/product-list.tsx";
import { sellsOnline } from "../components/buy-button.tsx";
import { MerchantSearchRecord, MerchantSortKey } from "../components/search-record.tsx";
import { MerchantMap } from "../components/merchant-map.tsx";
import { OpeningHours } from "../components/opening-hours.tsx";
import { merchantStructuredData, structuredDataScript } from "../components/structured-data.ts";
import { urls, type Merchant } from "../content/model.ts";
import { PRODUCTS_HEADING } from "../search/anchors.ts";
import { fr } from "../strings/fr.ts";

type MerchantPage = PageData & { merchant: Merchant };

export const data = {
  pagination: { data: "comptoir.listings.merchants", size: 1, alias: "merchant" },
  permalink: (data: MerchantPage) => data.merchant.url,
  eleventyExcludeFromCollections: true,
};

export function render(data: MerchantPage) {
  const { merchant, comptoir } = data;
  const { content, pictures } = comptoir;
  const [cover, ...morePhotos] = merchant.photos;
  const firstCategory = content.categoriesBySlug.get(merchant.categories[0] ?? "");

  return (
    <Layout
      data={data}
      title={merchant.name}
      description={merchant.summary}
      scripts={["merchant-map", "hours"]}
      {...(cover ? { image: pictures.get(merchant.absoluteFolder, cover.src, "photo").jpeg?.at(-1)?.url ?? "" } : {})}
    >
      <div class="wrap" data-pagefind-body>
        <Breadcrumb
          trail={[
            { label: fr.nav.home, url: urls.home },
            ...(firstCategory ? [{ label: firstCategory.label, url: firstCategory.url }] : []),
            { label: merchant.name },
          ]}
        />
        <header class="merchant-header">
          {merchant.logo && (
            <Picture
              class="merchant-header__logo"
              metadata={pictures.get(merchant.absoluteFolder, merchant.logo.src, "logo")}
              alt={merchant.logo.alt}
              sizes="5rem"
              eager
            />
          )}
          <div>
            <h1>{merchant.name}</h1>
            <p class="merchant-header__meta">
              {fr.kinds[merchant.kind].one} ·{" "}
              {merchant.categories.map((slug, i) => {
                const category = content.categoriesBySlug.get(slug);
                return category ? (
                  <>
                    {i > 0 && ", "}
                    <a href={category.url}>{category.label}</a>
                  </>
                ) : null;
              })}
            </p>
          </div>
        </header>
        <p class="lead">{merchant.summary}</p>
        <MerchantSearchRecord merchant={merchant} site={comptoir} />

        <div class="merchant-layout">
          <div class="merchant-layout__main">
            {cover && (
              <Picture
                class="cover"
                metadata={pictures.get(merchant.absoluteFolder, cover.src, "photo")}
                alt={cover.alt}
                sizes="(min-width: 60rem) 38rem, 100vw"
                eager
              />
            )}
            <div class="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(merchant.body) }} />

            <section aria-labelledby={PRODUCTS_HEADING}>
              <h2 id={PRODUCTS_HEADING}>{fr.merchant.products}</h2>
              {merchant.products.length > 0 ? (
                <ProductList merchant={merchant} site={comptoir} />
              ) : (
                <p>{fr.merchant.noProducts}</p>
              )}
              {!sellsOnline(comptoir.cart, merchant) && merchant.products.some((product) => product.available) && (
                <HowToOrder merchant={merchant} />
              )}
            </section>

            {morePhotos.length > 0 && (
              <section aria-labelledby="photos-titre">
                <h2 id="photos-titre">{fr.merchant.photos}</h2>
                <div class="gallery">
                  {morePhotos.map((photo) => (
                    <Picture
                      metadata={pictures.get(merchant.absoluteFolder, photo.src, "photo")}
                      alt={photo.alt}
                      sizes="(min-width: 40rem) 20rem, 100vw"
                    />
                  ))}
                </div>
              </section>
            )}
          </div>
          <aside class="merchant-layout__side" data-pagefind-ignore aria-label={`${fr.merchant.contact} et ${fr.merchant.services.toLowerCase()}`}>
            <OpeningHours merchant={merchant} />
            <ContactBlock merchant={merchant} />
            <MerchantMap merchant={merchant} site={content.site} icon={firstCategory?.icon ?? "📍"} />
            <ServicesBlock merchant={merchant} cart={comptoir.cart} />
          </aside>
        </div>
      </div>
      <MerchantSortKey merchant={merchant} />
      {structuredDataScript(merchantStructuredData(merchant, comptoir))}
    </Layout>
  );
}
