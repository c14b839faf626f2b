/**
 * Reads the content folder into one typed model. Every file is parsed and validated, then the
 * whole is checked; all problems of all files come back together, and there is no model as
 * long as one of them is an error.
 */
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { closest } from "fastest-levenshtein";
import {
  CATEGORY_PAGE_SIZE,
  frenchCollator,
  urls,
  type CategoryEntry,
  type CategoryPage,
  type Content,
  type Merchant,
  type ProductEntry,
} from "./model.ts";
import { sortProblems, type ContentProblem } from "./problems.ts";
import { categoriesSchema, type Category } from "./schema/category.ts";
import { merchantSchema, type MerchantFrontMatter } from "./schema/merchant.ts";
import { productsSchema, type Product } from "./schema/product.ts";
import { siteSchema, type Site } from "./schema/site.ts";
import { exampleAt, validate } from "./validate.ts";
import { cleanText, readFrontMatter, readYaml, type FieldPath, type YamlSource } from "./yaml.ts";

export interface LoadResult {
  /** Present only when no problem is an error. */
  content: Content | null;
  /** Errors and warnings, sorted by file then position. */
  problems: ContentProblem[];
}

export const IMAGE_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".avif"] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface MerchantDraft {
  slug: string;
  folder: string;
  absoluteFolder: string;
  files: Set<string>;
  index: { source: YamlSource; body: string; value: MerchantFrontMatter } | null;
  products: { source: YamlSource; value: Product[] } | null;
  /** Pictures the listing names that exist, for the size check and the unused-file check. */
  pictures: { source: YamlSource; ref: PictureRef }[];
  /** Files an error already points at (a name written with the wrong case or extension). */
  suggested: Set<string>;
}

export async function loadContent(contentDir: string): Promise<LoadResult> {
  const root = path.resolve(contentDir);
  const displayRoot = path.dirname(root);
  const display = (absolute: string) => path.relative(displayRoot, absolute).split(path.sep).join("/");
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push({ severity: "error", ...problem });

  const readSource = async (absolute: string): Promise<string | null> => {
    try {
      return cleanText(await readFile(absolute, "utf8"));
    } catch {
      report({ file: display(absolute), line: 1, column: 1, field: "", message: "fichier introuvable : il est nécessaire au site" });
      return null;
    }
  };

  const loadYamlFile = async <T>(absolute: string, schema: Parameters<typeof validate>[0]) => {
    const text = await readSource(absolute);
    if (text === null) return null;
    const read = readYaml(display(absolute), text);
    if (!read.ok) {
      problems.push(...read.problems);
      return null;
    }
    const checked = validate(schema, read.source);
    if (!checked.ok) {
      problems.push(...checked.problems);
      return null;
    }
    return { source: read.source, value: checked.value as T };
  };

  const [site, categories, drafts] = await Promise.all([
    loadYamlFile<Site>(path.join(root, "site.yaml"), siteSchema),
    loadYamlFile<Category[]>(path.join(root, "categories.yaml"), categoriesSchema),
    loadMerchantDrafts(root, display, report, problems),
  ]);

  const categorySlugs = categories ? checkCategories(categories.value, categories.source, report) : new Set<string>();

  for (const draft of drafts) {
    if (draft.index) {
      const { source, value } = draft.index;
      if (categories) checkMerchantCategories(value, source, categorySlugs, report);
      if (site) checkLocation(value, source, site.value, report);
      checkPictures(draft, source, [
        ...(value.logo ? [{ path: ["logo", "src"], src: value.logo.src }] : []),
        ...value.photos.map((photo, i) => ({ path: ["photos", i, "src"], src: photo.src })),
      ], report);
    }
    if (draft.products) {
      checkProductIds(draft.products.value, draft.products.source, report);
      checkPictures(draft, draft.products.source, draft.products.value.flatMap((product, i) =>
        product.photo ? [{ path: [i, "photo", "src"], src: product.photo.src }] : []), report);
    }
  }
  await checkPictureFiles(drafts, problems);
  reportUnusedFiles(drafts, display, report);
  reviewListings(drafts, report);

  const sorted = sortProblems(problems);
  if (!site || !categories || sorted.some((problem) => problem.severity === "error")) {
    return { content: null, problems: sorted };
  }
  return { content: buildModel(site.value, categories.value, drafts), problems: sorted };
}

/** Records a problem; an error unless it says otherwise. */
type Report = (problem: Omit<ContentProblem, "severity"> & { severity?: ContentProblem["severity"] }) => void;

async function loadMerchantDrafts(
  root: string,
  display: (absolute: string) => string,
  report: Report,
  problems: ContentProblem[],
): Promise<MerchantDraft[]> {
  const merchantsDir = path.join(root, "merchants");
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(merchantsDir, { withFileTypes: true });
  } catch {
    report({ file: display(merchantsDir), line: 1, column: 1, field: "", message: "dossier introuvable : créez content/merchants/ avec un dossier par commerçant" });
    return [];
  }

  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const entry of entries) {
    if (!entry.isDirectory() && !entry.name.startsWith(".")) {
      report({ severity: "warning", file: display(path.join(merchantsDir, entry.name)), line: 1, column: 1, field: "",
        message: "fichier ignoré : chaque commerçant a son propre dossier contenant index.md" });
    }
  }

  return Promise.all(folders.map(async (slug): Promise<MerchantDraft> => {
    const absoluteFolder = path.join(merchantsDir, slug);
    const files = new Set(await readdir(absoluteFolder));
    const draft: MerchantDraft = { slug, folder: display(absoluteFolder), absoluteFolder, files, index: null, products: null, pictures: [], suggested: new Set() };
    const indexFile = path.join(absoluteFolder, "index.md");

    if (!SLUG.test(slug)) {
      report({ file: display(indexFile), line: 1, column: 1, field: "",
        message: `le nom du dossier « ${slug} » forme l'adresse de la page : utilisez seulement des minuscules sans accent, des chiffres et des tirets (exemple : boulangerie-du-calvaire)` });
    }

    if (!files.has("index.md")) {
      const nearby = [...files].find((name) => name.toLowerCase().endsWith(".md"));
      report({ file: draft.folder, line: 1, column: 1, field: "",
        message: nearby
          ? `il manque index.md : renommez « ${nearby} » en index.md`
          : "il manque index.md, la fiche du commerçant (voir CONTRIBUTING.md)" });
    } else {
      const text = cleanText(await readFile(indexFile, "utf8"));
      const read = readFrontMatter(display(indexFile), text);
      if (!read.ok) problems.push(...read.problems);
      else {
        const checked = validate(merchantSchema, read.source);
        if (!checked.ok) problems.push(...checked.problems);
        else draft.index = { source: read.source, body: read.source.body, value: checked.value };
      }
    }

    if (files.has("products.yaml")) {
      const productsFile = path.join(absoluteFolder, "products.yaml");
      const read = readYaml(display(productsFile), cleanText(await readFile(productsFile, "utf8")));
      if (!read.ok) problems.push(...read.problems);
      else if (read.source.data === null || read.source.data === undefined) draft.products = { source: read.source, value: [] };
      else {
        const checked = validate(productsSchema, read.source);
        if (!checked.ok) problems.push(...checked.problems);
        else draft.products = { source: read.source, value: checked.value };
      }
    }
    return draft;
  }));
}

function checkCategories(categories: Category[], source: YamlSource, report: Report): Set<string> {
  const seen = new Set<string>();
  categories.forEach((category, i) => {
    if (seen.has(category.slug)) {
      report({ file: source.file, ...source.locate([i, "slug"]), field: "slug",
        message: `la catégorie « ${category.slug} » existe déjà plus haut : donnez-lui un autre identifiant` });
    }
    seen.add(category.slug);
  });
  return seen;
}

function checkMerchantCategories(merchant: MerchantFrontMatter, source: YamlSource, known: Set<string>, report: Report) {
  merchant.categories.forEach((slug, i) => {
    if (known.has(slug)) return;
    const suggestion = known.size > 0 ? closest(slug, [...known]) : undefined;
    report({ file: source.file, ...source.locate(["categories", i]), field: "categories",
      message: `la catégorie « ${slug} » n'existe pas dans content/categories.yaml${suggestion ? ` ; vouliez-vous écrire « ${suggestion} » ?` : ""}` });
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

interface PictureRef {
  path: FieldPath;
  src: string;
}

function checkPictures(draft: MerchantDraft, source: YamlSource, refs: PictureRef[], report: Report) {
  for (const ref of refs) {
    const extension = path.extname(ref.src).toLowerCase();
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
      report({ file: source.file, ...source.locate(ref.path), field: "src",
        message: `« ${ref.src} » n'est pas une image d'un format accepté : utilisez une photo en ${IMAGE_EXTENSIONS.join(", ")}` });
    } else if (!draft.files.has(ref.src)) {
      const stem = (name: string) => name.toLowerCase().replace(/\.[^.]+$/, "");
      const suggestion = [...draft.files].find((name) => stem(name) === stem(ref.src));
      if (suggestion) draft.suggested.add(suggestion);
      report({ file: source.file, ...source.locate(ref.path), field: "src",
        message: suggestion
          ? `le fichier « ${ref.src} » n'existe pas, mais « ${suggestion} » oui : écrivez son nom exactement, majuscules et extension comprises`
          : `le fichier « ${ref.src} » n'existe pas dans ${draft.folder}/ : ajoutez la photo à ce dossier ou corrigez son nom` });
    } else draft.pictures.push({ source, ref });
  }
}

/** Photos too heavy, or whose contents are not an image the build can resize. */
async function checkPictureFiles(drafts: MerchantDraft[], problems: ContentProblem[]) {
  await Promise.all(drafts.flatMap((draft) => draft.pictures.map(async ({ source, ref }) => {
    const file = path.join(draft.absoluteFolder, ref.src);
    const { size } = await stat(file);
    const at = { severity: "error" as const, file: source.file, ...source.locate(ref.path), field: "src" };
    if (size > MAX_IMAGE_BYTES) {
      problems.push({ ...at,
        message: `la photo « ${ref.src} » pèse ${(size / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : réduisez-la à moins de ${MAX_IMAGE_BYTES / 1024 / 1024} Mo (2000 pixels de large suffisent)` });
    }
    const format = imageFormat(await readStart(file, 32));
    if (format === "heic") {
      problems.push({ ...at,
        message: `la photo « ${ref.src} » est au format HEIC (iPhone), que les navigateurs n'affichent pas, même renommée : exportez-la en JPEG (sur iPhone, Réglages › Appareil photo › Formats › « Le plus compatible »)` });
    } else if (!format) {
      problems.push({ ...at,
        message: `le fichier « ${ref.src} » n'est pas une image lisible (JPEG, PNG, WebP ou AVIF) : il est peut-être abîmé, ou d'un autre format renommé ; enregistrez la photo à nouveau en JPEG` });
    }
  })));
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

function reportUnusedFiles(drafts: MerchantDraft[], display: (absolute: string) => string, report: Report) {
  for (const draft of drafts) {
    // A listing that could not be read names no pictures yet: its files are not unused.
    if (!draft.index || (draft.files.has("products.yaml") && !draft.products)) continue;
    const used = new Set(["index.md", "products.yaml", ...draft.pictures.map(({ ref }) => ref.src)]);
    for (const name of draft.files) {
      if (used.has(name) || draft.suggested.has(name) || name.startsWith(".")) continue;
      const isImage = (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
      const message = name === "products.yml" || name.startsWith("produit")
        ? "fichier ignoré : renommez-le en products.yaml pour que ses produits apparaissent"
        : isImage
          ? "photo ignorée : aucune fiche ne l'utilise ; citez-la dans les photos de la fiche, ou supprimez-la du dossier"
          : "fichier ignoré : il n'est pas lu, seuls index.md, products.yaml et les photos comptent";
      report({ severity: "warning", file: display(path.join(draft.absoluteFolder, name)), line: 1, column: 1, field: "", message });
    }
  }
}

const EXAMPLE_LEFT = "c'est encore la valeur d'exemple du modèle : remplacez-la par la vraie";

/** Long enough to read as a summary on a phone card; past it, the description is the place. */
export const SUMMARY_WARNING_LENGTH = 160;

/**
 * Help for reviewers, never a reason to fail: likely duplicates, a listing nobody can reach,
 * a summary that is really a description.
 */
function reviewListings(drafts: MerchantDraft[], report: Report) {
  const listings = drafts.flatMap((draft) => (draft.index ? [{ draft, ...draft.index }] : []));
  const plain = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  const firstByName = new Map<string, string>();
  const firstByAddress = new Map<string, string>();

  for (const { draft, source, value } of listings) {
    const warn = (field: string, path: FieldPath, message: string) =>
      report({ severity: "warning", file: source.file, ...source.locate(path), field, message });

    const name = plain(value.name);
    const sameName = firstByName.get(name);
    if (sameName) warn("name", ["name"], `même nom que ${sameName} : s'agit-il du même commerce ? Si oui, gardez une seule fiche`);
    else firstByName.set(name, draft.folder);

    const address = plain(`${value.address.street} ${value.address.postcode}`);
    const sameAddress = firstByAddress.get(address);
    if (sameAddress) warn("address", ["address"], `même adresse que ${sameAddress} : vérifiez qu'il ne s'agit pas d'un doublon (deux commerces peuvent partager une adresse)`);
    else firstByAddress.set(address, draft.folder);

    if (!value.phone && !value.email && !value.website && !value.services.onlineShop && !value.social) {
      warn("", [], "aucun moyen de contact : ajoutez au moins un téléphone, un e-mail ou un site web pour que les habitants puissent joindre ce commerce");
    }
    for (const path of [["summary"], ["address", "street"]] as const) {
      const written = path.length === 1 ? value.summary : value.address.street;
      if (written === exampleAt(merchantSchema, path)) warn(path.join("."), path, EXAMPLE_LEFT);
    }
    const productExample = exampleAt(productsSchema, [0, "description"]);
    draft.products?.value.forEach((product, i) => {
      if (product.description === productExample) {
        report({ severity: "warning", file: draft.products!.source.file, ...draft.products!.source.locate([i, "description"]), field: "description", message: EXAMPLE_LEFT });
      }
    });
    if (value.summary.length > SUMMARY_WARNING_LENGTH) {
      warn("summary", ["summary"], `le résumé fait ${value.summary.length} caractères : gardez-le sous ${SUMMARY_WARNING_LENGTH} (une ou deux phrases) et mettez le reste dans la description, sous l'en-tête`);
    }
  }
}

function buildModel(site: Site, categories: Category[], drafts: MerchantDraft[]): Content {
  const all = drafts.flatMap((draft): Merchant[] => {
    if (!draft.index) return [];
    const products = (draft.products?.value ?? []).map((product): ProductEntry => ({
      ...product,
      merchantSlug: draft.slug,
      key: `${draft.slug}--${product.id}`,
      url: urls.product(draft.slug, product.id),
    }));
    return [{
      ...draft.index.value,
      slug: draft.slug,
      url: urls.merchant(draft.slug),
      folder: draft.folder,
      absoluteFolder: draft.absoluteFolder,
      body: draft.index.body,
      products,
    }];
  });

  const merchants = all.filter((merchant) => merchant.published).sort((a, b) => frenchCollator.compare(a.name, b.name));
  const categoryEntries = [...categories]
    .sort((a, b) => a.order - b.order)
    .map((category): CategoryEntry => ({
      ...category,
      url: urls.category(category.slug),
      merchants: merchants.filter((merchant) => merchant.categories.includes(category.slug)),
    }));

  const categoryPages = categoryEntries.flatMap((category): CategoryPage[] => {
    const pageCount = Math.max(1, Math.ceil(category.merchants.length / CATEGORY_PAGE_SIZE));
    return Array.from({ length: pageCount }, (_, i) => ({
      category,
      number: i + 1,
      pageCount,
      merchants: category.merchants.slice(i * CATEGORY_PAGE_SIZE, (i + 1) * CATEGORY_PAGE_SIZE),
      url: urls.category(category.slug, i + 1),
    }));
  });

  return {
    site,
    categories: categoryEntries,
    categoryPages,
    merchants,
    products: merchants.flatMap((merchant) => merchant.products),
    merchantsBySlug: new Map(merchants.map((merchant) => [merchant.slug, merchant])),
    categoriesBySlug: new Map(categoryEntries.map((category) => [category.slug, category])),
    unpublishedCount: all.length - merchants.length,
  };
}
