import { describe, expect, test } from "vitest";
import type { MapMerchant } from "../../../src/build/map-data.ts";
import { matchesFilters, readFilterState, writeFilterState } from "../../../src/browser/lib/map-filters.ts";

const bakery: MapMerchant = {
  slug: "boulangerie",
  name: "Boulangerie",
  url: "/commercants/boulangerie/",
  kind: "commerce",
  icon: "🥖",
  categories: [{ slug: "boulangeries", label: "Boulangeries et pâtisseries" }],
  services: { clickAndCollect: true, delivery: false, onlineOrdering: false },
  address: "3 place du Calvaire, 29470 Plougastel-Daoulas",
};

describe("the map's filter state in the URL", () => {
  test.each([
    ["", ""],
    ["?categorie=boulangeries", "?categorie=boulangeries"],
    ["?livraison=oui&categorie=primeurs", "?categorie=primeurs&livraison=oui"],
    ["?livraison=1", ""],
    ["?categorie=", ""],
    ["?inconnu=x&type=artisan", "?type=artisan"],
  ])("reads %j and writes it back as %j", (search, expected) => {
    expect(writeFilterState(readFilterState(search))).toBe(expected);
  });
});

describe("matching a merchant against the filters", () => {
  test.each([
    ["", true],
    ["?categorie=boulangeries", true],
    ["?categorie=primeurs", false],
    ["?type=commerce&retrait=oui", true],
    ["?type=artisan", false],
    ["?retrait=oui&livraison=oui", false],
    ["?commande=oui", false],
  ])("%j keeps the bakery: %s", (search, kept) => {
    expect(matchesFilters(bakery, readFilterState(search))).toBe(kept);
  });
});
