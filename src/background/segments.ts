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
