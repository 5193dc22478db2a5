import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { selectActorTotals } from '../store/selectors';
import { BackgroundReader } from './BackgroundReader';
import { ThenAndNow } from './ThenAndNow';
import { periodLabel } from '../ui/format';

/** The Background region: the background analysis with its actors linked to the corpus's coverage. */
export function BackgroundPanel({ ix, onCollapse }: { ix: CorpusIndex; onCollapse?: () => void }) {
  const actors = useView((s) => s.actors);
  const bg = ix.corpus.background;
  const totals = selectActorTotals(ix);
  const silent = actors.filter((id) => (totals[ix.actorIndex.get(id) ?? -1] ?? 0) === 0).map((id) => ix.actors[ix.actorIndex.get(id) ?? -1]?.name ?? id);
  return (
    <section id="background" tabIndex={-1} aria-label="Background" className="@container rounded-lg border border-stone-200 bg-white p-3 sm:p-4 dark:border-stone-800 dark:bg-stone-900">
      <div className="mb-3 flex items-center justify-between gap-2">
        <p className="font-sans text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">Background{bg ? ` · ${bg.year}` : ''}</p>
        {onCollapse && (
          <button type="button" onClick={onCollapse} className="rounded-md border border-stone-300 px-2 py-1 text-xs font-medium dark:border-stone-600">
            Hide background
          </button>
        )}
      </div>
      <div role="status" className="font-sans text-sm">
        {silent.map((name) => (
          <p key={name} className="mb-2 rounded-md bg-amber-50 px-2 py-1 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            No {periodLabel(ix.firstDay, ix.lastDay)} headline mentions {name}
          </p>
        ))}
      </div>
      {bg ? (
        <>
          <ThenAndNow ix={ix} />
          <div className="mt-4 border-t border-stone-200 pt-4 dark:border-stone-700">
            <BackgroundReader ix={ix} background={bg} />
          </div>
        </>
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">This corpus has no background article.</p>
      )}
    </section>
  );
}
