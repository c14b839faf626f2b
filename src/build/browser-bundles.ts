/**
 * Browser code: each file directly under src/browser/ is an entry, bundled with esbuild into
 * a fingerprinted file under /assets/js/ (with its CSS, when it imports any). Pages name the
 * entries they need; no page loads code it does not use.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { build, type Metafile } from "esbuild";

export const BROWSER_SOURCE = "src/browser";

export interface BundleFiles {
  js: string;
  css?: string;
  /** Chunks the entry imports statically (not dynamic imports), for `<link rel="modulepreload">`. */
  preload: string[];
}

export class Bundles {
  /** Public, so that a build can hand the bundles to its render workers (build/render.ts). */
  constructor(readonly entries: ReadonlyMap<string, BundleFiles>) {}

  get(name: string): BundleFiles {
    const files = this.entries.get(name);
    if (!files) throw new Error(`No browser bundle named "${name}" (add ${BROWSER_SOURCE}/${name}.ts)`);
    return files;
  }
}

export async function bundleBrowserCode(outputDir: string): Promise<Bundles> {
  const names = (await readdir(BROWSER_SOURCE)).filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"));
  if (names.length === 0) return new Bundles(new Map());

  const result = await build({
    entryPoints: names.map((file) => path.join(BROWSER_SOURCE, file)),
    outdir: path.join(outputDir, "assets/js"),
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    chunkNames: "chunk-[hash]",
    target: ["es2020", "safari14"],
    loader: { ".png": "file", ".svg": "file" },
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });

  const entries = new Map<string, BundleFiles>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const name = path.basename(output.entryPoint).replace(/\.tsx?$/, "");
    const url = (built: string) => "/" + path.relative(outputDir, path.resolve(built)).split(path.sep).join("/");
    const preload = staticChunks(result.metafile.outputs, file).map(url);
    entries.set(name, { js: url(file), preload, ...(output.cssBundle ? { css: url(output.cssBundle) } : {}) });
  }
  return new Bundles(entries);
}

/**
 * Every chunk `file` reaches through static imports: the browser would otherwise learn of
 * each only after fetching the one before. Dynamic imports stay out, so they stay lazy.
 */
function staticChunks(outputs: Metafile["outputs"], file: string, seen = new Set<string>()): string[] {
  for (const imported of outputs[file]?.imports ?? []) {
    if (imported.kind !== "import-statement" || imported.external || seen.has(imported.path)) continue;
    seen.add(imported.path);
    staticChunks(outputs, imported.path, seen);
  }
  return [...seen];
}
