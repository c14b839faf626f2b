/**
 * `npm run check`: validates the content folder and prints every problem at once.
 * Options: --format plain|github, --content <dir>. Exits 1 when any problem is an error.
 */
import { appendFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadContent } from "../src/content/load.ts";
import { countBySeverity } from "../src/content/problems.ts";
import { formatGithub, formatGithubSummary, formatPlain, summaryLine } from "../src/content/report.ts";
import { log, plural } from "../src/log.ts";

const { values } = parseArgs({
  options: {
    format: { type: "string", default: "plain" },
    content: { type: "string", default: process.env.COMPTOIR_CONTENT ?? "content" },
    verbose: { type: "boolean", default: false },
  },
});

if (values.format !== "plain" && values.format !== "github") {
  log.error(`format inconnu « ${values.format} » : utilisez --format plain ou --format github`);
  process.exit(2);
}

const { content, problems } = await loadContent(values.content);
const counts = countBySeverity(problems);

if (values.format === "github") {
  if (problems.length > 0) console.log(formatGithub(problems));
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, formatGithubSummary(problems));
} else if (problems.length > 0) {
  console.error(formatPlain(problems));
  console.error("");
}

if (counts.error > 0 || !content) {
  log.error(`${summaryLine(problems)} : corrigez les erreurs ci-dessus, rien n'a été publié.`);
  process.exit(1);
}

const warnings = counts.warning > 0 ? ` (${plural(counts.warning, "avertissement", "avertissements")})` : "";
const drafts = content.unpublishedCount > 0 ? ` (et ${plural(content.unpublishedCount, "fiche non publiée", "fiches non publiées")})` : "";
log.info(`Contenu valide : ${plural(content.merchants.length, "commerçant", "commerçants")}${drafts}, ${plural(content.products.length, "produit", "produits")}, ${plural(content.categories.length, "catégorie", "catégories")}${warnings}.`);
