import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { topicColour } from '../ui/topic-colour';
import { viewStore } from '../store/store';
import { chooseMark, openDay } from '../store/intents';
import { dayOf, describeMark } from './describe';
import type { Mark, StoryLayout } from './layout';
import { Tooltip } from './Tooltip';
import { useRovingFocus } from './use-roving-focus';

interface StoryMarksProps {
  ix: CorpusIndex;
  layout: StoryLayout;
  /** Row of the selected headline, -1 for none. */
  selectedRow: number;
  plotHeight: number;
  /** Plot width in px. */
  width: number;
}

/** Zoomed in: lanes of story marks (HTML buttons positioned by the layout), a tooltip on hover or focus. */
export function StoryMarks({ ix, layout, selectedRow, plotHeight, width }: StoryMarksProps) {
  const ref = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [hovered, setHovered] = useState<string | null>(null);
  const selectedKey = useMemo(
    () => layout.marks.find((m) => m.rows.includes(selectedRow) && (m.kind === 'headline' ? m.rows[0] === selectedRow : true))?.key ?? null,
    [layout, selectedRow],
  );
  const roving = useRovingFocus(ref, layout.marks, selectedKey);
  const hoveredMark = layout.marks.find((m) => m.key === hovered) ?? null;

  // A selection made elsewhere (the list, a link) scrolls its mark into view within the page.
  useEffect(() => {
    if (selectedKey === null) return;
    ref.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(selectedKey)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedKey]);

  const activate = (m: Mark) => viewStore.getState().run(ix, m.kind === 'more' ? openDay(dayOf(m.firstDay)) : chooseMark(m.rows, m.kind));

  return (
    <div ref={ref} role="group" aria-label="Stories" onKeyDown={roving.onKeyDown} className="absolute inset-x-0 top-0" style={{ height: plotHeight }}>
      {layout.lanes.map((lane, i) => (
        <div
          key={lane.key}
          className="pointer-events-none absolute inset-x-0 border-t border-stone-200 dark:border-stone-700"
          style={{ top: lane.top, height: lane.height }}
          data-lane={i}
        >
          <span className="ms-1 inline-block rounded bg-white/85 px-1 text-[11px] leading-4 font-medium text-stone-600 dark:bg-stone-900/85 dark:text-stone-300">
            {lane.label} · {lane.count}
          </span>
        </div>
      ))}
      {layout.marks.map((m) => {
        const text = describeMark(ix, m, layout.lanes[m.lane]?.label ?? '');
        const topic = m.story >= 0 ? ix.storyTopic[m.story]! : -1;
        const selected = m.key === selectedKey;
        const inSelectedStory = selectedRow >= 0 && m.story >= 0 && m.story === ix.storyRow[selectedRow];
        return (
          <button
            key={m.key}
            type="button"
            data-key={m.key}
            data-kind={m.kind}
            tabIndex={roving.tabIndexFor(m.key)}
            aria-label={text.name}
            aria-current={selected ? 'true' : undefined}
            aria-describedby={hovered === m.key ? tooltipId : undefined}
            onClick={() => activate(m)}
            onFocus={() => {
              roving.onFocusKey(m.key);
              setHovered(m.key);
            }}
            onBlur={() => setHovered((h) => (h === m.key ? null : h))}
            onPointerEnter={() => setHovered(m.key)}
            onPointerLeave={() => setHovered((h) => (h === m.key ? null : h))}
            className={[
              'absolute top-0 left-0 flex items-center gap-1 overflow-hidden rounded border text-start text-xs leading-tight whitespace-nowrap',
              m.kind === 'more'
                ? 'border-dashed border-stone-400 bg-stone-100 px-1.5 text-stone-700 dark:border-stone-500 dark:bg-stone-800 dark:text-stone-200'
                : 'border-stone-300 bg-white py-0.5 ps-0 pe-1.5 shadow-sm hover:bg-stone-50 dark:border-stone-600 dark:bg-stone-800 dark:hover:bg-stone-700',
              selected ? 'ring-2 ring-blue-600 ring-offset-1 dark:ring-blue-300 dark:ring-offset-stone-900' : '',
              inSelectedStory && !selected ? 'border-blue-500 dark:border-blue-400' : '',
            ].join(' ')}
            style={{ transform: `translate(${m.x}px, ${m.y}px)`, width: m.width, height: m.height }}
          >
            {m.kind !== 'more' && <span aria-hidden="true" className="h-full w-1.5 shrink-0" style={{ background: topicColour(topic) }} />}
            {m.kind === 'story' && m.rows.length > 1 && (
              <span aria-hidden="true" className="shrink-0 rounded-full bg-stone-800 px-1.5 text-[10px] font-semibold text-white dark:bg-stone-200 dark:text-stone-900">
                {m.rows.length}
              </span>
            )}
            <span className="min-w-0 truncate" aria-hidden="true">
              {m.label}
            </span>
          </button>
        );
      })}
      {hoveredMark && (
        <Tooltip
          id={tooltipId}
          lines={describeMark(ix, hoveredMark, layout.lanes[hoveredMark.lane]?.label ?? '').lines}
          x={hoveredMark.x}
          y={hoveredMark.y}
          width={hoveredMark.width}
          height={hoveredMark.height}
          containerWidth={width}
        />
      )}
    </div>
  );
}
