/**
 * schema.org JSON-LD: the escaping that keeps it inside its script element, the opening hours
 * it derives from the hours model, and, on every merchant and product page of the demo build,
 * agreement with what the page shows.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { renderToStaticMarkup } from "preact-render-to-string";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  openingHoursSpecifications,
  scriptSafeJson,
  structuredDataScript,
} from "../../src/components/structured-data.ts";
import { merchantHours } from "../../src/content/hours/schedule.ts";
import { loadContent } from "../../src/content/load.ts";
import type { Content } from "../../src/content/model.ts";
import { PROJECT_ROOT } from "../support/build.ts";
import { builtPages, readPages } from "../support/built-pages.ts";
import { launchChromium } from "../support/chromium.ts";

describe("the JSON-LD text", () => {
  test.each([
    ["a closing script tag", "</script><script>alert(1)</script>"],
    ["an HTML comment opener", "<!-- <script>"],
    ["a capitalised closing tag", "</SCRIPT >"],
    ["quotes and ampersands", `Fish & "chips" l'été`],
  ])("keeps %s as data: no `<` is written, and it reads back the same", (_, text) => {
    const json = scriptSafeJson({ name: text });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: text });
  });

  test("sits whole in one script element, whatever the content says", () => {
    const html = renderToStaticMarkup(structuredDataScript({ description: "</script><p>injecté</p>" }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith("</script>")).toBe(true);
  });
});

describe("opening hours as schema.org reads them", () => {
  const spec = (osm: string, closures: { from: string; to: string; reason: string }[] = []) => {
    const hours = merchantHours({ hours: osm, closures }, "2026-03-02");
    if (!hours) throw new Error("no hours");
    return openingHoursSpecifications(hours);
  };
  const days = (...names: string[]) => names.map((name) => `https://schema.org/${name}`);

  test("groups the weekdays that share a range, one specification per range", () => {
    expect(spec("Mo-Fr 09:00-12:30,14:00-19:00; Sa 09:00-12:30").openingHoursSpecification).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: days("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
        opens: "09:00",
        closes: "12:30",
      },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: days("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        opens: "14:00",
        closes: "19:00",
      },
    ]);
  });

  test("writes an evening past midnight with the next day's closing time, and midnight as 23:59", () => {
    expect(spec("Fr 18:00-01:00").openingHoursSpecification).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: days("Friday"), opens: "18:00", closes: "01:00" },
    ]);
    expect(spec("Sa 18:00-24:00").openingHoursSpecification).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: days("Saturday"), opens: "18:00", closes: "23:59" },
    ]);
  });

  test("says a closure and a closed public holiday as special days opening and closing at midnight", () => {
    // Easter Monday (6 April 2026) and Labour Day (1 May) fall within the two months the page lists.
    const special = spec("Mo-Sa 09:00-19:00; PH off", [{ from: "2026-03-10", to: "2026-03-12", reason: "travaux" }])
      .specialOpeningHoursSpecification;
    expect(special).toEqual([
      { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: "2026-03-10", validThrough: "2026-03-12" },
      { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: "2026-04-06", validThrough: "2026-04-06" },
      { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: "2026-05-01", validThrough: "2026-05-01" },
    ]);
  });
});

/** What a page says, read from the HTML the way a reader or a crawler sees it. */
interface PageFacts {
  jsonLd: string[];
  h1: string;
  canonical: string | null;
  ogImage: string | null;
  phoneLinks: string[];
  address: string;
  directions: string | null;
  price: string;
  soldOut: boolean;
  seller: { name: string; href: string } | null;
}

describe("on every merchant and product page of the demo", () => {
  let browser: Browser;
  let content: Content;
  let facts: Map<string, PageFacts>;

  beforeAll(async () => {
    const loaded = await loadContent(path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content"));
    if (!loaded.content) throw new Error("The demo content does not load");
    content = loaded.content;
    browser = await launchChromium();
    const pages = (await builtPages(inject("demoSite"))).filter((page) => page.url.startsWith("/commercants/"));
    facts = await readPages(browser, pages, (document): PageFacts => {
      const main = document.querySelector("main");
      const text = (selector: string) => main?.querySelector(selector)?.textContent?.trim() ?? "";
      const sellerLink = main?.querySelector(".product-layout__merchant a");
      return {
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ""),
        h1: text("h1"),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
        ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? null,
        phoneLinks: [...(main?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute("href") ?? ""),
        address: (main?.querySelector("address")?.textContent ?? "").replace(/\s+/g, " "),
        directions: main?.querySelector('a[href*="openstreetmap.org/directions"]')?.getAttribute("href") ?? null,
        price: text(".price__amount"),
        soldOut: Boolean(main?.querySelector(".price .badge")),
        seller: sellerLink ? { name: sellerLink.textContent?.trim() ?? "", href: sellerLink.getAttribute("href") ?? "" } : null,
      };
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  function structuredData(url: string): Record<string, any> {
    const page = facts.get(url);
    if (!page) throw new Error(`${url} was not built`);
    expect(page.jsonLd, url).toHaveLength(1);
    return JSON.parse(page.jsonLd[0]!) as Record<string, any>;
  }

  test("a merchant's LocalBusiness has the heading's name, the phone link's number, the address and place shown", () => {
    expect(content.merchants.length).toBeGreaterThan(0);
    for (const { url } of content.merchants) {
      const page = facts.get(url)!;
      const data = structuredData(url);
      expect(data["@context"]).toBe("https://schema.org");
      expect(data["@type"]).toBe("LocalBusiness");
      expect(data.name, url).toBe(page.h1);
      expect(data.url, url).toBe(page.canonical);

      if (data.telephone === undefined) expect(page.phoneLinks, url).toEqual([]);
      else {
        expect(page.phoneLinks.length, url).toBeGreaterThan(0);
        for (const link of page.phoneLinks) expect(link, url).toBe(`tel:${data.telephone}`);
      }

      expect(data.address["@type"]).toBe("PostalAddress");
      for (const part of [data.address.streetAddress, data.address.postalCode, data.address.addressLocality]) {
        expect(page.address, url).toContain(part);
      }
      expect(data.geo["@type"]).toBe("GeoCoordinates");
      expect(page.directions, url).toContain(`${data.geo.latitude}%2C${data.geo.longitude}`);
      expect(data.image, url).toBe(page.ogImage ?? undefined);
    }
  });

  test("a product's Offer has the price shown, in euros, in stock unless marked sold out, sold by the merchant linked", () => {
    expect(content.products.length).toBeGreaterThan(0);
    for (const { url } of content.products) {
      const page = facts.get(url)!;
      const data = structuredData(url);
      expect(data["@type"]).toBe("Product");
      expect(data.name, url).toBe(page.h1);
      expect(data.url, url).toBe(page.canonical);
      expect(data.image, url).toBe(page.ogImage ?? undefined);

      const offer = data.offers;
      expect(offer["@type"]).toBe("Offer");
      expect(offer.price, url).toMatch(/^\d+\.\d{2}$/);
      expect(page.price, url).toMatch(/€$/);
      expect(offer.price, url).toBe(page.price.replace(/[^\d,]/g, "").replace(",", "."));
      expect(offer.priceCurrency).toBe("EUR");
      expect(offer.availability, url).toBe(`https://schema.org/${page.soldOut ? "OutOfStock" : "InStock"}`);

      expect(page.seller, url).not.toBeNull();
      expect(offer.seller.name, url).toBe(page.seller?.name);
      expect(offer.seller.url, url).toBe(new URL(page.seller?.href ?? "", page.canonical ?? undefined).href);
    }
  });

  test("some product of the demo is sold out, so the OutOfStock branch is checked", () => {
    expect(content.products.some((product) => !product.available)).toBe(true);
    expect([...facts.values()].some((page) => page.soldOut)).toBe(true);
  });
});
