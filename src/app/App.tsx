import { useView } from '../store/store';
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

  if (query.isPending) return <LoadingSkeleton />;
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
