import { Breadcrumb, Layout } from "../components/layout.tsx";
import { categoryLabels } from "../components/merchant-card.tsx";
import type { PageData } from "../components/page.ts";
import { urls, type Merchant } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: urls.merchants, eleventyExcludeFromCollections: true };

/** `Épicerie` files under E, `123 Vélo` under #. */
function initial(name: string): string {
  const letter = name.normalize("NFD").replace(/\p{Diacritic}/gu, "").charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : "#";
}

export function render(data: PageData) {
  const { content } = data.comptoir;
  const groups = new Map<string, Merchant[]>();
  for (const merchant of content.merchants) {
    const letter = initial(merchant.name);
    groups.set(letter, [...(groups.get(letter) ?? []), merchant]);
  }

  return (
    <Layout data={data} title={fr.merchants.title} description={fr.merchants.intro(content.merchants.length)}>
      <div class="wrap">
        <Breadcrumb trail={[{ label: fr.nav.home, url: urls.home }, { label: fr.merchants.title }]} />
        <h1>{fr.merchants.title}</h1>
        <p class="lead">{fr.merchants.intro(content.merchants.length)}</p>
        <nav aria-label={fr.merchants.letters}>
          <ul class="letters">
            {[...groups.keys()].map((letter) => (
              <li>
                <a href={`#lettre-${letter === "#" ? "autres" : letter}`}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
        {[...groups].map(([letter, merchants]) => (
          <section aria-labelledby={`lettre-${letter === "#" ? "autres" : letter}`}>
            <h2 id={`lettre-${letter === "#" ? "autres" : letter}`} class="letter-heading">
              {letter}
            </h2>
            <ul class="az-list">
              {merchants.map((merchant) => (
                <li>
                  <a href={merchant.url}>{merchant.name}</a>
                  <span class="az-list__meta">
                    {fr.kinds[merchant.kind].one} · {categoryLabels(content, merchant).join(", ")}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}
