import { useCallback, useEffect, useId, useRef, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CorpusIndex } from '../corpus/corpus-index';
import { hasAnyFilter } from '../store/selectors';
import { useView, viewStore } from '../store/store';
import { clearDay, revealHeadline } from '../store/intents';
import { useFilters, useListRows } from '../store/use-derived';
import { formatDay } from '../ui/format';
import { displayText, shownText } from '../ui/bounded-text';
import { topicSwatchClass } from '../ui/topic-colour';
import { listItemAt, listItems, nearestScrollTop, positionOf, type ListItem } from './headline-items';

/** Up to this many headlines every one is in the DOM; above it the list renders only what its box shows. */
export const VIRTUALIZE_ABOVE = 500;

/**
 * The headlines the filters (and the selected day) leave, in date order, one list with a day label on each
 * day's first item. Selecting one selects it everywhere; a selection made elsewhere is scrolled into view here.
 */
export function HeadlineList({ ix }: { ix: CorpusIndex }) {
  const headingId = useId();
  const rows = useListRows(ix);
  const headlineId = useView((s) => s.headlineId);
  const select = (item: ListItem) => viewStore.getState().run(ix, revealHeadline(item.id));

  return (
    <section id="headlines" tabIndex={-1} aria-labelledby={headingId} className="min-w-0">
      <h2 id={headingId} className="mb-2 text-sm font-semibold">
        Headlines
      </h2>
      {rows.length === 0 ? (
        <EmptyState ix={ix} />
      ) : rows.length <= VIRTUALIZE_ABOVE ? (
        <AllRows ix={ix} rows={rows} headlineId={headlineId} onSelect={select} />
      ) : (
        <VirtualRows ix={ix} rows={rows} headlineId={headlineId} onSelect={select} />
      )}
    </section>
  );
}

const boxClass = 'max-h-[min(40rem,70dvh)] overflow-y-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900';

interface RowsProps {
  ix: CorpusIndex;
  rows: readonly number[];
  headlineId: string | null;
  onSelect: (item: ListItem) => void;
}

function AllRows({ ix, rows, headlineId, onSelect }: RowsProps) {
  const scroller = useScrollSelectionIntoView(headlineId);
  return (
    <div ref={scroller} className={boxClass}>
      <ol aria-label="Headlines" className="divide-y divide-stone-100 dark:divide-stone-800">
        {listItems(ix, rows).map((item) => (
          <Item key={item.id} item={item} selected={item.id === headlineId} onSelect={() => onSelect(item)} />
        ))}
      </ol>
    </div>
  );
}

/**
 * Above VIRTUALIZE_ABOVE rows: only the rows in (and near) the box are in the DOM, each measured, and each
 * tells assistive technology its position in the whole list (aria-posinset / aria-setsize).
 */
function VirtualRows({ ix, rows, headlineId, onSelect }: RowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // Stable while the rows are: the virtualizer recomputes every row's offset when its key function changes.
  const getItemKey = useCallback((i: number) => rows[i]!, [rows]);
  // TanStack Virtual returns functions React Compiler cannot memoise; that is expected for this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    // One fixed height (titles clamped to two lines; each row shows its date): nothing is measured, so a
    // filter change never forces a layout per row.
    estimateSize: rowHeight,
    overscan: 6,
    getItemKey,
  });
  const previous = useRef(headlineId);
  useEffect(() => {
    if (previous.current === headlineId) return;
    previous.current = headlineId;
    const row = headlineId === null ? undefined : ix.rowById.get(headlineId);
    const at = row === undefined ? -1 : positionOf(rows, row);
    if (at >= 0) virtual.scrollToIndex(at, { align: 'auto' });
  }, [headlineId, ix, rows, virtual]);
  return (
    <div ref={scroller} className={boxClass}>
      <ol aria-label="Headlines" className="relative" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((v) => {
          const item = listItemAt(ix, rows, v.index);
          return (
            <Item
              key={v.key}
              item={item}
              selected={item.id === headlineId}
              onSelect={() => onSelect(item)}
              virtual={{ index: v.index, size: rows.length, start: v.start }}
            />
          );
        })}
      </ol>
    </div>
  );
}

interface VirtualPlacement {
  index: number;
  size: number;
  start: number;
}

/** Height (px) of a virtual row. */
const VIRTUAL_ROW = 85;
/** One function for every render: the virtualizer recomputes all row offsets when this changes. */
const rowHeight = () => VIRTUAL_ROW;

function Item({ item, selected, onSelect, virtual }: { item: ListItem; selected: boolean; onSelect: () => void; virtual?: VirtualPlacement }) {
  // Bounded for display (the details panel offers the whole title).
  const title = displayText(item.title, 'title');
  const shown = title.cut ? `${title.text}…` : title.text;
  return (
    <li
      data-headline-id={item.id}
      {...(virtual
        ? {
            'data-index': virtual.index,
            'aria-posinset': virtual.index + 1,
            'aria-setsize': virtual.size,
            className: 'absolute inset-x-0 top-0 border-b border-stone-100 dark:border-stone-800',
            style: { transform: `translateY(${virtual.start}px)`, height: VIRTUAL_ROW },
          }
        : // Rows out of the box's view skip layout and paint (they stay in the DOM and the accessibility tree):
          // a search that brings in 500 new rows lays out only the ones shown.
          { className: '[content-visibility:auto] [contain-intrinsic-size:auto_4.5rem]' })}
    >
      {item.firstOfDay && !virtual && (
        <p className="bg-stone-100 px-3 py-1 text-xs font-semibold text-stone-700 dark:bg-stone-800 dark:text-stone-300">
          Listed {formatDay(item.date, 'long')}
        </p>
      )}
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
        title={virtual ? shown : undefined}
        className={`block w-full border-s-4 px-3 py-2 text-start focus-visible:-outline-offset-4 ${virtual ? 'h-[84px] overflow-hidden' : ''} ${
          selected
            ? 'border-stone-900 bg-stone-200 dark:border-stone-100 dark:bg-stone-700'
            : 'border-transparent hover:bg-stone-50 dark:hover:bg-stone-800'
        }`}
      >
        <span className={`block font-medium break-words ${virtual ? 'line-clamp-2' : ''}`}>
          {title.text}
          {(item.cut !== null || title.cut) && <span aria-hidden="true">…</span>}
          {item.cut !== null && <span className="sr-only"> ({item.cut})</span>}
        </span>{' '}
        <span
          className={`mt-0.5 flex items-center gap-x-2 text-xs ${virtual ? 'flex-nowrap overflow-hidden whitespace-nowrap' : 'flex-wrap'} ${
            selected ? 'text-stone-700 dark:text-stone-200' : 'text-stone-600 dark:text-stone-400'
          }`}
        >
          <span className="break-words">{shownText(item.outletName)}</span>{' '}
          <span>
            listed <time dateTime={item.date}>{formatDay(item.date)}</time>
          </span>{' '}
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`size-2.5 rounded-sm ${topicSwatchClass(item.topicIndex)}`} />
            {shownText(item.topicLabel)}
          </span>
          {selected && <span className="font-semibold text-stone-900 dark:text-stone-100">· Selected</span>}
        </span>
      </button>
    </li>
  );
}

function EmptyState({ ix }: { ix: CorpusIndex }) {
  const clearFilters = useView((s) => s.clearFilters);
  const day = useView((s) => s.day);
  const anyFilter = hasAnyFilter(useFilters());
  return (
    <div className="rounded-lg border border-dashed border-stone-300 p-6 text-center dark:border-stone-700">
      <p className="font-medium">{anyFilter ? 'No headline matches these filters' : `No headline on ${day === null ? 'this day' : formatDay(day)}`}</p>
      <div className="mt-3 flex flex-wrap justify-center gap-2">
        {anyFilter && (
          <button
            type="button"
            onClick={clearFilters}
            className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            Clear all filters
          </button>
        )}
        {day !== null && (
          <button
            type="button"
            onClick={() => viewStore.getState().run(ix, clearDay())}
            className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            Show every day
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * When the selected headline changes (from the list, the timeline or a link), scroll the list box so it shows:
 * only the box moves, never the page around it. Nothing moves on the first render.
 */
function useScrollSelectionIntoView(headlineId: string | null): RefObject<HTMLDivElement | null> {
  const scroller = useRef<HTMLDivElement>(null);
  const previous = useRef(headlineId);
  useEffect(() => {
    if (previous.current === headlineId) return;
    previous.current = headlineId;
    const box = scroller.current;
    if (headlineId === null || !box) return;
    const item = [...box.querySelectorAll<HTMLElement>('[data-headline-id]')].find((el) => el.dataset.headlineId === headlineId);
    if (!item) return;
    const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTo({ top: nearestScrollTop(box.scrollTop, box.clientHeight, top, item.offsetHeight) });
  }, [headlineId]);
  return scroller;
}
