import { describe, expect, test } from "vitest";
import { expandLigatures, fold } from "../../src/search/filters.ts";

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
