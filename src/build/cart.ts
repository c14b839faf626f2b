/**
 * Whether this build sells through Snipcart, and with which public key. Decided once per build
 * from `site.yaml` and the environment, then handed to templates as `comptoir.cart`.
 *
 * - `SNIPCART_PUBLIC_API_KEY` overrides `snipcart.publicApiKey` from `site.yaml`; an empty
 *   variable counts as unset.
 * - A key starting with `DEMO-` is the demo's placeholder: the cart is shown so the buying flow
 *   can be seen, but Snipcart refuses the key, so no order can go through. The build warns.
 * - No key: no Snipcart markup anywhere; products show how to order from the merchant instead.
 * - Netlify deploy previews and branch deploys (`CONTEXT` other than `production`) have no cart.
 *   Buy buttons name the production URL of their product, and Snipcart checks prices there: an
 *   order placed from a preview would be checked against pages the preview did not publish, and
 *   with a live key it would be a real order. A preview shows the ordering alternatives instead.
 */
import type { Site } from "../content/schema/site.ts";
import { log } from "../log.ts";

/** Pinned so that an update of Snipcart's theme is a reviewed change, not a surprise. */
export const SNIPCART_VERSION = "3.7.1";
const SNIPCART_THEME = `https://cdn.snipcart.com/themes/v${SNIPCART_VERSION}/default`;

export const SNIPCART_FILES = {
  script: `${SNIPCART_THEME}/snipcart.js`,
  stylesheet: `${SNIPCART_THEME}/snipcart.css`,
} as const;

export const PLACEHOLDER_KEY_PREFIX = "DEMO-";
export const KEY_VARIABLE = "SNIPCART_PUBLIC_API_KEY";

export interface Cart {
  publicApiKey: string;
  /** The demo's placeholder key: the cart shows, Snipcart refuses every order. */
  placeholder: boolean;
  /** Where the key came from, for the build log. */
  source: "site.yaml" | typeof KEY_VARIABLE;
}

export interface CartDecision {
  cart: Cart | null;
  /** One line for the build log, with its level. */
  notice: { level: "info" | "warn"; message: string };
}

/** The subset of `process.env` the decision reads; Netlify sets `CONTEXT` and `DEPLOY_PRIME_URL`. */
export type CartEnvironment = Partial<Record<typeof KEY_VARIABLE | "CONTEXT" | "DEPLOY_PRIME_URL", string>>;

export function decideCart(site: Pick<Site, "snipcart" | "baseUrl">, env: CartEnvironment): CartDecision {
  const fromEnv = env[KEY_VARIABLE]?.trim();
  const fromSite = site.snipcart?.publicApiKey.trim();
  const key = fromEnv || fromSite;

  if (!key) {
    return {
      cart: null,
      notice: {
        level: "info",
        message: `pas de clé Snipcart (ni snipcart.publicApiKey dans site.yaml, ni ${KEY_VARIABLE}) : pas de panier, chaque produit indique comment commander auprès du commerçant.`,
      },
    };
  }

  const context = env.CONTEXT?.trim();
  if (context && context !== "production") {
    const where = env.DEPLOY_PRIME_URL ? ` (${env.DEPLOY_PRIME_URL})` : "";
    return {
      cart: null,
      notice: {
        level: "info",
        message: `construction « ${context} »${where} : panier désactivé, car Snipcart vérifie les prix sur ${site.baseUrl} et non sur cet aperçu. Chaque produit indique comment commander auprès du commerçant.`,
      },
    };
  }

  const cart: Cart = {
    publicApiKey: key,
    placeholder: key.startsWith(PLACEHOLDER_KEY_PREFIX),
    source: fromEnv ? KEY_VARIABLE : "site.yaml",
  };
  if (cart.placeholder) {
    return {
      cart,
      notice: {
        level: "warn",
        message: `la clé Snipcart de ${cart.source} est celle de démonstration (${PLACEHOLDER_KEY_PREFIX}…) : le panier s'affiche, mais aucune commande ne peut aboutir. Mettez la clé publique de la commune dans ${KEY_VARIABLE} ou dans site.yaml (voir docs/snipcart.md).`,
      },
    };
  }
  return {
    cart,
    notice: { level: "info", message: `panier Snipcart actif (clé publique lue dans ${cart.source}).` },
  };
}

/** Decides for this build from `process.env` and says so once in the build log. */
export function resolveCart(site: Site): Cart | null {
  const { cart, notice } = decideCart(site, process.env);
  if (notice.level === "warn") log.warn(notice.message);
  else log.info(`Panier : ${notice.message}`);
  return cart;
}
