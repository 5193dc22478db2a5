import { useId, useMemo, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { maxBin, sortActorRows, thenAndNow, type SortKey } from './then-and-now';
import { shownText } from '../ui/bounded-text';
import { periodLabel } from '../ui/format';
import { barsPath } from '../ui/svg-path';

const COLLAPSED = 8;

const SPARK_WIDTH = 84;
const SPARK_HEIGHT = 16;

/** Headlines per day (or span of days) as one small bar path, the same width whatever the number of days. */
function Spark({ perDay, max }: { perDay: Int32Array; max: number }) {
  const w = SPARK_WIDTH / Math.max(1, perDay.length);
  const bars = Array.from(perDay, (v, i) => {
    const h = max > 0 ? Math.max(v > 0 ? 2 : 0, (v / max) * SPARK_HEIGHT) : 0;
    return { x: i * w, y: SPARK_HEIGHT - h, width: Math.max(1, w * 0.8), height: h };
  });
  return (
    <svg aria-hidden="true" width={SPARK_WIDTH} height={SPARK_HEIGHT} className="inline-block align-middle">
      <path d={barsPath(bars)} className="fill-stone-600 dark:fill-stone-300" />
    </svg>
  );
}

/** The actors of the 2017 analysis: mentions then, headlines now, sortable; a name applies the actor filter. */
export function ThenAndNow({ ix }: { ix: CorpusIndex }) {
  const headingId = useId();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'then', descending: true });
  const [expanded, setExpanded] = useState(false);
  const actors = useView((s) => s.actors);
  const toggleActor = useView((s) => s.toggleActor);
  const rows = useMemo(() => thenAndNow(ix), [ix]);
  const sorted = useMemo(() => sortActorRows(rows, sort.key, sort.descending), [rows, sort]);
  const shown = expanded ? sorted : sorted.slice(0, COLLAPSED);
  const max = useMemo(() => maxBin(rows), [rows]);
  const year = ix.corpus.background?.year;
  const period = periodLabel(ix.firstDay, ix.lastDay);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'} className="px-1 py-1 text-end font-semibold">
      <button type="button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : true }))} className="underline decoration-dotted underline-offset-2">
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );

  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="font-sans text-sm">
      <h3 id={headingId} className="font-semibold">
        Then and now
      </h3>
      <p className="text-xs text-stone-600 dark:text-stone-400">Who the {year ?? 'background'} analysis names, and how often {period} headlines name them.</p>
      <table className="mt-1 w-full border-collapse tabular-nums">
        <thead>
          <tr className="border-b border-stone-200 text-xs dark:border-stone-700">
            <th scope="col" className="px-1 py-1 text-start font-semibold">
              Actor
            </th>
            {header('then', `${year ?? 'Then'} mentions`)}
            {header('now', `${period} headlines`)}
            <th scope="col" className="px-1 py-1 text-start font-semibold">
              <span className="sr-only">Headlines per day</span>
              <span aria-hidden="true">Per day</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} className="border-b border-stone-100 dark:border-stone-800">
              <th scope="row" className="px-1 py-0.5 text-start font-normal">
                <button type="button" aria-pressed={actors.includes(r.id)} onClick={() => toggleActor(r.id)} className={`rounded px-1 text-start ${actors.includes(r.id) ? 'bg-amber-200 text-stone-950 dark:bg-amber-300' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}>
                  {shownText(r.name)}
                </button>
              </th>
              <td className="px-1 text-end">{r.then}</td>
              <td className="px-1 text-end">{r.now}</td>
              <td className="px-1">
                <Spark perDay={r.perDay} max={max} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > COLLAPSED && (
        <button type="button" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)} className="mt-1 text-xs font-medium text-blue-700 underline dark:text-blue-300">
          {expanded ? 'Show fewer actors' : `Show all ${sorted.length} actors`}
        </button>
      )}
    </section>
  );
}
