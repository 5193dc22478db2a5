/**
 * Framing words in the Coverage region: per origin, which contested terms of the lexicon (data/framing.json)
 * its outlets' headlines use, as counts with the headlines behind them (never shares: the numbers are small).
 * A count, or a term, filters the timeline and the list to those headlines (`terms=` in the link).
 */
import { useId, useMemo } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { displayTitle } from '../corpus/text';
import { viewStore } from '../store/store';
import { revealHeadline } from '../store/intents';
import { formatDay, plural } from '../ui/format';
import { focusTerm } from './cell-intents';
import { framingByOrigin, type FramingRow } from './framing';
import { outletsOf } from './matrix';
import { SourceList } from './SourceList';

const muted = 'text-stone-600 dark:text-stone-400';
const link = 'font-medium text-blue-800 underline dark:text-blue-300';
const cellButton =
  'w-full min-w-10 rounded px-2 py-1 text-center font-semibold tabular-nums bg-amber-100 text-amber-950 hover:bg-amber-200 dark:bg-amber-900 dark:text-amber-50 dark:hover:bg-amber-800';

export function FramingWords({ ix, onOutlet }: { ix: CorpusIndex; onOutlet: (outletId: string) => void }) {
  const table = useMemo(() => framingByOrigin(ix), [ix]);
  const captionId = useId();
  if (!table.hasLexicon) return null;
  const run = (term: string, origin: string | null) => viewStore.getState().run(ix, focusTerm(term, origin));
  return (
    <>
      <h3 className="mt-6 text-base font-semibold">Framing words</h3>
      <p className={`text-sm ${muted}`}>
        Contested terms and their alternatives (data/framing.json) as the titles of this corpus use them: whole words, any case, singular or
        plural. A term says which word a headline chose, not whether it is right. Choose a number or a term to show those headlines.
      </p>
      {table.used.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table aria-labelledby={captionId} className="w-full border-collapse text-sm">
            <caption id={captionId} className="mb-1 text-start text-sm font-semibold">
              Headlines in this corpus using each term, by outlet origin
            </caption>
            <thead>
              <tr className="border-b border-stone-300 text-xs dark:border-stone-700">
                <th scope="col" className="py-1 pe-3 text-start font-semibold">
                  Term
                </th>
                {table.columns.map((c) => (
                  <th key={c.id} scope="col" className="px-1 py-1 text-center font-semibold">
                    {c.label}
                  </th>
                ))}
                <th scope="col" className="px-1 py-1 text-center font-semibold">
                  All origins
                </th>
              </tr>
            </thead>
            <tbody>
              {table.used.map((t) => (
                <tr key={t.id} className="border-b border-stone-100 dark:border-stone-800">
                  <th scope="row" className="py-1 pe-3 text-start font-normal">
                    <button type="button" className={link} aria-label={`“${t.label}”: show the ${plural(t.rows.length, 'headline')} using it`} onClick={() => run(t.id, null)}>
                      {t.label}
                    </button>{' '}
                    <span className={`text-xs ${muted}`}>· {t.group}</span>
                  </th>
                  {t.cells.map((rows, i) => {
                    const col = table.columns[i]!;
                    if (rows.length === 0)
                      return (
                        <td key={col.id} className={`px-1 py-1 text-center ${muted}`}>
                          <span aria-hidden="true">0</span>
                          <span className="sr-only">{`No headline from ${outletsOf(col.label).many} in this corpus uses “${t.label}”`}</span>
                        </td>
                      );
                    return (
                      <td key={col.id} className="px-1 py-1">
                        <button
                          type="button"
                          className={cellButton}
                          aria-label={`${plural(rows.length, 'headline')} in this corpus from ${outletsOf(col.label).many} using “${t.label}”: show them`}
                          onClick={() => run(t.id, col.id)}
                        >
                          {rows.length}
                        </button>
                      </td>
                    );
                  })}
                  <td className="px-1 py-1 text-center tabular-nums">{t.rows.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.unused.length > 0 && (
        <p className={`mt-2 text-sm ${muted}`}>
          No headline in this corpus uses: {table.unused.map((t) => `“${t.label}”`).join(', ')}.
        </p>
      )}
      <ul className="mt-2 space-y-1 text-sm">
        {[...table.used, ...table.unused].map((t) => (
          <TermDetails key={t.id} ix={ix} term={t} onOutlet={onOutlet} />
        ))}
      </ul>
    </>
  );
}

/** One term: who uses it (with the pages that say so) and the headlines behind its counts, by origin. */
function TermDetails({ ix, term, onOutlet }: { ix: CorpusIndex; term: FramingRow; onOutlet: (outletId: string) => void }) {
  const columns = ix.origins;
  return (
    <li>
      <details>
        <summary className="cursor-pointer">
          <span className="font-medium">“{term.label}”</span> <span className={muted}>· {plural(term.rows.length, 'headline')}</span>
        </summary>
        <div className="mt-1 ps-4">
          <p>
            {term.note}
            <SourceList sources={term.sources} />
          </p>
          {term.cells.map((rows, i) =>
            rows.length === 0 ? null : (
              <div key={columns[i]!.id} className="mt-1">
                <p className="text-xs font-semibold tracking-wide uppercase">
                  {columns[i]!.label} <span className={`font-normal ${muted}`}>· {rows.length}</span>
                </p>
                <ul className="space-y-0.5">
                  {rows.map((r) => {
                    const h = ix.headlines[r]!;
                    const o = ix.outletRow[r]!;
                    const outlet = o >= 0 ? ix.outlets[o]! : null;
                    return (
                      <li key={h.id} className="break-words">
                        <button type="button" className="text-start hover:underline" onClick={() => viewStore.getState().run(ix, revealHeadline(h.id))}>
                          {displayTitle(h.title, h.truncated)}
                        </button>{' '}
                        <span className={`text-xs ${muted}`}>
                          —{' '}
                          {outlet ? (
                            <button type="button" className={link} aria-label={`About ${outlet.name}`} onClick={() => onOutlet(outlet.id)}>
                              <bdi>{outlet.name}</bdi>
                            </button>
                          ) : (
                            'Unknown outlet'
                          )}{' '}
                          · listed <time dateTime={h.date}>{formatDay(h.date, 'short')}</time>
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ),
          )}
        </div>
      </details>
    </li>
  );
}
