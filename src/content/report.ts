/**
 * Prints content problems for people (the default) or as GitHub annotations with a Markdown
 * job summary (`--format github`).
 */
import { countBySeverity, type ContentProblem } from "./problems.ts";
import { plural } from "../log.ts";

export type ReportFormat = "plain" | "github";

export function formatPlain(problems: readonly ContentProblem[]): string {
  return problems
    .map((problem) => {
      const where = `${problem.file}:${problem.line}:${problem.column}`;
      const label = problem.severity === "warning" ? "attention : " : "";
      return `${where}  ${problem.field || "-"}  ${label}${problem.message}`;
    })
    .join("\n");
}

export function formatGithub(problems: readonly ContentProblem[]): string {
  // Annotation values escape %, CR and LF; properties also escape `:` and `,`.
  const data = (value: string) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (value: string) => data(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return problems
    .map((problem) => {
      const title = problem.field ? `Champ ${problem.field}` : "Fichier";
      return `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(title)}::${data(problem.message)}`;
    })
    .join("\n");
}

export function summaryLine(problems: readonly ContentProblem[]): string {
  const counts = countBySeverity(problems);
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `${plural(counts.error, "erreur", "erreurs")} et ${plural(counts.warning, "avertissement", "avertissements")} dans ${plural(files, "fichier", "fichiers")}`;
}

/** Said after the warnings of a content that has no error: the site is built all the same. */
export function warningsLine(warnings: number): string {
  return `${plural(warnings, "avertissement", "avertissements")} ci-dessus, sans empêcher la construction.`;
}

/** The Markdown written to the job page of a GitHub Actions run. */
export function formatGithubSummary(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return "## Vérification du contenu\n\nAucun problème : le contenu est prêt à être publié.\n";
  const cell = (value: string) => value.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = problems.map((problem) =>
    `| ${problem.severity === "error" ? "Erreur" : "Attention"} | \`${cell(problem.file)}:${problem.line}:${problem.column}\` | ${cell(problem.field || "-")} | ${cell(problem.message)} |`);
  return [
    "## Vérification du contenu",
    "",
    `${summaryLine(problems)}.`,
    "",
    "| | Où | Champ | Problème et correction |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
