import { useRef } from 'react';
import { DAY_MS } from '../corpus/dates';
import type { DayBin } from '../store/selectors';
import { formatDay, plural } from '../ui/format';
import { dayOf } from './describe';
import { daysIn } from './days';
import { scaleWidth, scaleWindow, type TimeScale } from './scales';
import type { Tick } from './ticks';
import { useRovingFocus } from './use-roving-focus';

export const AXIS_HEIGHT = 30;
/** Days narrower than this get no button of their own (zoom in to pick one). */
const MIN_DAY_BUTTON = 14;

interface AxisProps {
  /** The plot's x scale (shared with the marks and the grid). */
  x: TimeScale;
  ticks: readonly Tick[];
  top: number;
  bins: readonly DayBin[];
  day: string | null;
  /** Days the source lists headlines on (since epoch). */
  listed: ReadonlySet<number>;
  onSelectDay: (day: string) => void;
}

/**
 * The time axis (UTC calendar days), drawn by React from d3's scale and d3-time's intervals. Each visible day
 * is a button (one tab stop, arrow keys move) that selects the day.
 */
export function Axis({ x, ticks, top, bins, day, listed, onSelectDay }: AxisProps) {
  const ref = useRef<HTMLDivElement>(null);
  const win = scaleWindow(x);
  const width = scaleWidth(x);
  const counts = new Map(bins.map((b) => [b.day, b.total]));
  const days =
    x.dayPx >= MIN_DAY_BUTTON
      ? daysIn(x.axis, win).map((n) => {
          const x0 = Math.max(0, x(n * DAY_MS));
          const x1 = Math.min(width, x((n + 1) * DAY_MS));
          return { key: dayOf(n), n, x: x0, y: 0, width: x1 - x0 };
        })
      : [];
  const roving = useRovingFocus(ref, days, day);

  return (
    <div className="absolute inset-x-0" style={{ top, height: AXIS_HEIGHT }}>
      <svg aria-hidden="true" className="pointer-events-none absolute inset-0" width={width} height={AXIS_HEIGHT}>
        <line x1={0} x2={width} y1={0.5} y2={0.5} className="stroke-stone-400 dark:stroke-stone-500" />
        {ticks.map((t) => (
          <g key={t.ms} transform={`translate(${x(t.ms)},0)`}>
            <line y1={0} y2={t.major ? 8 : 5} className="stroke-stone-500 dark:stroke-stone-400" />
            <text y={21} x={3} className={`fill-stone-700 text-[11px] dark:fill-stone-300 ${t.major ? 'font-semibold' : ''}`}>
              {t.label}
            </text>
          </g>
        ))}
      </svg>
      {days.length > 0 && (
        <div ref={ref} role="toolbar" aria-label="Days" onKeyDown={roving.onKeyDown} className="absolute inset-0">
          {days.map((d) => (
            <button
              key={d.key}
              type="button"
              data-key={d.key}
              tabIndex={roving.tabIndexFor(d.key)}
              onFocus={() => roving.onFocusKey(d.key)}
              aria-pressed={d.key === day}
              aria-label={`${formatDay(d.key, 'long')}, ${listed.has(d.n) ? `${plural(counts.get(d.n) ?? 0, 'headline')} listed` : 'not listed by the source'}`}
              onClick={() => onSelectDay(d.key)}
              className={`absolute top-0 h-full rounded-sm hover:bg-stone-200/60 dark:hover:bg-stone-700/60 ${d.key === day ? 'bg-blue-200/60 dark:bg-blue-900/60' : ''}`}
              style={{ left: d.x, width: d.width }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
