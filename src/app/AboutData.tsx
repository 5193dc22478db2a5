import type { CorpusIndex } from '../corpus/corpus-index';
import { formatCount, formatDay, plural } from '../ui/format';

/**
 * "About this data": what the corpus is and is not. One aggregator page's list of headlines, dated by the days
 * the aggregator listed them; what the builder could not resolve; where the key events come from; how to build
 * a corpus from another page.
 */
export function AboutData({ ix }: { ix: CorpusIndex }) {
  const c = ix.corpus;
  const days = [...new Set(ix.headlines.map((h) => h.date))];
  const byKind = new Map<string, number>();
  for (const a of c.anomalies) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  const sources = new Set(c.events.flatMap((e) => [...e.sources, ...e.claims.flatMap((cl) => cl.sources), ...e.disputes.flatMap((d) => d.versions.flatMap((v) => v.sources))].map((s) => s.url)));
  return (
    <div className="space-y-4 text-sm leading-relaxed">
      <section aria-label="The headlines">
        <h3 className="font-semibold">The headlines</h3>
        <p>
          {plural(c.headlines.length, 'headline')} from {plural(c.outlets.length, 'outlet')}, read from one page of a news aggregator (
          <code className="break-all">{c.source}</code>): a list of links it showed beside the background article. It is that page's
          selection, not everything these outlets published, and counts here are "headlines in this corpus", never a measure of attention.
        </p>
        <p className="mt-2">
          <strong>Dates are listing days.</strong> Each headline carries the day the aggregator listed it, usually a day or two after
          publication; the page lists {plural(days.length, 'day')} ({days.map((d) => formatDay(d)).join(', ')}), and days between them that
          it never lists are drawn as <em>not listed</em>, which is not the same as a day without news.
        </p>
      </section>
      <section aria-label="What the builder could not resolve">
        <h3 className="font-semibold">What the builder could not resolve</h3>
        {c.anomalies.length === 0 ? (
          <p>Nothing: every line of the list was a headline with a known outlet and a whole title.</p>
        ) : (
          <>
            <p>
              {plural(c.anomalies.length, 'note')} from building the corpus ({[...byKind].map(([k, n]) => `${formatCount(n)} ${k}`).join(', ')}):
            </p>
            <ul className="mt-1 list-disc ps-5">
              {c.anomalies.slice(0, 50).map((a, i) => (
                <li key={i} className="break-words">
                  Line {a.line}: {a.message}
                </li>
              ))}
            </ul>
            {c.anomalies.length > 50 && <p>… and {formatCount(c.anomalies.length - 50)} more.</p>}
          </>
        )}
      </section>
      <section aria-label="Key events and phases">
        <h3 className="font-semibold">Key events and phases</h3>
        <p>
          {plural(c.events.length, 'key event')} and {plural(c.phases.length, 'phase')} are curated, not read from the page: each cites the
          pages it rests on ({plural(sources.size, 'source')} in all), is written in our own words, and gives contested figures as claims in
          their claimant's name. A headline reports an event when it matches the event's rule and was listed from the event's first day to a
          few days after its last.
        </p>
      </section>
      <section aria-label="Another corpus">
        <h3 className="font-semibold">Another corpus</h3>
        <p>
          Build one from another aggregator page with <code>npm run corpus -- PAGE.txt --out public/other.json</code> and open it with{' '}
          <code>?corpus=other.json</code>; the README explains the page format and the curated tables.
        </p>
      </section>
    </div>
  );
}
