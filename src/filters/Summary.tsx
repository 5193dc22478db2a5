import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { useListRows } from '../store/use-derived';
import { formatCount, formatDay } from '../ui/format';

/** "N of M headlines" (N: what the list shows) and the selected day; the day is cleared from its chip (ActiveFilters). */
export function Summary({ ix }: { ix: CorpusIndex }) {
  const rows = useListRows(ix);
  const day = useView((s) => s.day);
  return (
    <p role="status" className="shrink-0 text-sm">
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
  );
}
