import { Breadcrumb, Layout } from "../components/layout.tsx";
import type { PageData } from "../components/page.ts";
import { urls } from "../content/model.ts";
import { bundleScript } from "../search/bundles.ts";
import { SEARCH_FILTERS } from "../search/filters.ts";
import { MAP_DATA_URL } from "../build/map-data.ts";
import { OPEN_NOW_PARAMETER } from "../browser/lib/open-now.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: urls.search, eleventyExcludeFromCollections: true };

/**
 * The search page. Without JavaScript it is a form that explains search needs JavaScript and
 * points to the A–Z list and the categories; src/browser/search.ts runs the search, from `?q=`
 * and the filter parameters, and keeps the address in step.
 */
export function render(data: PageData) {
  const { content } = data.comptoir;

  return (
    <Layout
      data={data}
      title={fr.search.title}
      description={fr.search.intro}
      scripts={["search"]}
      // Pagefind's script: the page imports it as soon as it is idle, or at once for a query in the address.
      modules={[bundleScript("relevance")]}
    >
      <div class="wrap search-page">
        <Breadcrumb trail={[{ label: fr.nav.home, url: urls.home }, { label: fr.search.title }]} />
        <h1>{fr.search.title}</h1>
        <p class="lead">{fr.search.intro}</p>

        <form class="search-form" action={urls.search} method="get" role="search" data-search-form>
          <label for="recherche">{fr.search.label}</label>
          <div class="search-form__row">
            <input id="recherche" type="search" name="q" placeholder={fr.search.placeholder} autocomplete="off" />
            <button type="submit">{fr.search.button}</button>
          </div>

          <details class="search-controls" data-search-controls hidden>
            <summary>{fr.search.filtersTitle}</summary>
            {SEARCH_FILTERS.map((filter) => (
              <fieldset class="search-filter" data-search-filter={filter.name}>
                <legend>{filter.legend}</legend>
                {filter.options(content).map((value) => (
                  <label class="search-filter__option">
                    <input type="checkbox" name={filter.name} value={value} /> {value}
                  </label>
                ))}
              </fieldset>
            ))}
            <fieldset class="search-filter">
              <legend>{fr.hours.title}</legend>
              <label class="search-filter__option">
                <input type="checkbox" name={OPEN_NOW_PARAMETER} value="oui" data-search-open-now={MAP_DATA_URL} /> {fr.hours.openNow}
              </label>
            </fieldset>
            <p class="search-sort">
              <label for="tri">{fr.search.sortLabel}</label>{" "}
              <select id="tri" name="tri">
                <option value="">{fr.search.sortRelevance}</option>
                <option value="nom">{fr.search.sortName}</option>
              </select>
            </p>
          </details>
        </form>

        <noscript>
          <p class="notice">
            {fr.search.noScript} <Elsewhere />.
          </p>
        </noscript>

        <p class="search-status" role="status" aria-live="polite" data-search-status></p>
        {/* Shown by the script when nothing is found. */}
        <p data-search-elsewhere hidden>
          {fr.search.browseInstead} <Elsewhere />.
        </p>
        <ol class="search-results" data-search-results></ol>
        <p>
          <button type="button" class="button button--ghost" data-search-more hidden>
            {fr.search.more}
          </button>
        </p>
      </div>
    </Layout>
  );
}

/** Where to look without search: the A–Z list and the categories. */
function Elsewhere() {
  return (
    <>
      <a href={urls.merchants}>{fr.search.noScriptList}</a> {fr.search.noScriptOr}{" "}
      <a href={`${urls.home}#categories-titre`}>{fr.search.noScriptCategories}</a>
    </>
  );
}
