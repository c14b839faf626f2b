/**
 * `npx tsx scripts/bench-search.ts`: how search holds up on a big town. Generates a synthetic
 * town (5,000 merchants × 10 products by default), builds and indexes it, then prints the index
 * time, the index size on disk, and, in Chromium, the bytes a first query downloads and the time
 * it takes to show results. A measurement to read, not a test: nothing here fails on a figure.
 * Options: --merchants <n>, --products <n>, --keep (leave the generated town and site in /tmp),
 * --site <dir> (measure the queries on a site already built, skipping generation and build).
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";

const { values } = parseArgs({
  options: {
    merchants: { type: "string", default: "5000" },
    products: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
    site: { type: "string" },
  },
});
const MERCHANTS = Number(values.merchants);
const PRODUCTS = Number(values.products);
/** What residents type: a product, an unaccented shop word, a plural, two words, a rare word. */
const QUERIES = ["fraises", "creperie", "pain sans gluten", "reparation velo", "miel"];

// Runs last, once the tables below are defined.
async function main() {
  if (values.site) {
    await measureQueries(values.site);
    return;
  }
  const root = await mkdtemp(path.join(tmpdir(), "comptoir-bench-search-"));
  const content = path.join(root, "content");
  const output = path.join(root, "_site");

  try {
    let started = performance.now();
    await generateTown(content, MERCHANTS, PRODUCTS);
    console.log(`Town generated: ${MERCHANTS} merchants, ${MERCHANTS * PRODUCTS} products (${seconds(started)})`);

    started = performance.now();
    const { stdout } = await promisify(execFile)(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/build.ts", "--content", content, "--output", output],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=6144" } },
    );
    const indexLine = stdout.split("\n").find((line) => line.includes("Index de recherche écrit")) ?? "(no index line)";
    console.log(`Build: ${seconds(started)} in all`);
    console.log(`Index: ${indexLine.replace("[comptoir] ", "")}`);

    const sizes = await folderSize(path.join(output, "pagefind"));
    console.log(`Index on disk: ${kb(sizes.total)} in ${sizes.files} files (${kb(sizes.search)} without Pagefind's unused UI files)`);

    await measureQueries(output);
  } finally {
    if (values.keep) console.log(`Kept: ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

async function measureQueries(site: string) {
  const server = await startStaticServer({ root: site });
  const browser = await launchChromium();
  try {
    console.log("\nFirst query in a fresh browser (cold cache), typed once the search page has loaded:");
    console.log("query                | results | time to results | /pagefind/ bytes | gzip estimate");
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/recherche/`, { waitUntil: "load" });

      let bytes = 0;
      let gzip = 0;
      page.on("response", async (response) => {
        if (!new URL(response.url()).pathname.startsWith("/pagefind/")) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        bytes += body.length;
        // .pf_* files and the wasm are gzipped by Pagefind already; a server compresses the rest.
        gzip += /\.(pf_\w+|pagefind)$/.test(response.url()) ? body.length : gzipSync(body).length;
      });

      const typed = performance.now();
      await page.getByRole("searchbox").fill(query);
      await page.getByRole("status").filter({ hasText: /résultat/ }).waitFor({ timeout: 30_000 });
      const elapsed = performance.now() - typed;
      await page.waitForLoadState("networkidle");
      const announced = (await page.getByRole("status").textContent()) ?? "";
      const count = announced.match(/^[\d\u202f]+/)?.[0]?.replace(/\u202f/g, "") ?? "0";
      console.log(
        `${query.padEnd(20)} | ${count.padStart(7)} | ${`${Math.round(elapsed)} ms`.padStart(15)} | ${kb(bytes).padStart(16)} | ${kb(gzip).padStart(13)}`,
      );
      await context.close();
    }
    console.log("(time includes the 200 ms the page waits after the last key press before searching)");
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- A synthetic town -------------------------------------------------------------------------

const CATEGORIES = [
  ["boulangeries", "Boulangeries et pâtisseries", "🥖"],
  ["restaurants", "Crêperies et restaurants", "🍽️"],
  ["epiceries", "Épiceries et fromageries", "🧺"],
  ["fruits-legumes", "Fruits et légumes", "🍓"],
  ["boucheries", "Boucheries et poissonneries", "🐟"],
  ["artisanat-art", "Artisanat d'art", "🏺"],
  ["reparation", "Réparation et services", "🔧"],
  ["mode", "Mode et accessoires", "👜"],
  ["maison", "Maison et jardin", "🪴"],
  ["bien-etre", "Beauté et bien-être", "🌿"],
  ["culture", "Livres et culture", "📚"],
  ["boissons", "Cidres, bières et vins", "🍺"],
] as const;

const SHOP_WORDS = ["Crêperie", "Épicerie", "Boulangerie", "Fromagerie", "Atelier", "Ferme", "Maison", "Comptoir", "Cycles", "Librairie", "Savonnerie", "Brasserie", "Rucher", "Jardins", "Boutique"];
const PLACES = ["du Passage", "de Kerdéniel", "du Calvaire", "des Abers", "du Port", "de la Fontaine", "de l'Élorn", "du Bourg", "de Lanvrizan", "des Quatre Vents", "du Tinduff", "de Keraliou"];
const PRODUCT_NOUNS = ["Fraises", "Pain", "Galette", "Crêpe", "Confiture", "Miel", "Cidre", "Bière", "Savon", "Bol", "Tasse", "Carnet", "Tomme", "Beurre", "Pommes", "Tomates", "Œufs", "Farine", "Huile", "Bougie", "Écharpe", "Panier", "Terrine", "Sablés", "Kouign-amann", "Chambre à air", "Révision vélo", "Tisane", "Jus", "Rillettes"];
const PRODUCT_QUALIFIERS = ["bio", "de saison", "maison", "au levain", "sans gluten", "fermier", "artisanal", "de Plougastel", "fumé", "à l'ancienne", "demi-sel", "aux algues", "en grès", "tressé", "du verger"];
const DESCRIPTIONS = [
  "Préparé chaque matin avec des produits de la presqu'île.",
  "Cultivé en pleine terre, récolté à la main, vendu à la ferme.",
  "Fait main dans notre atelier, chaque pièce est unique.",
  "Recette transmise depuis trois générations, sans additif.",
  "Idéal à offrir, emballé dans du papier recyclé.",
  "Réparation rapide, pièces d'origine, garantie six mois.",
];
const KINDS = ["commerce", "producteur", "artisan", "créateur"] as const;

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

async function generateTown(dir: string, merchants: number, products: number) {
  const random = seeded(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  await mkdir(path.join(dir, "merchants"), { recursive: true });
  await copyFile(path.resolve("test/fixtures/small-town/content/site.yaml"), path.join(dir, "site.yaml"));
  await writeFile(
    path.join(dir, "categories.yaml"),
    CATEGORIES.map(([slug, label, icon], i) => `- slug: ${slug}\n  label: "${label}"\n  description: "Les ${label.toLowerCase()} de la ville."\n  icon: ${icon}\n  order: ${i + 1}\n`).join(""),
  );

  const quote = (text: string) => JSON.stringify(text);
  for (let m = 0; m < merchants; m++) {
    const name = `${pick(SHOP_WORDS)} ${pick(PLACES)} ${m + 1}`;
    const slug = `commerce-${m + 1}`;
    const folder = path.join(dir, "merchants", slug);
    await mkdir(folder);
    const [category, label] = pick(CATEGORIES);
    const front = [
      "---",
      `name: ${quote(name)}`,
      `kind: ${pick(KINDS)}`,
      `categories: [${category}]`,
      `summary: ${quote(`${label} au cœur de Plougastel : ${pick(DESCRIPTIONS).toLowerCase()}`)}`,
      "address:",
      `  street: "${(m % 200) + 1} rue ${pick(PLACES)}"`,
      '  postcode: "29470"',
      "  city: Plougastel-Daoulas",
      "location:",
      `  latitude: ${(48.32 + random() * 0.07).toFixed(4)}`,
      `  longitude: ${(-4.45 + random() * 0.14).toFixed(4)}`,
      "services:",
      `  clickAndCollect: ${random() < 0.4}`,
      `  onlineOrdering: ${random() < 0.3}`,
      ...(random() < 0.3 ? ["  delivery:", '    area: "Plougastel-Daoulas"', '    conditions: "Le vendredi"'] : []),
      `keywords: [${quote(pick(PRODUCT_QUALIFIERS))}]`,
      "---",
      `${pick(DESCRIPTIONS)} ${pick(DESCRIPTIONS)}`,
      "",
    ];
    const list = Array.from({ length: products }, (_, p) => {
      const productName = `${pick(PRODUCT_NOUNS)} ${pick(PRODUCT_QUALIFIERS)}`;
      const price = (1 + random() * 40).toFixed(2).replace(".", ",");
      return `- id: produit-${p + 1}\n  name: ${quote(productName)}\n  description: ${quote(pick(DESCRIPTIONS))}\n  price: "${price}"\n  unit: "la pièce"\n`;
    });
    await writeFile(path.join(folder, "index.md"), front.join("\n"));
    await writeFile(path.join(folder, "products.yaml"), list.join(""));
  }
}

// --- Figures ----------------------------------------------------------------------------------

async function folderSize(dir: string) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  let search = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const size = (await stat(path.join(entry.parentPath, entry.name))).size;
    total += size;
    files += 1;
    if (!/ui\.(js|css)$|highlight\.js$/.test(entry.name)) search += size;
  }
  return { total, search, files };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

await main();
