import { Breadcrumb, Layout } from "../components/layout.tsx";
import type { PageData } from "../components/page.ts";
import { PhoneLink } from "../components/phone-link.tsx";
import { urls } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: urls.about, eleventyExcludeFromCollections: true };

export function render(data: PageData) {
  const { site, merchants, products, categories } = data.comptoir.content;
  return (
    <Layout data={data} title={fr.footer.about} description={`Qui fait ${site.name}, et comment y faire figurer un commerce de ${site.town}.`}>
      <div class="wrap prose">
        <Breadcrumb trail={[{ label: fr.nav.home, url: urls.home }, { label: fr.footer.about }]} />
        <h1>À propos de {site.name}</h1>
        <p class="lead">
          {site.name} rassemble en un seul endroit les commerces, producteurs, artisans et créateurs de {site.town} :{" "}
          {merchants.length} fiches, {products.length} produits, {categories.length} catégories.
        </p>
        <h2>D'où vient ce site</h2>
        <p>
          En novembre 2020, pendant le deuxième confinement, un collectif d'entrepreneurs d'un espace de coworking de
          Plougastel-Daoulas a mis en ligne en deux semaines une plateforme pour que les commerces de la commune
          continuent de vendre. Ce site en est la suite : un logiciel libre, que chaque commune peut reprendre.
        </p>
        <h2>Comment il fonctionne</h2>
        <ul>
          <li>Chaque commerçant a sa fiche : adresse, contact, services, moyens de paiement et produits.</li>
          <li>Les fiches sont tenues par des bénévoles et les commerçants eux-mêmes, et relues avant publication.</li>
          <li>Le site ne dépose aucun cookie publicitaire et ne suit pas ses visiteurs.</li>
        </ul>
        <h2>Ajouter ou corriger un commerce</h2>
        <p>
          Vous tenez un commerce à {site.town}, ou une information est inexacte ? Écrivez-nous à{" "}
          <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a>
          {site.contact.phone && (
            <>
              {" "}ou appelez le <PhoneLink phone={site.contact.phone} />
            </>
          )}
          . L'inscription est gratuite.
        </p>
      </div>
    </Layout>
  );
}
