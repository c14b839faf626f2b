/**
 * What search engines and link previews read, on every page of the demo build: titles,
 * descriptions, canonical addresses, Open Graph, sitemap.xml and robots.txt.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { siteSchema, type Site } from "../../src/content/schema/site.ts";
import { PROJECT_ROOT } from "../support/build.ts";
import { builtPages, readPages, type BuiltPage } from "../support/built-pages.ts";
import { launchChromium } from "../support/chromium.ts";

interface HeadFacts {
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  og: Record<string, string>;
}

const NOT_FOUND = "/404.html";

let browser: Browser;
let site: Site;
let pages: BuiltPage[];
let heads: Map<string, HeadFacts>;

beforeAll(async () => {
  const content = path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content");
  site = siteSchema.parse(parse(await readFile(path.join(content, "site.yaml"), "utf8")));
  browser = await launchChromium();
  pages = await builtPages(inject("demoSite"));
  heads = await readPages(browser, pages, (document): HeadFacts => {
    const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute("content") ?? null;
    const og: Record<string, string> = {};
    for (const tag of document.head.querySelectorAll('meta[property^="og:"]')) {
      og[tag.getAttribute("property") ?? ""] = tag.getAttribute("content") ?? "";
    }
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
      robots: meta('meta[name="robots"]'),
      og,
    };
  });
});

afterAll(async () => {
  await browser?.close();
});

const production = (url: string) => new URL(url, `${site.baseUrl}/`).href;
const publicPages = () => pages.filter((page) => page.url !== NOT_FOUND);

/** The addresses that share a value, for a failure message that names them. */
function duplicates(values: [string, string][]): Record<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const [url, value] of values) byValue.set(value, [...(byValue.get(value) ?? []), url]);
  return Object.fromEntries([...byValue].filter(([, urls]) => urls.length > 1));
}

describe("every public page of the demo", () => {
  test("has a title and a description of its own, the description at most 300 characters", () => {
    expect(publicPages().length).toBeGreaterThan(250);
    const titles: [string, string][] = [];
    const descriptions: [string, string][] = [];
    for (const { url } of publicPages()) {
      const head = heads.get(url)!;
      expect(head.title.trim(), url).not.toBe("");
      expect(head.description?.trim(), url).toBeTruthy();
      expect(head.description!.length, url).toBeLessThanOrEqual(300);
      titles.push([url, head.title]);
      descriptions.push([url, head.description!]);
    }
    expect(duplicates(titles)).toEqual({});
    expect(duplicates(descriptions)).toEqual({});
  });

  test("names its own production address as canonical, and Open Graph repeats its title, description and address", () => {
    for (const { url } of publicPages()) {
      const head = heads.get(url)!;
      expect(head.canonical, url).toBe(production(url));
      expect(head.robots, url).toBeNull();
      expect(head.og["og:url"], url).toBe(head.canonical);
      expect(head.title, url).toContain(head.og["og:title"]);
      expect(head.og["og:description"], url).toBe(head.description);
      expect(head.og["og:site_name"], url).toBe(site.name);
    }
  });

  test("gives link previews an absolute picture address on the production site, for a file the build wrote", async () => {
    const withPicture = publicPages().filter((page) => heads.get(page.url)?.og["og:image"]);
    // Every merchant of the demo has a photo; products with one are checked by structured-data.test.ts.
    const merchantPages = publicPages().filter((page) => /^\/commercants\/[^/]+\/$/.test(page.url));
    expect(merchantPages.length).toBeGreaterThan(0);
    for (const { url } of merchantPages) expect(heads.get(url)?.og["og:image"], url).toBeTruthy();
    expect(withPicture.some((page) => /^\/commercants\/[^/]+\/[^/]+\/$/.test(page.url))).toBe(true);
    for (const { url } of withPicture) {
      const image = heads.get(url)!.og["og:image"]!;
      expect(image.startsWith(`${site.baseUrl}/img/`), `${url}: ${image}`).toBe(true);
      const file = path.join(inject("demoSite"), new URL(image).pathname);
      await expect(readFile(file).then((bytes) => bytes.length > 0), file).resolves.toBe(true);
    }
  });
});

describe("the 404 page", () => {
  test("asks search engines not to index it and names no canonical address", () => {
    const head = heads.get(NOT_FOUND);
    expect(head?.robots).toBe("noindex");
    expect(head?.canonical).toBeNull();
  });
});

describe("sitemap.xml", () => {
  let sitemap: string;
  beforeAll(async () => {
    sitemap = await readFile(path.join(inject("demoSite"), "sitemap.xml"), "utf8");
  });

  test("is well-formed XML in the sitemaps.org namespace", async () => {
    const page = await browser.newPage();
    const root = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, "application/xml");
      return document.querySelector("parsererror") ? "parsererror" : document.documentElement.namespaceURI;
    }, sitemap);
    await page.close();
    expect(root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  });

  test("lists every public page once, at its production address, and not the 404 page", () => {
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(publicPages().map((page) => production(page.url)).sort());
    expect(listed.some((loc) => loc.includes("404"))).toBe(false);
  });
});

describe("robots.txt", () => {
  test("lets every crawler read every page and points to the sitemap", async () => {
    const robots = await readFile(path.join(inject("demoSite"), "robots.txt"), "utf8");
    expect(robots).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site.baseUrl}/sitemap.xml\n`);
  });
});
