/**
 * The citation printed with the page (hidden on screen). In the panels chunk: nothing of it is needed before the
 * timeline is drawn.
 */
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { CorpusIndex } from '../corpus/corpus-index';
import { viewStore } from '../store/store';
import { pickView } from '../store/view-state';
import { citationInput, plainCitation, todayUtc } from './citation';

/** How long the view rests before the printed citation follows it (zoom and pan change it many times a second). */
const SETTLE_MS = 400;

function currentCitation(ix: CorpusIndex): string {
  return plainCitation(citationInput(ix, pickView(viewStore.getState()), location.href, todayUtc()));
}

/**
 * The citation under the printed page (hidden on screen): it follows the view once it rests, and is brought up
 * to date, with light colours, when the browser is about to print.
 */
export function PrintCitation({ ix }: { ix: CorpusIndex }) {
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
