/**
 * A made-up town for the map's tests and benchmark: the small-town site settings, a few
 * categories, and as many merchants as asked, spread inside the town's bounds by a seeded
 * generator so every run writes the same files.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";

export const MAP_TOWN_CATEGORIES = [
  { slug: "boulangeries", label: "Boulangeries et pâtisseries", icon: "🥖" },
  { slug: "primeurs", label: "Fruits et légumes", icon: "🍓" },
  { slug: "artisanat-art", label: "Artisanat d'art", icon: "🏺" },
  { slug: "reparation", label: "Réparation", icon: "🔧" },
] as const;

const KINDS = ["commerce", "producteur", "artisan", "créateur"] as const;
/** Inside the small-town bounds (48.30–48.40 N, 4.47–4.29 W), with a margin. */
const AREA = { south: 48.31, west: -4.46, north: 48.39, east: -4.3 };

export interface TownMerchant {
  slug: string;
  name: string;
  kind: (typeof KINDS)[number];
  categories: string[];
  street: string;
  latitude: number;
  longitude: number;
  clickAndCollect: boolean;
  delivery: boolean;
  onlineOrdering: boolean;
  published: boolean;
}

/** Merchant `i` of a town: categories, kinds and services cycle; places come from the seed. */
export function townMerchants(count: number, seed = 1): TownMerchant[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: deterministic, good enough to scatter points.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };

  return Array.from({ length: count }, (_, i) => {
    const category = MAP_TOWN_CATEGORIES[i % MAP_TOWN_CATEGORIES.length]!;
    const number = String(i + 1).padStart(4, "0");
    return {
      slug: `commerce-${number}`,
      name: `Commerce ${number}`,
      kind: KINDS[Math.floor(i / MAP_TOWN_CATEGORIES.length) % KINDS.length]!,
      categories: [category.slug],
      street: `${(i % 90) + 1} rue du Test`,
      latitude: round(AREA.south + random() * (AREA.north - AREA.south)),
      longitude: round(AREA.west + random() * (AREA.east - AREA.west)),
      clickAndCollect: i % 3 === 0,
      delivery: i % 5 === 0,
      onlineOrdering: i % 7 === 0,
      published: true,
    };
  });
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Writes a content folder at `dir` holding `merchants`. */
export async function writeTown(dir: string, merchants: TownMerchant[]): Promise<void> {
  const fixture = path.join(PROJECT_ROOT, "test/fixtures/small-town/content");
  await mkdir(path.join(dir, "merchants"), { recursive: true });
  await copyFile(path.join(fixture, "site.yaml"), path.join(dir, "site.yaml"));

  const categories = MAP_TOWN_CATEGORIES.map(
    (category, i) =>
      `- slug: ${category.slug}\n  label: "${category.label}"\n  description: Pour les essais de la carte.\n  icon: ${category.icon}\n  order: ${i + 1}\n`,
  );
  await writeFile(path.join(dir, "categories.yaml"), categories.join(""));

  for (const merchant of merchants) {
    const folder = path.join(dir, "merchants", merchant.slug);
    await mkdir(folder, { recursive: true });
    const services = [
      merchant.clickAndCollect && "  clickAndCollect: true",
      merchant.onlineOrdering && "  onlineOrdering: true",
      merchant.delivery && "  delivery:\n    area: Plougastel-Daoulas\n    conditions: Le vendredi",
    ].filter(Boolean);
    const lines = [
      "---",
      `name: ${merchant.name}`,
      `kind: ${merchant.kind}`,
      `categories: [${merchant.categories.join(", ")}]`,
      "summary: Un commerce inventé pour les essais de la carte.",
      "address:",
      `  street: ${merchant.street}`,
      '  postcode: "29470"',
      "  city: Plougastel-Daoulas",
      "location:",
      `  latitude: ${merchant.latitude}`,
      `  longitude: ${merchant.longitude}`,
      ...(services.length > 0 ? ["services:", ...services] : []),
      ...(merchant.published ? [] : ["published: false"]),
      "---",
      "Fiche d'essai.",
      "",
    ];
    await writeFile(path.join(folder, "index.md"), lines.join("\n"));
  }
}
