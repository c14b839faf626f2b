/**
 * What Pagefind records about a merchant's page beside its visible text: filters, the fields a
 * result shows, a sort key, keywords, and copies of the texts with ligatures spelled out.
 * Rendered inside the page's `data-pagefind-body`, hidden from everyone. Products are sections
 * of that page (see search/anchors.ts), each with its own hidden text; the sort key is apart.
 */
import type { SiteData } from "../build/site-data.ts";
import type { Merchant, ProductEntry } from "../content/model.ts";
import { SEARCH_FILTERS } from "../search/filters.ts";
import { expandLigatures, fold } from "../search/text.ts";
import { fr } from "../strings/fr.ts";
import { OPEN_NOW_FILTER } from "../browser/lib/open-now.ts";

export function MerchantSearchRecord({ merchant, site }: { merchant: Merchant; site: SiteData }) {
  const { content } = site;
  const filters = SEARCH_FILTERS.map((filter) => [filter, filter.valuesOf(merchant, content)] as const);
  const categories = filters.find(([filter]) => filter.name === "categorie")?.[1] ?? [];
  const image = coverImage(site, merchant);
  const meta: Record<string, string> = {
    kind: fr.kinds[merchant.kind].one,
    category: categories.join(", "),
    ...(image ? { image } : {}),
  };
  // "livraison" finds the merchants that deliver: the page says so only in its ignored side column.
  const filterWords = filters.flatMap(([filter, values]) => (filter.searchable ? values : []));
  const hiddenWords = [...merchant.keywords, ...filterWords, ...spelledOut([merchant.name, merchant.summary, ...merchant.keywords])];

  return (
    <>
      {/* Ignored as text, still read for filters and metadata. */}
      <div hidden data-pagefind-ignore>
        {filters.map(([filter, values]) => values.map((value) => <span data-pagefind-filter={filter.name}>{value}</span>))}
        {Object.entries(meta).map(([key, value]) => (
          <span data-pagefind-meta={key}>{value}</span>
        ))}
        {/* Lets search keep only the merchants open now (src/browser/lib/open-now.ts). */}
        <span data-pagefind-filter={OPEN_NOW_FILTER}>{merchant.slug}</span>
      </div>
      {/* Indexed, never shown: keywords, services ("livraison"), "oeufs" for "Œufs". */}
      {hiddenWords.length > 0 && <p hidden>{hiddenWords.join(" · ")}</p>}
    </>
  );
}

/**
 * The key of the name sort, outside the page's `data-pagefind-body`: only the bundle that
 * sorts by name reads it (see search/bundles.ts).
 */
export function MerchantSortKey({ merchant }: { merchant: Merchant }) {
  return (
    <div hidden>
      <span data-pagefind-sort="name">{fold(merchant.name)}</span>
    </div>
  );
}

/**
 * What search finds of a product beyond its row's visible name, unit and price: its
 * description, and its texts with ligatures spelled out. Indexed, never shown.
 */
export function ProductSearchText({ product }: { product: ProductEntry }) {
  return <p hidden>{[product.description, ...spelledOut([product.name, product.description])].join(" · ")}</p>;
}

/** "Œufs frais" → "Oeufs frais", for the texts that change; residents type "oeufs". */
function spelledOut(texts: string[]): string[] {
  return texts.map(expandLigatures).filter((text) => !texts.includes(text));
}

/** The smallest file of the merchant's first photo, or of its logo: a result's thumbnail. */
function coverImage(site: SiteData, merchant: Merchant): string | undefined {
  const picture = merchant.photos[0] ?? merchant.logo;
  if (!picture) return undefined;
  const metadata = site.pictures.get(merchant.absoluteFolder, picture.src, merchant.photos[0] ? "photo" : "logo");
  return (metadata.webp ?? metadata.jpeg)?.[0]?.url;
}
