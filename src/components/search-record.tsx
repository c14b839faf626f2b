/**
 * What Pagefind records about a merchant or product page, beside the page's visible text:
 * filters, the fields a result shows, a sort key, keywords, and a copy of the texts with
 * ligatures spelled out. Rendered inside the page's `data-pagefind-body`, hidden from everyone.
 */
import type { SiteData } from "../build/site-data.ts";
import type { Merchant, ProductEntry } from "../content/model.ts";
import { formatPrice } from "../content/normalise/price.ts";
import { expandLigatures, fold, SEARCH_FILTERS } from "../search/filters.ts";
import { fr } from "../strings/fr.ts";
import type { PictureRole } from "../build/pictures.ts";
import { OPEN_NOW_FILTER } from "../browser/lib/open-now.ts";

export type SearchRecordType = "merchant" | "product";

interface RecordProps {
  type: SearchRecordType;
  name: string;
  merchant: Merchant;
  site: SiteData;
  image: string | undefined;
  extraMeta?: Record<string, string>;
  /** Words residents type that the page does not show. */
  keywords: string[];
  /** The page's own texts, for the copy with ligatures spelled out. */
  texts: string[];
}

function SearchRecord({ type, name, merchant, site, image, extraMeta = {}, keywords, texts }: RecordProps) {
  const { content } = site;
  const filters = SEARCH_FILTERS.map(
    (filter) => [filter.name, filter.valuesOf(merchant, content), filter.searchable] as const,
  );
  const categories = filters.find(([filterName]) => filterName === "categorie")?.[1] ?? [];
  const meta: Record<string, string> = {
    type,
    kind: fr.kinds[merchant.kind].one,
    category: categories.join(", "),
    ...(image ? { image } : {}),
    ...extraMeta,
  };
  // On merchant pages only: "livraison" should list the merchants that deliver, not each of their products.
  const filterWords =
    type === "merchant" ? filters.flatMap(([, values, searchable]) => (searchable ? values : [])) : [];
  const spelledOut = [name, ...texts, ...keywords]
    .map(expandLigatures)
    .filter((text) => !(name === text || texts.includes(text) || keywords.includes(text)));
  const hiddenWords = [...keywords, ...filterWords, ...spelledOut];

  return (
    <>
      {/* Ignored as text, still read for filters, metadata and sorting. */}
      <div hidden data-pagefind-ignore>
        {filters.map(([filterName, values]) =>
          values.map((value) => <span data-pagefind-filter={filterName}>{value}</span>),
        )}
        {Object.entries(meta).map(([key, value]) => (
          <span data-pagefind-meta={key}>{value}</span>
        ))}
        <span data-pagefind-sort="name">{fold(name)}</span>
        {/* Lets search keep only the merchants open now (src/browser/lib/open-now.ts). */}
        <span data-pagefind-filter={OPEN_NOW_FILTER}>{merchant.slug}</span>
      </div>
      {/* Indexed, never shown: keywords, services ("livraison"), "oeufs" for "Œufs". */}
      {hiddenWords.length > 0 && <p hidden>{hiddenWords.join(" · ")}</p>}
    </>
  );
}

function smallestImage(site: SiteData, merchant: Merchant, src: string, role: PictureRole): string | undefined {
  const metadata = site.pictures.get(merchant.absoluteFolder, src, role);
  return (metadata.webp ?? metadata.jpeg)?.[0]?.url;
}

function merchantImage(site: SiteData, merchant: Merchant): string | undefined {
  const cover = merchant.photos[0];
  if (cover) return smallestImage(site, merchant, cover.src, "photo");
  return merchant.logo && smallestImage(site, merchant, merchant.logo.src, "logo");
}

export function MerchantSearchRecord({ merchant, site }: { merchant: Merchant; site: SiteData }) {
  return (
    <SearchRecord
      type="merchant"
      name={merchant.name}
      merchant={merchant}
      site={site}
      image={merchantImage(site, merchant)}
      keywords={merchant.keywords}
      texts={[merchant.summary]}
    />
  );
}

export function ProductSearchRecord({ product, merchant, site }: { product: ProductEntry; merchant: Merchant; site: SiteData }) {
  return (
    <SearchRecord
      type="product"
      name={product.name}
      merchant={merchant}
      site={site}
      image={product.photo ? smallestImage(site, merchant, product.photo.src, "product") : merchantImage(site, merchant)}
      extraMeta={{ merchant: merchant.name, price: formatPrice(product.price) }}
      keywords={[]}
      texts={[product.description]}
    />
  );
}
