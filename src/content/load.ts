/**
 * Reads the content folder into one typed model. Every file is parsed and validated, then the
 * whole is checked; all problems of all files come back together, and there is no model as
 * long as one of them is an error.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
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
import { displayPath, readMerchantFolders, type MerchantFolder, type Report } from "./merchant-folder.ts";
import { sortProblems, type ContentProblem } from "./problems.ts";
import { categoriesSchema, type Category } from "./schema/category.ts";
import { siteSchema, type Site } from "./schema/site.ts";
import { validSource } from "./validate.ts";
import { cleanText, readFrontMatter, readYaml, type YamlSource } from "./yaml.ts";

export interface LoadResult {
  /** Present only when no problem is an error. */
  content: Content | null;
  /** Errors and warnings, sorted by file then position. */
  problems: ContentProblem[];
}

export async function loadContent(contentDir: string): Promise<LoadResult> {
  const root = path.resolve(contentDir);
  const display = displayPath(root);
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push({ severity: "error", ...problem });

  const loadYamlFile = async <S extends z.ZodType>(absolute: string, schema: S) => {
    let text: string;
    try {
      text = cleanText(await readFile(absolute, "utf8"));
    } catch {
      report({ file: display(absolute), line: 1, column: 1, field: "", message: "fichier introuvable : il est nécessaire au site" });
      return null;
    }
    return validSource(readYaml(display(absolute), text), schema, problems);
  };

  const [site, categories, slugs] = await Promise.all([
    loadYamlFile(path.join(root, "site.yaml"), siteSchema),
    loadYamlFile(path.join(root, "categories.yaml"), categoriesSchema),
    listMerchantFolders(root, display, report),
  ]);
  const categorySlugs = categories ? checkCategories(categories.value, categories.source, report) : null;

  const folders = await readMerchantFolders(root, slugs, { site: site?.value ?? null, categorySlugs });
  for (const folder of folders) problems.push(...folder.problems);
  await reviewDuplicates(folders, display, report);

  const sorted = sortProblems(problems);
  if (!site || !categories || sorted.some((problem) => problem.severity === "error")) {
    return { content: null, problems: sorted };
  }
  return { content: buildModel(site.value, categories.value, folders), problems: sorted };
}

/** The merchants' folder names, sorted; a file beside them is reported, not read. */
async function listMerchantFolders(root: string, display: (absolute: string) => string, report: Report): Promise<string[]> {
  const merchantsDir = path.join(root, "merchants");
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(merchantsDir, { withFileTypes: true });
  } catch {
    report({ file: display(merchantsDir), line: 1, column: 1, field: "", message: "dossier introuvable : créez content/merchants/ avec un dossier par commerçant" });
    return [];
  }
  for (const entry of entries) {
    if (!entry.isDirectory() && !entry.name.startsWith(".")) {
      report({ severity: "warning", file: display(path.join(merchantsDir, entry.name)), line: 1, column: 1, field: "",
        message: "fichier ignoré : chaque commerçant a son propre dossier contenant index.md" });
    }
  }
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
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

/**
 * Help for reviewers, never a reason to fail: two listings that may be the same business.
 * The later one's index.md is read again to place the warning: its values were read without
 * positions (see yaml.ts), and duplicates are rare.
 */
async function reviewDuplicates(folders: MerchantFolder[], display: (absolute: string) => string, report: Report) {
  const plain = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  const firstByName = new Map<string, string>();
  const firstByAddress = new Map<string, string>();
  const found: { absoluteFolder: string; field: "name" | "address"; message: string }[] = [];

  for (const { folder, absoluteFolder, listing } of folders) {
    if (!listing) continue;
    const name = plain(listing.value.name);
    const sameName = firstByName.get(name);
    if (sameName) {
      found.push({ absoluteFolder, field: "name", message: `même nom que ${sameName} : s'agit-il du même commerce ? Si oui, gardez une seule fiche` });
    } else firstByName.set(name, folder);

    const address = plain(`${listing.value.address.street} ${listing.value.address.postcode}`);
    const sameAddress = firstByAddress.get(address);
    if (sameAddress) {
      found.push({ absoluteFolder, field: "address",
        message: `même adresse que ${sameAddress} : vérifiez qu'il ne s'agit pas d'un doublon (deux commerces peuvent partager une adresse)` });
    } else firstByAddress.set(address, folder);
  }

  await Promise.all(found.map(async ({ absoluteFolder, field, message }) => {
    const file = display(path.join(absoluteFolder, "index.md"));
    const read = readFrontMatter(file, cleanText(await readFile(path.join(absoluteFolder, "index.md"), "utf8")));
    const at = read.ok ? read.source.locate([field]) : { line: 1, column: 1 };
    report({ severity: "warning", file, ...at, field, message });
  }));
}

function buildModel(site: Site, categories: Category[], folders: MerchantFolder[]): Content {
  const all = folders.flatMap(({ slug, folder, absoluteFolder, listing, products }): Merchant[] => {
    if (!listing) return [];
    const entries = products.map((product): ProductEntry => ({
      ...product,
      merchantSlug: slug,
      key: `${slug}--${product.id}`,
      url: urls.product(slug, product.id),
    }));
    return [{ ...listing.value, slug, url: urls.merchant(slug), folder, absoluteFolder, body: listing.body, products: entries }];
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
