/**
 * Prices are kept as whole cents so that sums and the dot-decimal form Snipcart checks are exact.
 * Volunteers write prices the way they see them on a shop's board: `3,50`, `3,50 €`, `3.5`, `12`.
 */
export type PriceResult = { ok: true; cents: number } | { ok: false; reason: string };

const PRICE_EXAMPLE = "exemple : 3,50";

export function parsePrice(input: unknown): PriceResult {
  if (input === null || input === undefined || input === "") {
    return { ok: false, reason: `le prix est vide : indiquez un montant en euros (${PRICE_EXAMPLE})` };
  }

  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, reason: `le prix n'est pas un montant (${PRICE_EXAMPLE})` };
    text = String(input);
  } else if (typeof input === "string") {
    text = input;
  } else {
    return { ok: false, reason: `le prix doit être un montant, pas une liste ni un bloc (${PRICE_EXAMPLE})` };
  }

  const compact = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/(€|eur|euros?)$/i, "")
    .replace(",", ".");

  if (/^-/.test(compact)) {
    return { ok: false, reason: `« ${text} » : un prix ne peut pas être négatif (${PRICE_EXAMPLE})` };
  }
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) {
    return {
      ok: false,
      reason: `« ${text} » n'est pas un prix en euros : écrivez les euros, une virgule et deux chiffres au plus (${PRICE_EXAMPLE})`,
    };
  }

  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (cents === 0) {
    return { ok: false, reason: `le prix vaut zéro : indiquez le vrai prix, ou retirez le produit (${PRICE_EXAMPLE})` };
  }
  return { ok: true, cents };
}

/** `350` → `3.50`: the form Snipcart compares against its crawl of the page. */
export function centsToDecimal(cents: number): string {
  return (cents / 100).toFixed(2);
}

const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** `350` → `3,50 €` with the narrow no-break space French typography asks for. */
export function formatPrice(cents: number): string {
  return euroFormat.format(cents / 100);
}
