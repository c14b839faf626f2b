/**
 * Synthetic towns for benchmarks and scale tests: N merchants with M products each, French
 * names and text, coordinates inside the town, a few photos shared across merchants. The same
 * seed always writes the same files.
 */
import { copyFile, link, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { stringify } from "yaml";
import { MERCHANT_KINDS } from "../content/schema/merchant.ts";

export interface TownOptions {
  merchants: number;
  productsPerMerchant: number;
  seed: number;
  /** The content folder to write; it must not exist yet or be empty. */
  outDir: string;
  /** The site.yaml and categories.yaml to start from (the demo's). */
  settingsDir: string;
}

/** mulberry32: small, fast and good enough to vary names and places. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (low: number, high: number) => low + next() * (high - low);
  return { next, pick, between };
}

const TRADES = [
  { trade: "Boulangerie", category: "boulangeries", goods: ["Pain de campagne", "Baguette tradition", "Kouign-amann", "Far breton", "Pain au levain", "Croissant au beurre", "Gâteau breton", "Brioche tressée"] },
  { trade: "Épicerie", category: "epiceries", goods: ["Confiture de fraises", "Miel de fleurs", "Sel de Guérande", "Caramel au beurre salé", "Sardines à l'huile", "Galettes de blé noir", "Thé noir", "Rillettes de thon"] },
  { trade: "Primeur", category: "fruits-legumes", goods: ["Fraises gariguette", "Pommes de terre nouvelles", "Tomates anciennes", "Artichauts", "Carottes des sables", "Échalotes", "Salade batavia", "Poireaux"] },
  { trade: "Poissonnerie", category: "produits-de-la-mer", goods: ["Huîtres creuses", "Moules de bouchot", "Bar de ligne", "Coquilles Saint-Jacques", "Langoustines", "Araignée de mer", "Lieu jaune", "Bigorneaux"] },
  { trade: "Cave", category: "boissons", goods: ["Cidre brut", "Chouchen", "Bière blonde", "Jus de pomme", "Poiré fermier", "Muscadet", "Lambig", "Bière ambrée"] },
  { trade: "Crêperie", category: "restauration", goods: ["Galette complète", "Crêpe beurre sucre", "Galette saucisse", "Crêpe caramel", "Bolée de cidre", "Galette forestière", "Crêpe chocolat", "Salade bretonne"] },
  { trade: "Quincaillerie", category: "maison-jardin", goods: ["Sécateur", "Arrosoir", "Graines de radis", "Terreau", "Ampoule LED", "Cadenas", "Pot en terre cuite", "Corde de chanvre"] },
  { trade: "Atelier", category: "artisanat-art", goods: ["Bol en grès", "Vase émaillé", "Collier en argent", "Carnet illustré", "Tasse à café", "Boucles d'oreilles", "Affiche en linogravure", "Planche à découper"] },
  { trade: "Librairie", category: "livres-loisirs", goods: ["Roman policier breton", "Guide des sentiers", "Album jeunesse", "Carte IGN", "Jeu de société", "Carnet de notes", "Bande dessinée", "Puzzle du phare"] },
  { trade: "Boutique", category: "mode-beaute", goods: ["Marinière", "Savon au lait de chèvre", "Ciré jaune", "Bonnet en laine", "Crème pour les mains", "Écharpe", "Huile de massage", "Tablier en lin"] },
] as const;

const PLACES = ["du Port", "du Calvaire", "de l'Église", "de Kerdéniel", "du Passage", "de Lauberlac'h", "du Caro", "de Tinduff", "de Porz Meur", "des Fraisiers", "de la Rade", "du Bourg", "de l'Élorn", "de Keraliou"];
const FAMILY = ["Le Gall", "Kerjean", "Le Bihan", "Guéguen", "Le Roux", "Tanguy", "Morvan", "Le Goff", "Cadiou", "Quéméner", "Abgrall", "Le Meur"];
const FIRST_NAMES = ["Anne", "Yann", "Soizic", "Erwan", "Maïwenn", "Loïc", "Gwen", "Ronan", "Nolwenn", "Tanguy", "Katell", "Mikaël"];
const STREET_KINDS = ["rue", "route", "chemin", "impasse", "allée"];
/** 5 kinds × 14 places × 300 numbers: every address is different up to 21,000 merchants. */
const STREETS = STREET_KINDS.flatMap((kind) => PLACES.map((place) => `${kind} ${place}`));
const NUMBERS_PER_STREET = 300;
const QUALITIES = ["fait maison", "de saison", "bien de chez nous", "préparé le matin même", "issu de l'agriculture biologique", "d'un producteur voisin"];
const UNITS = ["la pièce", "le kg", "la barquette de 500 g", "le pot de 250 g", "la bouteille de 75 cl", "la douzaine"];
/** Real towns repeat a handful of patterns; the build computes each distinct one once. */
const HOURS = [
  "Tu-Sa 09:00-12:30,14:00-19:00; PH off",
  "Mo-Sa 07:00-13:00,15:00-19:30; Su 07:00-12:30",
  "We-Su 12:00-14:00,19:00-22:00",
  "Mo-Fr 08:30-12:00,13:30-18:00; Sa 09:00-12:00; PH off",
  "Tu-Sa 10:00-12:30,14:30-19:00",
  "Fr 16:00-19:00; Sa 09:00-12:30",
  "Mo-Sa 09:00-19:00",
  "Tu-Su 08:00-13:00",
];
const PHOTO_COLOURS = ["#c0392b", "#2f6b3a", "#1d4e89", "#b7791f"];

export async function generateTown(options: TownOptions): Promise<{ merchants: number; products: number }> {
  const random = randomSource(options.seed);
  const merchantsDir = path.join(options.outDir, "merchants");
  await mkdir(merchantsDir, { recursive: true });
  await copyFile(path.join(options.settingsDir, "site.yaml"), path.join(options.outDir, "site.yaml"));
  await copyFile(path.join(options.settingsDir, "categories.yaml"), path.join(options.outDir, "categories.yaml"));

  // A few photos, drawn once and hard-linked into every folder that uses them.
  const photosDir = path.join(options.outDir, ".photos");
  await mkdir(photosDir, { recursive: true });
  const photos = await Promise.all(
    PHOTO_COLOURS.map(async (colour, i) => {
      const file = path.join(photosDir, `photo-${i + 1}.jpg`);
      await sharp({ create: { width: 960, height: 720, channels: 3, background: colour } }).jpeg({ quality: 70 }).toFile(file);
      return file;
    }),
  );

  const seen = new Set<string>();
  let products = 0;
  for (let i = 0; i < options.merchants; i += 1) {
    const trade = random.pick(TRADES);
    const candidates = [
      `${trade.trade} ${random.pick(PLACES)}`,
      `${trade.trade} ${random.pick(FAMILY)}`,
      `${trade.trade} ${random.pick(FIRST_NAMES)} ${random.pick(FAMILY)}`,
    ];
    const name = candidates.find((candidate) => !seen.has(slugOf(candidate))) ?? `${candidates[2]} (${i + 1})`;
    const slug = slugOf(name);
    seen.add(slug);

    const folder = path.join(merchantsDir, slug);
    await mkdir(folder);
    const photo = random.pick(photos);
    await link(photo, path.join(folder, "photo.jpg"));

    const front = {
      name,
      kind: random.pick(MERCHANT_KINDS),
      categories: [trade.category],
      summary: `${trade.trade} ${random.pick(PLACES)} : ${random.pick(trade.goods).toLowerCase()} ${random.pick(QUALITIES)}.`,
      address: {
        street: `${1 + (i % NUMBERS_PER_STREET)} ${STREETS[Math.floor(i / NUMBERS_PER_STREET) % STREETS.length]}`,
        postcode: "29470",
        city: "Plougastel-Daoulas",
      },
      location: { latitude: round(random.between(48.34, 48.39)), longitude: round(random.between(-4.42, -4.31)) },
      phone: `02 98 ${pair(random.next())} ${pair(random.next())} ${pair(random.next())}`,
      services: { clickAndCollect: random.next() < 0.5, onlineOrdering: random.next() < 0.5, phoneOrders: random.next() < 0.7 },
      payment: ["especes", "carte"],
      photos: [{ src: "photo.jpg", alt: `La devanture de ${name}` }],
      hours: random.pick(HOURS),
    };
    const body = `${name} accueille ses clients depuis ${1950 + Math.floor(random.next() * 70)}. On y trouve ${trade.goods.slice(0, 3).join(", ").toLowerCase()} et bien d'autres produits ${random.pick(QUALITIES)}.\n`;
    await writeFile(path.join(folder, "index.md"), `---\n${stringify(front)}---\n${body}`);

    const list = Array.from({ length: options.productsPerMerchant }, (_, j) => {
      const good = trade.goods[j % trade.goods.length]!;
      return {
        id: `${slugOf(good)}-${j + 1}`,
        name: j < trade.goods.length ? good : `${good} n° ${j + 1}`,
        description: `${good} ${random.pick(QUALITIES)}, vendu par ${name}.`,
        price: `${1 + Math.floor(random.next() * 30)},${pair(random.next())}`,
        unit: random.pick(UNITS),
        available: random.next() < 0.9,
      };
    });
    products += list.length;
    if (list.length > 0) await writeFile(path.join(folder, "products.yaml"), stringify(list));
  }
  return { merchants: options.merchants, products };
}

function slugOf(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const pair = (value: number) => String(Math.floor(value * 100)).padStart(2, "0");
