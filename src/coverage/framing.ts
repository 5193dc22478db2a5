/**
 * Framing words by origin: for each term of the corpus's lexicon (data/framing.json, carried as
 * `corpus.framing`), the headlines whose titles use it (the builder's `framing` tags), split by the origin of
 * the outlet that listed them. Counts keep the rows behind them; on 80 headlines they are small, and the view
 * shows them as counts with their headlines, never as shares.
 *
 * Pure: plain data in, plain data out; no React.
 */
import type { CorpusIndex } from '../corpus/corpus-index';

export type FramingIndex = Pick<CorpusIndex, 'headlines' | 'originRow' | 'origins' | 'corpus'>;

export interface FramingRow {
  readonly id: string;
  readonly label: string;
  /** The group's label: what the alternatives name ("A death in the fighting"). */
  readonly group: string;
  readonly note: string;
  readonly sources: readonly { readonly publisher: string; readonly url: string; readonly date: string | null }[];
  /** Per origin column (the corpus's origin order): the rows using the term, in row order. */
  readonly cells: readonly (readonly number[])[];
  /** Every row using it. */
  readonly rows: readonly number[];
}

export interface FramingTable {
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  /** Terms some headline uses, in the lexicon's order. */
  readonly used: readonly FramingRow[];
  /** Terms no headline of this corpus uses. */
  readonly unused: readonly FramingRow[];
  /** Whether the corpus was built with a lexicon at all. */
  readonly hasLexicon: boolean;
}

export function framingByOrigin(ix: FramingIndex): FramingTable {
  const columns = ix.origins.map(({ id, label }) => ({ id, label }));
  const lexicon = ix.corpus.framing;
  if (!lexicon) return { columns, used: [], unused: [], hasLexicon: false };
  const groupLabel = new Map(lexicon.groups.map((g) => [g.id, g.label]));
  const termRows = new Map<string, number[]>(lexicon.terms.map((t) => [t.id, []]));
  ix.headlines.forEach((h, r) => h.framing?.forEach((t) => termRows.get(t)?.push(r)));
  const rows = lexicon.terms.map((t): FramingRow => {
    const rs = termRows.get(t.id)!;
    const cells: number[][] = columns.map(() => []);
    for (const r of rs) cells[ix.originRow[r]!]?.push(r);
    return { id: t.id, label: t.label, group: groupLabel.get(t.group) ?? t.group, note: t.note, sources: t.sources, cells, rows: rs };
  });
  return { columns, used: rows.filter((r) => r.rows.length > 0), unused: rows.filter((r) => r.rows.length === 0), hasLexicon: true };
}
