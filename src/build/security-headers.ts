/**
 * The site's response headers, read from `netlify.toml` by Netlify's own parser and matched to
 * paths with Netlify's rules, so the local preview and the browser tests send exactly what
 * production sends. `netlify.toml` stays the one place the headers are written.
 *
 * Netlify's matching, as its documentation and its parser's own matcher describe it:
 * - a rule's `for` is cut at each `/`; empty parts are dropped;
 * - `:name` matches one whole segment; a part that is exactly `*` matches the rest of the path,
 *   slashes included, or nothing (so `/*` applies to `/` and `/assets/js/*` to `/assets/js`);
 *   a `*` inside a part matches anything at that place;
 * - a trailing slash on the path is optional, and letters match whatever their case;
 * - every matching rule applies, not only the most specific one.
 */
import path from "node:path";
import { z } from "zod";

export const NETLIFY_CONFIG = path.resolve(import.meta.dirname, "../../netlify.toml");

/**
 * What Netlify sends when no rule sets `Cache-Control`: every visit asks whether the file
 * changed (answered by a small 304). Pages rely on it, so a new deploy shows at once.
 */
export const NETLIFY_DEFAULT_HEADERS: Readonly<Record<string, string>> = {
  "Cache-Control": "public, max-age=0, must-revalidate",
};

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

export interface SiteHeaders {
  rules: HeaderRule[];
  /** The headers a response for `pathname` carries, rule values first, then Netlify's defaults. */
  forPath(pathname: string): Record<string, string>;
}

const parsedRules = z.array(z.object({ for: z.string(), values: z.record(z.string(), z.string()) }));

/** Reads the `[[headers]]` rules of a Netlify config file with `@netlify/config`, offline. */
export async function readHeaderRules(configPath: string = NETLIFY_CONFIG): Promise<HeaderRule[]> {
  // Loaded on demand: the parser takes a second to import and only servers need it.
  const { resolveConfig } = await import("@netlify/config");
  const directory = path.dirname(configPath);
  const resolved = await resolveConfig({
    config: configPath,
    cwd: directory,
    repositoryRoot: directory,
    context: "production",
    offline: true,
    buffer: true,
  });

  const warnings: string[] = resolved.logs?.stderr ?? [];
  if (warnings.length > 0) {
    const report = warnings.join("\n");
    throw new Error(
      `${configPath} : le lecteur de configuration de Netlify signale un problème :\n${report}\n` +
        "Netlify n'appliquerait pas ces en-têtes comme prévu : corrigez le fichier.",
    );
  }
  return parsedRules.parse(resolved.config.headers ?? []);
}

/** Loads the rules once and answers for any path; throws if two rules set one header for a path. */
export async function loadSiteHeaders(configPath: string = NETLIFY_CONFIG): Promise<SiteHeaders> {
  const rules = await readHeaderRules(configPath);
  return { rules, forPath: (pathname) => headersForPath(rules, pathname) };
}

export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const found: Record<string, string> = {};
  const setBy = new Map<string, string>();

  for (const rule of rules) {
    if (!ruleMatches(rule.for, pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      const earlier = setBy.get(key);
      // Netlify documents no order between overlapping rules and may send both values joined:
      // a long and a short Cache-Control together would be read as the shortest. Refuse it.
      if (earlier !== undefined) {
        throw new Error(
          `netlify.toml : l'en-tête ${name} de ${pathname} est donné par deux règles, ` +
            `« ${earlier} » et « ${rule.for} ». Netlify pourrait envoyer les deux valeurs ` +
            "ensemble : ne gardez qu'une règle par en-tête pour un même chemin.",
        );
      }
      setBy.set(key, rule.for);
      found[name] = value;
    }
  }

  for (const [name, value] of Object.entries(NETLIFY_DEFAULT_HEADERS)) {
    if (!setBy.has(name.toLowerCase())) found[name] = value;
  }
  return found;
}

export function ruleMatches(forPath: string, pathname: string): boolean {
  return forPattern(forPath).test(pathname);
}

const patterns = new Map<string, RegExp>();

function forPattern(forPath: string): RegExp {
  let pattern = patterns.get(forPath);
  if (!pattern) {
    let source = "^";
    for (const part of forPath.split("/").map((segment) => segment.trimEnd())) {
      if (part === "") continue;
      if (part === "*") source += "(?:/.*)?";
      else if (part.startsWith(":")) source += "/[^/]+";
      else source += `/${part.split("*").map(escapeRegExp).join(".*")}`;
    }
    pattern = new RegExp(`${source}/?$`, "iu");
    patterns.set(forPath, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/** A Content-Security-Policy value as directive name to sources, names in lower case. */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The CSP source that lets a Leaflet tile URL template through `img-src`: its origin, with a
 * `{s}` subdomain placeholder turned into a wildcard (`https://{s}.tile.example` becomes
 * `https://*.tile.example`).
 */
export function tileSource(template: string): string {
  const withHost = template.replace(/^(https?:\/\/)\{[^}]+\}\./, "$1wildcard-subdomain.");
  const origin = new URL(withHost.replace(/\{[^}]+\}/g, "0")).origin;
  return origin.replace("wildcard-subdomain.", "*.");
}
