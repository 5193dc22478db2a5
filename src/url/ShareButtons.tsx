import { useCopy } from '../ui/use-copy';
import { useView } from '../store/store';
import { defaultViewState } from '../store/view-state';
import { encodeView } from './codec';

const button =
  'inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** "Copy link" with a confirmation; `url` defaults to the current address (which mirrors the view). */
export function CopyLinkButton({ url, label = 'Copy link' }: { url?: () => string; label?: string }) {
  const { state, copy } = useCopy();
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={button} onClick={() => void copy(url ? url() : location.href)}>
        {label}
      </button>
      <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: select the address bar' : ''}
      </span>
    </span>
  );
}

/** The system share sheet, where the browser has one. */
export function ShareButton() {
  if (typeof navigator.share !== 'function') return null;
  return (
    <button
      type="button"
      className={button}
      onClick={() => {
        navigator.share({ title: document.title, url: location.href }).catch(() => {
          // Dismissed by the reader, or refused: nothing to report.
        });
      }}
    >
      Share
    </button>
  );
}

/** In the detail panel: a short link that opens just this headline (and its corpus, when not the default). */
export function HeadlineLinkButton() {
  const headlineId = useView((s) => s.headlineId);
  const corpusPath = useView((s) => s.corpusPath);
  if (headlineId === null) return null;
  const url = () => {
    const q = encodeView({ ...defaultViewState, headlineId, corpusPath });
    return new URL(`${location.pathname}?${q}`, location.origin).href;
  };
  return <CopyLinkButton url={url} label="Copy link to this headline" />;
}
