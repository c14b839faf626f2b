import { describe, expect, test } from "vitest";
import { expandLigatures, fold, searchTerms } from "../../src/search/text.ts";

describe("expandLigatures", () => {
  test.each([
    ["Œufs frais", "Oeufs frais"],
    ["Cœur de bœuf", "Coeur de boeuf"],
    ["ex æquo", "ex aequo"],
    ["Crêperie", "Crêperie"],
  ])("%s → %s", (text, expected) => {
    expect(expandLigatures(text)).toBe(expected);
  });
});

describe("fold, the sort key", () => {
  test.each([
    ["Épicerie Le Panier Vrac", "epicerie le panier vrac"],
    ["Crêperie Ty Gwechall", "creperie ty gwechall"],
    ["Œufs à la crème", "oeufs a la creme"],
    ["Atelier Terre & Feu", "atelier terre & feu"],
  ])("%s → %s", (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe("searchTerms, what the search page gives Pagefind", () => {
  test.each([
    ["bol en grès", "bol grès"],
    ["Pommes de terre", "Pommes terre"],
    ["savon au lait d'ânesse", "savon lait ânesse"],
    ["  pain   sans gluten ", "pain sans gluten"],
    ["Cidre et poiré", "Cidre poiré"],
    ["la", "la"],
    ["de la", "de la"],
  ])("“%s” → “%s”", (query, expected) => {
    expect(searchTerms(query)).toBe(expected);
  });
});
