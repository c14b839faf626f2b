/**
 * `npm run new`: starts a new merchant listing, asking for what it needs or taking flags.
 *   npm run new                                   asks the name, kind and category
 *   npm run new -- --name "Chez Anna" --kind commerce --category boulangeries
 *   npm run new -- product <merchant-folder> [--name "Pain de seigle"] [--id pain-de-seigle]
 * Then checks the content, so the volunteer sees at once what is left to fill in.
 */
import { existsSync } from "node:fs";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadContent } from "../src/content/load.ts";
import { formatPlain } from "../src/content/report.ts";
import { merchantTemplate, productTemplate, slugify } from "../src/content/scaffold.ts";
import { MERCHANT_KINDS, type MerchantKind } from "../src/content/schema/merchant.ts";
import { categoriesSchema } from "../src/content/schema/category.ts";
import { siteSchema } from "../src/content/schema/site.ts";
import { readYaml } from "../src/content/yaml.ts";
import { log } from "../src/log.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    kind: { type: "string" },
    category: { type: "string" },
    slug: { type: "string" },
    id: { type: "string" },
    content: { type: "string", default: process.env.COMPTOIR_CONTENT ?? "content" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`Créer une fiche :
  npm run new                                   pose les questions (nom, type, catégorie)
  npm run new -- --name "Chez Anna" --kind commerce --category boulangeries [--slug chez-anna]
Ajouter un produit à une fiche :
  npm run new -- product <dossier> [--name "Pain de seigle"] [--id pain-de-seigle]
Options : --content <dossier> (content/ par défaut).`);
  process.exit(0);
}

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : null;

async function ask(question: string, given: string | undefined, choices?: readonly string[]): Promise<string> {
  if (given) return given;
  if (!prompt) fail(`${question} : donnez-le avec une option (voir npm run new -- --help)`);
  const hint = choices ? ` (${choices.join(", ")})` : "";
  for (;;) {
    const answer = (await prompt.question(`${question}${hint} : `)).trim();
    if (answer && (!choices || choices.includes(answer))) return answer;
    console.log(choices ? `Choisissez parmi : ${choices.join(", ")}` : "Une réponse est nécessaire.");
  }
}

function fail(message: string): never {
  log.error(message);
  process.exit(1);
}

async function readSettings(contentDir: string) {
  const parse = async <T>(file: string, schema: { safeParse(data: unknown): { success: boolean; data?: T } }) => {
    const read = readYaml(file, await readFile(path.join(contentDir, file), "utf8"));
    const parsed = read.ok ? schema.safeParse(read.source.data) : { success: false };
    if (!parsed.success || parsed.data === undefined) fail(`${file} contient des erreurs : lancez d'abord npm run check`);
    return parsed.data;
  };
  return {
    site: await parse("site.yaml", siteSchema),
    categories: await parse("categories.yaml", categoriesSchema),
  };
}

async function newMerchant(contentDir: string) {
  const { site, categories } = await readSettings(contentDir);
  const name = await ask("Nom du commerce", values.name);
  const kind = (await ask("Type", values.kind, MERCHANT_KINDS)) as MerchantKind;
  if (!MERCHANT_KINDS.includes(kind)) fail(`type inconnu « ${kind} » : choisissez parmi ${MERCHANT_KINDS.join(", ")}`);
  const slugs = categories.map((category) => category.slug);
  const category = await ask("Catégorie", values.category, slugs);
  if (!slugs.includes(category)) fail(`catégorie inconnue « ${category} » : choisissez parmi ${slugs.join(", ")}`);

  const slug = values.slug ?? slugify(name);
  const folder = path.join(contentDir, "merchants", slug);
  if (existsSync(folder)) fail(`le dossier ${folder} existe déjà : choisissez un autre nom ou --slug`);

  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "index.md"), merchantTemplate({ name, kind, category, site }));
  await writeFile(path.join(folder, "products.yaml"), productTemplate("premier-produit", "Premier produit"));
  log.info(`Fiche créée dans ${folder}/ (index.md et products.yaml), non publiée : complétez-la puis passez published à true.`);
  return folder;
}

async function newProduct(contentDir: string, merchant: string | undefined) {
  if (!merchant) fail("indiquez le dossier du commerçant : npm run new -- product <dossier>");
  const folder = path.join(contentDir, "merchants", merchant);
  if (!existsSync(path.join(folder, "index.md"))) fail(`aucune fiche dans ${folder}/ : vérifiez le nom du dossier`);
  const name = await ask("Nom du produit", values.name);
  const id = values.id ?? slugify(name);
  const file = path.join(folder, "products.yaml");
  const existing = existsSync(file) ? await readFile(file, "utf8") : "";
  if (new RegExp(`^\\s*-?\\s*id:\\s*${id}\\s*$`, "m").test(existing)) fail(`un produit « ${id} » existe déjà : choisissez un autre --id`);
  await appendFile(file, `${existing && !existing.endsWith("\n") ? "\n" : ""}${existing ? "\n" : ""}${productTemplate(id, name)}`);
  log.info(`Produit « ${id} » ajouté à ${file} : complétez sa description, son prix et son unité.`);
  return folder;
}

const contentDir = values.content;
const folder = positionals[0] === "product" ? await newProduct(contentDir, positionals[1]) : await newMerchant(contentDir);
prompt?.close();

const { problems } = await loadContent(contentDir);
const mine = problems.filter((problem) => path.resolve(path.dirname(contentDir), problem.file).startsWith(path.resolve(folder)));
if (mine.length > 0) console.error(formatPlain(mine));
if (mine.some((problem) => problem.severity === "error")) process.exit(1);
log.info(
  mine.length > 0
    ? "Vérification : la fiche est valide ; complétez les points signalés ci-dessus avant de la publier."
    : "Vérification : la nouvelle fiche est valide.",
);
