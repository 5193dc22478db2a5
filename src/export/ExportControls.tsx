/**
 * The header's "Export and cite" button and the citation printed with the page. Small on purpose: it is in the
 * main view's chunk; the panel (downloads, picture, citations) is its own chunk, loaded when the button is used.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { CorpusIndex } from '../corpus/corpus-index';
import { viewStore } from '../store/store';
import { pickView } from '../store/view-state';
import { Drawer } from '../ui/Drawer';
import { citationInput, plainCitation, todayUtc } from './citation';

const ExportPanel = lazy(() => import('./ExportPanel'));

const headerButton = 'rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium dark:border-stone-700';

export function ExportButton({ ix }: { ix: CorpusIndex }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={headerButton} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        Export and cite
      </button>
      <Drawer open={open} onClose={() => setOpen(false)} title="Export and cite" wide>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <ExportPanel ix={ix} />
        </Suspense>
      </Drawer>
      <PrintCitation ix={ix} />
    </>
  );
}

/** How long the view rests before the printed citation follows it (zoom and pan change it many times a second). */
const SETTLE_MS = 400;

function currentCitation(ix: CorpusIndex): string {
  return plainCitation(citationInput(ix, pickView(viewStore.getState()), location.href, todayUtc()));
}

/**
 * The citation under the printed page (hidden on screen): it follows the view once it rests, and is brought up
 * to date, with light colours, when the browser is about to print.
 */
function PrintCitation({ ix }: { ix: CorpusIndex }) {
  const [text, setText] = useState(() => currentCitation(ix));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = viewStore.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setText(currentCitation(ix)), SETTLE_MS);
    });
    const root = document.documentElement;
    let printing = false;
    let wasDark = false;
    const before = () => {
      flushSync(() => setText(currentCitation(ix)));
      if (printing) return;
      printing = true;
      // Paper is light: the dark theme is set aside while printing.
      wasDark = root.classList.contains('dark');
      if (wasDark) {
        root.classList.remove('dark');
        root.style.colorScheme = 'light';
      }
    };
    const after = () => {
      printing = false;
      if (!wasDark) return;
      root.classList.add('dark');
      root.style.colorScheme = 'dark';
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ix]);
  return createPortal(
    <aside aria-label="Citation" className="print-only">
      <p>
        <strong>Cite this view:</strong> {text}
      </p>
    </aside>,
    document.body,
  );
}
