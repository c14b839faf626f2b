/**
 * Which builds have a cart: the decision table of src/build/cart.ts, then real builds without a
 * key and as a Netlify deploy preview.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { decideCart, type CartEnvironment } from "../../src/build/cart.ts";
import { loadContent } from "../../src/content/load.ts";
import { copyFixture, editFile } from "../support/fixtures.ts";
import { buildWith } from "./buttons.ts";

const BASE_URL = "https://comptoir-plougastel.fr";
const site = (publicApiKey?: string) => ({ baseUrl: BASE_URL, ...(publicApiKey ? { snipcart: { publicApiKey } } : {}) });

describe("decideCart", () => {
  test.each<[string, string | undefined, CartEnvironment, { key: string; placeholder: boolean } | null, "info" | "warn"]>([
    ["the key of site.yaml", "live-site-key", {}, { key: "live-site-key", placeholder: false }, "info"],
    ["the environment's key over site.yaml's", "live-site-key", { SNIPCART_PUBLIC_API_KEY: "env-key" }, { key: "env-key", placeholder: false }, "info"],
    ["the environment's key without one in site.yaml", undefined, { SNIPCART_PUBLIC_API_KEY: " env-key " }, { key: "env-key", placeholder: false }, "info"],
    ["site.yaml's key when the variable is empty", "live-site-key", { SNIPCART_PUBLIC_API_KEY: "" }, { key: "live-site-key", placeholder: false }, "info"],
    ["the demo's placeholder, with a warning", "DEMO-cle", {}, { key: "DEMO-cle", placeholder: true }, "warn"],
    ["a production build on Netlify", "live-site-key", { CONTEXT: "production" }, { key: "live-site-key", placeholder: false }, "info"],
    ["no cart without any key", undefined, {}, null, "info"],
    ["no cart on a deploy preview", "live-site-key", { CONTEXT: "deploy-preview", DEPLOY_PRIME_URL: "https://deploy-preview-4--x.netlify.app" }, null, "info"],
    ["no cart on a branch deploy", "live-site-key", { CONTEXT: "branch-deploy" }, null, "info"],
  ])("takes %s", (_, siteKey, env, expected, level) => {
    const { cart, notice } = decideCart(site(siteKey), env);
    expect(cart && { key: cart.publicApiKey, placeholder: cart.placeholder }).toEqual(expected);
    expect(notice.level).toBe(level);
  });

  test("says why a deploy preview has no cart, naming both addresses", () => {
    const { notice } = decideCart(site("live-site-key"), {
      CONTEXT: "deploy-preview",
      DEPLOY_PRIME_URL: "https://deploy-preview-4--x.netlify.app",
    });
    expect(notice.message).toBe(
      "construction « deploy-preview » (https://deploy-preview-4--x.netlify.app) : panier désactivé, car Snipcart vérifie les prix sur https://comptoir-plougastel.fr et non sur cet aperçu. Chaque produit indique comment commander auprès du commerçant.",
    );
  });
});

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((file) => file.endsWith(".html")).map((file) => path.join(dir, file));
}

async function expectNoCartAnywhere(siteDir: string) {
  const files = await htmlFiles(siteDir);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = await readFile(file, "utf8");
    // Markup only: the legal notice may name Snipcart in its text.
    expect(html, file).not.toMatch(/class="[^"]*snipcart-|id="snipcart"|snipcart\.com|data-item-/);
    expect(html, file).not.toMatch(/assets\/js\/cart-/);
    // Nothing promises what this build cannot do: no online ordering, no cart service named.
    expect(html, file).not.toContain("Commande en ligne sur ce site");
    expect(html, file).not.toContain("Snipcart");
  }
}

describe("a build without a cart", () => {
  test("without any key: no Snipcart on any page, every product says how to order, and the log says so once", async () => {
    const content = await copyFixture("cart-town");
    await editFile(content, "site.yaml", /\nsnipcart:\n  publicApiKey: .*\n/, "\n");
    const build = await buildWith(content);

    await expectNoCartAnywhere(build.site);
    const loaded = await loadContent(content);
    for (const product of loaded.content!.products.filter((candidate) => candidate.available)) {
      const html = await readFile(path.join(build.site, product.url, "index.html"), "utf8");
      expect(html, product.url).toContain("<h3>Pour commander</h3>");
    }
    const notice =
      "[comptoir] Panier : pas de clé Snipcart (ni snipcart.publicApiKey dans site.yaml, ni SNIPCART_PUBLIC_API_KEY) : pas de panier, chaque produit indique comment commander auprès du commerçant.";
    expect(build.stdout.split(notice)).toHaveLength(2);
    expect(build.stderr).not.toContain("Snipcart");
  });

  test("on a Netlify deploy preview, even with a key: no Snipcart on any page", async () => {
    const build = await buildWith(await copyFixture("cart-town"), {
      SNIPCART_PUBLIC_API_KEY: "live-key-from-netlify",
      CONTEXT: "deploy-preview",
      DEPLOY_PRIME_URL: "https://deploy-preview-4--comptoir.netlify.app",
    });

    await expectNoCartAnywhere(build.site);
    expect(build.stdout).toContain("[comptoir] Panier : construction « deploy-preview » (https://deploy-preview-4--comptoir.netlify.app) : panier désactivé");
  });
});
