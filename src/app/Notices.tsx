import { useId, useState } from 'react';
import { useView } from '../store/store';
import { formatCount } from '../ui/format';
import { shownText } from '../ui/bounded-text';

/** Notices listed before "Show all" (a stale link may carry hundreds of unknown ids, one notice each). */
export const NOTICES_SHOWN = 3;
/** Most notices listed even after "Show all": the rest are counted, never drawn. */
export const NOTICES_MAX = 100;

/**
 * What a link asked for that could not be honoured, said once, until dismissed. Text only. It sits in the
 * sticky header, so it stays small whatever the link held: a few notices and "and N more", and when opened
 * at most NOTICES_MAX in a box of bounded height that scrolls.
 */
export function Notices() {
  const notices = useView((s) => s.notices);
  const dismiss = useView((s) => s.dismissNotices);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const shown = notices.slice(0, open ? NOTICES_MAX : NOTICES_SHOWN);
  const more = notices.length - shown.length;
  return (
    <div role="status" aria-live="polite">
      {notices.length > 0 && (
        <div className="mx-auto mt-2 flex max-w-screen-2xl items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">Part of this link was ignored:</p>
            <ul id={listId} aria-label="Ignored parts of the link" className={`list-disc ps-5 break-words ${open ? 'max-h-40 overflow-y-auto' : ''}`}>
              {shown.map((n, i) => (
                // Notices are unique (the store keeps a set), but an index key costs nothing and never collides.
                <li key={i}>{shownText(n, 'title')}</li>
              ))}
            </ul>
            {more > 0 && (
              <p className="mt-0.5">
                and {formatCount(more)} more{open ? ' (not listed)' : ''}.
              </p>
            )}
            {notices.length > NOTICES_SHOWN && (
              <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((v) => !v)} className="mt-0.5 font-medium underline">
                {open ? 'Show fewer' : `Show ${formatCount(Math.min(notices.length, NOTICES_MAX))} of ${formatCount(notices.length)}`}
              </button>
            )}
          </div>
          <button type="button" onClick={dismiss} className="shrink-0 rounded border border-amber-400 px-2 py-0.5 font-medium dark:border-amber-600">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
