import { useLayoutEffect, useState } from 'react';
import { useView } from '../store/store';
import type { CorpusIndex } from '../corpus/corpus-index';
import { checkStoreAgainstCorpus } from '../url/sync';
import { useCorpus } from '../corpus/query';
import { CorpusLoadError } from '../corpus/load';
import { LoadingSkeleton } from './LoadingSkeleton';
import { ErrorPanel } from '../ui/ErrorPanel';
import { MainView } from './MainView';
import { useTheme } from '../ui/use-theme';

export function App() {
  useTheme();
  const corpusPath = useView((s) => s.corpusPath);
  const query = useCorpus(corpusPath);
  // A link's ids and dates are checked against the corpus before it is first drawn.
  const [checked, setChecked] = useState<CorpusIndex | null>(null);
  useLayoutEffect(() => {
    if (query.data && query.data !== checked) {
      checkStoreAgainstCorpus(query.data);
      // A gate opened once per loaded corpus, after the store was corrected; it cannot cascade.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setChecked(query.data);
    }
  }, [query.data, checked]);

  if (query.isPending || (query.isSuccess && checked !== query.data)) return <LoadingSkeleton />;
  if (query.isError) {
    const error = query.error;
    return (
      <main className="mx-auto max-w-2xl p-6">
        <ErrorPanel
          title="The timeline could not load its headlines"
          message={error.message}
          details={error instanceof CorpusLoadError ? error.details : []}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </main>
    );
  }
  return <MainView index={query.data} />;
}
