/**
 * The same pages for Hugo: one Markdown file per merchant and per product, with minimal
 * templates, so that both generators write the same number of pages from the same text.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import type { Content } from "../content/model.ts";

const LAYOUT = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
`;
const SINGLE = `{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}{{ end }}
`;
const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.price }}</li>{{ end }}</ul>{{ end }}
`;

export async function writeHugoSite(content: Content, siteDir: string): Promise<number> {
  const pages = path.join(siteDir, "content");
  await mkdir(path.join(siteDir, "layouts/_default"), { recursive: true });
  await writeFile(
    path.join(siteDir, "hugo.toml"),
    `baseURL = "${content.site.baseUrl}/"\ntitle = "${content.site.name}"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n`,
  );
  await writeFile(path.join(siteDir, "layouts/_default/baseof.html"), LAYOUT);
  await writeFile(path.join(siteDir, "layouts/_default/single.html"), SINGLE);
  await writeFile(path.join(siteDir, "layouts/_default/list.html"), LIST);

  const page = (front: Record<string, unknown>, body: string) => `---\n${stringify(front)}---\n${body}\n`;
  await mkdir(path.join(pages, "commercants"), { recursive: true });
  await writeFile(path.join(pages, "_index.md"), page({ title: content.site.name }, content.site.tagline));
  await writeFile(path.join(pages, "commercants/_index.md"), page({ title: "Commerçants de A à Z" }, ""));

  let written = 2;
  for (const merchant of content.merchants) {
    const folder = path.join(pages, "commercants", merchant.slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "_index.md"), page({ title: merchant.name, summary: merchant.summary }, merchant.body));
    for (const product of merchant.products) {
      await writeFile(
        path.join(folder, `${product.id}.md`),
        page({ title: product.name, summary: product.unit, price: product.price / 100 }, product.description),
      );
    }
    written += 1 + merchant.products.length;
  }
  return written;
}
