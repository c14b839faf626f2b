/**
 * What a page costs a visitor on a slow connection: every file the browser fetches to show it,
 * without any interaction, grouped by kind, raw and gzip-compressed.
 *
 * The page is loaded in a real browser rather than its HTML parsed, because the browser is
 * what knows which chunks a module imports, which stylesheet a script adds and which data a
 * script fetches on load. Requests to other hosts (map tiles, Snipcart) are aborted and listed:
 * they cannot be reached from a test, and they are not the site's own weight.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Request } from "playwright-core";

export const WEIGHT_KINDS = ["html", "css", "js", "data", "font", "image"] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  byKind: Record<WeightKind, Weight>;
  /** Requests to other hosts, aborted: not counted. */
  external: string[];
}

/** A phone's screen: what lies further down (a merchant's small map) waits for a scroll. */
const PHONE = { width: 390, height: 844 };

/** Kinds that count towards a page's budget: the code and markup of the page itself. */
export const BUDGET_KINDS = ["html", "css", "js"] as const satisfies readonly WeightKind[];

/** Loads `path` of the site served at `origin` in a fresh browser context and weighs it. */
export async function measurePageWeight(
  browser: Browser,
  origin: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });

  const weighed: Promise<{ kind: WeightKind; body: Buffer } | null>[] = [];
  const page = await context.newPage();
  page.on("requestfinished", (request) => weighed.push(weigh(request)));

  try {
    await page.goto(origin + path, { waitUntil: "load" });
    // Scripts may fetch data once they run (the map's merchants); wait until nothing moves.
    await page.waitForLoadState("networkidle");
    const files = (await Promise.all(weighed)).filter((file) => file !== null);
    return { path, byKind: sumByKind(files), external };
  } finally {
    await context.close();
  }
}

async function weigh(request: Request): Promise<{ kind: WeightKind; body: Buffer } | null> {
  const response = await request.response();
  // Redirects carry no body; the file they lead to is its own request.
  if (!response || response.status() >= 300 && response.status() < 400) return null;
  return { kind: kindOf(request), body: await response.body() };
}

function kindOf(request: Request): WeightKind {
  const pathname = new URL(request.url()).pathname;
  switch (request.resourceType()) {
    case "document":
      return "html";
    case "stylesheet":
      return "css";
    case "script":
      return "js";
    case "font":
      return "font";
    case "image":
    case "media":
      return "image";
    default:
      // Fetched by scripts: WebAssembly is code (Pagefind names its own `wasm.<language>.pagefind`),
      // pictures are pictures, the rest (map data, search index) is data.
      if (/\.(m?js|wasm)$|\/wasm\.[^/]*\.pagefind$/.test(pathname)) return "js";
      if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(pathname)) return "image";
      if (/\.(woff2?|ttf|otf)$/.test(pathname)) return "font";
      return "data";
  }
}

function sumByKind(files: { kind: WeightKind; body: Buffer }[]): Record<WeightKind, Weight> {
  const empty = WEIGHT_KINDS.map((kind) => [kind, { files: 0, raw: 0, gzip: 0 }]);
  const byKind = Object.fromEntries(empty) as Record<WeightKind, Weight>;
  for (const { kind, body } of files) {
    const weight = byKind[kind];
    weight.files += 1;
    weight.raw += body.length;
    // zlib's default level, what a server compressing on the fly sends; Brotli would be smaller.
    weight.gzip += gzipSync(body).length;
  }
  return byKind;
}

/** The sum of `kinds` on a page. */
export function totalOf(weight: PageWeight, kinds: readonly WeightKind[] = BUDGET_KINDS): Weight {
  return kinds.reduce(
    (total, kind) => ({
      files: total.files + weight.byKind[kind].files,
      raw: total.raw + weight.byKind[kind].raw,
      gzip: total.gzip + weight.byKind[kind].gzip,
    }),
    { files: 0, raw: 0, gzip: 0 },
  );
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A Markdown table of page weights, gzip first and raw in parentheses, one row per page type:
 * for the test output and the closing note.
 */
export function formatWeightTable(rows: { type: string; weight: PageWeight }[]): string {
  const header = ["page type", "path", ...WEIGHT_KINDS, "HTML+CSS+JS"];
  const cell = ({ files, raw, gzip }: Weight) =>
    files === 0 ? "–" : `${kilobytes(gzip)} (${kilobytes(raw)})`;
  const lines = rows.map(({ type, weight }) => [
    type,
    weight.path,
    ...WEIGHT_KINDS.map((kind) => cell(weight.byKind[kind])),
    cell(totalOf(weight)),
  ]);
  return [header, header.map(() => "---"), ...lines].map((line) => `| ${line.join(" | ")} |`).join("\n");
}
