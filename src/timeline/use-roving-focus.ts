import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import { isNavKey, nextMark, type NavItem } from './navigation';

/**
 * Roving tabindex over a set of marks: one tab stop for the group, arrow keys move between marks
 * (see navigation.ts), focus follows. Marks carry `data-key`.
 */
export function useRovingFocus(container: RefObject<HTMLElement | null>, items: readonly NavItem[], preferred: string | null) {
  const [active, setActive] = useState<string | null>(null);
  const has = (key: string | null) => key !== null && items.some((m) => m.key === key);
  const current = has(active) ? active : has(preferred) ? preferred : (items[0]?.key ?? null);

  const focusKey = useCallback(
    (key: string) => {
      setActive(key);
      const el = container.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      el?.focus();
    },
    [container],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!isNavKey(e.key) || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    const next = nextMark(items, current, e.key);
    e.preventDefault();
    e.stopPropagation();
    if (next !== null) focusKey(next);
  };

  return {
    tabIndexFor: (key: string) => (key === current ? 0 : -1),
    onKeyDown,
    onFocusKey: setActive,
  };
}
