/** The length search engines show of a description; what runs longer is cut by them anyway. */
export const DESCRIPTION_LENGTH = 160;

/** `text` cut at the last whole word that fits in `max` characters, with an ellipsis. */
export function shortDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
