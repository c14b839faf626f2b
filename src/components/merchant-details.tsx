/** The blocks of a merchant page: how to reach, visit, pay and order. */
import type { Merchant } from "../content/model.ts";
import type { Cart } from "../build/cart.ts";
import { fr } from "../strings/fr.ts";
import { sellsOnline } from "./buy-button.tsx";
import { directionsLink, openStreetMapLink } from "./links.ts";
import { PhoneLink } from "./phone-link.tsx";

export function ContactBlock({ merchant }: { merchant: Merchant }) {
  const { address } = merchant;
  const social = Object.entries(merchant.social ?? {}) as [keyof typeof fr.social, string][];
  return (
    <section class="panel" aria-labelledby="contact-titre">
      <h2 id="contact-titre">{fr.merchant.contact}</h2>
      <dl class="facts">
        <dt>{fr.merchant.address}</dt>
        <dd>
          <address>
            {address.street}
            <br />
            {address.postcode} {address.city}
          </address>
          <a href={openStreetMapLink(merchant)}>{fr.merchant.viewOnMap}</a> ·{" "}
          <a href={directionsLink(merchant)}>{fr.merchant.directions}</a>
        </dd>
        {merchant.phone && (
          <>
            <dt>{fr.merchant.phone}</dt>
            <dd>
              <PhoneLink phone={merchant.phone} />
            </dd>
          </>
        )}
        {merchant.email && (
          <>
            <dt>{fr.merchant.email}</dt>
            <dd>
              <a href={`mailto:${merchant.email}`}>{merchant.email}</a>
            </dd>
          </>
        )}
        {merchant.website && (
          <>
            <dt>{fr.merchant.website}</dt>
            <dd>
              <a href={merchant.website} rel="noopener">
                {merchant.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        )}
        {social.length > 0 && (
          <>
            <dt>{fr.merchant.social}</dt>
            <dd>
              <ul class="inline-list">
                {social.map(([network, url]) => (
                  <li>
                    <a href={url} rel="noopener">
                      {fr.social[network]}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

export function ServicesBlock({ merchant, cart }: { merchant: Merchant; cart: Cart | null }) {
  const { services } = merchant;
  const offered = [
    sellsOnline(cart, merchant) && <li>{fr.merchant.onlineOrdering}</li>,
    services.clickAndCollect && <li>{fr.merchant.clickAndCollect}</li>,
    services.phoneOrders && <li>{fr.merchant.phoneOrders}</li>,
    services.delivery && (
      <li>
        {fr.merchant.delivery} : {services.delivery.area}. {services.delivery.conditions}
      </li>
    ),
    services.onlineShop && (
      <li>
        <a href={services.onlineShop} rel="noopener">
          {fr.merchant.onlineShop}
        </a>
      </li>
    ),
  ].filter(Boolean);

  return (
    <section class="panel" aria-labelledby="services-titre">
      <h2 id="services-titre">{fr.merchant.services}</h2>
      {offered.length > 0 ? <ul class="check-list">{offered}</ul> : <p>{fr.merchant.onSiteOnly}</p>}
      {merchant.payment.length > 0 && (
        <>
          <h3>{fr.merchant.payment}</h3>
          <p>{merchant.payment.map((method) => fr.payment[method]).join(", ")}</p>
        </>
      )}
      {merchant.accessibility && (
        <>
          <h3>{fr.merchant.accessibility}</h3>
          <p>{merchant.accessibility}</p>
        </>
      )}
    </section>
  );
}

/** For merchants that do not sell through the cart: the ways to order that they do offer. */
export function HowToOrder({ merchant }: { merchant: Merchant }) {
  const ways = [
    merchant.phone && merchant.services.phoneOrders && (
      <li>
        {fr.howToOrder.byPhone} <PhoneLink phone={merchant.phone} />
      </li>
    ),
    merchant.email && (
      <li>
        {fr.howToOrder.byEmail} <a href={`mailto:${merchant.email}`}>{merchant.email}</a>
      </li>
    ),
    merchant.services.onlineShop && (
      <li>
        {fr.howToOrder.onShop} <a href={merchant.services.onlineShop} rel="noopener">{fr.howToOrder.ownShop}</a>
      </li>
    ),
  ].filter(Boolean);
  // Not indexed: the same words on every page that shows it, and not about any one product.
  return (
    <div class="how-to-order" data-pagefind-ignore>
      <h3>{fr.product.howToOrder}</h3>
      {ways.length > 0 ? (
        <ul>{ways}</ul>
      ) : (
        <p>
          {fr.howToOrder.onSite(merchant.address.street, merchant.address.city)}
          {merchant.phone && (
            <>
              {" "}{fr.howToOrder.information} <PhoneLink phone={merchant.phone} />.
            </>
          )}
        </p>
      )}
    </div>
  );
}
