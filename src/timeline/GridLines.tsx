import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { useId } from 'react';
import { windowBreaks } from '../corpus/time-axis';
import { daysIn } from './days';
import { scaleWidth, scaleWindow, type TimeScale } from './scales';
import type { Tick } from './ticks';
import { verticalLinesPath } from '../ui/svg-path';

interface GridLinesProps {
  x: TimeScale;
  ticks: readonly Tick[];
  height: number;
  day: string | null;
  /** Days (since epoch) the source lists headlines on: the others are hatched as "not listed" from `unlistedTop` down. */
  listed: ReadonlySet<number>;
  unlistedTop: number;
}

/** Behind the marks: day boundaries (when days are wide enough), tick lines, and the selected day's band. */
export function GridLines({ x, ticks, height, day, listed, unlistedTop }: GridLinesProps) {
  const patternId = useId();
  const win = scaleWindow(x);
  const width = scaleWidth(x);
  // Day boundaries in the periods the window shows (none inside a break), only when days are wide enough.
  const dayLines = x.dayPx >= 8 ? daysIn(x.axis, win, true).map((n) => n * DAY_MS) : [];
  const breaks = windowBreaks(x.axis, win);
  const selected = day === null ? null : dayToUtcMs(day);
  // Days the source never lists (on the seed page, every even day) are not days without news: hatched, apart.
  const unlisted = daysIn(x.axis, win).filter((n) => !listed.has(n));
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute inset-x-0 top-0" width={width} height={height}>
      <defs>
        <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={6} strokeWidth={2} className="stroke-stone-200 dark:stroke-stone-700" />
        </pattern>
      </defs>
      {unlisted.length > 0 && (
        <path
          d={unlisted.map((n) => `M${x(n * DAY_MS)} ${unlistedTop}H${x((n + 1) * DAY_MS)}V${height}H${x(n * DAY_MS)}Z`).join('')}
          fill={`url(#${patternId})`}
          data-unlisted-days={unlisted.length}
        />
      )}
      {selected !== null && selected + DAY_MS > win.start && selected < win.end && (
        <rect x={x(selected)} y={0} width={x(selected + DAY_MS) - x(selected)} height={height} className="fill-blue-100/70 dark:fill-blue-950/60" />
      )}
      {breaks.map((b) => {
        const x0 = Math.max(0, x(b.start));
        const x1 = Math.min(width, x(b.end));
        return (
          <g key={b.start}>
            <rect x={x0} y={0} width={Math.max(0, x1 - x0)} height={height} className="fill-stone-200/70 dark:fill-stone-800/80" />
            <path d={`M${x0} 0V${height}M${x1} 0V${height}`} strokeDasharray="4 3" className="stroke-stone-400 dark:stroke-stone-500" />
          </g>
        );
      })}
      <path d={verticalLinesPath(dayLines.map(x), 0, height)} className="stroke-stone-100 dark:stroke-stone-800" />
      <path d={verticalLinesPath(ticks.filter((t) => !t.major).map((t) => x(t.ms)), 0, height)} className="stroke-stone-200 dark:stroke-stone-700" />
      <path d={verticalLinesPath(ticks.filter((t) => t.major).map((t) => x(t.ms)), 0, height)} className="stroke-stone-400 dark:stroke-stone-500" />
    </svg>
  );
}
