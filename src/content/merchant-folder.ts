/**
 * One merchant's folder, read and checked on its own: its listing (index.md), its products
 * (products.yaml), its pictures and its other files. Nothing here looks at another merchant:
 * the checks across merchants are load.ts's.
 */
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { closest } from "fastest-levenshtein";
import { mapInBatches } from "../batches.ts";
import type { ContentProblem } from "./problems.ts";
import { merchantSchema, type MerchantFrontMatter } from "./schema/merchant.ts";
import { productsSchema, type Product } from "./schema/product.ts";
import type { Site } from "./schema/site.ts";
import { exampleAt, similar, validSource } from "./validate.ts";
import { cleanText, readFrontMatter, readYaml, type FieldPath, type YamlSource } from "./yaml.ts";

export const IMAGE_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".avif"] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Long enough to read as a summary on a phone card; past it, the description is the place. */
export const SUMMARY_WARNING_LENGTH = 160;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a merchant's files are checked against: absent when that file has errors of its own. */
export interface TownFacts {
  site: Site | null;
  categorySlugs: ReadonlySet<string> | null;
}

/** A merchant folder once read. */
export interface MerchantFolder {
  slug: string;
  /** Relative to the content folder's parent, as problems name files. */
  folder: string;
  absoluteFolder: string;
  /** The listing, when index.md is valid. */
  listing: { value: MerchantFrontMatter; body: string } | null;
  /** Valid products; none when products.yaml is missing or has errors. */
  products: Product[];
  problems: ContentProblem[];
}

/** Paths in problems are relative to the content folder's parent: `content/merchants/…`. */
export function displayPath(root: string): (absolute: string) => string {
  const displayRoot = path.dirname(root);
  return (absolute) => path.relative(displayRoot, absolute).split(path.sep).join("/");
}

/** Records a problem; an error unless it says otherwise. */
export type Report = (problem: Omit<ContentProblem, "severity"> & { severity?: ContentProblem["severity"] }) => void;

interface PictureRef {
  path: FieldPath;
  src: string;
}

/**
 * Folders read at once. All of a big town's at once held every file's text and every reading's
 * garbage together: 10,000 merchants peaked at 510 MB of heap for a model of 163 MB.
 */
const FOLDERS_AT_ONCE = 100;

/** Reads the folders `slugs` of `<root>/merchants/`, in that order. */
export async function readMerchantFolders(root: string, slugs: readonly string[], town: TownFacts): Promise<MerchantFolder[]> {
  return mapInBatches(slugs, FOLDERS_AT_ONCE, (slug) => readMerchantFolder(root, slug, town.site, town.categorySlugs));
}

async function readMerchantFolder(root: string, slug: string, site: Site | null, categories: ReadonlySet<string> | null): Promise<MerchantFolder> {
  const display = displayPath(root);
  const absoluteFolder = path.join(root, "merchants", slug);
  const folder = display(absoluteFolder);
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push({ severity: "error", ...problem });
  const files = new Set(await readdir(absoluteFolder));
  const indexFile = path.join(absoluteFolder, "index.md");

  if (!SLUG.test(slug)) {
    report({ file: display(indexFile), line: 1, column: 1, field: "",
      message: `le nom du dossier « ${slug} » forme l'adresse de la page : utilisez seulement des minuscules sans accent, des chiffres et des tirets (exemple : boulangerie-du-calvaire)` });
  }

  if (!files.has("index.md")) {
    const nearby = [...files].find((name) => name.toLowerCase().endsWith(".md"));
    report({ file: folder, line: 1, column: 1, field: "",
      message: nearby
        ? `il manque index.md : renommez « ${nearby} » en index.md`
        : "il manque index.md, la fiche du commerçant (voir CONTRIBUTING.md)" });
  }
  const index = files.has("index.md") ? await readListing(indexFile, display, problems) : null;
  const products = files.has("products.yaml") ? await readProducts(path.join(absoluteFolder, "products.yaml"), display, problems) : null;

  // Pictures the listing names that exist, for the file checks and the unused-file check.
  const pictures: { source: YamlSource; ref: PictureRef }[] = [];
  // Files an error already points at (a name written with the wrong case or extension).
  const suggested = new Set<string>();
  const checkPictures = (source: YamlSource, refs: PictureRef[]) => {
    for (const ref of refs) {
      const extension = path.extname(ref.src).toLowerCase();
      if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
        report({ file: source.file, ...source.locate(ref.path), field: "src",
          message: `« ${ref.src} » n'est pas une image d'un format accepté : utilisez une photo en ${IMAGE_EXTENSIONS.join(", ")}` });
      } else if (!files.has(ref.src)) {
        const stem = (name: string) => name.toLowerCase().replace(/\.[^.]+$/, "");
        const suggestion = [...files].find((name) => stem(name) === stem(ref.src));
        if (suggestion) suggested.add(suggestion);
        report({ file: source.file, ...source.locate(ref.path), field: "src",
          message: suggestion
            ? `le fichier « ${ref.src} » n'existe pas, mais « ${suggestion} » oui : écrivez son nom exactement, majuscules et extension comprises`
            : `le fichier « ${ref.src} » n'existe pas dans ${folder}/ : ajoutez la photo à ce dossier ou corrigez son nom` });
      } else pictures.push({ source, ref });
    }
  };

  if (index) {
    const { source, value } = index;
    if (categories) checkCategories(value, source, categories, report);
    if (site) checkLocation(value, source, site, report);
    checkPictures(source, [
      ...(value.logo ? [{ path: ["logo", "src"], src: value.logo.src }] : []),
      ...value.photos.map((photo, i) => ({ path: ["photos", i, "src"], src: photo.src })),
    ]);
    reviewListing(value, source, report);
  }
  if (products) {
    checkProductIds(products.value, products.source, report);
    checkPictures(products.source, products.value.flatMap((product, i) =>
      product.photo ? [{ path: [i, "photo", "src"], src: product.photo.src }] : []));
    if (index) reviewProducts(products.value, products.source, report);
  }
  await checkPictureFiles(absoluteFolder, pictures, problems);

  // A listing that could not be read names no pictures yet: its files are not unused.
  if (index && (products || !files.has("products.yaml"))) {
    const used = new Set(["index.md", "products.yaml", ...pictures.map(({ ref }) => ref.src)]);
    for (const name of files) {
      if (used.has(name) || suggested.has(name) || name.startsWith(".")) continue;
      report({ severity: "warning", file: display(path.join(absoluteFolder, name)), line: 1, column: 1, field: "", message: unusedFileMessage(name) });
    }
  }

  return {
    slug,
    folder,
    absoluteFolder,
    listing: index && { value: index.value, body: index.body },
    products: products?.value ?? [],
    problems,
  };
}

/** index.md, when it is valid; else null, and its problems added to `problems`. */
async function readListing(file: string, display: (absolute: string) => string, problems: ContentProblem[]) {
  const valid = validSource(readFrontMatter(display(file), cleanText(await readFile(file, "utf8"))), merchantSchema, problems);
  return valid && { ...valid, body: valid.source.body };
}

/** products.yaml, when it is valid (an empty file lists no products); else null, as above. */
async function readProducts(file: string, display: (absolute: string) => string, problems: ContentProblem[]) {
  const read = readYaml(display(file), cleanText(await readFile(file, "utf8")));
  if (read.ok && (read.source.data === null || read.source.data === undefined)) return { source: read.source, value: [] as Product[] };
  return validSource(read, productsSchema, problems);
}

function unusedFileMessage(name: string): string {
  if (name === "products.yml" || name.startsWith("produit")) return "fichier ignoré : renommez-le en products.yaml pour que ses produits apparaissent";
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase())) {
    return "photo ignorée : aucune fiche ne l'utilise ; citez-la dans les photos de la fiche, ou supprimez-la du dossier";
  }
  return "fichier ignoré : il n'est pas lu, seuls index.md, products.yaml et les photos comptent";
}

function checkCategories(merchant: MerchantFrontMatter, source: YamlSource, known: ReadonlySet<string>, report: Report) {
  merchant.categories.forEach((slug, i) => {
    if (known.has(slug)) return;
    const nearest = known.size > 0 ? closest(slug, [...known]) : undefined;
    const hint = nearest && similar(slug, nearest)
      ? ` ; vouliez-vous écrire « ${nearest} » ?`
      : known.size > 0 ? ` ; catégories possibles : ${[...known].join(", ")}` : "";
    report({ file: source.file, ...source.locate(["categories", i]), field: "categories",
      message: `la catégorie « ${slug} » n'existe pas dans content/categories.yaml${hint}` });
  });
}

function checkLocation(merchant: MerchantFrontMatter, source: YamlSource, site: Site, report: Report) {
  const { latitude, longitude } = merchant.location;
  const { south, north, west, east } = site.map.bounds;
  const inside = (lat: number, lon: number) => lat >= south && lat <= north && lon >= west && lon <= east;
  if (inside(latitude, longitude)) return;

  const swapped = inside(longitude, latitude);
  report({ file: source.file, ...source.locate(["location", "latitude"]), field: "location",
    message: swapped
      ? `la latitude et la longitude sont inversées : échangez les deux valeurs (latitude: ${longitude}, longitude: ${latitude})`
      : `le point (${latitude}, ${longitude}) est en dehors de ${site.town} : vérifiez les coordonnées sur openstreetmap.org (latitude entre ${south} et ${north}, longitude entre ${west} et ${east})` });
}

function checkProductIds(products: Product[], source: YamlSource, report: Report) {
  const seen = new Map<string, number>();
  products.forEach((product, i) => {
    const first = seen.get(product.id);
    if (first !== undefined) {
      report({ file: source.file, ...source.locate([i, "id"]), field: "id",
        message: `l'identifiant « ${product.id} » est déjà celui du produit de la ligne ${source.locate([first, "id"]).line} : chaque produit doit avoir le sien` });
    } else seen.set(product.id, i);
  });
}

/** Photos too heavy, or whose contents are not an image the build can resize. */
async function checkPictureFiles(absoluteFolder: string, pictures: { source: YamlSource; ref: PictureRef }[], problems: ContentProblem[]) {
  await Promise.all(pictures.map(async ({ source, ref }) => {
    const file = path.join(absoluteFolder, ref.src);
    const { size } = await stat(file);
    // Placed only when wrong: placing reads the file again (see yaml.ts).
    const at = () => ({ severity: "error" as const, file: source.file, ...source.locate(ref.path), field: "src" });
    if (size > MAX_IMAGE_BYTES) {
      problems.push({ ...at(),
        message: `la photo « ${ref.src} » pèse ${(size / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : réduisez-la à moins de ${MAX_IMAGE_BYTES / 1024 / 1024} Mo (2000 pixels de large suffisent)` });
    }
    const format = imageFormat(await readStart(file, 32));
    if (format === "heic") {
      problems.push({ ...at(),
        message: `la photo « ${ref.src} » est au format HEIC (iPhone), que les navigateurs n'affichent pas, même renommée : exportez-la en JPEG (sur iPhone, Réglages › Appareil photo › Formats › « Le plus compatible »)` });
    } else if (!format) {
      problems.push({ ...at(),
        message: `le fichier « ${ref.src} » n'est pas une image lisible (JPEG, PNG, WebP ou AVIF) : il est peut-être abîmé, ou d'un autre format renommé ; enregistrez la photo à nouveau en JPEG` });
    }
  }));
}

async function readStart(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** An image's format from its first bytes, whatever its name says. */
export function imageFormat(start: Buffer): "jpeg" | "png" | "webp" | "avif" | "heic" | null {
  const ascii = (from: number, to: number) => start.subarray(from, to).toString("latin1");
  if (start[0] === 0xff && start[1] === 0xd8 && start[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(4, 8) === "ftyp") {
    // The brands the file declares: AVIF and HEIC share their container.
    const brands = ascii(8, 32);
    if (/avi[fs]/.test(brands)) return "avif";
    if (/he[ivi][cxms]|hevc|mif1|msf1/.test(brands)) return "heic";
  }
  return null;
}

const EXAMPLE_LEFT = "c'est encore la valeur d'exemple du modèle : remplacez-la par la vraie";

/**
 * Help for reviewers, never a reason to fail: a listing nobody can reach, the template's
 * example left in, a summary that is really a description.
 */
function reviewListing(value: MerchantFrontMatter, source: YamlSource, report: Report) {
  const warn = (field: string, path: FieldPath, message: string) =>
    report({ severity: "warning", file: source.file, ...source.locate(path), field, message });

  if (!value.phone && !value.email && !value.website && !value.services.onlineShop && !value.social) {
    warn("", [], "aucun moyen de contact : ajoutez au moins un téléphone, un e-mail ou un site web pour que les habitants puissent joindre ce commerce");
  }
  for (const path of [["summary"], ["address", "street"]] as const) {
    const written = path.length === 1 ? value.summary : value.address.street;
    if (written === exampleAt(merchantSchema, path)) warn(path.join("."), path, EXAMPLE_LEFT);
  }
  if (value.summary.length > SUMMARY_WARNING_LENGTH) {
    warn("summary", ["summary"], `le résumé fait ${value.summary.length} caractères : gardez-le sous ${SUMMARY_WARNING_LENGTH} (une ou deux phrases) et mettez le reste dans la description, sous l'en-tête`);
  }
}

function reviewProducts(products: Product[], source: YamlSource, report: Report) {
  const example = exampleAt(productsSchema, [0, "description"]);
  products.forEach((product, i) => {
    if (product.description === example) {
      report({ severity: "warning", file: source.file, ...source.locate([i, "description"]), field: "description", message: EXAMPLE_LEFT });
    }
  });
}
