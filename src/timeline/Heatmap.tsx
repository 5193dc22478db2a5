import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView, viewStore } from '../store/store';
import type { Filtered } from '../store/selectors';
import type { TimeWindow } from '../store/view-state';
import { focusOutletDay } from '../store/intents';
import { formatDay, plural } from '../ui/format';
import { dayOf } from './describe';
import { buildHeatmap } from './heatmap-layout';
import { useRovingFocus } from './use-roving-focus';

interface HeatmapProps {
  ix: CorpusIndex;
  filtered: Filtered;
  win: TimeWindow;
  day: string | null;
}

const COLLAPSED_ROWS = 10;
const ROW_H = 22;

/** Cell shade by count (with the count written in it when there is room: colour is not the only cue). */
function shade(count: number, max: number): string {
  if (count === 0) return 'transparent';
  const t = max <= 1 ? 1 : 0.25 + 0.75 * ((count - 1) / (max - 1));
  return `color-mix(in oklab, var(--color-blue-700) ${Math.round(t * 100)}%, transparent)`;
}

/**
 * Coverage strip: outlets by day in the window, cells the number of headlines. A cell filters to that outlet
 * and selects that day.
 */
export function Heatmap({ ix, filtered, win, day }: HeatmapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const outletFilter = useView((s) => s.outlets);
  // The strip follows the window and the filters at a lower priority than the plot: during a zoom or pan
  // gesture React may skip its intermediate states, and a filter change shows in the plot, the list and the
  // summary first, so frames stay short on large corpora.
  const deferredWindow = useDeferredValue(win);
  const deferredFiltered = useDeferredValue(filtered);
  const map = useMemo(() => buildHeatmap(ix, deferredFiltered, deferredWindow), [ix, deferredFiltered, deferredWindow]);
  const shown = expanded ? map.rows : map.rows.slice(0, COLLAPSED_ROWS);
  const cols = map.columns.length;
  const items = useMemo(
    () =>
      shown.flatMap((row, y) =>
        map.columns.flatMap((c, x) => (row.cells[x]! > 0 ? [{ key: `${ix.outlets[row.outlet]!.id}|${c.firstDay}`, x, y, width: 1 }] : [])),
      ),
    [shown, map.columns, ix],
  );
  const roving = useRovingFocus(ref, items, null);

  return (
    <div className="mt-3">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-xs font-semibold text-stone-700 dark:text-stone-300">
          Coverage by outlet and {map.columns.some((c) => c.lastDay > c.firstDay) ? 'week' : 'day'}
        </h3>
        {map.rows.length > COLLAPSED_ROWS && (
          <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded} className="text-xs font-medium text-blue-700 underline dark:text-blue-300">
            {expanded ? 'Show the busiest outlets' : `Show all ${map.rows.length} outlets`}
          </button>
        )}
      </div>
      {map.rows.length === 0 ? (
        <p className="text-xs text-stone-600 dark:text-stone-400">No headline in this window matches the filters.</p>
      ) : (
        <div ref={ref} dir="ltr" role="group" aria-labelledby={headingId} onKeyDown={roving.onKeyDown} className="grid gap-y-px text-[11px]" style={{ gridTemplateColumns: `minmax(5rem, 9rem) repeat(${cols}, minmax(0, 1fr))` }}>
          {shown.map((row) => {
            const outlet = ix.outlets[row.outlet]!;
            return (
              <div key={outlet.id} className="contents">
                <span className="truncate pe-1 leading-[22px] text-stone-700 dark:text-stone-300" title={outlet.name}>
                  {outlet.name}
                </span>
                {map.columns.map((c, x) => {
                  const count = row.cells[x]!;
                  const key = `${outlet.id}|${c.firstDay}`;
                  if (count === 0) return <span key={key} aria-hidden="true" className="border-s border-stone-100 dark:border-stone-800" style={{ height: ROW_H }} />;
                  const d = dayOf(c.firstDay);
                  const when = c.lastDay > c.firstDay ? `week of ${formatDay(d)}` : formatDay(d, 'long');
                  const selected = day !== null && c.firstDay === c.lastDay && d === day && outletFilter.length === 1 && outletFilter[0] === outlet.id;
                  return (
                    <button
                      key={key}
                      type="button"
                      data-key={key}
                      tabIndex={roving.tabIndexFor(key)}
                      onFocus={() => roving.onFocusKey(key)}
                      aria-label={`${outlet.name}, ${when}: ${plural(count, 'headline')} listed`}
                      aria-pressed={selected}
                      onClick={() => viewStore.getState().run(ix, focusOutletDay(outlet.id, d))}
                      className={`min-w-0 overflow-hidden border-s border-white text-center font-semibold leading-[22px] tabular-nums dark:border-stone-900 ${selected ? 'ring-2 ring-blue-600 ring-inset dark:ring-blue-300' : ''}`}
                      style={{ height: ROW_H, background: shade(count, map.max), color: count / Math.max(1, map.max) > 0.45 ? 'white' : undefined }}
                    >
                      <span aria-hidden="true" className="hidden sm:inline">
                        {count}
                      </span>
                    </button>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
