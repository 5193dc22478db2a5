import { useEffect, useLayoutEffect, useState } from 'react';
import { useView } from '../store/store';
import { forgetRecent } from '../store/memo';
import { selectViewWindow } from '../store/window';
import { checkStoreAgainstCorpus } from '../url/sync';
import { useCorpusData, type UsePlanKey } from '../corpus/use-corpus-data';
import { budgetFrom, BUDGET_KEY } from '../corpus/budget';
import { readStored } from '../ui/storage';
import { CorpusLoadError } from '../corpus/load';
import { LoadingSkeleton } from './LoadingSkeleton';
import { ErrorPanel } from '../ui/ErrorPanel';
import { deferredModule } from '../ui/deferred-module';
import { useTheme } from './use-theme';
import type { MainView as MainViewType } from './MainView';

// The loaded view (timeline, header, d3) is its own chunk, requested at start-up so it downloads while the
// corpus does: the first load is only the shell and the loader.
type MainViewComponent = typeof MainViewType;
const mainView = deferredModule<MainViewComponent>(() => import('./MainView').then((m) => m.MainView));
// A failure surfaces when the view is rendered (useModule throws it to the error boundary).
mainView.request().catch(() => undefined);

/**
 * The split-corpus loader reads where the timeline looks through its load-plan key: a zoom or pan re-renders
 * the app only when it changes which months come first (never for a whole corpus).
 */
const usePlanKey: UsePlanKey = (skeleton, keyOf) => useView((s) => (skeleton ? keyOf(selectViewWindow(skeleton, s)) : ''));

export function App() {
  useTheme();
  const corpusPath = useView((s) => s.corpusPath);
  // How many headlines of a split corpus to hold at once (a reader, or a test, may set another in storage).
  const [budget] = useState(() => budgetFrom(readStored(BUDGET_KEY)));
  const data = useCorpusData(corpusPath, usePlanKey, budget);
  const { source, ix, complete } = data;
  const view = mainView.useModule(true);
  // A link's ids and dates are checked against the corpus before it is first drawn (headline ids once all
  // of a split corpus has arrived). Later months arriving update the view without unmounting it.
  const [checked, setChecked] = useState<{ source: unknown; complete: boolean } | null>(null);
  useLayoutEffect(() => {
    if (!ix || (checked !== null && checked.source === source && (checked.complete || !complete))) return;
    checkStoreAgainstCorpus(ix, { headlines: complete });
    // A gate opened once per loaded corpus (and once more when a split one is complete); it cannot cascade.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChecked({ source, complete });
  }, [ix, source, complete, checked]);
  // An index replaced (a split corpus's months arriving or dropped) is forgotten by the selectors' memos, which
  // would otherwise keep the last few, and with them months the load plan has dropped.
  useEffect(
    () => () => {
      if (ix) forgetRecent(ix);
    },
    [ix],
  );
  // Every part of the corpus has passed the full schema check before it gets here (corpus/query.ts).
  const { error } = data;

  if (error) {
    return (
      <main className="mx-auto max-w-2xl p-6">
        <ErrorPanel
          title="The timeline could not load its headlines"
          message={error instanceof Error ? error.message : String(error)}
          details={error instanceof CorpusLoadError ? error.details : []}
          onRetry={data.retry}
          retrying={data.retrying}
        />
      </main>
    );
  }
  if (!ix || checked?.source !== source || !view) return <LoadingSkeleton />;
  return <LoadedView view={view} ix={ix} progress={data.progress} months={data.months} />;
}

/** The main view, rendered from its loaded module (a stable component: the same function on every render). */
function LoadedView({ view: View, ...props }: { view: MainViewComponent } & Parameters<MainViewComponent>[0]) {
  return <View {...props} />;
}
