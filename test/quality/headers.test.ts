/**
 * The response headers of netlify.toml: read by Netlify's own parser, applied to every path the
 * way Netlify applies them, and proven in Chromium against the demo build served with them.
 * Hosts the test machines cannot reach (the tile server, Snipcart's CDN and API) are
 * intercepted and answered locally; the Content-Security-Policy is checked before any request
 * leaves the page, so an interception never hides a blocked one.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { SNIPCART_FILES } from "../../src/build/cart.ts";
import {
  headersForPath,
  loadSiteHeaders,
  parseContentSecurityPolicy,
  readHeaderRules,
  ruleMatches,
  tileSource,
  type SiteHeaders,
} from "../../src/build/security-headers.ts";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { temporaryFolder } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";

const PAGE_PATHS = ["/", "/commercants/x/", "/carte/", "/recherche/", "/categories/x/", "/page-inconnue"];
const SECURITY_HEADERS = [
  "Content-Security-Policy",
  "Strict-Transport-Security",
  "X-Content-Type-Options",
  "Referrer-Policy",
  "Permissions-Policy",
  "X-Frame-Options",
];
const ONE_YEAR_IMMUTABLE = "public, max-age=31536000, immutable";

let site: SiteHeaders;
let policy: Map<string, string[]>;

beforeAll(async () => {
  site = await loadSiteHeaders();
  policy = parseContentSecurityPolicy(site.forPath("/")["Content-Security-Policy"] ?? "");
});

describe("netlify.toml as Netlify's config parser reads it", () => {
  test("the parser reads the header rules without a warning, the security rule first for /*", async () => {
    const rules = await readHeaderRules();
    expect(rules.map((rule) => rule.for)).toEqual(["/*", "/assets/js/*", "/img/*"]);
  });

  test("a header rule the parser rejects stops the reading with Netlify's own message", async () => {
    const folder = await temporaryFolder("netlify-toml");
    const config = path.join(folder, "netlify.toml");
    await writeFile(config, '[[headers]]\n  [headers.values]\n    X-Frame-Options = "DENY"\n');
    await expect(readHeaderRules(config)).rejects.toThrow(/Missing "for" field/);
  });

  test.each(PAGE_PATHS)("every security header applies to the page path %s, not only to *.html", (pathname) => {
    const headers = site.forPath(pathname);
    for (const name of SECURITY_HEADERS) expect(headers[name], name).toBeTruthy();
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=(\d{8,})/);
    expect(headers["Permissions-Policy"]).toMatch(/(^|, )geolocation=\(self\)(,|$)/);
  });

  test.each(PAGE_PATHS)("the page path %s is revalidated on every visit, so a deploy shows at once", (pathname) => {
    expect(site.forPath(pathname)["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
  });

  test.each(["/assets/js/map-4FJ2KQ7D.js", "/assets/js/map-7QW3ZLXC.css", "/img/aB3dE-5fG7-320.jpeg"])(
    "the fingerprinted file %s is cached for a year and never revalidated, with the security headers",
    (pathname) => {
      const headers = site.forPath(pathname);
      expect(headers["Cache-Control"]).toBe(ONE_YEAR_IMMUTABLE);
      for (const name of SECURITY_HEADERS) expect(headers[name], name).toBeTruthy();
    },
  );

  test.each(["/assets/styles.css", "/assets/icon.svg", "/pagefind/pagefind.js", "/carte/commercants.geojson"])(
    "the file %s keeps its name when it changes, so it is revalidated like a page",
    (pathname) => {
      expect(site.forPath(pathname)["Cache-Control"]).not.toContain("immutable");
    },
  );

  test("every file the demo build writes where the cache is long has a content hash in its name", async () => {
    const longLived = (await listFiles(inject("demoSite"))).filter(
      (pathname) => site.forPath(pathname)["Cache-Control"] === ONE_YEAR_IMMUTABLE,
    );
    expect(longLived.length).toBeGreaterThan(100);
    // esbuild writes name-HASH.ext (8 capitals or digits), eleventy-img HASH-width.ext (10 characters).
    const hashed = /-[A-Z0-9]{8}\.\w+$|\/[\w-]{10}-\d+\.\w+$/;
    const unhashed = longLived.filter((pathname) => !hashed.test(pathname));
    expect(unhashed).toEqual([]);
  });

  test("no two rules set one header for any path of the demo build", async () => {
    const paths = await listFiles(inject("demoSite"));
    for (const pathname of paths) site.forPath(pathname.replace(/index\.html$/, ""));
    expect(paths.length).toBeGreaterThan(300);
  });
});

describe("the Content-Security-Policy", () => {
  test("scripts come only from the site and Snipcart's CDN: nothing inline, no eval of text", () => {
    const snipcart = new URL(SNIPCART_FILES.script).origin;
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", snipcart]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("stylesheets come only from the site and Snipcart's CDN, with no inline style allowed", () => {
    expect(policy.get("style-src")).toEqual(["'self'", new URL(SNIPCART_FILES.stylesheet).origin]);
  });

  test("no directive allows a whole scheme, any host or plain http", () => {
    const wide = /^(\*|https?:|data:|blob:|http:\/\/.*)$/;
    const loose = [...policy].flatMap(([name, sources]) =>
      sources.filter((source) => wide.test(source)).map((source) => `${name} ${source}`),
    );
    expect(loose).toEqual([]);
  });

  test("the map tiles the demo build asks for (site.yaml's map.tiles.url) are allowed as images", async () => {
    const template = await tileTemplate(inject("demoSite"));
    expect(policy.get("img-src")).toContain(tileSource(template));
  });

  test("plugins, <base>, framing the site and posting forms elsewhere are all refused", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });
});

describe("Netlify's path matching", () => {
  test.each([
    ["/*", "/", true],
    ["/*", "/commercants/x/", true],
    ["/*", "/assets/js/a.js", true],
    ["/assets/js/*", "/assets/js/a.js", true],
    ["/assets/js/*", "/assets/js", true],
    ["/assets/js/*", "/assets/jsx/a.js", false],
    ["/assets/js/*", "/assets/styles.css", false],
    ["/img/*", "/IMG/a.jpeg", true],
    ["/commercants/:slug/", "/commercants/x/", true],
    ["/commercants/:slug/", "/commercants/x/y/", false],
    ["/commercants/*.json", "/commercants/carte.json", true],
    ["/a-propos/", "/a-propos", true],
    ["/a-propos/", "/a-propos/x/", false],
  ])("the rule %s applies to %s: %s", (rule, pathname, applies) => {
    expect(ruleMatches(rule, pathname)).toBe(applies);
  });

  test("two rules setting one header for a path are refused, naming both rules", () => {
    const rules = [
      { for: "/*", values: { "Cache-Control": "no-cache" } },
      { for: "/img/*", values: { "cache-control": ONE_YEAR_IMMUTABLE } },
    ];
    expect(() => headersForPath(rules, "/img/a.jpeg")).toThrowErrorMatchingInlineSnapshot(
      `[Error: netlify.toml : l'en-tête cache-control de /img/a.jpeg est donné par deux règles, « /* » et « /img/* ». Netlify pourrait envoyer les deux valeurs ensemble : ne gardez qu'une règle par en-tête pour un même chemin.]`,
    );
    expect(headersForPath(rules, "/")).toEqual({ "Cache-Control": "no-cache" });
  });

  test.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.fr"],
    ["https://tiles.example.org:8443/{z}/{x}/{y}{r}.png?key=abc", "https://tiles.example.org:8443"],
  ])("the tile template %s is allowed by the source %s", (template, source) => {
    expect(tileSource(template)).toBe(source);
  });
});

/** A 1×1 grey PNG standing in for every map tile. */
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * Stands in for Snipcart's script: makes the kinds of requests the real cart makes (its API,
 * its payment frame), shows a line styled by its stylesheet, and says it is ready.
 */
const SNIPCART_STAND_IN_SCRIPT = `(() => {
  window.Snipcart = {
    api: { session: { setLanguage: () => Promise.resolve() } },
    events: { on: () => () => {} },
    store: { subscribe: () => () => {}, getState: () => ({ cart: { items: { count: 0 } } }) },
  };
  fetch("https://app.snipcart.com/api/cart", { method: "POST" }).then(() => {
    const frame = document.createElement("iframe");
    frame.src = "https://payment.snipcart.com/form/stand-in";
    frame.title = "stand-in";
    const summary = document.createElement("p");
    summary.className = "stand-in-cart";
    summary.textContent = "Panier";
    document.body.append(frame, summary);
    document.dispatchEvent(new Event("snipcart.ready"));
  });
})();`;

/** Stands in for Snipcart's theme stylesheet: a font and an image beside it on the CDN. */
const SNIPCART_STAND_IN_STYLESHEET = `@font-face { font-family: stand-in; src: url(stand-in.woff2); }
.stand-in-cart { font-family: stand-in; background: url(stand-in.svg); }`;

/** What the stand-in CDN, API and payment frame answer, by the end of the URL. */
const SNIPCART_STAND_IN_ANSWERS: [RegExp, string, string | Buffer][] = [
  [/\/snipcart\.js$/, "text/javascript", SNIPCART_STAND_IN_SCRIPT],
  [/\/snipcart\.css$/, "text/css", SNIPCART_STAND_IN_STYLESHEET],
  [/\.woff2$/, "font/woff2", Buffer.alloc(0)],
  [/\.svg$/, "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>"],
  [/\/form\//, "text/html", "<!doctype html><title>stand-in</title>"],
];

/** Console lines Chromium writes when a policy blocks or rejects something. */
const POLICY_REPORT = /Content Security Policy|Permissions-Policy|Permissions policy/i;

type PageType = "home" | "category" | "A–Z list" | "merchant" | "ordering" | "about" | "legal" | "404";

describe("the demo site in Chromium, served with netlify.toml's headers", () => {
  let browser: Browser;
  let server: StaticServer;
  let tiles: string;
  let productPath: string;
  const pages = {} as Record<PageType, string>;

  beforeAll(async () => {
    const root = inject("demoSite");
    server = await startStaticServer({ root });
    browser = await launchChromium();

    const files = await listFiles(root);
    const first = (pattern: RegExp) => files.find((file) => pattern.test(file))?.replace(/index\.html$/, "");
    Object.assign(pages, {
      home: "/",
      category: first(/^\/categories\/[^/]+\/index\.html$/),
      "A–Z list": "/commercants/",
      merchant: first(/^\/commercants\/[^/]+\/index\.html$/),
      ordering: "/commander/",
      about: "/a-propos/",
      legal: "/mentions-legales/",
      "404": "/page-inconnue/",
    });
    productPath = await findProductWithBuyButton(root, files);
    tiles = tileSource(await tileTemplate(root));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface Visit {
    page: Page;
    /** CSP and Permissions-Policy reports: console lines and securitypolicyviolation events. */
    blocked(): Promise<string[]>;
    tileRequests: string[];
    snipcartRequests: string[];
    close(): Promise<void>;
  }

  async function visit(pathname: string): Promise<Visit> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const reports: string[] = [];
    const tileRequests: string[] = [];
    const snipcartRequests: string[] = [];

    const listen = (source: Page | Worker) =>
      source.on("console", (message) => {
        if (POLICY_REPORT.test(message.text())) reports.push(message.text());
      });
    context.on("page", (page) => {
      listen(page);
      page.on("worker", listen);
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener("securitypolicyviolation", (event) => {
        const where = `${event.sourceFile}:${event.lineNumber}`;
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${where})`);
      });
    });

    await context.route(
      (url) => url.origin !== server.url,
      async (route) => {
        const url = route.request().url();
        if (sourceAllows(tiles, url)) {
          tileRequests.push(url);
          return route.fulfill({ contentType: "image/png", body: TILE });
        }
        if (!new URL(url).hostname.endsWith(".snipcart.com")) return route.abort();

        snipcartRequests.push(url);
        const [, contentType, body] = SNIPCART_STAND_IN_ANSWERS.find(([ending]) => ending.test(url)) ?? [];
        if (contentType && body !== undefined) return route.fulfill({ contentType, body });
        const cors = { "Access-Control-Allow-Origin": "*" };
        return route.fulfill({ contentType: "application/json", body: "{}", headers: cors });
      },
    );

    const page = await context.newPage();
    const response = await page.goto(`${server.url}${pathname}`, { waitUntil: "networkidle" });
    const sent = response?.headers()["content-security-policy"];
    expect(sent).toBe(site.forPath(pathname)["Content-Security-Policy"]);

    return {
      page,
      tileRequests,
      snipcartRequests,
      async blocked() {
        // Reports arrive as tasks after the request they concern: give them a moment.
        await page.waitForTimeout(300);
        const violations = await page.evaluate(
          () => (window as unknown as { __violations: string[] }).__violations,
        );
        return [...reports, ...violations];
      },
      close: () => context.close(),
    };
  }

  test.each<PageType>(["home", "category", "A–Z list", "merchant", "ordering", "about", "legal", "404"])(
    "the %s page loads with nothing blocked by the policy",
    async (type) => {
      const { blocked, close } = await visit(pages[type]);
      expect(await blocked()).toEqual([]);
      await close();
    },
  );

  test("the product page loads with nothing blocked, and its buy button wakes the Snipcart stand-in without a block", async () => {
    const { page, blocked, snipcartRequests, close } = await visit(productPath);
    expect(await blocked()).toEqual([]);

    await page.locator(".snipcart-add-item").first().hover();
    await expect.poll(() => page.locator("iframe[title=stand-in]").count()).toBe(1);
    const themeFiles = () => snipcartRequests.filter((url) => /stand-in\.(woff2|svg)$/.test(url));
    await expect.poll(() => themeFiles().length).toBe(2);
    expect(snipcartRequests).toEqual(expect.arrayContaining([SNIPCART_FILES.script, SNIPCART_FILES.stylesheet]));
    expect(snipcartRequests.some((url) => url.startsWith("https://app.snipcart.com/"))).toBe(true);
    expect(await blocked()).toEqual([]);
    await close();
  });

  test("the map page draws its tiles (intercepted and answered locally) with nothing blocked", async () => {
    const { page, blocked, tileRequests, close } = await visit("/carte/");
    await expect.poll(() => page.locator(".leaflet-tile-loaded").count()).toBeGreaterThan(0);
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(await page.locator(".leaflet-marker-icon").count()).toBeGreaterThan(0);
    expect(await blocked()).toEqual([]);
    await close();
  });

  test("a search runs Pagefind's WebAssembly and shows results with nothing blocked", async () => {
    const { page, blocked, close } = await visit("/recherche/?q=cidre");
    const results = () => page.locator("[data-search-results] > li").count();
    await expect.poll(results, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await blocked()).toEqual([]);
    await close();
  });

  test("the watch reports what a narrower policy blocks: a search without 'wasm-unsafe-eval'", async () => {
    const narrower = await startStaticServer({
      root: inject("demoSite"),
      headers: (pathname) => {
        const headers = site.forPath(pathname);
        const csp = (headers["Content-Security-Policy"] ?? "").replace(" 'wasm-unsafe-eval'", "");
        return { ...headers, "Content-Security-Policy": csp };
      },
    });
    const context = await browser.newContext();
    const reports: string[] = [];
    const listen = (source: Page | Worker) => source.on("console", (message) => reports.push(message.text()));
    context.on("page", (page) => {
      listen(page);
      page.on("worker", listen);
    });
    const page = await context.newPage();
    await page.goto(`${narrower.url}/recherche/?q=cidre`, { waitUntil: "networkidle" });

    const policyReports = () => reports.filter((text) => POLICY_REPORT.test(text)).length;
    await expect.poll(policyReports, { timeout: 15_000 }).toBeGreaterThan(0);
    await context.close();
    await narrower.close();
  });
});

/** Every file of a built site as the URL path that serves it. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .map((relative) => `/${relative.split(path.sep).join("/")}`)
    .sort();
}

async function findProductWithBuyButton(root: string, files: string[]): Promise<string> {
  for (const pathname of files) {
    if (!/^\/commercants\/[^/]+\/[^/]+\/index\.html$/.test(pathname)) continue;
    const html = await readFile(path.join(root, pathname), "utf8");
    if (html.includes("snipcart-add-item")) return pathname.replace(/index\.html$/, "");
  }
  throw new Error("The demo build has no product page with a buy button");
}

/** The tile URL template the built map page hands to Leaflet. */
async function tileTemplate(root: string): Promise<string> {
  const map = await readFile(path.join(root, "carte/index.html"), "utf8");
  const template = /data-tiles="([^"]+)"/.exec(map)?.[1];
  if (!template) throw new Error("The built map page has no data-tiles attribute");
  return template.replaceAll("&amp;", "&");
}

/** Whether a CSP host source such as `https://*.tile.example` allows `url`. */
function sourceAllows(source: string, url: string): boolean {
  const { protocol, host } = new URL(url);
  const [scheme, sourceHost = ""] = source.split("://");
  if (`${scheme}:` !== protocol) return false;
  return sourceHost.startsWith("*.") ? host.endsWith(sourceHost.slice(1)) : host === sourceHost;
}
