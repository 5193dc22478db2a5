import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { topicColour } from '../ui/topic-colour';
import { viewStore } from '../store/store';
import { chooseMark, openDay } from '../store/intents';
import { dayOf, describeMark, markOutlets } from './describe';
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

  const activate = (m: Mark) => {
    if (m.kind !== 'more') return viewStore.getState().run(ix, chooseMark(m.rows, m.kind));
    // A crowded day: that day alone, and its headlines as a readable list right under the timeline.
    viewStore.getState().run(ix, openDay(dayOf(m.firstDay)));
    requestAnimationFrame(() => document.getElementById('headlines')?.scrollIntoView({ block: 'nearest' }));
  };

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
              'absolute top-0 left-0 flex overflow-hidden rounded border text-start text-xs leading-tight',
              m.kind === 'more'
                ? 'items-center border-dashed border-stone-400 bg-stone-100 px-1.5 text-stone-700 dark:border-stone-500 dark:bg-stone-800 dark:text-stone-200'
                : 'items-stretch border-stone-300 bg-white ps-0 pe-1.5 shadow-sm hover:bg-stone-50 dark:border-stone-600 dark:bg-stone-800 dark:hover:bg-stone-700',
              selected ? 'ring-2 ring-blue-600 ring-offset-1 dark:ring-blue-300 dark:ring-offset-stone-900' : '',
              inSelectedStory && !selected ? 'border-blue-500 dark:border-blue-400' : '',
            ].join(' ')}
            style={{ transform: `translate(${m.x}px, ${m.y}px)`, width: m.width, height: m.height }}
          >
            {m.kind === 'more' ? (
              <span className="min-w-0 truncate" aria-hidden="true">
                {m.label}
              </span>
            ) : (
              <>
                <span aria-hidden="true" className="w-1.5 shrink-0" style={{ background: topicColour(topic) }} />
                <span aria-hidden="true" className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 py-0.5 ps-1.5">
                  {/* Two lines of the title (about 80 characters in a day's slot), then who carried it. */}
                  <span data-mark-title className="line-clamp-2 shrink-0 break-words">
                    {m.label}
                  </span>
                  <span className="flex min-w-0 shrink-0 items-center gap-1 text-[11px] leading-4 text-stone-600 dark:text-stone-300">
                    {m.kind === 'story' && m.rows.length > 1 && (
                      <span className="shrink-0 rounded-full bg-stone-800 px-1.5 text-[10px] font-semibold text-white dark:bg-stone-200 dark:text-stone-900">{m.rows.length}</span>
                    )}
                    <span className="truncate">{markOutlets(ix, m)}</span>
                  </span>
                </span>
              </>
            )}
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
