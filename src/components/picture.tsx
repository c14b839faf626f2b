import type { ImageMetadata } from "@11ty/eleventy-img";

interface PictureProps {
  metadata: ImageMetadata;
  alt: string;
  sizes: string;
  /** Pictures below the fold wait until the reader scrolls near them. */
  eager?: boolean;
  class?: string;
}

export function Picture({ metadata, alt, sizes, eager = false, class: className }: PictureProps) {
  const fallback = metadata.jpeg ?? Object.values(metadata)[0] ?? [];
  const largest = fallback.at(-1);
  if (!largest) return null;
  return (
    <picture class={className}>
      {Object.entries(metadata)
        .filter(([format]) => format !== "jpeg")
        .map(([, entries]) => (
          <source type={entries[0]?.sourceType} srcset={entries.map((entry) => entry.srcset).join(", ")} sizes={sizes} />
        ))}
      <img
        src={largest.url}
        srcset={fallback.map((entry) => entry.srcset).join(", ")}
        sizes={sizes}
        width={largest.width}
        height={largest.height}
        alt={alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        {...(eager ? { fetchpriority: "high" } : {})}
      />
    </picture>
  );
}
