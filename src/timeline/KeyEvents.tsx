import { useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { viewStore } from '../store/store';
import { chooseEvent, showEvents } from '../store/intents';
import { EventSymbol } from '../ui/EventSymbol';
import { eventKindLabels } from '../ui/event-kinds';
import { formatDaySpan, formatLocalTime, plural } from '../ui/format';
import { EVENT_ROW_HEIGHT, type EventTrack, type TrackItem } from './event-layout';
import { Tooltip } from './Tooltip';
import { shownText } from '../ui/bounded-text';
import { useRovingFocus } from './use-roving-focus';

interface KeyEventsProps {
  ix: CorpusIndex;
  track: EventTrack;
  /** Index of the selected event, -1 for none. */
  selected: number;
  width: number;
}

/** What an item says: its accessible name and its tooltip lines (corpus text, rendered as text). */
function describe(ix: CorpusIndex, item: TrackItem): { name: string; lines: string[] } {
  if (item.kind === 'cluster') {
    // The first dozen titles, bounded: a cluster may hold thousands of events.
    const titles = item.indexes.slice(0, 12).map((i) => shownText(ix.events[i]!.title, 'title'));
    const rest = item.indexes.length - titles.length;
    return {
      name: `${plural(item.indexes.length, 'more key event')}: ${titles.join('; ')}${rest > 0 ? ` and ${rest} more` : ''}. Show them.`,
      lines: [`${plural(item.indexes.length, 'key event')}`, ...titles.slice(0, 6), ...(item.indexes.length > 6 ? [`and ${item.indexes.length - 6} more`] : []), 'Select to zoom to them'],
    };
  }
  const e = ix.events[item.index]!;
  const when = formatDaySpan(e.start, e.end);
  const time = e.time ? `, ${formatLocalTime(e.time.local, e.time.zone, e.start)}` : '';
  const n = ix.eventRows[item.index]!.length;
  const summary = shownText(e.summary.length > 240 ? `${e.summary.slice(0, 239)}…` : e.summary, 'title');
  const title = shownText(e.title, 'title');
  return {
    name: `${title}. ${eventKindLabels[e.kind]}, ${when}${time}.`,
    lines: [title, `${eventKindLabels[e.kind]} · ${when}${time}`, summary, n > 0 ? `${plural(n, 'headline')} in this corpus report it` : 'No headline in this corpus reports it'],
  };
}

/**
 * The key-events track above the lanes: a list named "Key events", one button per event (its symbol, its title
 * when there is room, and its dates as `<time>`), "+N" where markers would touch. Hover or focus shows the
 * summary; choosing opens the event panel and fits the window to the event. Arrow keys walk the track.
 */
export function KeyEvents({ ix, track, selected, width }: KeyEventsProps) {
  const ref = useRef<HTMLOListElement>(null);
  const tooltipId = useId();
  const [hovered, setHovered] = useState<string | null>(null);
  const navItems = useMemo(() => track.items.map((it) => ({ key: it.key, x: it.x, y: it.row * EVENT_ROW_HEIGHT, width: it.width })), [track]);
  const selectedKey = selected >= 0 ? (ix.events[selected]?.id ?? null) : null;
  const roving = useRovingFocus(ref, navItems, selectedKey);
  const hoveredItem = track.items.find((it) => it.key === hovered) ?? null;

  const activate = (item: TrackItem) =>
    viewStore.getState().run(ix, item.kind === 'cluster' ? showEvents(item.indexes.map((i) => ix.events[i]!.id)) : chooseEvent(ix.events[item.index]!.id));

  return (
    <div className="absolute inset-x-0 top-0 border-b border-stone-200 dark:border-stone-700" style={{ height: track.height }}>
      <ol ref={ref} aria-label="Key events" onKeyDown={roving.onKeyDown} className="relative h-full">
        {track.items.map((item) => {
          const text = describe(ix, item);
          const e = item.kind === 'event' ? ix.events[item.index]! : ix.events[item.indexes[0]!]!;
          const isSelected = item.kind === 'event' && item.index === selected;
          const top = item.row * EVENT_ROW_HEIGHT + 2;
          return (
            <li key={item.key} className="contents">
              {item.kind === 'event' && item.span && (
                <span
                  aria-hidden="true"
                  className={`absolute h-1 rounded-full ${isSelected ? 'bg-blue-600 dark:bg-blue-300' : 'bg-stone-400 dark:bg-stone-500'}`}
                  style={{ left: item.span.x0, width: item.span.x1 - item.span.x0, top: top + EVENT_ROW_HEIGHT - 6 }}
                />
              )}
              <button
                type="button"
                data-key={item.key}
                tabIndex={roving.tabIndexFor(item.key)}
                aria-current={isSelected ? 'true' : undefined}
                aria-describedby={hovered === item.key ? tooltipId : undefined}
                title={undefined}
                onClick={() => activate(item)}
                onFocus={() => {
                  roving.onFocusKey(item.key);
                  setHovered(item.key);
                }}
                onBlur={() => setHovered((h) => (h === item.key ? null : h))}
                onPointerEnter={() => setHovered(item.key)}
                onPointerLeave={() => setHovered((h) => (h === item.key ? null : h))}
                className={[
                  'absolute flex items-center gap-1 rounded px-0.5 text-start text-xs leading-tight font-medium whitespace-nowrap',
                  isSelected
                    ? 'bg-blue-100 text-blue-950 ring-2 ring-blue-600 dark:bg-blue-950 dark:text-blue-50 dark:ring-blue-300'
                    : 'text-stone-800 hover:bg-stone-100 dark:text-stone-100 dark:hover:bg-stone-800',
                ].join(' ')}
                style={{ left: item.x, top, height: EVENT_ROW_HEIGHT - 6, maxWidth: Math.max(16, width - item.x) }}
              >
                <EventSymbol kind={e.kind} />
                {item.kind === 'cluster' ? (
                  <span aria-hidden="true" className="tabular-nums">
                    +{item.indexes.length}
                  </span>
                ) : (
                  <span className={item.labelled ? 'min-w-0' : 'sr-only'}>{shownText(e.title, 'title')}</span>
                )}
                <span className="sr-only">
                  {item.kind === 'cluster' ? (
                    text.name
                  ) : (
                    <>
                      , {eventKindLabels[e.kind]},{' '}
                      <time dateTime={e.start}>{formatDaySpan(e.start, e.end)}</time>
                    </>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {hoveredItem && (
        <Tooltip
          id={tooltipId}
          lines={describe(ix, hoveredItem).lines}
          x={hoveredItem.x}
          y={hoveredItem.row * EVENT_ROW_HEIGHT + 2}
          width={hoveredItem.width}
          height={EVENT_ROW_HEIGHT - 6}
          containerWidth={width}
        />
      )}
    </div>
  );
}
