/**
 * A paragraph as text runs and actor mentions, from the corpus's mention spans. Pure: the reader renders
 * each run as text and each mention as a button, so nothing in the article is ever parsed as HTML.
 */
import type { Mention } from '../corpus/schema';

export type Segment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mention'; readonly text: string; readonly actorId: string };

export function segmentParagraph(text: string, mentions: readonly Mention[]): Segment[] {
  const sorted = [...mentions].filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlapping spans: the earlier, longer one wins
    if (m.start > at) out.push({ kind: 'text', text: text.slice(at, m.start) });
    out.push({ kind: 'mention', text: text.slice(m.start, m.end), actorId: m.actorId });
    at = m.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

export type GluedSegment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mention'; readonly text: string; readonly actorId: string; readonly after: string };

/** Punctuation that must not start a line: it stays with the word before it. */
const TRAILING = /^[,.;:!?)\]}»›”’'"…%]+/u;

/**
 * Each mention with the punctuation that follows it (`after`), taken from the next text run, so the two can be
 * kept on one line. Nothing is lost or reordered: the texts joined give the paragraph back.
 */
export function gluePunctuation(segments: readonly Segment[]): GluedSegment[] {
  const out: GluedSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.kind === 'text') {
      const prev = out[out.length - 1];
      const glued = prev?.kind === 'mention' ? prev.after.length : 0;
      const rest = seg.text.slice(glued);
      if (rest !== '') out.push({ kind: 'text', text: rest });
      continue;
    }
    const next = segments[i + 1];
    const after = next?.kind === 'text' ? (TRAILING.exec(next.text)?.[0] ?? '') : '';
    out.push({ ...seg, after });
  }
  return out;
}
