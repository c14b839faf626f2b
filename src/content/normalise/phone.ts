/**
 * French phone numbers, written any of the ways people write them (`02 98 12 34 56`,
 * `02.98.12.34.56`, `+33 2 98 12 34 56`, `0298123456`), kept in one display form plus the
 * international form a `tel:` link needs.
 */
export interface Phone {
  /** `02 98 12 34 56` */
  display: string;
  /** `+33298123456` */
  international: string;
}

export type PhoneResult = { ok: true; phone: Phone } | { ok: false; reason: string };

export const PHONE_EXAMPLE = "02 98 12 34 56";

export function parsePhone(input: string): PhoneResult {
  const compact = input.replace(/[\s\u00a0.\-/()]/g, "");
  const national = compact.startsWith("+33")
    ? "0" + compact.slice(3).replace(/^0/, "")
    : compact.startsWith("0033")
      ? "0" + compact.slice(4)
      : compact;

  if (!/^0[1-9]\d{8}$/.test(national)) {
    return {
      ok: false,
      reason: `« ${input} » n'est pas un numéro valide (exemple : ${PHONE_EXAMPLE})`,
    };
  }

  return {
    ok: true,
    phone: {
      display: national.replace(/(\d{2})(?=\d)/g, "$1 "),
      international: "+33" + national.slice(1),
    },
  };
}
