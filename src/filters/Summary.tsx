import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { clearDay } from '../store/intents';
import { useListRows } from '../store/use-derived';
import { formatCount, formatDay } from '../ui/format';

/** "N of M headlines" (N: what the list shows), the selected day, and a way to clear it. */
export function Summary({ ix }: { ix: CorpusIndex }) {
  const rows = useListRows(ix);
  const day = useView((s) => s.day);
  const run = useView((s) => s.run);
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
      <p role="status" className="text-sm">
        {`${formatCount(rows.length)} of ${formatCount(ix.headlines.length)} headlines`}
        {day !== null && (
          <>
            {' on '}
            <time dateTime={day} className="font-medium">
              {formatDay(day)}
            </time>
          </>
        )}
      </p>
      {day !== null && (
        <button
          type="button"
          onClick={() => run(ix, clearDay())}
          className="rounded-md border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Clear day
        </button>
      )}
    </div>
  );
}
