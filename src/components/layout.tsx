import type { ComponentChildren } from "preact";
import { SNIPCART_FILES } from "../build/cart.ts";
import { urls } from "../content/model.ts";
import { fr } from "../strings/fr.ts";
import { CartButton, SnipcartContainer } from "./buy-button.tsx";
import { absoluteUrl } from "./links.ts";
import { pageTitle } from "./page-meta.ts";
import type { PageData } from "./page.ts";

interface LayoutProps {
  data: PageData;
  title: string;
  description: string;
  /** Pages left out of search engines (404). */
  noindex?: boolean;
  /** Open Graph picture, an absolute path under the site. */
  image?: string;
  /** Browser bundles this page needs (entries of src/browser/), loaded as modules. */
  scripts?: string[];
  /** Other modules the page's scripts will import, fetched early. */
  modules?: string[];
  children: ComponentChildren;
}

export function Layout({ data, title, description, noindex = false, image, scripts = [], modules = [], children }: LayoutProps) {
  const { site } = data.comptoir.content;
  const isHome = data.page.url === urls.home;
  const fullTitle = isHome ? `${site.name} · ${site.town}` : pageTitle(title, site.name);
  const canonical = absoluteUrl(site.baseUrl, data.page.url);
  const { cart } = data.comptoir;
  // The cart's loader is small; it fetches Snipcart itself only when a visitor reaches for it.
  const bundles = [...scripts, ...(cart ? ["cart"] : [])].map((name) => data.comptoir.bundles.get(name));

  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={canonical} />}
        <meta property="og:type" content="website" />
        <meta property="og:locale" content="fr_FR" />
        <meta property="og:site_name" content={site.name} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        {image && <meta property="og:image" content={absoluteUrl(site.baseUrl, image)} />}
        <meta name="theme-color" content="#a3213a" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/styles.css" />
        {bundles.map((bundle) => bundle.css && <link rel="stylesheet" href={bundle.css} />)}
        {[...new Set([...bundles.flatMap((bundle) => bundle.preload), ...modules])].map((href) => (
          <link rel="modulepreload" href={href} />
        ))}
        {bundles.map((bundle) => (
          <script type="module" src={bundle.js} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#contenu">
          {fr.skipToContent}
        </a>
        <ContentProblems problems={data.comptoir.problems} />
        <Header data={data} />
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <Footer data={data} />
        {cart && <SnipcartContainer cart={cart} {...SNIPCART_FILES} />}
      </body>
    </html>
  );
}

function Header({ data }: { data: PageData }) {
  const { site } = data.comptoir.content;
  const current = (url: string) => (data.page.url === url ? { "aria-current": "page" as const } : {});
  return (
    <header class="site-header">
      <div class="wrap site-header__inner">
        <a class="brand" href={urls.home} {...current(urls.home)}>
          <img src="/assets/icon.svg" alt="" width={32} height={32} />
          <span>{site.name}</span>
        </a>
        <nav aria-label={fr.nav.label}>
          <ul class="nav">
            <li>
              <a href={urls.merchants} {...current(urls.merchants)}>
                {fr.nav.merchants}
              </a>
            </li>
            <li>
              <a href={urls.map} {...current(urls.map)}>
                {fr.nav.map}
              </a>
            </li>
            <li>
              <a href={urls.search} {...current(urls.search)}>
                {fr.nav.search}
              </a>
            </li>
          </ul>
        </nav>
        {data.comptoir.cart && <CartButton />}
      </div>
    </header>
  );
}

function Footer({ data }: { data: PageData }) {
  const { site } = data.comptoir.content;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p>
          <strong>{site.name}</strong> · {site.town}. {fr.footer.madeWith}
        </p>
        <ul class="footer-links">
          <li>
            <a href={urls.about}>{fr.footer.about}</a>
          </li>
          <li>
            <a href={urls.ordering}>{fr.cart.howItWorks}</a>
          </li>
          <li>
            <a href={urls.legal}>{fr.footer.legal}</a>
          </li>
          <li>
            <a href={`mailto:${site.contact.email}`}>{fr.footer.contact}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}

export function Breadcrumb({ trail }: { trail: { label: string; url?: string }[] }) {
  return (
    <nav aria-label="Fil d'Ariane" class="breadcrumb" data-pagefind-ignore>
      <ol>
        {trail.map((step) => (
          <li>{step.url ? <a href={step.url}>{step.label}</a> : <span aria-current="page">{step.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

/** Only while the dev server runs with content errors: what to fix, on every page. */
function ContentProblems({ problems }: { problems: PageData["comptoir"]["problems"] }) {
  if (problems.length === 0) return null;
  return (
    <div class="content-problems" role="alert">
      <p>
        <strong>{fr.devProblems.title(problems.length)}</strong> {fr.devProblems.explanation}
      </p>
      <ul>
        {problems.map((problem) => (
          <li>
            <code>
              {problem.file}:{problem.line}:{problem.column}
            </code>{" "}
            {problem.field && <code>{problem.field}</code>} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
