import type { HeadlineCut } from './schema';
import { outletKindLabels, type OutletKind } from './outlet-kinds';

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

/** What a reader hears about a cut title, by how sure the cut is; null for a whole title. */
export function cutLabel(cut: HeadlineCut | undefined): string | null {
  if (cut === undefined) return null;
  return cut.certainty === 'certain' ? 'title cut short' : 'title probably cut short';
}

/** The sentence the details panel gives about a cut title: what was found, and how sure that is. */
export function cutNote(cut: HeadlineCut): string {
  return cut.by === 'ellipsis'
    ? 'The aggregator listed this title cut short: it ends with an ellipsis.'
    : `This title was probably cut short: its last word, “${cut.fragment}”, is not an English word and reads as the start of “${cut.completion}”, a word used elsewhere in the source.`;
}

/** A title without the aggregator's trailing "..." when it was cut short (the UI marks the cut itself). */
export function displayTitle(title: string, truncated: boolean): string {
  if (!truncated) return title;
  const cut = title.replace(/\s*(?:\.{2,}|…)\s*$/u, '');
  return cut === '' ? title : cut;
}

/** The label of an outlet's kind when it is worth saying (known, and not a news outlet); else null. */
export function outletKindNote(outlet: { readonly kind: OutletKind | null }): string | null {
  return outlet.kind === null || outlet.kind === 'news' ? null : outletKindLabels[outlet.kind];
}
