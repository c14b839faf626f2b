import { Layout } from "../components/layout.tsx";
import type { PageData } from "../components/page.ts";
import { urls } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(data: PageData) {
  return (
    <Layout data={data} title={fr.notFound.title} description={fr.notFound.text} noindex>
      <div class="wrap prose">
        <h1>{fr.notFound.title}</h1>
        <p class="lead">{fr.notFound.text}</p>
        <form class="search-form" action={urls.search} method="get" role="search">
          <label for="recherche-404">{fr.home.searchLabel}</label>
          <div class="search-form__row">
            <input id="recherche-404" type="search" name="q" placeholder={fr.home.searchPlaceholder} />
            <button type="submit">{fr.home.searchButton}</button>
          </div>
        </form>
        <p>
          <a href={urls.home}>{fr.notFound.back}</a> · <a href={urls.merchants}>{fr.nav.merchants}</a>
        </p>
      </div>
    </Layout>
  );
}
