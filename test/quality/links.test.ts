/**
 * No broken internal link, anchor or image anywhere in the demo build. Every `href`, `src`,
 * `srcset`, `action` and `data-source` of every HTML file, the site's own absolute URLs in meta
 * tags and JSON-LD, and every `url()` of the stylesheets are resolved as a browser would, then
 * looked up in the build the way Netlify serves it: `/x/` is `x/index.html`, and a `#fragment`
 * must be the id of an element of the target page.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { loadDemoContent } from "./demo-browser.ts";

/** Build files by path (`a/index.html`): the text of HTML and CSS files, null for the others. */
type Build = Map<string, string | null>;

const URL_ATTRIBUTES = new Set(["href", "src", "action", "poster", "data-source"]);
/** Meta tags whose `content` is a URL. */
const URL_METAS = new Set(["og:url", "og:image", "twitter:image"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== "#") return ENTITIES[entity.toLowerCase()] ?? whole;
    const hex = entity[1] === "x" || entity[1] === "X";
    return String.fromCodePoint(hex ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const SCRIPT_OR_STYLE = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi;
const START_TAG = /<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The start tags of a page with their attributes, and its JSON-LD blocks. Enough for HTML the
 * build wrote itself: scripts and styles are set aside as opaque text, comments dropped.
 */
function readTags(html: string): { tags: Tag[]; jsonLd: string[] } {
  const jsonLd: string[] = [];
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(SCRIPT_OR_STYLE, (_whole, open: string, _name, body: string, close: string) => {
      if (/type=["']?application\/ld\+json/i.test(open)) jsonLd.push(body);
      return open + close;
    });

  const tags: Tag[] = [];
  for (const [, name = "", rest = ""] of markup.matchAll(START_TAG)) {
    const attributes = new Map<string, string>();
    for (const [, key = "", double, single, bare] of rest.matchAll(ATTRIBUTE)) {
      attributes.set(key.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ""));
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return { tags, jsonLd };
}

interface Reference {
  from: string;
  /** Where in the file: `href`, `srcset`, `JSON-LD`, `url()`… */
  where: string;
  url: string;
}

interface Links {
  references: Reference[];
  /** The ids of each HTML file, the targets of `#fragments`. */
  ids: Map<string, Set<string>>;
}

function stylesheetReferences(file: string, css: string): Reference[] {
  const found: Reference[] = [];
  for (const [, double, single, bare] of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const url = double ?? single ?? bare ?? "";
    // `url(#x)` points into the page using the stylesheet (Leaflet's old-IE `#default#VML`).
    if (!url.startsWith("#")) found.push({ from: file, where: "url()", url });
  }
  return found;
}

function pageReferences(file: string, html: string, baseUrl: string): { found: Reference[]; ids: Set<string> } {
  const found: Reference[] = [];
  const ids = new Set<string>();
  const { tags, jsonLd } = readTags(html);

  for (const tag of tags) {
    const id = tag.attributes.get("id") ?? (tag.name === "a" ? tag.attributes.get("name") : undefined);
    if (id) ids.add(id);
    for (const [name, value] of tag.attributes) {
      if (URL_ATTRIBUTES.has(name)) found.push({ from: file, where: name, url: value });
      if (name !== "srcset") continue;
      for (const candidate of value.split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) found.push({ from: file, where: name, url });
      }
    }
    const meta = tag.attributes.get("property") ?? tag.attributes.get("name") ?? "";
    if (tag.name === "meta" && URL_METAS.has(meta)) {
      found.push({ from: file, where: `meta ${meta}`, url: tag.attributes.get("content") ?? "" });
    }
  }

  // `@id` names a node of the graph (`…/#commerce`): an identifier, not a link to follow.
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string" && key !== "@id" && value.startsWith(`${baseUrl}/`)) {
      found.push({ from: file, where: "JSON-LD", url: value });
    } else if (value && typeof value === "object") {
      for (const [name, inner] of Object.entries(value)) walk(inner, name);
    }
  };
  for (const block of jsonLd) walk(JSON.parse(block) as unknown, "");

  return { found, ids };
}

function readLinks(build: Build, baseUrl: string): Links {
  const links: Links = { references: [], ids: new Map() };
  for (const [file, text] of build) {
    if (text === null) continue;
    if (file.endsWith(".css")) {
      links.references.push(...stylesheetReferences(file, text));
    } else {
      const { found, ids } = pageReferences(file, text, baseUrl);
      links.references.push(...found);
      links.ids.set(file, ids);
    }
  }
  return links;
}

/** The address at which Netlify serves a build file. */
function servedAt(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/** Why `reference` leads nowhere, or null when it leads somewhere in `build` (or off the site). */
function problemWith(reference: Reference, build: Build, links: Links, site: URL): string | null {
  const { url, from } = reference;
  if (url === "" || url === "#") return null;
  const target = new URL(url, new URL(servedAt(from), site));
  if (target.origin !== site.origin) return null;

  // 404.html is served at every unknown address: a relative URL would resolve differently at each.
  if (from === "404.html" && !/^(\/|#|[a-z]+:)/i.test(url)) {
    return "relative URL on the 404 page, which is served at any address";
  }

  const pathname = decodeURIComponent(target.pathname).slice(1);
  const file = pathname === "" || pathname.endsWith("/") ? `${pathname}index.html` : pathname;
  if (!build.has(file)) {
    return build.has(`${file}/index.html`) ? "no final slash (a redirect)" : "no such file in the build";
  }

  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && !links.ids.get(file)?.has(fragment)) return `no element with id="${fragment}" in ${file}`;
  return null;
}

/**
 * Every internal reference of `build` that leads nowhere, one line per distinct URL and problem:
 * `file (and N more files): where="url": problem`.
 */
function brokenLinks(build: Build, baseUrl: string): string[] {
  const site = new URL(baseUrl);
  const links = readLinks(build, baseUrl);
  const problems = new Map<string, string[]>();
  for (const reference of links.references) {
    const problem = problemWith(reference, build, links, site);
    if (!problem) continue;
    const key = `${reference.where}="${reference.url}": ${problem}`;
    problems.set(key, [...(problems.get(key) ?? []), reference.from]);
  }

  return [...problems].map(([problem, files]) => {
    const more = files.length > 1 ? ` (and ${files.length - 1} more files)` : "";
    return `${files[0]}${more}: ${problem}`;
  });
}

async function readBuild(root: string): Promise<Build> {
  const build: Build = new Map();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(root, absolute).split(path.sep).join("/");
    const readable = file.endsWith(".html") || file.endsWith(".css");
    build.set(file, readable ? await readFile(absolute, "utf8") : null);
  }
  return build;
}

const BASE = "https://comptoir.example";

function page(body: string, head = ""): string {
  return `<!doctype html><html lang="fr"><head>${head}</head><body><main id="contenu">${body}</main></body></html>`;
}

describe("the link checker", () => {
  test.each([
    [
      "a link to a missing page",
      { "index.html": page('<a href="/nulle-part/">x</a>') },
      'href="/nulle-part/": no such file',
    ],
    [
      "a link to a folder without its final slash",
      { "index.html": page('<a href="/carte">x</a>'), "carte/index.html": page("") },
      "no final slash",
    ],
    [
      "an anchor missing on the target page",
      { "index.html": page('<a href="/carte/#liste">x</a>'), "carte/index.html": page("") },
      'no element with id="liste"',
    ],
    [
      "an anchor missing on the same page",
      { "a/index.html": page('<a href="#ailleurs">x</a>') },
      'no element with id="ailleurs"',
    ],
    [
      "a missing picture in a srcset",
      { "index.html": page('<img alt="" src="/a.webp" srcset="/a.webp 1x, /b.webp 2x">'), "a.webp": null },
      'srcset="/b.webp"',
    ],
    [
      "a relative image beside a page",
      { "a/index.html": page('<img alt="" src="photo.jpg">') },
      'src="photo.jpg": no such file',
    ],
    [
      "a missing stylesheet",
      { "index.html": page("", '<link rel="stylesheet" href="/assets/styles.css">') },
      'href="/assets/styles.css"',
    ],
    [
      "a missing Open Graph image on the site's own address",
      { "index.html": page("", `<meta property="og:image" content="${BASE}/img/x.png">`) },
      "meta og:image",
    ],
    [
      "a missing page named in JSON-LD",
      { "index.html": page(`<script type="application/ld+json">{"url":"${BASE}/x/"}</script>`) },
      "JSON-LD",
    ],
    [
      "a relative link on the 404 page",
      { "404.html": page('<a href="carte/">x</a>'), "carte/index.html": page("") },
      "the 404 page",
    ],
    [
      "a missing picture in a stylesheet",
      { "assets/styles.css": "a { background: url('./fond.png') }" },
      'url()="./fond.png"',
    ],
  ])("reports %s", (_name, files, expected) => {
    const build: Build = new Map(Object.entries(files));
    expect(brokenLinks(build, BASE).join("\n")).toContain(expected);
  });

  test("follows links to pages, files and anchors that exist, and leaves other sites, mail and phone alone", () => {
    const links = [
      '<a href="https://www.openstreetmap.org/">osm</a>',
      '<a href="mailto:a@b.fr">mail</a>',
      '<a href="tel:+33298000000">tel</a>',
      '<a href="/carte/#liste">list</a>',
      `<a href="${BASE}/carte/">map</a>`,
      '<a href="/recherche/?q=pain&amp;tri=nom">search</a>',
      '<a href="#contenu">top</a>',
    ];
    const build: Build = new Map(
      Object.entries({
        "index.html": page(links.join("")),
        "carte/index.html": page('<ol id="liste"></ol>'),
        "recherche/index.html": page(""),
      }),
    );
    expect(brokenLinks(build, BASE)).toEqual([]);
  });
});

describe("the demo build", () => {
  let build: Build;
  let baseUrl: string;

  beforeAll(async () => {
    build = await readBuild(inject("demoSite"));
    baseUrl = (await loadDemoContent()).site.baseUrl;
  });

  test("has no broken internal link, anchor or image in any page or stylesheet", () => {
    const pages = [...build.keys()].filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(250);

    // The checker did read the build: every kind of reference it knows is there.
    const kinds = new Set(readLinks(build, baseUrl).references.map((reference) => reference.where));
    const expected = ["JSON-LD", "action", "data-source", "href", "meta og:image", "meta og:url", "src", "srcset", "url()"];
    expect([...kinds]).toEqual(expect.arrayContaining(expected));

    expect(brokenLinks(build, baseUrl).join("\n")).toBe("");
  });
});
