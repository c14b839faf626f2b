import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.ts";
import { buildInto, PROJECT_ROOT } from "../support/build.ts";
import { launchChromium } from "../support/chromium.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  // Built as if on 20 March 2026, so the schedule covers the instants below.
  const site = await buildInto(path.join(PROJECT_ROOT, "test/fixtures/hours-town/content"), { COMPTOIR_TODAY: "2026-03-20" });
  server = await startStaticServer({ root: site });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let newYork: BrowserContext | undefined;

/** A visitor in New York, whose clock reads `instant`. */
async function visit(url: string, instant: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const fresh = Object.keys(options).length > 0;
  const context = fresh || !newYork ? await browser.newContext({ timezoneId: "America/New_York", locale: "en-US", ...options }) : newYork;
  if (!fresh && !newYork) {
    newYork = context;
    // Map tiles and any other outside host are unreachable here: cut them off at once.
    await context.route((url) => url.origin !== server.url, (route) => route.abort());
  }
  if (fresh) await context.route((url) => url.origin !== server.url, (route) => route.abort());
  await context.clock.setFixedTime(new Date(instant));
  const page = await context.newPage();
  await page.goto(`${server.url}${url}`, { waitUntil: "domcontentloaded" });
  return page;
}

/** Closes the page, and its context when it had one of its own. */
async function leave(page: Page): Promise<void> {
  if (page.context() === newYork) await page.close();
  else await page.context().close();
}

async function badgeAndToday(page: Page) {
  const badge = page.locator("[data-hours-badge]");
  await badge.waitFor({ state: "visible" });
  return {
    badge: await badge.textContent(),
    today: await page.locator('.hours__week tr[aria-current="date"]').innerText(),
  };
}

describe("the opening hours of a merchant page, seen from New York (outside hosts intercepted)", () => {
  test("say the bakery opens in 20 minutes at 13:40 in Paris, on Tuesday's row", async () => {
    const page = await visit("/commercants/boulangerie-du-calvaire/", "2026-03-24T12:40:00Z");
    expect(await badgeAndToday(page)).toEqual({ badge: "Ouvre dans 20 min", today: "Mardi · aujourd'hui\t9 h – 12 h 30, 14 h – 19 h" });
    await leave(page);
  });

  test("say the bakery closes at 12 h 30, as the table does, after the clocks went forward", async () => {
    const page = await visit("/commercants/boulangerie-du-calvaire/", "2026-03-31T08:00:00Z");
    expect(await badgeAndToday(page)).toEqual({ badge: "Ouvert · ferme à 12 h 30", today: "Mardi · aujourd'hui\t9 h – 12 h 30, 14 h – 19 h" });
    await leave(page);
  });

  test("say the bar is open until 1 h on Saturday in Paris while it is still Friday in New York", async () => {
    const page = await visit("/commercants/bar-du-port/", "2026-03-27T23:30:00Z");
    expect(await badgeAndToday(page)).toEqual({ badge: "Ouvert · ferme dans 30 min", today: "Samedi · aujourd'hui\t18 h – 1 h" });
    await leave(page);
  });

  test("say when the bakery reopens during its summer closure, which is listed", async () => {
    const page = await visit("/commercants/boulangerie-du-calvaire/", "2026-08-01T08:00:00Z");
    expect(await badgeAndToday(page)).toEqual({ badge: "Fermé · ouvre le 22 août à 8 h 30", today: "Samedi · aujourd'hui\t8 h 30 – 13 h" });
    expect(await page.locator(".hours__closures li").innerText()).toBe("Du 1er au 21 août 2026 : congés d'été.");
    await leave(page);
  });

  test("hide closures and holidays that are over since the build", async () => {
    const page = await visit("/commercants/boulangerie-du-calvaire/", "2026-09-01T08:00:00Z");
    await page.locator("[data-hours-badge]").waitFor({ state: "visible" });
    expect(await page.getByRole("heading", { name: "Fermetures exceptionnelles" }).isVisible()).toBe(false);
    expect(await page.getByRole("heading", { name: "Jours fériés à venir" }).isVisible()).toBe(false);
    await leave(page);
  });

  test("still show the week without JavaScript, with no badge", async () => {
    const page = await visit("/commercants/boulangerie-du-calvaire/", "2026-03-24T12:40:00Z", { javaScriptEnabled: false });
    expect(await page.locator(".hours__week tbody tr").allInnerTexts()).toEqual([
      "Lundi\tFermé",
      "Mardi\t9 h – 12 h 30, 14 h – 19 h",
      "Mercredi\t9 h – 12 h 30, 14 h – 19 h",
      "Jeudi\t9 h – 12 h 30, 14 h – 19 h",
      "Vendredi\t9 h – 12 h 30, 14 h – 19 h",
      "Samedi\t8 h 30 – 13 h",
      "Dimanche\tFermé",
    ]);
    expect(await page.locator("[data-hours-badge]").isVisible()).toBe(false);
    await leave(page);
  });

  test("say plainly when a merchant gave no hours", async () => {
    const page = await visit("/commercants/ferme-sans-horaires/", "2026-03-24T12:40:00Z");
    expect(await page.locator(".hours__missing").innerText()).toBe("Horaires non renseignés. Appelez avant de vous déplacer.");
    await leave(page);
  });
});

describe("the « Ouvert maintenant » filter of the map, seen from New York (outside hosts intercepted)", () => {
  test.each([
    ["at 09:30 on a Tuesday in Paris", "2026-03-24T08:30:00Z", ["boulangerie-du-calvaire"]],
    ["at 23:30 on a Friday in Paris", "2026-03-27T22:30:00Z", ["bar-du-port"]],
    ["on Ascension Thursday at 11:00 in Paris", "2026-05-14T09:00:00Z", ["bar-du-port"]],
  ])("keeps the merchants open %s, as their tables say", async (_when, instant, open) => {
    const page = await visit("/carte/?ouvert=oui", instant);
    await page.locator('[data-map][data-state="ready"]').waitFor({ state: "attached" });
    const shown = await page.locator("[data-map-list] > li:not([hidden])").evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.slug),
    );
    expect(shown).toEqual(open);
    expect(await page.getByRole("checkbox", { name: "Ouvert maintenant" }).isChecked()).toBe(true);
    await leave(page);
  });
});

describe("the « Ouvert maintenant » filter of search, seen from New York (outside hosts intercepted)", () => {
  test.each([
    ["at 09:30 on a Tuesday in Paris", "2026-03-24T08:30:00Z", ["Boulangerie du Calvaire"]],
    ["at 23:30 on a Friday in Paris", "2026-03-27T22:30:00Z", ["Bar du Port"]],
    ["at 21:00 on a Sunday in Paris, when nobody is", "2026-03-22T20:00:00Z", []],
  ])("keeps the merchants open %s, as their tables say", async (_when, instant, open) => {
    const page = await visit("/recherche/?ouvert=oui", instant);
    await page.locator("[data-search-status]").filter({ hasText: /\S/ }).waitFor();
    expect(await page.locator(".search-result__title").allInnerTexts()).toEqual(open);
    expect(await page.getByRole("checkbox", { name: "Ouvert maintenant" }).isChecked()).toBe(true);
    await leave(page);
  });
});
