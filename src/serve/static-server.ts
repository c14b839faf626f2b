/**
 * A small static server for the built site, the way Netlify serves it: `/x/` serves
 * `x/index.html`, `/x` redirects to `/x/` when that folder exists, and unknown paths get
 * `404.html` with status 404. Used by `npm run preview` and by the browser tests.
 *
 * Every response carries the headers production sends, read from netlify.toml (see
 * src/build/security-headers.ts), Content-Security-Policy included: a page that works here
 * is not blocked there.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";
import { loadSiteHeaders } from "../build/security-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml)|image\/svg)/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  port?: number;
  /** Headers for each response; by default those netlify.toml gives production for the path. */
  headers?: (pathname: string) => Record<string, string>;
  /**
   * Gzip text files for clients that accept it, as Netlify does: for measurements that should
   * see production's transfer sizes (Lighthouse). Off by default, so tests read plain bodies.
   */
  compress?: boolean;
}

export async function startStaticServer({ root, port = 0, headers, compress = false }: StaticServerOptions): Promise<StaticServer> {
  const base = path.resolve(root);
  const headersFor = headers ?? (await loadSiteHeaders()).forPath;

  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const target = path.join(base, pathname);
    let extra: Record<string, string>;
    try {
      extra = headersFor(pathname);
    } catch (error) {
      // A header rule production could not apply either: said on the page and in the terminal.
      console.error(error);
      return response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end(String(error));
    }

    const send = async (file: string, status: number) => {
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      const gzip = compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"]));
      response.writeHead(status, { "Content-Type": type, ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}), ...extra });
      if (request.method === "HEAD") return response.end();
      (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(response);
    };
    const isFile = async (file: string) => (await stat(file).catch(() => null))?.isFile() ?? false;

    if (!target.startsWith(base)) {
      response.writeHead(403).end();
    } else if (pathname.endsWith("/") && (await isFile(path.join(target, "index.html")))) {
      await send(path.join(target, "index.html"), 200);
    } else if (!pathname.endsWith("/") && (await isFile(target))) {
      await send(target, 200);
    } else if (!pathname.endsWith("/") && (await isFile(path.join(target, "index.html")))) {
      response.writeHead(301, { Location: `${pathname}/`, ...extra }).end();
    } else if (await isFile(path.join(base, "404.html"))) {
      await send(path.join(base, "404.html"), 404);
    } else {
      response.writeHead(404, extra).end();
    }
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
