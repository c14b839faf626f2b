/**
 * A small static server for the built site, the way Netlify serves it: `/x/` serves
 * `x/index.html`, `/x` redirects to `/x/` when that folder exists, and unknown paths get
 * `404.html` with status 404. Used by `npm run preview` and by the browser tests.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  port?: number;
  /** Headers sent with every response, such as the production Content-Security-Policy. */
  headers?: (pathname: string) => Record<string, string>;
}

export async function startStaticServer({ root, port = 0, headers = () => ({}) }: StaticServerOptions): Promise<StaticServer> {
  const base = path.resolve(root);

  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const target = path.join(base, pathname);
    const extra = headers(pathname);

    const send = async (file: string, status: number) => {
      response.writeHead(status, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", ...extra });
      if (request.method === "HEAD") return response.end();
      createReadStream(file).pipe(response);
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
