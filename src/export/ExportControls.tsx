/**
 * The header's "Export and cite" button. Small on purpose: it is in the main view's chunk; the panel (downloads,
 * picture, citations) is its own chunk, loaded when the button is used.
 */
import { lazy, Suspense, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { Drawer } from '../ui/Drawer';

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
    </>
  );
}
