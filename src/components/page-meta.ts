/**
 * The title and description search engines show for a page. Both are cut in search results
 * past a certain length, so they are kept within it here, where the cut can fall on a word.
 */

/** About what search results show of a title. */
export const TITLE_LENGTH = 70;
/** About what search results show of a description. */
export const DESCRIPTION_LENGTH = 160;

/** `title · site`, or the title alone when the site's name would not fit in a result. */
export function pageTitle(title: string, siteName: string): string {
  const full = `${title} · ${siteName}`;
  return full.length <= TITLE_LENGTH ? full : title;
}

/** `text` cut at the last whole word that fits in `max` characters, with an ellipsis. */
export function shortDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
