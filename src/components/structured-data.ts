/**
 * schema.org JSON-LD for search engines: a `LocalBusiness` per merchant page and a `Product`
 * with its `Offer` per product page, built from the same model the visible page is rendered
 * from, so the two cannot disagree.
 *
 * The JSON goes into a `<script type="application/ld+json">`: a data block the browser never
 * runs, which the Content-Security-Policy leaves alone. Its text is written raw (Preact would
 * otherwise turn quotes into entities), so every `<` is escaped as `\u003c`: a description
 * holding `</script>` or `<!--` cannot end the block or change how the page is parsed.
 */
import type { ImageMetadata } from "@11ty/eleventy-img";
import { h } from "preact";
import type { PictureRole } from "../build/pictures.ts";
import type { SiteData } from "../build/site-data.ts";
import { merchantHours, type MerchantHours } from "../content/hours/schedule.ts";
import type { Merchant, ProductEntry } from "../content/model.ts";
import { centsToDecimal } from "../content/normalise/price.ts";
import { fr } from "../strings/fr.ts";
import { absoluteUrl, openStreetMapLink } from "./links.ts";

type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonValue[] | JsonLd;

/** Monday first, as the model's `week` runs. */
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const DAY_MINUTES = 24 * 60;

/** The `<script type="application/ld+json">` element holding `data`. */
export function structuredDataScript(data: JsonLd) {
  const json = scriptSafeJson(data);
  return h("script", { type: "application/ld+json", dangerouslySetInnerHTML: { __html: json } });
}

/** `JSON.stringify`, with `<` escaped so the text can sit inside a `<script>` element. */
export function scriptSafeJson(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function merchantStructuredData(merchant: Merchant, site: SiteData): JsonLd {
  const { baseUrl } = site.content.site;
  const url = absoluteUrl(baseUrl, merchant.url);
  const picture = (src: string, role: PictureRole) =>
    largestUrl(site.pictures.get(merchant.absoluteFolder, src, role));
  const [cover] = merchant.photos;
  const image = cover && picture(cover.src, "photo");
  const logo = merchant.logo && picture(merchant.logo.src, "logo");
  const social = Object.values(merchant.social ?? {});
  const sameAs = [merchant.website, ...social].filter((link) => link !== undefined);
  const hours = merchantHours(merchant);

  return {
    "@context": "https://schema.org",
    ...merchantReference(merchant, baseUrl),
    description: merchant.summary,
    ...(image ? { image: absoluteUrl(baseUrl, image) } : {}),
    ...(logo ? { logo: absoluteUrl(baseUrl, logo) } : {}),
    ...(merchant.phone ? { telephone: merchant.phone.international } : {}),
    ...(merchant.email ? { email: merchant.email } : {}),
    address: {
      "@type": "PostalAddress",
      streetAddress: merchant.address.street,
      postalCode: merchant.address.postcode,
      addressLocality: merchant.address.city,
      addressCountry: "FR",
    },
    geo: {
      "@type": "GeoCoordinates",
      latitude: merchant.location.latitude,
      longitude: merchant.location.longitude,
    },
    hasMap: openStreetMapLink(merchant),
    ...(hours ? openingHoursSpecifications(hours) : {}),
    ...(merchant.payment.length > 0
      ? { paymentAccepted: merchant.payment.map((method) => fr.payment[method]).join(", ") }
      : {}),
    currenciesAccepted: site.content.site.currency,
    ...(sameAs.length > 0 ? { sameAs } : {}),
    mainEntityOfPage: url,
  };
}

export function productStructuredData(
  product: ProductEntry,
  merchant: Merchant,
  site: SiteData,
): JsonLd {
  const { baseUrl, currency } = site.content.site;
  const url = absoluteUrl(baseUrl, product.url);
  const { photo } = product;
  const image = photo && largestUrl(site.pictures.get(merchant.absoluteFolder, photo.src, "product"));

  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${url}#produit`,
    name: product.name,
    description: product.description,
    sku: product.key,
    url,
    ...(image ? { image: absoluteUrl(baseUrl, image) } : {}),
    ...(product.weight ? { weight: grams(product.weight) } : {}),
    offers: {
      "@type": "Offer",
      url,
      price: centsToDecimal(product.price),
      priceCurrency: currency,
      availability: `https://schema.org/${product.available ? "InStock" : "OutOfStock"}`,
      seller: merchantReference(merchant, baseUrl),
    },
  };
}

/** What names a merchant wherever another object points at it: the seller of an offer. */
function merchantReference(merchant: Merchant, baseUrl: string): JsonLd {
  const url = absoluteUrl(baseUrl, merchant.url);
  // The merchant kinds (commerce, producteur, …) cut across schema.org's subtypes: a
  // "commerce" may be a bakery, a bar or a pharmacy, so no subtype is obvious from the kind.
  return { "@type": "LocalBusiness", "@id": `${url}#commerce`, name: merchant.name, url };
}

/**
 * The usual week, one specification per opening range with the days that share it, and the
 * days that differ from it (closures, public holidays) as special openings.
 */
export function openingHoursSpecifications(hours: MerchantHours): JsonLd {
  const byRange = new Map<string, { opens: string; closes: string; days: string[] }>();
  hours.week.forEach((minutes, day) => {
    for (const [opens, closes] of ranges(minutes)) {
      const key = `${opens}-${closes}`;
      const entry = byRange.get(key) ?? { opens, closes, days: [] };
      entry.days.push(WEEKDAYS[day] ?? "");
      byRange.set(key, entry);
    }
  });
  const usual = [...byRange.values()].map(({ opens, closes, days }) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: days.map((day) => `https://schema.org/${day}`),
    opens,
    closes,
    // A seasonal merchant shows the week of the season to come.
    ...(hours.weekFrom ? { validFrom: hours.weekFrom } : {}),
  }));

  const special = [
    ...hours.closures.map(({ from, to }) => closedDays(from, to)),
    ...hours.holidays.flatMap(({ day, minutes }) =>
      minutes.length === 0
        ? [closedDays(day, day)]
        : ranges(minutes).map(([opens, closes]) => ({
            "@type": "OpeningHoursSpecification",
            opens,
            closes,
            validFrom: day,
            validThrough: day,
          })),
    ),
  ];

  return {
    ...(usual.length > 0 ? { openingHoursSpecification: usual } : {}),
    ...(special.length > 0 ? { specialOpeningHoursSpecification: special } : {}),
  };
}

/** Google's and schema.org's way of saying closed all day: opening and closing at midnight. */
function closedDays(from: string, to: string): JsonLd {
  return {
    "@type": "OpeningHoursSpecification",
    opens: "00:00",
    closes: "00:00",
    validFrom: from,
    validThrough: to,
  };
}

/** `[540, 750, 840, 1140]` → `[["09:00", "12:30"], ["14:00", "19:00"]]`. */
function ranges(minutes: readonly number[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < minutes.length; i += 2) {
    const close = minutes[i + 1]!;
    // A range past midnight closes on the next day's clock, which schema.org reads as such;
    // midnight itself is written 23:59, since 00:00 to 00:00 means closed.
    pairs.push([clock(minutes[i]!), close === DAY_MINUTES ? "23:59" : clock(close % DAY_MINUTES)]);
  }
  return pairs;
}

function clock(minutes: number): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** UN/CEFACT's code for grams, which schema.org's QuantitativeValue takes as its unit. */
function grams(value: number): JsonLd {
  return { "@type": "QuantitativeValue", value, unitCode: "GRM" };
}

function largestUrl(metadata: ImageMetadata): string | undefined {
  return (metadata.jpeg ?? Object.values(metadata)[0])?.at(-1)?.url;
}
