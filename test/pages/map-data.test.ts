/**
 * The map's data file, read from a real build of a made-up town with an unpublished merchant.
 */
import { access, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { MapFeatureCollection } from "../../src/build/map-data.ts";
import { buildInto, temporaryFolder } from "../support/build.ts";
import { townMerchants, writeTown } from "../support/map-town.ts";

const merchants = townMerchants(6);
merchants[4] = { ...merchants[4]!, published: false };
const published = merchants.filter((merchant) => merchant.published);

let site: string;
let data: MapFeatureCollection;
const folders: string[] = [];

beforeAll(async () => {
  const content = path.join(await temporaryFolder("map-data"), "content");
  await writeTown(content, merchants);
  site = await buildInto(content);
  folders.push(path.dirname(content), path.dirname(site));
  data = JSON.parse(await readFile(path.join(site, "carte/commercants.geojson"), "utf8")) as MapFeatureCollection;
});

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe("the map data file", () => {
  test("has one point feature per published merchant and none for the unpublished one", () => {
    expect(data.type).toBe("FeatureCollection");
    expect(data.features.map((feature) => feature.properties.slug)).toEqual(published.map((merchant) => merchant.slug));
    expect(data.features.map((feature) => feature.properties.slug)).not.toContain(merchants[4]!.slug);
    for (const feature of data.features) {
      expect(feature.type).toBe("Feature");
      expect(feature.geometry.type).toBe("Point");
    }
  });

  test("writes coordinates in GeoJSON order, longitude first", () => {
    for (const [i, feature] of data.features.entries()) {
      expect(feature.geometry.coordinates).toEqual([published[i]!.longitude, published[i]!.latitude]);
    }
  });

  test("links every feature to a merchant page that exists in the build", async () => {
    for (const feature of data.features) {
      await expect(access(path.join(site, feature.properties.url, "index.html"))).resolves.toBeUndefined();
    }
  });

  test("carries exactly what the popup, the list and the filters need", () => {
    expect(data.features[0]).toMatchInlineSnapshot(`
      {
        "geometry": {
          "coordinates": [
            -4.45748,
            48.31001,
          ],
          "type": "Point",
        },
        "properties": {
          "address": "1 rue du Test, 29470 Plougastel-Daoulas",
          "categories": [
            {
              "label": "Boulangeries et pâtisseries",
              "slug": "boulangeries",
            },
          ],
          "icon": "🥖",
          "kind": "commerce",
          "name": "Commerce 0001",
          "services": {
            "clickAndCollect": true,
            "delivery": true,
            "onlineOrdering": true,
          },
          "slug": "commerce-0001",
          "url": "/commercants/commerce-0001/",
        },
        "type": "Feature",
      }
    `);
  });
});
