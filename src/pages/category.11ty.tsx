import { Breadcrumb, Layout } from "../components/layout.tsx";
import { MerchantCard } from "../components/merchant-card.tsx";
import type { PageData } from "../components/page.ts";
import type { CategoryEntry } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

type CategoryPage = PageData & { category: CategoryEntry };

export const data = {
  pagination: { data: "comptoir.content.categories", size: 1, alias: "category" },
  permalink: (data: CategoryPage) => data.category.url,
  eleventyExcludeFromCollections: true,
};

export function render(data: CategoryPage) {
  const { category } = data;
  return (
    <Layout data={data} title={category.label} description={category.description}>
      <div class="wrap">
        <Breadcrumb trail={[{ label: fr.nav.home, url: "/" }, { label: category.label }]} />
        <h1>
          <span aria-hidden="true">{category.icon}</span> {category.label}
        </h1>
        <p class="lead">{category.description}</p>
        <p>{fr.category.count(category.merchants.length)}</p>
        {category.merchants.length === 0 ? (
          <p>{fr.category.empty}</p>
        ) : (
          <div class="card-grid">
            {category.merchants.map((merchant) => (
              <MerchantCard merchant={merchant} site={data.comptoir} headingLevel={2} />
            ))}
          </div>
        )}
      </div>
    </Layout>
  );
}
