import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { imageFormat } from "../../src/content/merchant-folder.ts";
import { formatGithub, formatPlain } from "../../src/content/report.ts";
import { copyFixture, editFile } from "../support/fixtures.ts";

const INDEX = "merchants/boulangerie-du-calvaire/index.md";
const PRODUCTS = "merchants/boulangerie-du-calvaire/products.yaml";
const SHOWN_INDEX = `content/${INDEX}`;
const SHOWN_PRODUCTS = `content/${PRODUCTS}`;

async function problemsAfter(file: string, from: string | RegExp, to: string): Promise<{ plain: string; github: string }> {
  const content = await copyFixture("small-town");
  await editFile(content, file, from, to);
  const { content: model, problems } = await loadContent(content);
  expect(model).toBeNull();
  return { plain: formatPlain(problems), github: formatGithub(problems) };
}

/** The annotation GitHub shows on the line, written out from the plain form of the same problem. */
function asAnnotation(plain: string): string {
  const [, file, line, column, field, message] = /^(\S+):(\d+):(\d+) {2}(\S+) {2}(.*)$/.exec(plain)!;
  const warning = message!.startsWith("attention : ");
  const title = field === "-" ? "Fichier" : `Champ ${field}`;
  return `::${warning ? "warning" : "error"} file=${file},line=${line},col=${column},title=${title}::${warning ? message!.slice(12) : message}`;
}

describe("loadContent on the small fixture town", () => {
  test("builds the model: published merchants only, products with town-wide keys and URLs", async () => {
    const { content, problems } = await loadContent(await copyFixture("small-town"));
    expect(problems).toEqual([]);
    expect(content?.merchants.map((merchant) => merchant.slug)).toEqual(["boulangerie-du-calvaire"]);
    expect(content?.unpublishedCount).toBe(1);
    expect(content?.products.map((product) => [product.key, product.url, product.price, product.available])).toEqual([
      ["boulangerie-du-calvaire--pain-au-levain", "/commercants/boulangerie-du-calvaire/pain-au-levain/", 380, true],
      ["boulangerie-du-calvaire--kouign-amann", "/commercants/boulangerie-du-calvaire/kouign-amann/", 1200, false],
    ]);
    expect(content?.merchants[0]?.phone).toEqual({ display: "02 98 40 11 22", international: "+33298401122" });
    expect(content?.categories.map((category) => [category.slug, category.merchants.length])).toEqual([
      ["boulangeries", 1],
      ["artisanat-art", 0],
    ]);
  });
});

describe("each mistake a volunteer makes comes back with its file, line, column, field and fix", () => {
  test.each([
    ["a phone number too short", INDEX, "phone: 02.98.40.11.22", "phone: 02 98 4",
      `${SHOWN_INDEX}:13:8  phone  « 02 98 4 » n'est pas un numéro valide (exemple : 02 98 12 34 56)`],
    ["a tab used for indentation", INDEX, "  postcode:", "\tpostcode:",
      `${SHOWN_INDEX}:8:1  postcode  une tabulation sert de retrait : en YAML, les retraits se font avec des espaces (deux par niveau)`],
    ["a missing closing ---", INDEX, "---\nUne boulangerie", "Une boulangerie",
      `${SHOWN_INDEX}:1:1  -  l'en-tête ouvert par --- à la ligne 1 n'est jamais fermé : ajoutez une ligne --- après le dernier champ, avant la description`],
    ["a category that does not exist", INDEX, "categories: [boulangeries]", "categories: [boulangerie]",
      `${SHOWN_INDEX}:4:14  categories  la catégorie « boulangerie » n'existe pas dans content/categories.yaml ; vouliez-vous écrire « boulangeries » ?`],
    ["a category unlike any other", INDEX, "categories: [boulangeries]", "categories: [poterie]",
      `${SHOWN_INDEX}:4:14  categories  la catégorie « poterie » n'existe pas dans content/categories.yaml ; catégories possibles : boulangeries, artisanat-art`],
    ["a misspelt key", INDEX, "address:", "adress:",
      `${SHOWN_INDEX}:6:1  adress  champ inconnu « adress » : vouliez-vous écrire « address » ?`],
    ["the French word written for a field", PRODUCTS, "price: 3,80", "prix: 3,80",
      `${SHOWN_PRODUCTS}:4:3  prix  champ inconnu « prix » : vouliez-vous écrire « price » ?`],
    ["a duplicate product id", PRODUCTS, "id: kouign-amann", "id: pain-au-levain",
      `${SHOWN_PRODUCTS}:6:7  id  l'identifiant « pain-au-levain » est déjà celui du produit de la ligne 1 : chaque produit doit avoir le sien`],
    ["a photo that is not in the folder", INDEX, "src: vitrine.png", "src: devanture.png",
      `${SHOWN_INDEX}:19:10  src  le fichier « devanture.png » n'existe pas dans content/merchants/boulangerie-du-calvaire/ : ajoutez la photo à ce dossier ou corrigez son nom\n` +
      `content/merchants/boulangerie-du-calvaire/vitrine.png:1:1  -  attention : photo ignorée : aucune fiche ne l'utilise ; citez-la dans les photos de la fiche, ou supprimez-la du dossier`],
    ["a photo named with the wrong extension", INDEX, "src: vitrine.png", "src: vitrine.jpg",
      `${SHOWN_INDEX}:19:10  src  le fichier « vitrine.jpg » n'existe pas, mais « vitrine.png » oui : écrivez son nom exactement, majuscules et extension comprises`],
    ["a photo in a format the site cannot show", INDEX, "src: vitrine.png", "src: vitrine.heic",
      `${SHOWN_INDEX}:19:10  src  « vitrine.heic » n'est pas une image d'un format accepté : utilisez une photo en .jpg, .jpeg, .png, .webp, .avif\n` +
      `content/merchants/boulangerie-du-calvaire/vitrine.png:1:1  -  attention : photo ignorée : aucune fiche ne l'utilise ; citez-la dans les photos de la fiche, ou supprimez-la du dossier`],
    ["a photo without alt text", INDEX, /\n {4}alt: .*/, "",
      `${SHOWN_INDEX}:19:5  photos.alt  champ obligatoire manquant (exemple : alt: La devanture bleue de la boutique, place de l'Église)`],
    ["latitude and longitude swapped", INDEX, "  latitude: 48.3721\n  longitude: -4.3702", "  latitude: -4.3702\n  longitude: 48.3721",
      `${SHOWN_INDEX}:11:13  location  la latitude et la longitude sont inversées : échangez les deux valeurs (latitude: 48.3721, longitude: -4.3702)`],
    ["a place outside the town", INDEX, "  latitude: 48.3721", "  latitude: 47.3721",
      `${SHOWN_INDEX}:11:13  location  le point (47.3721, -4.3702) est en dehors de Plougastel-Daoulas : vérifiez les coordonnées sur openstreetmap.org (latitude entre 48.3 et 48.4, longitude entre -4.47 et -4.29)`],
    ["a decimal comma in a coordinate", INDEX, "  latitude: 48.3721", "  latitude: 48,3721",
      `${SHOWN_INDEX}:11:13  location.latitude  « 48,3721 » n'est pas un nombre : écrivez les décimales avec un point (exemple : 48.3652)`],
    ["a postcode with four digits", INDEX, 'postcode: "29470"', "postcode: 2947",
      `${SHOWN_INDEX}:8:13  address.postcode  un code postal s'écrit avec 5 chiffres (exemple : "29470")`],
    ["an empty price", PRODUCTS, "price: 3,80", "price:",
      `${SHOWN_PRODUCTS}:4:9  price  le prix est vide : indiquez un montant en euros (exemple : 3,50)`],
    ["a price of zero", PRODUCTS, "price: 3,80", "price: 0",
      `${SHOWN_PRODUCTS}:4:10  price  le prix vaut zéro : indiquez le vrai prix, ou retirez le produit (exemple : 3,50)`],
    ["a kind with a typo", INDEX, "kind: commerce", "kind: comerce",
      `${SHOWN_INDEX}:3:7  kind  « comerce » n'est pas une valeur permise ; valeurs possibles : commerce, producteur, artisan, créateur (exemple : producteur) ; vouliez-vous écrire « commerce » ?`],
    ["oui written for true", INDEX, "clickAndCollect: true", "clickAndCollect: oui",
      `${SHOWN_INDEX}:15:20  services.clickAndCollect  « oui » n'est pas compris : écrivez true (oui) ou false (non), sans guillemets (exemple : true)`],
    ["a field written twice", INDEX, "payment: [especes, carte]", "payment: [especes, carte]\npayment: [cheque]",
      `${SHOWN_INDEX}:18:1  payment  ce champ apparaît deux fois : gardez une seule ligne`],
    ["a product line indented too far", PRODUCTS, "  name: Kouign-amann", "   name: Kouign-amann",
      `${SHOWN_PRODUCTS}:7:4  name  le retrait de cette ligne est incorrect : alignez-la avec des espaces sur les autres champs du même niveau`],
    ["a required field left out", INDEX, /summary: .*\n/, "",
      `${SHOWN_INDEX}:2:1  summary  champ obligatoire manquant (exemple : summary: Fraises de Plougastel cultivées en pleine terre, en vente à la ferme.)`],
    ["an e-mail address without a domain", INDEX, "phone: 02.98.40.11.22", "phone: 02.98.40.11.22\nemail: boulangerie@calvaire",
      `${SHOWN_INDEX}:14:8  email  « boulangerie@calvaire » n'est pas une adresse e-mail valide (exemple : contact@lafraiseraie.fr)`],
    ["a colon inside an unquoted value", INDEX, "summary: Pain", "summary: Ouvert: pain",
      `${SHOWN_INDEX}:5:10  summary  la valeur contient « : » : mettez tout le texte entre guillemets (exemple : summary: "Ouvert : du mardi au samedi")`],
    ["a website without https://", INDEX, "phone: 02.98.40.11.22", "phone: 02.98.40.11.22\nwebsite: www.boulangerie.fr",
      `${SHOWN_INDEX}:14:10  website  « www.boulangerie.fr » n'est pas une adresse web complète : elle commence par https:// (exemple : https://lafraiseraie.fr)`],
  ])("%s", async (_mistake, file, from, to, expected) => {
    const { plain, github } = await problemsAfter(file, from, to);
    expect(plain).toBe(expected);
    expect(github).toBe(expected.split("\n").map(asAnnotation).join("\n"));
  });
});

describe("what YAML would change in silence is read as written", () => {
  test("a postcode with a leading zero keeps it", async () => {
    const content = await copyFixture("small-town");
    await editFile(content, INDEX, 'postcode: "29470"', "postcode: 01000");
    const { content: model } = await loadContent(content);
    expect(model?.merchants[0]?.address.postcode).toBe("01000");
  });

  test("a phone number written as digits keeps its leading zero", async () => {
    const content = await copyFixture("small-town");
    await editFile(content, INDEX, "phone: 02.98.40.11.22", "phone: 0298401122");
    const { content: model } = await loadContent(content);
    expect(model?.merchants[0]?.phone?.display).toBe("02 98 40 11 22");
  });

  test("a file saved with a byte-order mark and Windows line endings reads like any other", async () => {
    const content = await copyFixture("small-town");
    const file = path.join(content, INDEX);
    const text = await readFile(file, "utf8");
    await writeFile(file, "\uFEFF" + text.replace(/\n/g, "\r\n"));
    const { content: model, problems } = await loadContent(content);
    expect(problems).toEqual([]);
    expect(model?.merchants[0]?.name).toBe("Boulangerie du Calvaire");
    expect(model?.merchants[0]?.body).not.toContain("\r");
  });
});

describe("a photo's contents, not only its name", () => {
  const PHOTO = "merchants/boulangerie-du-calvaire/vitrine.png";

  test.each([
    ["text saved under an image's name", Buffer.from("not a picture at all"),
      `${SHOWN_INDEX}:19:10  src  le fichier « vitrine.png » n'est pas une image lisible (JPEG, PNG, WebP ou AVIF) : il est peut-être abîmé, ou d'un autre format renommé ; enregistrez la photo à nouveau en JPEG`],
    ["an iPhone HEIC photo renamed", Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic")]),
      `${SHOWN_INDEX}:19:10  src  la photo « vitrine.png » est au format HEIC (iPhone), que les navigateurs n'affichent pas, même renommée : exportez-la en JPEG (sur iPhone, Réglages › Appareil photo › Formats › « Le plus compatible »)`],
  ])("%s is an error on the photo's line, found by the check", async (_case, bytes, expected) => {
    const content = await copyFixture("small-town");
    await writeFile(path.join(content, PHOTO), bytes);
    const { content: model, problems } = await loadContent(content);
    expect(model).toBeNull();
    expect(formatPlain(problems)).toBe(expected);
  });

  test.each([
    ["jpeg", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]],
    ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ["webp", [...Buffer.from("RIFF"), 0x24, 0, 0, 0, ...Buffer.from("WEBPVP8 ")]],
    ["avif", [0, 0, 0, 0x1c, ...Buffer.from("ftypavif\0\0\0\0avifmif1miaf")]],
    ["avif", [0, 0, 0, 0x1c, ...Buffer.from("ftypmif1\0\0\0\0mif1avifmiaf")]],
    ["heic", [0, 0, 0, 0x18, ...Buffer.from("ftypheic\0\0\0\0mif1heic")]],
  ])("the first bytes of a %s file are read as such", (format, bytes) => {
    expect(imageFormat(Buffer.from(bytes))).toBe(format);
  });
});

describe("all problems of all files come back in one run", () => {
  test("errors in several files are sorted by file and position", async () => {
    const content = await copyFixture("small-town");
    await editFile(content, PRODUCTS, "price: 3,80", "price: -3");
    await editFile(content, INDEX, "kind: commerce", "kind: boutique");
    await editFile(content, "categories.yaml", "order: 2", "order: deux");
    const { content: model, problems } = await loadContent(content);
    expect(model).toBeNull();
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}`)).toEqual([
      "content/categories.yaml:10 order",
      `${SHOWN_INDEX}:3 kind`,
      `${SHOWN_PRODUCTS}:4 price`,
    ]);
  });

  test("a merchant folder without index.md is an error that says what to add", async () => {
    const content = await copyFixture("small-town");
    await rm(path.join(content, INDEX));
    const { problems } = await loadContent(content);
    expect(formatPlain(problems)).toBe(
      "content/merchants/boulangerie-du-calvaire:1:1  -  il manque index.md, la fiche du commerçant (voir CONTRIBUTING.md)",
    );
  });

  test("a products file under another name is flagged, not silently dropped", async () => {
    const content = await copyFixture("small-town");
    const products = await readFile(path.join(content, PRODUCTS), "utf8");
    await rm(path.join(content, PRODUCTS));
    await writeFile(path.join(content, "merchants/boulangerie-du-calvaire/products.yml"), products);
    const { content: model, problems } = await loadContent(content);
    expect(model?.products).toEqual([]);
    expect(formatPlain(problems)).toBe(
      "content/merchants/boulangerie-du-calvaire/products.yml:1:1  -  attention : fichier ignoré : renommez-le en products.yaml pour que ses produits apparaissent",
    );
  });
});
