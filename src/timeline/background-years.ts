/**
 * The years the background article lives in, for the overview's compressed segment before the headlines:
 * the years it names (each with its sentences) and its own year. From the corpus, never from constants.
 */
import type { CorpusIndex } from '../corpus/corpus-index';

export interface BackgroundYear {
  readonly year: number;
  /** The article's own year (it may also be named in it). */
  readonly isArticleYear: boolean;
  /** What the mark says: the sentences naming the year, or the article's title for its own year. */
  readonly sentences: readonly string[];
  /** Where the reader should open: the section of the first sentence (null: the top). */
  readonly sectionId: string | null;
}

export function backgroundYears(ix: CorpusIndex): BackgroundYear[] {
  const bg = ix.corpus.background;
  if (!bg) return [];
  const firstYear = new Date(ix.extent[0]).getUTCFullYear();
  const sectionOf = new Map<string, string>();
  for (const s of bg.sections) for (const p of s.paragraphs) sectionOf.set(p.id, s.id);
  const years = new Map<number, { year: number; isArticleYear: boolean; sentences: string[]; sectionId: string | null }>();
  for (const m of bg.mentionedYears) {
    if (m.year >= firstYear) continue;
    const first = m.sentences.find((s) => s.paragraphId !== null);
    years.set(m.year, {
      year: m.year,
      isArticleYear: false,
      sentences: m.sentences.map((s) => s.text),
      sectionId: first?.paragraphId ? (sectionOf.get(first.paragraphId) ?? null) : null,
    });
  }
  if (bg.year < firstYear) {
    const own = `${bg.outlet} publishes “${bg.title}”${bg.author ? ` by ${bg.author}` : ''}.`;
    const existing = years.get(bg.year);
    if (existing) {
      existing.isArticleYear = true;
      existing.sentences.unshift(own);
    } else years.set(bg.year, { year: bg.year, isArticleYear: true, sentences: [own], sectionId: null });
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
