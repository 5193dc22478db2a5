import { useDeferredValue, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView, viewStore } from '../store/store';
import type { Filtered } from '../store/selectors';
import type { TimeWindow } from '../store/view-state';
import { focusOutletDay } from '../store/intents';
import { formatCount, formatDay, plural } from '../ui/format';
import { HEAT, heatLevel } from '../ui/heat-colours';
import { DAY_MS } from '../corpus/dates';
import { windowScale } from './scales';
import { dayOf } from './describe';
import { buildHeatmap, columnDays } from './heatmap-layout';
import { shownText } from '../ui/bounded-text';
import { ShowMore, useLimit } from '../ui/ShowMore';
import { useRovingFocus } from './use-roving-focus';

interface HeatmapProps {
  ix: CorpusIndex;
  filtered: Filtered;
  win: TimeWindow;
  /** The plot's width: the strip uses the plot's x scale, so its columns sit under the axis's days. */
  width: number;
  day: string | null;
}

const COLLAPSED_ROWS = 10;
/** Rows added per "Show more" once expanded: a corpus may have 100,000 outlets in the window. */
const ROWS_STEP = 40;
/** A row: the outlet's name on a line of its own, its cells under it. */
const NAME_H = 14;
const CELL_H = 20;
const ROW_H = NAME_H + CELL_H + 2;
const HEADER_H = 16;
/** Narrower days than this are summed by week (a number must fit in a cell). */
const MIN_DAY_PX = 14;

/**
 * Coverage strip: outlets by day (or week) in the window, cells the number of headlines, drawn on the plot's
 * own x scale so each column sits under its day on the axis, with a header of the days. A cell filters to that
 * outlet and selects that day. Shades meet 3:1 against the page and their numbers 4.5:1 (ui/heat-colours.ts).
 */
export function Heatmap({ ix, filtered, win, width, day }: HeatmapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const outletFilter = useView((s) => s.outlets);
  // The strip follows the window and the filters at a lower priority than the plot: during a zoom or pan
  // gesture React may skip its intermediate states, and a filter change shows in the plot, the list and the
  // summary first, so frames stay short on large corpora.
  const deferredWindow = useDeferredValue(win);
  const deferredFiltered = useDeferredValue(filtered);
  const x = useMemo(() => windowScale(deferredWindow, width, ix.axis), [deferredWindow, width, ix.axis]);
  const step = columnDays(x.dayPx, MIN_DAY_PX);
  const map = useMemo(() => buildHeatmap(ix, deferredFiltered, deferredWindow, step), [ix, deferredFiltered, deferredWindow, step]);
  const more = useLimit(map.rows.length, COLLAPSED_ROWS + ROWS_STEP, ROWS_STEP);
  const shown = useMemo(() => map.rows.slice(0, expanded ? more.shown : COLLAPSED_ROWS), [map.rows, expanded, more.shown]);
  const columns = useMemo(
    () =>
      map.columns.map((c) => {
        const x0 = Math.max(0, x(c.firstDay * DAY_MS));
        const x1 = Math.min(x.width, x((c.lastDay + 1) * DAY_MS));
        return { ...c, x0, w: Math.max(0, x1 - x0) };
      }),
    [map.columns, x],
  );
  const items = useMemo(
    () =>
      shown.flatMap((row, y) =>
        columns.flatMap((c, i) => (row.cells[i]! > 0 ? [{ key: `${ix.outlets[row.outlet]!.id}|${c.firstDay}`, x: c.x0, y, width: c.w }] : [])),
      ),
    [shown, columns, ix],
  );
  const roving = useRovingFocus(ref, items, null);
  const weekly = step > 1;
  const unit = step === 1 ? 'day' : step === 7 ? 'week' : `${step} days`;

  return (
    <div className="mt-3">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-xs font-semibold text-stone-700 dark:text-stone-300">
          Coverage by outlet and {unit} <span className="font-normal text-stone-600 dark:text-stone-400">· headlines listed</span>
        </h3>
        {map.rows.length > COLLAPSED_ROWS && (
          <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded} className="text-xs font-medium text-blue-700 underline dark:text-blue-300">
            {expanded ? 'Show the busiest outlets' : `Show ${formatCount(Math.min(map.rows.length, COLLAPSED_ROWS + ROWS_STEP))} of ${formatCount(map.rows.length)} outlets`}
          </button>
        )}
      </div>
      {map.rows.length === 0 ? (
        <p className="text-xs text-stone-600 dark:text-stone-400">No headline in this window matches the filters.</p>
      ) : (
        <div ref={ref} dir="ltr" role="group" aria-labelledby={headingId} onKeyDown={roving.onKeyDown} className="relative text-[11px]" style={{ height: HEADER_H + shown.length * ROW_H }}>
          <div aria-hidden="true" data-heat-header className="absolute inset-x-0 top-0 border-b border-stone-200 dark:border-stone-700" style={{ height: HEADER_H }}>
            {columns.map((c) =>
              c.w >= 12 ? (
                <span key={c.firstDay} data-day={dayOf(c.firstDay)} className="absolute top-0 overflow-hidden text-center leading-4 text-stone-600 tabular-nums dark:text-stone-400" style={{ left: c.x0, width: c.w }}>
                  {weekly ? formatDay(dayOf(c.firstDay), 'short') : Number(dayOf(c.firstDay).slice(8))}
                </span>
              ) : null,
            )}
          </div>
          {shown.map((row, y) => {
            const outlet = ix.outlets[row.outlet]!;
            const top = HEADER_H + y * ROW_H;
            return (
              <div key={outlet.id} className="contents">
                <span className="absolute start-0 truncate leading-[14px] font-medium text-stone-700 dark:text-stone-300" style={{ top: top + 1, maxWidth: '100%' }}>
                  {shownText(outlet.name)}
                </span>
                {columns.map((c, i) => {
                  const count = row.cells[i]!;
                  if (count === 0) return null;
                  const key = `${outlet.id}|${c.firstDay}`;
                  const d = dayOf(c.firstDay);
                  const when = c.lastDay === c.firstDay ? formatDay(d, 'long') : step === 7 ? `week of ${formatDay(d)}` : `${formatDay(d)} to ${formatDay(dayOf(c.lastDay))}`;
                  const selected = day !== null && c.firstDay === c.lastDay && d === day && outletFilter.length === 1 && outletFilter[0] === outlet.id;
                  const level = heatLevel(count, map.max);
                  return (
                    <button
                      key={key}
                      type="button"
                      data-key={key}
                      data-day={d}
                      tabIndex={roving.tabIndexFor(key)}
                      onFocus={() => roving.onFocusKey(key)}
                      aria-label={`${shownText(outlet.name)}, ${when}: ${plural(count, 'headline')} listed`}
                      aria-pressed={selected}
                      onClick={() => viewStore.getState().run(ix, focusOutletDay(outlet.id, d))}
                      className={`absolute overflow-hidden rounded-sm border border-white bg-(--heat-light) text-center leading-[18px] font-semibold tabular-nums text-(--heat-text-light) dark:border-stone-900 dark:bg-(--heat-dark) dark:text-(--heat-text-dark) ${selected ? 'ring-2 ring-amber-500 ring-inset' : ''}`}
                      style={
                        {
                          left: c.x0,
                          width: c.w,
                          top: top + NAME_H,
                          height: CELL_H,
                          '--heat-light': HEAT.light.cells[level],
                          '--heat-dark': HEAT.dark.cells[level],
                          '--heat-text-light': HEAT.light.text,
                          '--heat-text-dark': HEAT.dark.text,
                        } as CSSProperties
                      }
                    >
                      <span aria-hidden="true">{count}</span>
                    </button>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
      {expanded && <ShowMore hidden={map.rows.length - shown.length} step={more.step} what="outlets" onMore={more.showMore} className="mt-1" />}
    </div>
  );
}
