import type { Content, Merchant } from "../content/model.ts";
import { fr } from "../strings/fr.ts";
import type { SiteData } from "../build/site-data.ts";
import type { Cart } from "../build/cart.ts";
import { sellsOnline } from "./buy-button.tsx";
import { Picture } from "./picture.tsx";

export function categoryLabels(content: Content, merchant: Merchant): string[] {
  return merchant.categories.flatMap((slug) => content.categoriesBySlug.get(slug)?.label ?? []);
}

/** A merchant in a list: enough to recognise it and decide to open it. */
export function MerchantCard({ merchant, site, headingLevel = 3 }: { merchant: Merchant; site: SiteData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const photo = merchant.photos[0];
  return (
    <article class="card">
      {photo && (
        <Picture
          class="card__picture"
          metadata={site.pictures.get(merchant.absoluteFolder, photo.src, "photo")}
          alt=""
          sizes="(min-width: 40rem) 20rem, 100vw"
        />
      )}
      <div class="card__body">
        <Heading class="card__title">
          <a href={merchant.url}>{merchant.name}</a>
        </Heading>
        <p class="card__meta">
          {fr.kinds[merchant.kind].one} · {categoryLabels(site.content, merchant).join(", ")}
        </p>
        <p class="card__summary">{merchant.summary}</p>
        <ServiceTags merchant={merchant} cart={site.cart} />
      </div>
    </article>
  );
}

/** Online ordering is only offered where this build has a cart. */
export function ServiceTags({ merchant, cart }: { merchant: Merchant; cart: Cart | null }) {
  const { services } = merchant;
  const tags: string[] = [];
  if (sellsOnline(cart, merchant)) tags.push(fr.merchant.onlineOrdering);
  if (services.clickAndCollect) tags.push(fr.merchant.clickAndCollect);
  if (services.delivery) tags.push(fr.merchant.delivery);
  if (tags.length === 0) return null;
  return (
    <ul class="tags" aria-label={fr.merchant.services}>
      {tags.map((tag) => (
        <li>{tag}</li>
      ))}
    </ul>
  );
}
