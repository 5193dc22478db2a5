import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { clearDay } from '../store/intents';
import { useFilters } from '../store/use-derived';
import { formatDay } from '../ui/format';
import { actorChips } from './filter-items';
import { shownText } from '../ui/bounded-text';

interface Chip {
  readonly key: string;
  /** What it filters by, as shown ("Outlet: AP News"). */
  readonly label: string;
  readonly remove: () => void;
}

/**
 * Every active filter as a removable chip, in the header above the timeline: a shared link shows what it
 * carries at a glance. One line that scrolls sideways when long, so the page never moves as filters come and go.
 */
export function ActiveFilters({ ix }: { ix: CorpusIndex }) {
  const f = useFilters();
  const day = useView((s) => s.day);
  const run = useView((st) => st.run);
  const setOutlets = useView((st) => st.setOutlets);
  const setOrigins = useView((st) => st.setOrigins);
  const setTopics = useView((st) => st.setTopics);
  const setActors = useView((st) => st.setActors);
  const setEvents = useView((st) => st.setEvents);
  const setFraming = useView((st) => st.setFraming);
  const setQuery = useView((st) => st.setQuery);
  const without = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);
  // By index, not by search: a link may carry 200 outlet ids into a corpus of 100,000 outlets.
  const name = <T extends { id: string }>(rows: readonly T[], index: ReadonlyMap<string, number> | null, id: string, pick: (r: T) => string) => {
    const r = index ? rows[index.get(id) ?? -1] : rows.find((x) => x.id === id);
    return shownText(r ? pick(r) : id);
  };
  const chips: Chip[] = [
    ...(day !== null ? [{ key: 'day', label: `Day: ${formatDay(day)}`, remove: () => run(ix, clearDay()) }] : []),
    ...(f.query.trim() !== '' ? [{ key: 'q', label: `Search: “${f.query.trim().slice(0, 40)}”`, remove: () => setQuery('') }] : []),
    ...f.events.map((id) => ({ key: `e:${id}`, label: `Reports: ${name(ix.events, ix.eventIndex, id, (e) => e.title)}`, remove: () => setEvents(without(f.events, id)) })),
    ...(f.framing ?? []).map((id) => ({ key: `w:${id}`, label: `Word: ${name(ix.corpus.framing?.terms ?? [], null, id, (t) => t.label)}`, remove: () => setFraming(without(f.framing ?? [], id)) })),
    ...f.origins.map((id) => ({ key: `o:${id}`, label: `Origin: ${name(ix.origins, null, id, (o) => o.label)}`, remove: () => setOrigins(without(f.origins, id)) })),
    ...f.outlets.map((id) => ({ key: `out:${id}`, label: `Outlet: ${name(ix.outlets, ix.outletIndex, id, (o) => o.name)}`, remove: () => setOutlets(without(f.outlets, id)) })),
    ...f.topics.map((id) => ({ key: `t:${id}`, label: `Topic: ${name(ix.topics, ix.topicIndex, id, (t) => t.label)}`, remove: () => setTopics(without(f.topics, id)) })),
    ...actorChips(ix, f.actors).map((a) => ({ key: `a:${a.id}`, label: `Actor: ${shownText(a.name)}`, remove: () => setActors(without(f.actors, a.id)) })),
  ];
  return (
    <div role="group" aria-label="Active filters" className="flex min-h-7 min-w-0 flex-1 items-center gap-2 overflow-x-auto text-sm">
      {chips.length === 0 ? (
        <span className="text-stone-600 dark:text-stone-400">No filter</span>
      ) : (
        <ul className="flex flex-nowrap items-center gap-1.5">
          {chips.map((c) => (
            <li key={c.key} className="flex shrink-0 items-center gap-1 rounded-full border border-stone-300 bg-white py-0.5 ps-2.5 pe-0.5 whitespace-nowrap dark:border-stone-700 dark:bg-stone-900">
              <bdi>{c.label}</bdi>
              <button
                type="button"
                aria-label={`Remove ${c.label}`}
                onClick={c.remove}
                className="flex size-6 items-center justify-center rounded-full leading-none hover:bg-stone-200 dark:hover:bg-stone-700"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
