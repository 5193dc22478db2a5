import { useId, useRef, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { topicColour } from '../ui/topic-colour';
import { dayOf, describeDay } from './describe';
import type { DayMark } from './layout';
import { Tooltip } from './Tooltip';
import { useRovingFocus } from './use-roving-focus';

interface DayBarsProps {
  ix: CorpusIndex;
  marks: readonly DayMark[];
  plotHeight: number;
  /** Plot width in px. */
  width: number;
  day: string | null;
  onSelectDay: (day: string) => void;
}

const LABEL_SPACE = 18;

/** Zoomed out: one bar per day, its height the day's headline count, stacked by topic. */
export function DayBars({ ix, marks, plotHeight, width, day, onSelectDay }: DayBarsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const items = marks.map((m) => ({ key: dayOf(m.day), x: m.x, y: 0, width: m.width }));
  const roving = useRovingFocus(ref, items, day);
  const hoveredMark = marks.find((m) => m.day === hovered) ?? null;

  return (
    <div ref={ref} role="group" aria-label="Headlines per day" onKeyDown={roving.onKeyDown} className="absolute inset-x-0 top-0" style={{ height: plotHeight }}>
      {marks.map((m) => {
        const d = dayOf(m.day);
        const text = describeDay(ix, m);
        const selected = d === day;
        return (
          <button
            key={m.day}
            type="button"
            data-key={d}
            tabIndex={roving.tabIndexFor(d)}
            aria-label={text.name}
            aria-pressed={selected}
            aria-describedby={hovered === m.day ? tooltipId : undefined}
            onClick={() => onSelectDay(d)}
            onFocus={() => {
              roving.onFocusKey(d);
              setHovered(m.day);
            }}
            onBlur={() => setHovered((h) => (h === m.day ? null : h))}
            onPointerEnter={() => setHovered(m.day)}
            onPointerLeave={() => setHovered((h) => (h === m.day ? null : h))}
            className={`group absolute top-0 left-0 rounded-sm ${selected ? 'bg-blue-100 ring-2 ring-blue-600 dark:bg-blue-950 dark:ring-blue-300' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
            style={{ transform: `translateX(${m.x}px)`, width: m.width, height: plotHeight }}
          >
            {m.width >= String(m.total).length * 7 + 4 && (
              <span aria-hidden="true" className="absolute inset-x-0 text-center text-[11px] font-semibold tabular-nums" style={{ bottom: m.height + 4 }}>
                {m.total}
              </span>
            )}
            {m.segments.map((s) => (
              <span
                key={s.topic}
                aria-hidden="true"
                className="absolute inset-x-0 border-t border-white/70 dark:border-stone-900/70"
                style={{ bottom: s.y0, height: s.h, background: topicColour(s.topic) }}
              />
            ))}
          </button>
        );
      })}
      {hoveredMark && (
        <Tooltip
          id={tooltipId}
          lines={describeDay(ix, hoveredMark).lines}
          x={hoveredMark.x}
          y={plotHeight - hoveredMark.height - LABEL_SPACE}
          width={hoveredMark.width}
          height={hoveredMark.height}
          containerWidth={width}
        />
      )}
    </div>
  );
}
