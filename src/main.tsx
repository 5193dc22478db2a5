import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { corpusQueryOptions } from './corpus/query';
import { viewStore } from './store/store';
import { readStoredTheme } from './app/use-theme';
import { applyDocumentDirection } from './ui/direction';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { applyInitialUrl } from './url/sync';
import './index.css';

viewStore.getState().setTheme(readStoredTheme());
applyInitialUrl();
applyDocumentDirection();

// The corpus (and with it the schema check's worker) is asked for now, not when React first renders the app:
// it downloads while React starts. The app's query finds it in flight.
const queryClient = createQueryClient();
queryClient.prefetchQuery(corpusQueryOptions(viewStore.getState().corpusPath)).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary name="Border timeline" className="m-4">
        <App />
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
