import { Breadcrumb, Layout } from "../components/layout.tsx";
import { MerchantCard } from "../components/merchant-card.tsx";
import type { PageData } from "../components/page.ts";
import { urls, type CategoryPage } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

type Page = PageData & { categoryPage: CategoryPage };

export const data = {
  pagination: { data: "comptoir.content.categoryPages", size: 1, alias: "categoryPage" },
  permalink: (data: Page) => data.categoryPage.url,
  eleventyExcludeFromCollections: true,
};

export function render(data: Page) {
  const { category, number, pageCount, merchants } = data.categoryPage;
  const title = pageCount > 1 ? `${category.label} (page ${number} sur ${pageCount})` : category.label;
  const description = pageCount > 1 ? `${category.description} (page ${number} sur ${pageCount})` : category.description;
  return (
    <Layout data={data} title={title} description={description}>
      <div class="wrap">
        <Breadcrumb trail={[{ label: fr.nav.home, url: "/" }, { label: category.label }]} />
        <h1>
          <span aria-hidden="true">{category.icon}</span> {category.label}
        </h1>
        <p class="lead">{category.description}</p>
        <p>{fr.category.count(category.merchants.length)}</p>
        {merchants.length === 0 ? (
          <p>{fr.category.empty}</p>
        ) : (
          <div class="card-grid">
            {merchants.map((merchant) => (
              <MerchantCard merchant={merchant} site={data.comptoir} headingLevel={2} />
            ))}
          </div>
        )}
        {pageCount > 1 && (
          <nav class="pager" aria-label={fr.category.pages}>
            <ul>
              {Array.from({ length: pageCount }, (_, i) => (
                <li>
                  {i + 1 === number ? (
                    <span aria-current="page">{i + 1}</span>
                  ) : (
                    <a href={urls.category(category.slug, i + 1)}>{i + 1}</a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </Layout>
  );
}
