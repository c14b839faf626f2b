/** A `tel:` link whose number stays on one line: a number split over two lines gets misdialled. */
import type { Phone } from "../content/normalise/phone.ts";

export function PhoneLink({ phone }: { phone: Phone }) {
  return <a href={`tel:${phone.international}`}>{phone.display.replaceAll(" ", "\u00a0")}</a>;
}
