import { sellsOnline } from "../components/buy-button.tsx";
import { Breadcrumb, Layout } from "../components/layout.tsx";
import type { PageData } from "../components/page.ts";
import { urls, type Merchant } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

export const data = { permalink: urls.ordering, eleventyExcludeFromCollections: true };

function MerchantLinks({ merchants }: { merchants: Merchant[] }) {
  return (
    <ul>
      {merchants.map((merchant) => (
        <li>
          <a href={merchant.url}>{merchant.name}</a>
          {merchant.services.delivery && `, livraison : ${merchant.services.delivery.area}`}
        </li>
      ))}
    </ul>
  );
}

export function render(data: PageData) {
  const { content, cart } = data.comptoir;
  const { site, merchants } = content;
  const online = merchants.filter((merchant) => sellsOnline(cart, merchant));
  const delivering = merchants.filter((merchant) => merchant.services.delivery);

  return (
    <Layout data={data} title={fr.cart.page.title} description={fr.cart.page.description(site.name)}>
      <div class="wrap prose">
        <Breadcrumb trail={[{ label: fr.nav.home, url: urls.home }, { label: fr.cart.page.title }]} />
        <h1>{fr.cart.page.title}</h1>

        {online.length > 0 ? (
          <>
            <p class="lead">
              Sur {site.name}, un seul panier suffit pour acheter chez plusieurs commerçants de {site.town} : le pain
              chez le boulanger, les fraises chez le producteur, un livre chez le libraire. Vous payez une seule fois,
              puis chaque commerçant prépare ce qui le concerne.
            </p>
            {cart?.placeholder && <p class="notice">{fr.cart.placeholderNotice}</p>}

            <h2>1. Remplir le panier</h2>
            <p>
              Sur la fiche d'un commerçant qui vend en ligne, ou sur la page d'un produit, appuyez sur « {fr.cart.addToCart} ».
              Le bouton « {fr.cart.open} », en haut de chaque page, affiche votre panier et le nombre d'articles qu'il
              contient. Dans le panier, vous pouvez changer les quantités et, pour certains produits, choisir le poids, la
              taille ou le parfum : le prix se met à jour.
            </p>
            <p>Un produit marqué « {fr.product.unavailable} » ne peut pas être commandé pour le moment.</p>

            <h2>2. Payer</h2>
            <p>
              Le paiement se fait par carte bancaire, sur une page sécurisée de notre prestataire de panier, Snipcart. Ni
              le site ni les commerçants ne voient votre numéro de carte. Avant d'encaisser, Snipcart vérifie chaque prix
              sur la page du produit : le prix payé est toujours celui qui est affiché sur le site.
            </p>
            <p>
              Vous recevez ensuite un e-mail de confirmation. Pour chaque article, il indique le commerçant qui le prépare.
            </p>

            <h2>3. Retirer ou se faire livrer</h2>
            <p>
              Au moment de payer, choisissez « Retrait chez le commerçant » (gratuit) : vous retirez vos articles dans
              chaque boutique, aux horaires indiqués sur sa fiche. Gardez l'e-mail de confirmation : il récapitule vos
              articles, commerçant par commerçant.
            </p>
            {delivering.length > 0 ? (
              <>
                <p>Ces commerçants livrent aussi à domicile. Leur fiche précise les jours, la zone et les conditions.</p>
                <MerchantLinks merchants={delivering} />
              </>
            ) : (
              <p>Aucun commerçant du site ne propose la livraison pour le moment.</p>
            )}

            <h2>Les commerçants qui vendent en ligne</h2>
            <MerchantLinks merchants={online} />
          </>
        ) : (
          <p class="lead">
            La commande en ligne n'est pas encore ouverte sur {site.name}. Chaque commerçant indique sur sa fiche, et sur
            la page de chacun de ses produits, comment lui commander : par téléphone, par e-mail ou sur sa propre
            boutique en ligne.
          </p>
        )}

        <h2>Commander directement auprès d'un commerçant</h2>
        <p>
          Tous les commerçants ne vendent pas en ligne. Leur fiche donne leur téléphone, leur e-mail, leurs horaires et
          les moyens de paiement qu'ils acceptent ; beaucoup prennent les commandes par téléphone et les préparent pour
          un retrait sur place.
        </p>
        <p>
          Une question sur une commande ? Écrivez d'abord au commerçant concerné. Pour une question sur le site, écrivez-nous
          à <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a>.
        </p>
      </div>
    </Layout>
  );
}
