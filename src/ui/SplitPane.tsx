import { readStored, writeStored } from './storage';
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface SplitPaneProps {
  start: ReactNode;
  end: ReactNode;
  /** Name of the separator, e.g. "Resize the background panel". */
  label: string;
  /** Key under which the split is remembered. */
  storageKey: string;
  /** Share of the width the end pane takes, 0.2 to 0.6. */
  defaultEnd?: number;
}

const MIN = 0.2;
const MAX = 0.6;
const clamp = (v: number) => Math.min(MAX, Math.max(MIN, v));

function stored(key: string, fallback: number): number {
  const v = Number(readStored(key));
  return Number.isFinite(v) && v > 0 ? clamp(v) : fallback;
}

/** Two panes side by side with a draggable, keyboard-operable separator between them. */
export function SplitPane({ start, end, label, storageKey, defaultEnd = 0.38 }: SplitPaneProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [share, setShare] = useState(() => stored(storageKey, defaultEnd));
  const dragging = useRef(false);
  const commit = (v: number) => {
    const next = clamp(v);
    setShare(next);
    writeStored(storageKey, String(next));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    dragging.current = true;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = ref.current?.getBoundingClientRect();
    if (!dragging.current || !box) return;
    commit((box.right - e.clientX) / box.width);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowLeft' ? 0.05 : e.key === 'ArrowRight' ? -0.05 : 0;
    if (e.key === 'Home') commit(MAX);
    else if (e.key === 'End') commit(MIN);
    else if (step !== 0) commit(share + step);
    else return;
    e.preventDefault();
  };
  return (
    <div ref={ref} className="flex min-w-0 flex-1 gap-0">
      <div className="min-w-0" style={{ flexBasis: `${(1 - share) * 100}%`, flexGrow: 0, flexShrink: 1 }}>
        {start}
      </div>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuemin={Math.round(MIN * 100)}
        aria-valuemax={Math.round(MAX * 100)}
        aria-valuenow={Math.round(share * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
        onKeyDown={onKeyDown}
        className="group mx-1 flex w-3 shrink-0 cursor-col-resize touch-none justify-center"
      >
        <span aria-hidden="true" className="my-2 w-1 rounded bg-stone-200 group-hover:bg-blue-400 dark:bg-stone-700" />
      </div>
      <div className="min-w-0" style={{ flexBasis: `${share * 100}%`, flexGrow: 0, flexShrink: 1 }}>
        {end}
      </div>
    </div>
  );
}
