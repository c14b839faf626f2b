import { formatAddress, MAP_DATA_URL } from "../build/map-data.ts";
import { FLAG_ON, MAP_FILTERS, type ChoiceFilter, type FlagFilter } from "../browser/lib/map-filters.ts";
import { Breadcrumb, Layout } from "../components/layout.tsx";
import { openStreetMapLink } from "../components/links.ts";
import { mapDataAttributes } from "../components/map-settings.ts";
import { categoryLabels } from "../components/merchant-card.tsx";
import type { PageData } from "../components/page.ts";
import { urls, type Content } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: urls.map, eleventyExcludeFromCollections: true };

/**
 * Without JavaScript the page is the list: every merchant with its address and a link to
 * OpenStreetMap. The script (src/browser/map.ts) fills the map and keeps the list in step with
 * it and the filters. The map and filters take their place from the first paint, so the list
 * does not jump down when the script runs (CSS hides them when scripting is off). The list's
 * "Voir sur la carte" buttons stay hidden (CSS) until the script makes them work.
 */
export function render(data: PageData) {
  const { content } = data.comptoir;
  const count = content.merchants.length;

  return (
    <Layout data={data} title={fr.map.title} description={fr.map.intro(count)} scripts={["map"]}>
      <div class="wrap">
        <Breadcrumb trail={[{ label: fr.nav.home, url: urls.home }, { label: fr.map.title }]} />
        <h1>{fr.map.title}</h1>
        <p class="lead">{fr.map.intro(count)}</p>
        <noscript>
          <p>{fr.map.noScript}</p>
        </noscript>
      </div>

      <div class="wrap map-page">
        {/* Fetched by the script as soon as it runs; started here, while the list is still read. */}
        <link rel="preload" href={MAP_DATA_URL} as="fetch" crossorigin="anonymous" />
        <div class="map-page__tools" data-map-tools>
          <Filters content={content} />
          <p class="map-page__locate">
            <button type="button" class="button button--ghost" data-map-locate>
              {fr.map.locate}
            </button>
          </p>
          <p class="map-page__status" role="status" data-map-status></p>
        </div>

        <section
          class="map-page__map"
          id="carte"
          aria-label={fr.map.mapLabel}
          data-map
          data-source={MAP_DATA_URL}
          {...mapDataAttributes(content.site)}
        />

        <section class="map-page__list" aria-labelledby="liste-titre">
          <h2 id="liste-titre" tabIndex={-1}>
            {fr.map.listTitle}
          </h2>
          <p aria-live="polite" data-map-count>
            {fr.map.listAll(count)}
          </p>
          <p hidden data-map-show-all-wrapper>
            <button type="button" class="button button--ghost" data-map-show-all>
              {fr.map.showAll}
            </button>
          </p>
          <ol class="map-list" data-map-list>
            {content.merchants.map((merchant) => (
              <li class="map-list__item" data-slug={merchant.slug}>
                <a class="map-list__name" href={merchant.url}>
                  {merchant.name}
                </a>
                <span class="map-list__meta">
                  {fr.kinds[merchant.kind].one} · {categoryLabels(content, merchant).join(", ")}
                </span>
                <address class="map-list__address">{formatAddress(merchant)}</address>
                <span class="map-list__actions">
                  <a href={openStreetMapLink(merchant)} aria-label={fr.map.openStreetMapFor(merchant.name)}>
                    {fr.map.openStreetMap}
                  </a>
                  <button
                    type="button"
                    class="map-list__centre"
                    data-map-centre
                    aria-label={fr.map.centre(merchant.name)}
                  >
                    {fr.map.centreShort}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Layout>
  );
}

function Filters({ content }: { content: Content }) {
  const choices = MAP_FILTERS.filter((filter): filter is ChoiceFilter => filter.type === "choice");
  const flags = MAP_FILTERS.filter((filter): filter is FlagFilter => filter.type === "flag");
  const groups = [...new Set(flags.map((flag) => flag.group))];

  return (
    <form
      class="map-filters"
      action={urls.map}
      method="get"
      aria-label={fr.map.filtersTitle}
      data-map-filters
    >
      {choices.map((filter) => (
        <p class="map-filters__choice">
          <label for={`filtre-${filter.name}`}>{filter.label}</label>
          <select id={`filtre-${filter.name}`} name={filter.name}>
            <option value="">{filter.anyLabel}</option>
            {filter.options(content).map((option) => (
              <option value={option.value}>{option.label}</option>
            ))}
          </select>
        </p>
      ))}
      {groups.map((group) => (
        <fieldset class="map-filters__flags">
          <legend>{group}</legend>
          {flags
            .filter((flag) => flag.group === group)
            .map((flag) => (
              <label>
                <input type="checkbox" name={flag.name} value={FLAG_ON} /> {flag.label}
              </label>
            ))}
        </fieldset>
      ))}
      <p class="map-filters__buttons">
        {/* Filters apply as they change; this takes the reader to the results. */}
        <button type="submit" class="button">
          {fr.map.showResults}
        </button>
        <button type="reset" class="button button--ghost">
          {fr.map.reset}
        </button>
      </p>
    </form>
  );
}
