/**
 * Responsive pictures: every photo the content names is resized once into `.cache/images`
 * (kept between builds, so an unchanged photo is never processed again), then linked into
 * the output. Templates read the results synchronously through `Pictures`.
 */
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import Image, { type ImageMetadata } from "@11ty/eleventy-img";
import { mapInBatches } from "../batches.ts";
import type { Content } from "../content/model.ts";

export const PICTURE_CACHE = ".cache/images";
export const PICTURE_URL = "/img/";

export type PictureRole = "photo" | "product" | "logo";

const WIDTHS: Record<PictureRole, number[]> = {
  photo: [480, 960],
  product: [320, 640],
  logo: [160, 320],
};

export class Pictures {
  /** Public, so that a build can hand the pictures to its render workers (build/render.ts). */
  constructor(readonly processed: ReadonlyMap<string, ImageMetadata>) {}

  get(folder: string, src: string, role: PictureRole): ImageMetadata {
    const metadata = this.processed.get(key(path.join(folder, src), role));
    if (!metadata) throw new Error(`Picture ${src} in ${folder} was not processed for ${role}`);
    return metadata;
  }

  /** Every output file, for linking into the site. */
  files(): string[] {
    const files = new Set<string>();
    for (const metadata of this.processed.values()) {
      for (const entries of Object.values(metadata)) for (const entry of entries) files.add(entry.filename);
    }
    return [...files];
  }
}

function key(source: string, role: PictureRole): string {
  return `${role}:${source}`;
}

/** Photos read at once, to know their contents (see batches.ts). */
const PHOTOS_AT_ONCE = 100;

export async function processPictures(content: Content): Promise<Pictures> {
  const wanted = new Map<string, { source: string; role: PictureRole }>();
  const want = (folder: string, src: string, role: PictureRole) =>
    wanted.set(key(path.join(folder, src), role), { source: path.join(folder, src), role });

  for (const merchant of content.merchants) {
    if (merchant.logo) want(merchant.absoluteFolder, merchant.logo.src, "logo");
    for (const photo of merchant.photos) want(merchant.absoluteFolder, photo.src, "photo");
    for (const product of merchant.products) {
      if (product.photo) want(merchant.absoluteFolder, product.photo.src, "product");
    }
  }

  // The same photo used by many listings is resized once: work is keyed by its contents. Each
  // photo is read whole to know them, a batch at a time (see batches.ts); resizing goes on meanwhile.
  const byContents = new Map<string, Promise<ImageMetadata>>();
  const resizing = await mapInBatches([...wanted], PHOTOS_AT_ONCE, async ([id, { source, role }]) => {
    // The dev server builds again after each edit: files it has seen unchanged are not read again.
    const { mtimeMs, size } = await stat(source);
    const seen = `${id}:${mtimeMs}:${size}`;
    let metadata = alreadyProcessed.get(seen);
    if (!metadata) {
      const digest = `${role}:${createHash("sha1").update(await readFile(source)).digest("hex")}`;
      if (!byContents.has(digest)) {
        const resized = resize(source, role);
        // Awaited below, once every photo is read; until then a failure must not end the process.
        resized.catch(() => {});
        byContents.set(digest, resized);
      }
      metadata = byContents.get(digest)!;
      alreadyProcessed.set(seen, metadata);
    }
    return [id, metadata] as const;
  });
  const processed = new Map<string, ImageMetadata>();
  for (const [id, metadata] of resizing) processed.set(id, await metadata);
  return new Pictures(processed);
}

/** Pictures processed by this process, by source, role, modification time and size. */
const alreadyProcessed = new Map<string, Promise<ImageMetadata>>();

function resize(source: string, role: PictureRole): Promise<ImageMetadata> {
  return Image(source, {
    widths: WIDTHS[role],
    formats: ["webp", "jpeg"],
    outputDir: PICTURE_CACHE,
    urlPath: PICTURE_URL,
    sharpJpegOptions: { quality: 72, mozjpeg: true },
    sharpWebpOptions: { quality: 70 },
  });
}

/** Hard links cost nothing; a copy is the fallback across file systems. */
export async function publishPictures(pictures: Pictures, outputDir: string): Promise<number> {
  const target = path.join(outputDir, PICTURE_URL);
  await mkdir(target, { recursive: true });
  const files = pictures.files();
  await Promise.all(
    files.map(async (file) => {
      const from = path.join(PICTURE_CACHE, file);
      const to = path.join(target, file);
      try {
        await link(from, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
        await copyFile(from, to);
      }
    }),
  );
  return files.length;
}
