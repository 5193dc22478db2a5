import { useId, useMemo, useState, type ReactNode } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { hasAnyFilter } from '../store/selectors';
import { useView } from '../store/store';
import { useFilters, useOriginCounts, useOutletCounts, useTopicCounts } from '../store/use-derived';
import { formatCount } from '../ui/format';
import { topicSwatchClass } from '../ui/topic-colour';
import { actorChips, topicItems } from './filter-items';
import { countryOutletIds, groupOutlets } from './outlet-groups';
import { shownText } from '../ui/bounded-text';
import { ShowMore, useLimit } from '../ui/ShowMore';

const headingClass = 'text-sm font-semibold';
const smallButtonClass =
  'rounded border border-stone-300 px-1.5 py-0.5 text-xs text-stone-700 hover:bg-stone-100 disabled:cursor-default disabled:opacity-50 disabled:hover:bg-transparent dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800';
const checkboxClass = 'mt-0.5 size-4 shrink-0 accent-stone-800 dark:accent-stone-300';

/** A count beside a checkbox. The checkbox's accessible name carries it as "Name (4)" (see `countedName`). */
function Count({ n, muted }: { n: number; muted: boolean }) {
  return (
    <span aria-hidden="true" className={`shrink-0 tabular-nums ${muted ? 'text-stone-500 dark:text-stone-400' : 'text-stone-600 dark:text-stone-400'}`}>
      {formatCount(n)}
    </span>
  );
}

/** "AP News (4)": the accessible name of a counted checkbox or group (spelled out, as screen readers would otherwise run the count into the name). */
const countedName = (name: string, n: number) => `${name} (${formatCount(n)})`;

/**
 * One counted checkbox row: the box, an optional marker (a topic's swatch), the name, and the count (muted when
 * it is zero and the box is off). `className` widens the label where a row has a button beside it.
 */
function CountedCheckbox({
  name,
  count,
  checked,
  onToggle,
  marker,
  note,
  className = '',
}: {
  name: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
  marker?: ReactNode;
  /** A short line under the name ("wire agency"), which also describes the checkbox. */
  note?: string | null;
  className?: string;
}) {
  const muted = count === 0 && !checked;
  const noteId = useId();
  return (
    <label className={`flex items-start gap-2 rounded px-1 py-1 hover:bg-stone-100 dark:hover:bg-stone-900 ${className}`}>
      <input type="checkbox" aria-label={countedName(shownText(name), count)} aria-describedby={note ? noteId : undefined} checked={checked} onChange={onToggle} className={checkboxClass} />
      {marker}
      <span className={`min-w-0 flex-1 break-words ${muted ? 'text-stone-500 dark:text-stone-400' : ''}`}>
        {shownText(name)}
        {note && (
          <span id={noteId} className="block text-xs text-stone-600 dark:text-stone-400">
            {note}
          </span>
        )}
      </span>
      <Count n={count} muted={muted} />
    </label>
  );
}

/**
 * The filters: actor chips, topics and outlets with their counts (each count applies every filter but its own).
 * Mounted twice (sidebar and phone drawer), so ids come from useId. Filter state lives in the store only.
 */
export function FiltersPanel({ ix }: { ix: CorpusIndex }) {
  const filters = useFilters();
  const clearFilters = useView((s) => s.clearFilters);
  const any = hasAnyFilter(filters);
  return (
    <div className="space-y-5 text-sm">
      {/* Always there (disabled when nothing filters): the first filter chosen never pushes the panel down. */}
      <button
        type="button"
        onClick={clearFilters}
        disabled={!any}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100 disabled:cursor-default disabled:opacity-50 disabled:hover:bg-white dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800 dark:disabled:hover:bg-stone-900"
      >
        Clear all filters
      </button>
      <EventChips ix={ix} events={filters.events} />
      <ActorChips ix={ix} actors={filters.actors} />
      <TopicFilter ix={ix} checked={filters.topics} />
      <OriginFilter ix={ix} checked={filters.origins} />
      <OutletFilter ix={ix} checked={filters.outlets} />
    </div>
  );
}

/** Outlet origins (the origin lanes' groups) with their counts: Pakistani, Afghan, Indian, Gulf, Türkiye and Iran, Western… */
function OriginFilter({ ix, checked }: { ix: CorpusIndex; checked: readonly string[] }) {
  const headingId = useId();
  const counts = useOriginCounts(ix);
  const toggleOrigin = useView((s) => s.toggleOrigin);
  const on = new Set(checked);
  return (
    <div role="group" aria-labelledby={headingId}>
      <h2 id={headingId} className={`${headingClass} mb-1`}>
        Outlet origin
      </h2>
      <ul className="space-y-0.5">
        {ix.origins.map((o, i) => (
          <li key={o.id}>
            <CountedCheckbox name={o.label} count={counts[i] ?? 0} checked={on.has(o.id)} onToggle={() => toggleOrigin(o.id)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActorChips({ ix, actors }: { ix: CorpusIndex; actors: readonly string[] }) {
  const toggleActor = useView((s) => s.toggleActor);
  const chips = actorChips(ix, actors);
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Actor filter" className="flex flex-wrap gap-2">
      {chips.map((c) => (
        <li
          key={c.id}
          className="flex min-w-0 items-center gap-1 rounded-full border border-stone-300 bg-white py-0.5 ps-3 pe-1 dark:border-stone-700 dark:bg-stone-900"
        >
          <span className="min-w-0 break-words">Actor: {shownText(c.name)}</span>
          <button
            type="button"
            aria-label={`Remove actor filter ${shownText(c.name)}`}
            onClick={() => toggleActor(c.id)}
            className="flex size-6 shrink-0 items-center justify-center rounded-full text-base leading-none hover:bg-stone-200 dark:hover:bg-stone-700"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The event filter (set from an event's panel), one removable chip per event. */
function EventChips({ ix, events }: { ix: CorpusIndex; events: readonly string[] }) {
  const setEvents = useView((s) => s.setEvents);
  const chips = events.flatMap((id) => ix.events[ix.eventIndex.get(id) ?? -1] ?? []);
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Event filter" className="flex flex-wrap gap-2">
      {chips.map((e) => (
        <li key={e.id} className="flex min-w-0 items-center gap-1 rounded-full border border-stone-300 bg-white py-0.5 ps-3 pe-1 dark:border-stone-700 dark:bg-stone-900">
          <span className="min-w-0 break-words">Reports: {shownText(e.title, 'title')}</span>
          <button
            type="button"
            aria-label={`Remove event filter ${shownText(e.title, 'title')}`}
            onClick={() => setEvents(events.filter((id) => id !== e.id))}
            className="flex size-6 shrink-0 items-center justify-center rounded-full text-base leading-none hover:bg-stone-200 dark:hover:bg-stone-700"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function TopicFilter({ ix, checked }: { ix: CorpusIndex; checked: readonly string[] }) {
  const headingId = useId();
  const counts = useTopicCounts(ix);
  const toggleTopic = useView((s) => s.toggleTopic);
  const items = topicItems(ix, counts, checked);
  return (
    <div role="group" aria-labelledby={headingId}>
      <h2 id={headingId} className={`${headingClass} mb-1`}>
        Topics
      </h2>
      <ul className="space-y-0.5">
        {items.map((t) => (
          <li key={t.id}>
            <CountedCheckbox
              name={t.label}
              count={t.count}
              checked={t.checked}
              onToggle={() => toggleTopic(t.id)}
              marker={<span aria-hidden="true" className={`mt-0.5 size-3.5 shrink-0 rounded-sm ${topicSwatchClass(t.index)}`} />}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function OutletFilter({ ix, checked }: { ix: CorpusIndex; checked: readonly string[] }) {
  const headingId = useId();
  const findId = useId();
  // Narrowing the checklist is not a filter: it stays local to this panel.
  const [find, setFind] = useState('');
  const counts = useOutletCounts(ix);
  const toggleOutlet = useView((s) => s.toggleOutlet);
  const onlyOutlet = useView((s) => s.onlyOutlet);
  const setOutlets = useView((s) => s.setOutlets);
  const groups = useMemo(() => groupOutlets(ix, counts, checked, find), [ix, counts, checked, find]);
  const countryIds = useMemo(() => countryOutletIds(ix), [ix]);
  // Countries a page at a time too: a corpus may name thousands. Reset when the finder's text changes.
  const countries = useLimit(groups.length, GROUPS_FIRST, GROUPS_STEP);
  return (
    <div role="group" aria-labelledby={headingId}>
      <div className="mb-1 flex items-center gap-2">
        <h2 id={headingId} className={headingClass}>
          Outlets
        </h2>
        {checked.length > 0 && <span className="text-xs text-stone-600 dark:text-stone-400">{formatCount(checked.length)} selected</span>}
        <button type="button" onClick={() => setOutlets([])} disabled={checked.length === 0} className={`${smallButtonClass} ms-auto`}>
          Clear<span className="sr-only"> outlets</span>
        </button>
      </div>
      <p className="mb-2 text-xs text-stone-600 dark:text-stone-400">None checked: every outlet.</p>
      <label htmlFor={findId} className="mb-1 block text-xs font-medium">
        Find outlet
      </label>
      <input
        id={findId}
        type="text"
        value={find}
        onChange={(e) => setFind(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        className="mb-2 w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-base sm:text-sm dark:border-stone-700 dark:bg-stone-900"
      />
      {groups.length === 0 && <p className="text-stone-600 dark:text-stone-400">No outlet matches “{shownText(find)}”.</p>}
      <div className="space-y-3">
        {groups.slice(0, countries.shown).map((g) => (
          <OutletGroupList
            key={`${g.country}\u0000${find}`}
            group={g}
            countryOutlets={countryIds.get(g.country) ?? []}
            checkedOutlets={checked}
            onSetOutlets={setOutlets}
            onToggle={toggleOutlet}
            onOnly={onlyOutlet}
            collapse={find === '' && ix.outlets.length > COLLAPSE_ABOVE}
          />
        ))}
      </div>
      <ShowMore hidden={countries.hidden} step={countries.step} what="countries" onMore={countries.showMore} className="mt-2" />
    </div>
  );
}

/** Countries listed first, and per "Show more". */
const GROUPS_FIRST = 30;
const GROUPS_STEP = 30;
/** A country's outlets listed when it is open (or the finder narrows), and per "Show more". */
const OUTLETS_PAGE = 100;
/** Checked outlets beyond the page still listed, so a checked box is not hidden (a link may check 200). */
const CHECKED_EXTRA = 20;

/** With more outlets than this (hundreds, on a large corpus), each country shows its busiest few until opened. */
const COLLAPSE_ABOVE = 80;
const COLLAPSED_PER_COUNTRY = 5;

function OutletGroupList({
  group,
  countryOutlets,
  checkedOutlets,
  onSetOutlets,
  onToggle,
  onOnly,
  collapse,
}: {
  group: ReturnType<typeof groupOutlets>[number];
  /** Every outlet of the country (also those the finder hides): what the country's box checks. */
  countryOutlets: readonly string[];
  checkedOutlets: readonly string[];
  onSetOutlets: (ids: readonly string[]) => void;
  onToggle: (id: string) => void;
  onOnly: (id: string) => void;
  collapse: boolean;
}) {
  const [open, setOpen] = useState(false);
  const page = useLimit(group.outlets.length, OUTLETS_PAGE, OUTLETS_PAGE);
  const limit = collapse && !open ? COLLAPSED_PER_COUNTRY : page.shown;
  // The first `limit`, and checked outlets after them (up to CHECKED_EXTRA), in the corpus's order.
  const shown: (typeof group.outlets)[number][] = [];
  let extra = 0;
  for (let i = 0; i < group.outlets.length && (i < limit || extra < CHECKED_EXTRA); i++) {
    const o = group.outlets[i]!;
    if (i < limit) shown.push(o);
    else if (o.checked) {
      shown.push(o);
      extra++;
    }
  }
  const hidden = group.outlets.length - shown.length;
  const inCountry = useMemo(() => new Set(countryOutlets), [countryOutlets]);
  const checkedHere = checkedOutlets.filter((id) => inCountry.has(id)).length;
  const all = checkedHere === countryOutlets.length;
  const toggleCountry = () => onSetOutlets(all ? checkedOutlets.filter((id) => !inCountry.has(id)) : [...checkedOutlets, ...countryOutlets]);
  return (
    <div role="group" aria-label={countedName(shownText(group.country), group.total)}>
      <label className="flex items-center gap-2 border-b border-stone-200 px-1 pb-0.5 text-xs font-semibold tracking-wide text-stone-600 uppercase dark:border-stone-800 dark:text-stone-400">
        <input
          type="checkbox"
          aria-label={`Every outlet of ${shownText(group.country)} (${formatCount(countryOutlets.length)})`}
          checked={all}
          ref={(el) => {
            if (el) el.indeterminate = checkedHere > 0 && !all;
          }}
          onChange={toggleCountry}
          className={checkboxClass}
        />
        <span aria-hidden="true" className="min-w-0 flex-1 break-words">
          {shownText(group.country)}
        </span>
        <Count n={group.total} muted={false} />
      </label>
      <ul className="mt-1 space-y-0.5">
        {shown.map((o) => (
          <li key={o.id} className="flex items-start gap-1">
            <CountedCheckbox name={o.name} note={o.kind} count={o.count} checked={o.checked} onToggle={() => onToggle(o.id)} className="min-w-0 flex-1" />
            <button type="button" onClick={() => onOnly(o.id)} className={`${smallButtonClass} mt-0.5`}>
              Only<span className="sr-only"> {shownText(o.name)}</span>
            </button>
          </li>
        ))}
      </ul>
      {collapse && (hidden > 0 || open) && (
        <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)} className="mt-0.5 ps-1 text-xs font-medium text-blue-700 underline dark:text-blue-300">
          {open ? `Show fewer from ${shownText(group.country)}` : `Show ${formatCount(Math.min(hidden, OUTLETS_PAGE))} more from ${shownText(group.country)}`}
        </button>
      )}
      {(!collapse || open) && <ShowMore hidden={hidden} step={page.step} what={`from ${shownText(group.country)}`} onMore={page.showMore} className="mt-0.5 ps-1" />}
    </div>
  );
}
