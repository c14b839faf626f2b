/**
 * `npm run preview`: serves the built `_site/` as the production host would, with the headers
 * of netlify.toml (Content-Security-Policy included), at http://localhost:8080 (or --port).
 * Build first with `npm run build`.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { startStaticServer } from "../src/serve/static-server.ts";
import { log } from "../src/log.ts";

const { values } = parseArgs({
  options: { site: { type: "string", default: "_site" }, port: { type: "string", default: "8080" } },
});

if (!existsSync(values.site)) {
  log.error(`${values.site}/ n'existe pas : lancez d'abord npm run build`);
  process.exit(1);
}
const server = await startStaticServer({ root: values.site, port: Number(values.port) });
log.info(`Aperçu du site sur ${server.url.replace("127.0.0.1", "localhost")} (Ctrl+C pour arrêter)`);
