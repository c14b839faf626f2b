import { Breadcrumb, Layout } from "../components/layout.tsx";
import type { PageData } from "../components/page.ts";
import { PhoneLink } from "../components/phone-link.tsx";
import { urls } from "../content/model.ts";
import type { Site } from "../content/schema/site.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: urls.legal, eleventyExcludeFromCollections: true };

function Organisation({ organisation }: { organisation: Site["host"] }) {
  return (
    <p>
      {organisation.name}
      <br />
      {organisation.address}
      {organisation.phone && (
        <>
          <br />
          Téléphone : <PhoneLink phone={organisation.phone} />
        </>
      )}
      {organisation.email && (
        <>
          <br />
          E-mail : <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
        </>
      )}
      {organisation.website && (
        <>
          <br />
          Site : <a href={organisation.website}>{organisation.website}</a>
        </>
      )}
    </p>
  );
}

export function render(data: PageData) {
  const { site } = data.comptoir.content;
  return (
    <Layout data={data} title={fr.footer.legal} description={`Éditeur, hébergeur, données personnelles et accessibilité de ${site.name}.`}>
      <div class="wrap prose">
        <Breadcrumb trail={[{ label: fr.nav.home, url: urls.home }, { label: fr.footer.legal }]} />
        <h1>{fr.footer.legal}</h1>
        <h2>Éditeur du site</h2>
        <Organisation organisation={site.publisher} />
        <p>Directeur ou directrice de la publication : {site.publisher.director}.</p>
        <h2>Hébergement</h2>
        <Organisation organisation={site.host} />
        <h2>Données personnelles</h2>
        <p>
          Ce site ne dépose aucun cookie de mesure d'audience ni de publicité, et n'enregistre pas votre navigation.
          Les informations des commerçants sont publiées avec leur accord ; pour les faire corriger ou retirer,
          écrivez à <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a>.
        </p>
        {data.comptoir.cart && (
          <p>
            Lorsque vous passez une commande, les données nécessaires (nom, adresse, e-mail, paiement) sont traitées par
            le service de panier et de paiement Snipcart pour le compte des commerçants concernés, et transmises au seul
            commerçant qui prépare votre commande.
          </p>
        )}
        <h2>Accessibilité</h2>
        <p>
          Ce site est conçu pour respecter le référentiel général d'amélioration de l'accessibilité (RGAA) et les
          règles WCAG 2.1 niveau AA. Si vous ne parvenez pas à accéder à une information ou à un service, écrivez à{" "}
          <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a> : nous vous répondrons et vous
          transmettrons l'information sous une autre forme. Si vous n'obtenez pas de réponse, vous pouvez saisir le
          Défenseur des droits.
        </p>
        <h2>Crédits</h2>
        <p>
          Fonds de carte : <a href="https://www.openstreetmap.org/copyright">© les contributeurs d'OpenStreetMap</a>.
          Photos et illustrations : les commerçants et l'équipe du site.
        </p>
      </div>
    </Layout>
  );
}
