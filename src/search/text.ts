/**
 * How search treats words, on both sides: the build, which writes what Pagefind indexes, and
 * the search page, which cleans what residents type. No dependencies: it runs in the browser.
 */
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "Oe", æ: "ae", Æ: "Ae" };

/**
 * "Œufs" → "Oeufs". Pagefind already matches "creperie" with "Crêperie", but keeps œ and æ as
 * letters of their own, and residents type "oeuf".
 */
export function expandLigatures(text: string): string {
  return text.replace(/[œŒæÆ]/g, (letter) => LIGATURES[letter] ?? letter);
}

/** Lowercase, without accents or ligatures: "Œufs à la Crème" → "oeufs a la creme", a sort key. */
export function fold(text: string): string {
  return expandLigatures(text).normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase("fr");
}

/**
 * Words so common that they narrow nothing, and each costs the first search one more chunk of
 * the index to download (about 15 KB gzipped at 5,000 merchants): "bol en grès" → "bol grès".
 */
const STOP_WORDS = new Set(["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "un", "une"]);

/** What the search page gives Pagefind: the query without its stop words, unless nothing else is left. */
export function searchTerms(query: string): string {
  const words = query.split(/[\s'’]+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(fold(word)));
  return kept.length > 0 ? kept.join(" ") : query.trim();
}
