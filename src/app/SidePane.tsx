import { useId, type KeyboardEvent, type ReactNode } from 'react';

export type SideTab = 'details' | 'background';

const tabs: { id: SideTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'background', label: 'Background' },
];

/**
 * The side pane beside the timeline on wide screens: the details of what is selected, docked where the eye
 * is, and the background article, as tabs (arrow keys move between them, as in the ARIA tabs pattern).
 */
export function SidePane({ tab, onTab, hasBackground, onCollapse, details, background }: { tab: SideTab; onTab: (t: SideTab) => void; hasBackground: boolean; onCollapse: () => void; details: ReactNode; background: ReactNode }) {
  const id = useId();
  const shown = hasBackground ? tabs : tabs.filter((t) => t.id === 'details');
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const i = shown.findIndex((t) => t.id === tab);
    const next = shown[(i + (e.key === 'ArrowRight' ? 1 : shown.length - 1)) % shown.length]!;
    onTab(next.id);
    document.getElementById(`${id}-tab-${next.id}`)?.focus();
  };
  return (
    <div className="min-w-0">
      <div className="mb-2 flex items-center gap-2">
        <div role="tablist" aria-label="Side panel" onKeyDown={onKeyDown} className="flex gap-1">
          {shown.map((t) => (
            <button
              key={t.id}
              id={`${id}-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`${id}-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => onTab(t.id)}
              className={`rounded-md px-3 py-1 text-sm font-medium ${tab === t.id ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900' : 'border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'}`}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" onClick={onCollapse} className="ms-auto rounded-md border border-stone-300 px-2 py-1 text-xs font-medium dark:border-stone-600">
          Hide side panel
        </button>
      </div>
      {shown.map((t) => (
        <div key={t.id} id={`${id}-panel-${t.id}`} role="tabpanel" aria-labelledby={`${id}-tab-${t.id}`} hidden={tab !== t.id}>
          {t.id === 'details' ? details : background}
        </div>
      ))}
    </div>
  );
}
