/**
 * `npm run generate -- --merchants 1000 --products 10 --seed 1 --out /tmp/town/content`:
 * writes a synthetic town for benchmarks and scale tests. Same seed, same files.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateTown } from "../src/bench/town.ts";
import { log, plural } from "../src/log.ts";

const { values } = parseArgs({
  options: {
    merchants: { type: "string", default: "100" },
    products: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
  },
});

if (!values.out) {
  log.error("indiquez le dossier à créer : --out <dossier>");
  process.exit(2);
}
if (existsSync(values.out)) {
  log.error(`${values.out} existe déjà : choisissez un dossier neuf`);
  process.exit(2);
}
const made = await generateTown({
  merchants: Number(values.merchants),
  productsPerMerchant: Number(values.products),
  seed: Number(values.seed),
  outDir: values.out,
  settingsDir: "content",
});
log.info(`Commune générée dans ${values.out} : ${plural(made.merchants, "commerçant", "commerçants")}, ${plural(made.products, "produit", "produits")}.`);
