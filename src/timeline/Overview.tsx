import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import type { DayBin } from '../store/selectors';
import type { TimeWindow } from '../store/view-state';
import { dragWindow } from '../store/window';
import { fromAxis, inPeriod, toAxis } from '../corpus/time-axis';
import { BREAK_PX, overviewScale } from './overview-scale';
import { rowsInDays } from './layout';
import { formatUtcMs, periodLabel } from '../ui/format';
import { useSize } from '../ui/use-size';
import { barsPath } from '../ui/svg-path';
import { backgroundYears, type BackgroundYear } from './background-years';
import { Tooltip } from './Tooltip';
import { useView } from '../store/store';
import { dayOf } from './describe';

interface OverviewProps {
  ix: CorpusIndex;
  win: TimeWindow;
  bins: readonly DayBin[];
  day: string | null;
  onWindow: (w: TimeWindow) => void;
  onSelectDay: (day: string) => void;
}

const HEIGHT = 40;
type Drag = { mode: 'move' | 'start' | 'end'; x0: number; win: TimeWindow; moved: boolean } | null;

const fmt = (ms: number) => formatUtcMs(ms, { day: 'numeric', month: 'short', year: 'numeric' });
const windowText = (w: TimeWindow) => `${fmt(w.start)} – ${fmt(w.end - 1)}`;

/**
 * The whole extent in miniature with the visible window as a brush: drag it to pan, drag its edges to zoom,
 * click a day outside it to select that day. The brush and its edges are sliders for the keyboard.
 * (Hand-written rather than d3-brush: d3-brush draws its own nodes and has no keyboard or ARIA story.)
 */
export function Overview({ ix, win, bins, day, onWindow, onSelectDay }: OverviewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  const drag = useRef<Drag>(null);
  const years = useMemo(() => backgroundYears(ix), [ix]);
  const setBgSection = useView((s) => s.setBgSection);
  const [hoveredYear, setHoveredYear] = useState<number | null>(null);
  const tooltipId = useId();
  // The background article's years sit in a compressed segment before the months, past an axis break.
  const segment = years.length > 0 ? Math.min(170, Math.max(96, width * 0.16)) : 0;
  const breakWidth = years.length > 0 ? 18 : 0;
  const offset = segment + breakWidth;
  // The whole axis: its periods side by side (those with headlines wider), the years between them compressed into breaks.
  const weighted = useMemo(() => ix.axis.periods.map((p) => rowsInDays(ix, ix.headlines.map((_, r) => r), p.start / DAY_MS, p.end / DAY_MS - 1).length > 0), [ix]);
  const x = useMemo(() => overviewScale(ix.axis, weighted, offset, Math.max(offset + 1, width)), [ix.axis, weighted, offset, width]);
  const segmentOf = (t: number) => x.segments[Math.max(0, ix.axis.periods.findIndex((p) => t >= p.start && t < p.end))]!;
  const yearX = (y: BackgroundYear) => {
    const first = years[0]!.year;
    const last = years[years.length - 1]!.year;
    return 18 + (last === first ? 0.5 : (y.year - first) / (last - first)) * (segment - 36);
  };
  const dayPxAt = (t: number) => Math.max(1, segmentOf(t).dayPx);
  const totalDays = Math.round(ix.axis.total / DAY_MS);
  // The bars depend on the counts and the strip's scale, not on the window: a zoom or pan does not redraw them.
  const bars = useMemo(() => {
    const top = bins.reduce((m, b) => Math.max(m, b.total), 0);
    const segmentAt = (t: number) => x.segments[Math.max(0, ix.axis.periods.findIndex((p) => t >= p.start && t < p.end))]!;
    return barsPath(
      bins.map((b) => {
        const h = top > 0 ? Math.max(1, (b.total / top) * (HEIGHT - 6)) : 0;
        return { x: x(b.day * DAY_MS), y: HEIGHT - h, width: Math.max(1, Math.max(1, segmentAt(b.day * DAY_MS).dayPx) - 1), height: h };
      }),
    );
  }, [bins, x, ix.axis]);
  /** A pointer's position in the strip (px from its left edge). */
  const stripX = (clientX: number) => clientX - (ref.current?.getBoundingClientRect().left ?? 0);
  const bx0 = x(win.start);
  const bx1 = x(win.end);

  const start = (e: PointerEvent<HTMLElement>) => {
    const mode = e.currentTarget.dataset.mode as 'move' | 'start' | 'end';
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { mode, x0: e.clientX, win, moved: false };
  };
  const move = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    if (Math.abs(e.clientX - d.x0) > 2) d.moved = true;
    onWindow(dragWindow(d.win, d.mode, x.toAxis(stripX(e.clientX)) - x.toAxis(stripX(d.x0)), ix.axis));
  };
  const end = () => {
    drag.current = null;
  };
  const clickBackground = (e: PointerEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget && !(e.target instanceof SVGElement)) return;
    const rect = e.currentTarget.getBoundingClientRect();
    if (e.clientX - rect.left < offset) return;
    const t = fromAxis(ix.axis, x.toAxis(e.clientX - rect.left));
    // A click in a break selects nothing: no day lies there.
    if (inPeriod(ix.axis, t)) onSelectDay(dayOf(Math.floor(t / DAY_MS)));
  };
  const keys = (mode: 'move' | 'start' | 'end') => (e: KeyboardEvent<HTMLElement>) => {
    const step = e.key === 'PageUp' || e.key === 'PageDown' ? 7 * DAY_MS : DAY_MS;
    const dir = e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'PageDown' ? -1 : e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'PageUp' ? 1 : 0;
    if (dir === 0) return;
    e.preventDefault();
    e.stopPropagation();
    onWindow(dragWindow(win, mode, dir * step, ix.axis));
  };
  const dayValue = (ms: number) => Math.round(toAxis(ix.axis, ms) / DAY_MS);
  const sliderProps = (label: string, now: number, text: string) => ({
    role: 'slider' as const,
    tabIndex: 0,
    'aria-label': label,
    'aria-valuemin': 0,
    'aria-valuemax': totalDays,
    'aria-valuenow': now,
    'aria-valuetext': text,
  });
  const selectedMs = day === null ? null : dayToUtcMs(day);
  const labelId = useId();

  return (
    <div className="mt-3">
      <div className="mb-1 flex items-baseline justify-between text-xs text-stone-600 dark:text-stone-400">
        <span id={labelId}>Overview: drag the window to pan, its edges to zoom</span>
      </div>
      <div
        ref={ref}
        dir="ltr"
        role="group"
        aria-labelledby={labelId}
        className="relative touch-none rounded border border-stone-200 bg-stone-50 select-none dark:border-stone-700 dark:bg-stone-950"
        style={{ height: HEIGHT }}
        onPointerUp={(e) => {
          if (!drag.current) clickBackground(e);
        }}
      >
        {width > 0 && (
          <>
            {years.length > 0 && (
              <div role="group" aria-label="Years of the background article" className="absolute inset-y-0 start-0 rounded-s bg-amber-50 dark:bg-amber-950/40" style={{ width: segment }}>
                {years.map((y) => (
                  <button
                    key={y.year}
                    type="button"
                    aria-label={`${y.year}${y.isArticleYear ? ', the year of the background article' : ''}: ${y.sentences.join(' ')}`}
                    aria-describedby={hoveredYear === y.year ? tooltipId : undefined}
                    onClick={() => setBgSection(y.sectionId ?? ix.corpus.background?.sections[0]?.id ?? null)}
                    onPointerEnter={() => setHoveredYear(y.year)}
                    onPointerLeave={() => setHoveredYear((h) => (h === y.year ? null : h))}
                    onFocus={() => setHoveredYear(y.year)}
                    onBlur={() => setHoveredYear((h) => (h === y.year ? null : h))}
                    className="absolute bottom-1 -translate-x-1/2 rounded px-1 text-[11px] font-semibold tabular-nums hover:bg-amber-100 dark:hover:bg-amber-900/60"
                    style={{ left: yearX(y) }}
                  >
                    <span aria-hidden="true" className={`mx-auto mb-0.5 block size-2 rotate-45 ${y.isArticleYear ? 'bg-amber-600' : 'border border-amber-600'}`} />
                    {y.year}
                  </button>
                ))}
              </div>
            )}
            {hoveredYear !== null && (
              <Tooltip
                id={tooltipId}
                lines={[String(hoveredYear), ...(years.find((y) => y.year === hoveredYear)?.sentences ?? [])]}
                x={yearX(years.find((y) => y.year === hoveredYear)!)}
                y={HEIGHT}
                width={0}
                height={0}
                containerWidth={width}
              />
            )}
            <svg aria-hidden="true" className="pointer-events-none absolute inset-0" width={width} height={HEIGHT}>
              {years.length > 0 && (
                <g className="stroke-stone-500 dark:stroke-stone-400" strokeWidth={1.5}>
                  <line x1={segment + 4} x2={segment + 10} y1={HEIGHT - 6} y2={6} />
                  <line x1={segment + 9} x2={segment + 15} y1={HEIGHT - 6} y2={6} />
                </g>
              )}
              {x.segments.slice(1).map((seg, i) => {
                const bx = seg.x0 - BREAK_PX / 2;
                return (
                  <g key={i} className="stroke-stone-500 dark:stroke-stone-400" strokeWidth={1.5}>
                    <line x1={bx - 5} x2={bx - 1} y1={HEIGHT - 6} y2={6} />
                    <line x1={bx} x2={bx + 4} y1={HEIGHT - 6} y2={6} />
                  </g>
                );
              })}
              {ix.events.map((ev) => (
                <path key={ev.id} d={`M${x(dayToUtcMs(ev.start)) + dayPxAt(dayToUtcMs(ev.start)) / 2} 3l3 5h-6z`} className="fill-stone-700 dark:fill-stone-300" />
              ))}
              {ix.axis.periods.length > 1 &&
                ix.axis.periods.map((p, i) => (
                  <text key={p.start} x={x.segments[i]!.x0 + 3} y={19} className="fill-stone-600 text-[10px] dark:fill-stone-400">
                    {periodLabel(p.start / DAY_MS, p.end / DAY_MS - 1)}
                  </text>
                ))}
              {selectedMs !== null && <rect x={x(selectedMs)} width={dayPxAt(selectedMs)} y={0} height={HEIGHT} className="fill-blue-300 dark:fill-blue-800" />}
              <path d={bars} className="fill-stone-500 dark:fill-stone-400" />
            </svg>
            <div
              {...sliderProps('Visible window', dayValue(win.start), windowText(win))}
              data-mode="move"
              onPointerDown={start}
              onPointerMove={move}
              onPointerUp={end}
              onPointerCancel={end}
              onKeyDown={keys('move')}
              className="absolute inset-y-0 cursor-grab rounded-sm border-2 border-blue-600 bg-blue-500/15 active:cursor-grabbing dark:border-blue-300 dark:bg-blue-300/15"
              style={{ left: bx0, width: Math.max(6, bx1 - bx0) }}
            />
            {(['start', 'end'] as const).map((edge) => (
              <div
                key={edge}
                {...(edge === 'start'
                  ? sliderProps('Window start', dayValue(win.start), fmt(win.start))
                  : sliderProps('Window end', dayValue(win.end), fmt(win.end - 1)))}
                data-mode={edge}
                onPointerDown={start}
                onPointerMove={move}
                onPointerUp={end}
                onPointerCancel={end}
                onKeyDown={keys(edge)}
                className="absolute inset-y-0 w-4 cursor-ew-resize"
                style={{ left: (edge === 'start' ? bx0 : bx1) - 8 }}
              >
                <span aria-hidden="true" className="absolute inset-y-2 left-1.5 w-1 rounded bg-blue-600 dark:bg-blue-300" />
              </div>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
