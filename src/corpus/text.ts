/**
 * Text folding for search, applied to titles and queries alike: lowercase, accents and other combining marks
 * removed; apostrophes and hyphens joined away ("Kabul's" = "Kabuls" as the aggregator writes it, "cease-fire" =
 * "ceasefire"); dashes, quotes and other punctuation become spaces; whitespace collapsed.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ\u2010\u2011-]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search query, folded. An empty query gives no terms. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** A title without the aggregator's trailing "..." when it was cut short (the UI marks the cut itself). */
export function displayTitle(title: string, truncated: boolean): string {
  if (!truncated) return title;
  const cut = title.replace(/\s*(?:\.{2,}|…)\s*$/u, '');
  return cut === '' ? title : cut;
}
