import { MerchantCard } from "../components/merchant-card.tsx";
import { Layout } from "../components/layout.tsx";
import type { PageData } from "../components/page.ts";
import { urls } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: "/index.html", eleventyExcludeFromCollections: true };

/** A handful of merchants that change with the content, spread over the alphabet. */
const FEATURED = 6;

export function render(data: PageData) {
  const { content } = data.comptoir;
  const step = Math.max(1, Math.floor(content.merchants.length / FEATURED));
  const featured = content.merchants.filter((_, i) => i % step === 0).slice(0, FEATURED);

  return (
    <Layout data={data} title={content.site.name} description={content.site.tagline}>
      <section class="hero">
        <div class="wrap">
          <h1>{content.site.name}</h1>
          <p class="lead">{content.site.tagline}</p>
          <form class="search-form" action={urls.search} method="get" role="search">
            <label for="recherche-accueil">{fr.home.searchLabel}</label>
            <div class="search-form__row">
              <input id="recherche-accueil" type="search" name="q" placeholder={fr.home.searchPlaceholder} autocomplete="off" />
              <button type="submit">{fr.home.searchButton}</button>
            </div>
          </form>
          <p>
            <a class="button button--ghost" href={urls.map}>
              {fr.home.mapTeaser}
            </a>
          </p>
        </div>
      </section>

      <section class="wrap" aria-labelledby="categories-titre">
        <h2 id="categories-titre">{fr.home.categoriesTitle}</h2>
        <ul class="category-grid">
          {content.categories.map((category) => (
            <li>
              <a class="category-tile" href={category.url}>
                <span class="category-tile__icon" aria-hidden="true">
                  {category.icon}
                </span>
                <span class="category-tile__label">{category.label}</span>
                <span class="category-tile__count">{fr.category.count(category.merchants.length)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section class="wrap" aria-labelledby="selection-titre">
        <h2 id="selection-titre">{fr.home.featuredTitle}</h2>
        <div class="card-grid">
          {featured.map((merchant) => (
            <MerchantCard merchant={merchant} site={data.comptoir} />
          ))}
        </div>
        <p>
          <a href={urls.merchants}>{fr.home.allMerchants}</a>
        </p>
      </section>
    </Layout>
  );
}
