/**
 * Helpers for the cart tests: build a content folder with a chosen cart environment, and read
 * the buy buttons of a page the way Snipcart's crawler does (the HTML as served, no script run).
 */
import path from "node:path";
import type { Page } from "playwright-core";
import type { Merchant, ProductEntry } from "../../src/content/model.ts";
import { runScript, temporaryFolder, type BuildRun } from "../support/build.ts";

/** Neutralises the runner's own environment: each test says which key and context it builds with. */
export const NO_CART_ENV = { SNIPCART_PUBLIC_API_KEY: "", CONTEXT: "", DEPLOY_PRIME_URL: "" };

export async function buildWith(contentDir: string, env: Record<string, string> = {}): Promise<BuildRun & { site: string }> {
  const site = path.join(await temporaryFolder("cart"), "_site");
  const run = await runScript("build", ["--content", contentDir, "--output", site], { ...NO_CART_ENV, ...env });
  if (run.code !== 0) throw new Error(`Build of ${contentDir} failed:\n${run.stdout}\n${run.stderr}`);
  return { ...run, site };
}

export type Attributes = Record<string, string>;

/**
 * Every `.snipcart-add-item` of an HTML document with its attributes, parsed by Chromium's
 * DOMParser: an inert document, so no script runs and nothing is fetched, as for a crawler.
 */
export function buyButtonsIn(page: Page, html: string): Promise<Attributes[]> {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "text/html");
    return [...document.querySelectorAll(".snipcart-add-item")].map((element) =>
      Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
    );
  }, html);
}

/** What the content says a product's button must carry, written out independently of the build. */
export function expectedAttributes(product: ProductEntry, merchant: Merchant, baseUrl: string): Attributes {
  const euros = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  const expected: Attributes = {
    "data-item-id": `${merchant.slug}--${product.id}`,
    "data-item-name": product.name,
    "data-item-price": euros(product.price),
    "data-item-url": `${baseUrl}/commercants/${merchant.slug}/${product.id}/`,
    "data-item-description": product.description,
    "data-item-metadata": JSON.stringify({ merchantSlug: merchant.slug, merchantName: merchant.name }),
  };
  if (product.maxQuantity) expected["data-item-max-quantity"] = String(product.maxQuantity);
  if (product.weight) expected["data-item-weight"] = String(product.weight);
  product.options.forEach((option, i) => {
    expected[`data-item-custom${i + 1}-name`] = option.name;
    expected[`data-item-custom${i + 1}-options`] = option.choices
      .map(({ label, priceChange }) =>
        priceChange ? `${label}[${priceChange > 0 ? "+" : "-"}${euros(Math.abs(priceChange))}]` : label,
      )
      .join("|");
  });
  const merchantField = product.options.length + 1;
  expected[`data-item-custom${merchantField}-name`] = "Commerçant";
  expected[`data-item-custom${merchantField}-type`] = "readonly";
  expected[`data-item-custom${merchantField}-value`] = merchant.name;
  return expected;
}

/** The `data-item-*` attributes of a button, without the image (checked on its own). */
export function itemAttributes(button: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(button).filter(([name]) => name.startsWith("data-item-") && name !== "data-item-image"),
  );
}
