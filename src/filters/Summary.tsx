import type { CorpusIndex } from '../corpus/corpus-index';
import { useListRows } from '../store/use-derived';
import { formatCount } from '../ui/format';
// Placeholder until the filters panel lands.
export function Summary({ index }: { index: CorpusIndex }) {
  const rows = useListRows(index);
  return (
    <p role="status" className="text-sm">
      {formatCount(rows.length)} of {formatCount(index.headlines.length)} headlines
    </p>
  );
}
