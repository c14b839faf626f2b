/**
 * The built demo town in Chromium, for the quality tests: one static server and one browser per
 * test file, and pages whose only way out is that server. The tile server and Snipcart's CDN
 * cannot be reached from here, so their requests are answered locally and recorded; any other
 * outside request is refused and recorded too.
 */
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import sharp from "sharp";
import { inject } from "vitest";
import { SNIPCART_FILES } from "../../src/build/cart.ts";
import { loadContent } from "../../src/content/load.ts";
import type { Content } from "../../src/content/model.ts";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { PROJECT_ROOT } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";

/**
 * Plays just enough of Snipcart for a buy button: ready at once, and every click on a buy button
 * after that is recorded in `window.__standIn.added`.
 */
const SNIPCART_STAND_IN = `(() => {
  const added = [];
  window.__standIn = { added };
  document.addEventListener("click", (event) => {
    const button = event.target.closest(".snipcart-add-item");
    if (button) added.push(button.dataset.itemName);
  });
  window.Snipcart = {
    api: { session: { setLanguage: () => undefined } },
    events: { on: () => () => undefined },
    store: {
      subscribe: () => () => undefined,
      getState: () => ({ cart: { items: { count: added.length } } }),
    },
  };
  document.dispatchEvent(new Event("snipcart.ready"));
})();`;

export interface DemoSite {
  url: string;
  content: Content;
  browser: Browser;
  close(): Promise<void>;
}

/** The content the shared demo build was made from (see test/support/global-setup.ts). */
export async function loadDemoContent(): Promise<Content> {
  const folder = path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content");
  const loaded = await loadContent(folder);
  if (!loaded.content) throw new Error(`The demo content in ${folder} does not load`);
  return loaded.content;
}

/** The shared demo build behind a local server, and a browser to visit it. */
export async function openDemoSite(): Promise<DemoSite> {
  const content = await loadDemoContent();
  const server: StaticServer = await startStaticServer({ root: inject("demoSite") });
  const browser = await launchChromium();
  return {
    url: server.url,
    content,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Outside {
  tiles: string[];
  snipcart: string[];
  /** Requests to any other host, refused. */
  refused: string[];
}

/** Whether a host serves the tiles of a Leaflet template (`https://{s}.tile.example/{z}/{x}/{y}.png`). */
function tileHostTest(template: string): (host: string) => boolean {
  const host = template.split("/")[2] ?? "";
  const pattern = host.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[a-z]+\}/g, "[a-z0-9-]+");
  const expression = new RegExp(`^${pattern}$`);
  return (candidate) => expression.test(candidate);
}

let tile: Promise<Buffer> | undefined;

/** A plain 256 px tile the colour of land, made once per file. */
function plainTile(): Promise<Buffer> {
  tile ??= sharp({ create: { width: 256, height: 256, channels: 3, background: "#f2efe9" } })
    .png()
    .toBuffer();
  return tile;
}

/**
 * Answers the tile server with plain tiles and Snipcart's CDN with the stand-in (and an empty
 * stylesheet), and refuses everything else outside `site`.
 */
export async function interceptOutside(page: Page, site: DemoSite): Promise<Outside> {
  const outside: Outside = { tiles: [], snipcart: [], refused: [] };
  const isTileHost = tileHostTest(site.content.site.map.tiles.url);
  const snipcartHost = new URL(SNIPCART_FILES.script).host;

  await page.route(
    (url) => url.origin !== site.url,
    async (route) => {
      const url = new URL(route.request().url());
      if (isTileHost(url.host)) {
        outside.tiles.push(url.href);
        return route.fulfill({ contentType: "image/png", body: await plainTile() });
      }
      if (url.host === snipcartHost) {
        outside.snipcart.push(url.href);
        return url.pathname.endsWith(".css")
          ? route.fulfill({ contentType: "text/css", body: "" })
          : route.fulfill({ contentType: "text/javascript", body: SNIPCART_STAND_IN });
      }
      outside.refused.push(url.href);
      return route.abort();
    },
  );
  return outside;
}

export interface Visit {
  page: Page;
  outside: Outside;
  close(): Promise<void>;
}

/** A phone-sized page in a context of its own, its outside requests intercepted. */
export async function openPage(site: DemoSite, options: BrowserContextOptions = {}): Promise<Visit> {
  const viewport = { width: 390, height: 844 };
  const context = await site.browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const outside = await interceptOutside(page, site);
  return { page, outside, close: () => context.close() };
}
