import { describe, expect, test } from "vitest";
import { DESCRIPTION_LENGTH, pageTitle, shortDescription, TITLE_LENGTH } from "../../src/components/page-meta.ts";

describe("a page's title", () => {
  test.each([
    ["ends with the site's name when both fit", "Miel de bruyère", "Comptoir de Plougastel", "Miel de bruyère · Comptoir de Plougastel"],
    [
      "drops the site's name rather than be cut in search results",
      "Entrecôte de bœuf maturée · À la Boucherie Le Bihan",
      "Comptoir de Plougastel",
      "Entrecôte de bœuf maturée · À la Boucherie Le Bihan",
    ],
  ])("%s", (_, title, site, expected) => {
    expect(pageTitle(title, site)).toBe(expected);
    expect(pageTitle(title, site).length).toBeLessThanOrEqual(Math.max(TITLE_LENGTH, title.length));
  });
});

describe("a page's description", () => {
  const long =
    "Galettes de blé noir, crêpes au froment et cidre fermier de la presqu'île, servis en salle ou " +
    "en terrasse face au calvaire, du mardi au dimanche, midi et soir, toute l'année.";

  test.each([
    ["is kept whole when it fits", "Fraises cueillies le matin.", DESCRIPTION_LENGTH, "Fraises cueillies le matin."],
    ["has its spaces and line breaks folded", "Fraises\n  cueillies   le matin.", DESCRIPTION_LENGTH, "Fraises cueillies le matin."],
    ["is cut after a whole word and ends with an ellipsis", long, DESCRIPTION_LENGTH, `${long.slice(0, 153)}…`],
    ["loses the comma before the cut", "un, deux, trois, quatre", 14, "un, deux…"],
  ])("%s", (_, text, max, expected) => {
    expect(shortDescription(text, max)).toBe(expected);
    expect(shortDescription(text, max).length).toBeLessThanOrEqual(max);
  });
});
