import { useView } from '../store/store';

/** What a link asked for that could not be honoured, said once, until dismissed. Text only. */
export function Notices() {
  const notices = useView((s) => s.notices);
  const dismiss = useView((s) => s.dismissNotices);
  return (
    <div role="status" aria-live="polite">
      {notices.length > 0 && (
        <div className="mx-auto mt-2 flex max-w-screen-2xl items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">Part of this link was ignored:</p>
            <ul className="list-disc ps-5 break-words">
              {notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={dismiss} className="shrink-0 rounded border border-amber-400 px-2 py-0.5 font-medium dark:border-amber-600">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
