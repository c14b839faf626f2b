import { describe, expect, test } from "vitest";
import { centsToDecimal, formatPrice, parsePrice } from "../../src/content/normalise/price.ts";

// Intl writes a narrow no-break space before the euro sign; tests compare with plain spaces.
const shown = (cents: number) => formatPrice(cents).replace(/\u202f|\u00a0/g, " ");

describe("parsePrice", () => {
  test.each([
    [3.5, 350, "3,50 €", "3.50"],
    ["3,50", 350, "3,50 €", "3.50"],
    ["3,50 €", 350, "3,50 €", "3.50"],
    ["3.50€", 350, "3,50 €", "3.50"],
    [12, 1200, "12,00 €", "12.00"],
    ["12 euros", 1200, "12,00 €", "12.00"],
    ["1 250,00", 125000, "1 250,00 €", "1250.00"],
    [0.05, 5, "0,05 €", "0.05"],
  ])("reads %j as %i cents, shown %s and sent to the cart as %s", (input, cents, page, button) => {
    const result = parsePrice(input);
    expect(result).toEqual({ ok: true, cents });
    expect(shown(cents)).toBe(page);
    expect(centsToDecimal(cents)).toBe(button);
  });

  test.each([
    [null, "le prix est vide : indiquez un montant en euros (exemple : 3,50)"],
    ["", "le prix est vide : indiquez un montant en euros (exemple : 3,50)"],
    [0, "le prix vaut zéro : indiquez le vrai prix, ou retirez le produit (exemple : 3,50)"],
    ["0,00 €", "le prix vaut zéro : indiquez le vrai prix, ou retirez le produit (exemple : 3,50)"],
    [-2, "« -2 » : un prix ne peut pas être négatif (exemple : 3,50)"],
    ["3,505", "« 3,505 » n'est pas un prix en euros : écrivez les euros, une virgule et deux chiffres au plus (exemple : 3,50)"],
    ["trois euros", "« trois euros » n'est pas un prix en euros : écrivez les euros, une virgule et deux chiffres au plus (exemple : 3,50)"],
    ["3,50 $", "« 3,50 $ » n'est pas un prix en euros : écrivez les euros, une virgule et deux chiffres au plus (exemple : 3,50)"],
  ])("rejects %j with a message that says how to write it", (input, reason) => {
    expect(parsePrice(input)).toEqual({ ok: false, reason });
  });
});
