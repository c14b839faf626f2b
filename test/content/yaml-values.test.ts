/**
 * The content's values come from js-yaml, its positions from `yaml` (src/content/yaml.ts): the
 * two must read every file to the same values, or a volunteer's file would mean one thing to
 * the checks and another on the site.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { cleanText, quickValues, readYaml, yamlValues } from "../../src/content/yaml.ts";
import { PROJECT_ROOT } from "../support/build.ts";

/** Every YAML text of the demo town and the test towns: .yaml files and index.md headers. */
async function contentTexts(): Promise<[string, string][]> {
  const texts: [string, string][] = [];
  for (const root of ["content", "test/fixtures"]) {
    for (const file of await readdir(path.join(PROJECT_ROOT, root), { recursive: true })) {
      if (!file.endsWith(".yaml") && !file.endsWith(".md")) continue;
      const text = cleanText(await readFile(path.join(PROJECT_ROOT, root, file), "utf8"));
      const header = file.endsWith(".md") ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : text;
      if (header !== undefined) texts.push([path.join(root, file), header]);
    }
  }
  return texts;
}

const SCALARS = [
  // Numbers, and numbers that are not: postcodes and phone numbers keep their leading zero.
  "0", "7", "-3", "+5", "29470", "01000", "0298123456", "-012", "00.5", "0.5", "+0.5", "1.", ".5", "3.80",
  "1e3", "2.5E-2", "-1e+3", "0o17", "0x1F", "0b101", "1_000", "08", "09.5",
  ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "nan", "inf",
  // Booleans and nulls of YAML 1.2, and the YAML 1.1 words that are text in 1.2.
  "true", "True", "TRUE", "false", "False", "FALSE", "tRue", "yes", "no", "on", "off", "y", "n",
  "~", "null", "Null", "NULL", "nULL", "",
  // Dates and times stay text.
  "2026-12-24", "2026-12-24T10:00:00Z", "10:30", "9h-12h",
  // Text that looks like something else.
  "'0298123456'", '"true"', '"3,80"', "3,80", "Mo-Sa 09:00-19:00", "<< ", "=", "!important",
];

describe("js-yaml reads the content as yaml does", () => {
  test("every file of the demo town and the test towns", async () => {
    const texts = await contentTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const [file, text] of texts) expect(quickValues(text), file).toEqual({ data: yamlValues(text) });
  });

  test.each(SCALARS)("the value « %s »", (scalar) => {
    const text = `value: ${scalar}\nlist: [${scalar || "~"}]\n`;
    const quick = quickValues(text);
    // js-yaml may refuse what yaml reads: the build then reads the file with yaml alone.
    if (quick) expect(quick.data).toEqual(yamlValues(text));
  });

  test("structures: anchors, keys, blocks, empty documents", () => {
    const texts = [
      "",
      "# only a comment\n",
      "a: &x {b: 1}\nc: *x\n",
      "1: un\n2.5: deux\ntrue: vrai\n",
      "<<: {a: 1}\nb: 2\n",
      "text: |\n  ligne 1\n  ligne 2\nfolded: >\n  un\n  deux\n",
      "- a\n- - b\n  - c\n- {d: [e, f]}\n",
      "quoted: \"un \\\"mot\\\" \\u00e9\"\nsingle: 'l''eau'\n",
      "empty:\nlist: []\nmap: {}\n",
    ];
    for (const text of texts) expect(quickValues(text), text).toEqual({ data: yamlValues(text) });
  });

  test("what js-yaml refuses, yaml reads or places as a problem", () => {
    const duplicate = readYaml("f.yaml", "name: a\nname: b\n");
    expect(quickValues("name: a\nname: b\n")).toBeUndefined();
    expect(duplicate.ok ? [] : duplicate.problems.map((problem) => problem.line)).toEqual([2]);

    const tagged = "date: !!timestamp 2026-12-24\n";
    const read = readYaml("f.yaml", tagged);
    expect(read.ok && read.source.data).toEqual(yamlValues(tagged));
  });
});
