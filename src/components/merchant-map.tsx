import type { Merchant } from "../content/model.ts";
import type { Site } from "../content/schema/site.ts";
import { fr } from "../strings/fr.ts";
import { mapDataAttributes } from "./map-settings.ts";

/**
 * The small map of a merchant page, filled by src/browser/merchant-map.ts once it scrolls into
 * view. Hidden until the script runs: without JavaScript the address links to OpenStreetMap
 * (see the contact block) say the same.
 */
export function MerchantMap({ merchant, site, icon }: { merchant: Merchant; site: Site; icon: string }) {
  return (
    <section class="panel" aria-labelledby="plan-titre">
      <h2 id="plan-titre">{fr.map.merchantMapTitle}</h2>
      <div
        class="merchant-map"
        hidden
        data-merchant-map
        data-latitude={String(merchant.location.latitude)}
        data-longitude={String(merchant.location.longitude)}
        data-name={merchant.name}
        data-icon={icon}
        data-failed={fr.map.merchantMapFailed}
        {...mapDataAttributes(site)}
      />
    </section>
  );
}
