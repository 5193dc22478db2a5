import { useState } from 'react';
import { formatCount } from './format';

/**
 * A list that grows with the data, shown a page at a time: the first `first` items, then `step` more per
 * "Show more". Every interaction draws at most `step` new rows, whatever the list holds.
 */
export function useLimit(total: number, first: number, step = 100) {
  const [limit, setLimit] = useState(first);
  const shown = Math.min(total, limit);
  return { shown, hidden: total - shown, step, showMore: () => setLimit((l) => l + step) };
}

/**
 * "and 9,980 more · Show 100 more": what a capped list leaves out, and a button for the next page. Nothing
 * when nothing is hidden. `what` names the items for the button ("headlines").
 */
export function ShowMore({ hidden, step, what, onMore, className = '' }: { hidden: number; step: number; what: string; onMore: () => void; className?: string }) {
  if (hidden <= 0) return null;
  return (
    <p className={`text-xs text-stone-600 dark:text-stone-400 ${className}`}>
      and {formatCount(hidden)} more{' '}
      <button type="button" onClick={onMore} className="font-medium text-blue-700 underline dark:text-blue-300">
        Show {formatCount(Math.min(step, hidden))} more {what}
      </button>
    </p>
  );
}
