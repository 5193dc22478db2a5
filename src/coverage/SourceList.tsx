/** The pages a curated fact cites, as the coverage panels show them: "(Publisher, 3 Oct 2025; Other, undated)". */
import { formatDay } from '../ui/format';
import type { FactSource } from './outlet-card';

const muted = 'text-stone-600 dark:text-stone-400';
const link = 'font-medium text-blue-800 underline dark:text-blue-300';

export function SourceList({ sources }: { sources: readonly FactSource[] }) {
  if (sources.length === 0) return null;
  return (
    <span className={muted}>
      {' '}
      (
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && '; '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" className={link}>
            <bdi>{s.publisher}</bdi>
          </a>
          {s.date ? (
            <>
              , <time dateTime={s.date}>{formatDay(s.date)}</time>
            </>
          ) : (
            ', undated'
          )}
        </span>
      ))}
      )
    </span>
  );
}
