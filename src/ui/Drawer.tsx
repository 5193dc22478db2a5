import { useEffect, useRef, type ReactNode } from 'react';

interface DrawerProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** A reading-width drawer (for the article) rather than a narrow one. */
  wide?: boolean;
  /** `end`: from the inline end (filters, article); `bottom`: a bottom sheet (a selection's details on narrow screens). */
  side?: 'end' | 'bottom';
}

/**
 * A drawer on a native modal <dialog>, from the side or as a bottom sheet: the browser traps focus, makes the
 * page behind inert, closes on Escape and gives focus back to the opener.
 */
export function Drawer({ open, onClose, title, children, wide = false, side = 'end' }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The browser focuses the first control (Close); content that names a better start (a heading) gets it.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === ref.current) onClose();
      }}
      className={`${
        side === 'bottom'
          ? 'mx-auto mt-auto mb-0 max-h-[75dvh] w-full max-w-3xl rounded-t-xl border-t'
          : `m-0 ms-auto h-dvh max-h-none ${wide ? 'w-[min(44rem,100vw)]' : 'w-[min(22rem,100vw)]'} max-w-none border-s`
      } overflow-y-auto border-stone-300 bg-stone-50 p-0 text-stone-900 backdrop:bg-black/40 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100`}
    >
      {open && (
        <div className="p-4">
          <div className="mb-3 flex items-center justify-between">
            <h2 className="text-lg font-semibold">{title}</h2>
            <button type="button" onClick={onClose} className="rounded-md border border-stone-300 px-3 py-1 text-sm dark:border-stone-700">
              Close
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
