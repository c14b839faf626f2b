import { describe, expect, test } from "vitest";
import type { ContentProblem } from "../../src/content/problems.ts";
import { formatGithub, formatGithubSummary, formatPlain } from "../../src/content/report.ts";

const problems: ContentProblem[] = [
  { severity: "error", file: "content/merchants/a,b/index.md", line: 8, column: 8, field: "phone", message: "« 02 98 4 » n'est pas un numéro valide (exemple : 02 98 12 34 56)" },
  { severity: "warning", file: "content/merchants/x/photo.jpg", line: 1, column: 1, field: "", message: "100 % inutile\nsur deux lignes" },
];

describe("problem reports", () => {
  test("the plain format shows one line per problem, warnings marked", () => {
    expect(formatPlain(problems)).toBe(
      "content/merchants/a,b/index.md:8:8  phone  « 02 98 4 » n'est pas un numéro valide (exemple : 02 98 12 34 56)\n" +
        "content/merchants/x/photo.jpg:1:1  -  attention : 100 % inutile\nsur deux lignes",
    );
  });

  test("GitHub annotations escape what would break them: commas and colons in properties, % and newlines", () => {
    expect(formatGithub(problems)).toBe(
      "::error file=content/merchants/a%2Cb/index.md,line=8,col=8,title=Champ phone::« 02 98 4 » n'est pas un numéro valide (exemple : 02 98 12 34 56)\n" +
        "::warning file=content/merchants/x/photo.jpg,line=1,col=1,title=Fichier::100 %25 inutile%0Asur deux lignes",
    );
  });

  test("the job summary is a Markdown table with the count", () => {
    expect(formatGithubSummary(problems)).toContain("1 erreur et 1 avertissement dans 2 fichiers.");
    expect(formatGithubSummary(problems)).toContain("| Erreur | `content/merchants/a,b/index.md:8:8` | phone |");
    expect(formatGithubSummary([])).toContain("Aucun problème");
  });
});
