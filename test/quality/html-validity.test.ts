/**
 * Every HTML file of the demo build through html-validate, with its recommended rules: the
 * HTML standard's content models, ARIA use, duplicate ids, and the like. Failures list each
 * problem as `file:line:column rule: message`.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, type ConfigData, type Message } from "html-validate";
import { describe, expect, inject, test } from "vitest";

const CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // src/build/templates.ts writes `<!doctype html>`; the doctype is case-insensitive.
    "doctype-style": ["error", { style: "lowercase" }],
    // preact-render-to-string closes void elements as `<meta />`; HTML accepts both forms.
    "void-style": ["error", { style: "selfclose" }],
    // A list of service tags is named ("Services") with aria-label, which ARIA allows on lists;
    // the rule's default only accepts it on landmarks and interactive elements.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
    // A product page's title names the product, its merchant and the site, so that a browser
    // tab or a screen reader says which page it is; search engines shorten it themselves.
    "long-title": "off",
  },
};

const validator = new HtmlValidate(CONFIG);

async function problems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  const where = (message: Message) => `${file}:${message.line}:${message.column}`;
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${where(message)} ${message.ruleId}: ${message.message}`),
  );
}

describe("valid HTML", () => {
  test("every page of the demo build passes html-validate's recommended rules", async () => {
    const site = inject("demoSite");
    const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
    expect(files.length).toBeGreaterThan(250);

    const found: string[] = [];
    for (const file of files.sort()) {
      found.push(...(await problems(await readFile(path.join(site, file), "utf8"), file)));
    }

    expect(found.join("\n"), `${found.length} problems in ${files.length} pages`).toBe("");
  });

  test.each([
    ["two elements with one id", '<p id="a">x</p><p id="a">y</p>', "no-dup-id"],
    ["an image without alt text", '<img src="/a.png">', "wcag/h37"],
    ["a button without a type", "<button>Ajouter</button>", "no-implicit-button-type"],
    ["a list item outside a list", "<div><li>x</li></div>", "element-permitted-parent"],
  ])("the configuration still reports %s", async (_name, body, rule) => {
    const head = "<head><title>Essai</title></head>";
    const page = `<!doctype html><html lang="fr">${head}<body>${body}</body></html>`;
    expect((await problems(page, "essai.html")).join("\n")).toContain(rule);
  });
});
