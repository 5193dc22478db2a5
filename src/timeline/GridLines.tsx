import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { scaleWidth, scaleWindow, type TimeScale } from './scales';
import type { Tick } from './ticks';
import { verticalLinesPath } from '../ui/svg-path';

interface GridLinesProps {
  x: TimeScale;
  ticks: readonly Tick[];
  height: number;
  day: string | null;
}

/** Behind the marks: day boundaries (when days are wide enough), tick lines, and the selected day's band. */
export function GridLines({ x, ticks, height, day }: GridLinesProps) {
  const win = scaleWindow(x);
  const width = scaleWidth(x);
  const dayPx = (width * DAY_MS) / (win.end - win.start);
  const first = Math.floor(win.start / DAY_MS);
  const last = Math.ceil(win.end / DAY_MS);
  const dayLines = dayPx >= 8 ? Array.from({ length: last - first + 1 }, (_, i) => (first + i) * DAY_MS) : [];
  const selected = day === null ? null : dayToUtcMs(day);
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute inset-x-0 top-0" width={width} height={height}>
      {selected !== null && selected + DAY_MS > win.start && selected < win.end && (
        <rect x={x(selected)} y={0} width={x(selected + DAY_MS) - x(selected)} height={height} className="fill-blue-100/70 dark:fill-blue-950/60" />
      )}
      <path d={verticalLinesPath(dayLines.map(x), 0, height)} className="stroke-stone-100 dark:stroke-stone-800" />
      <path d={verticalLinesPath(ticks.filter((t) => !t.major).map((t) => x(t.ms)), 0, height)} className="stroke-stone-200 dark:stroke-stone-700" />
      <path d={verticalLinesPath(ticks.filter((t) => t.major).map((t) => x(t.ms)), 0, height)} className="stroke-stone-400 dark:stroke-stone-500" />
    </svg>
  );
}
