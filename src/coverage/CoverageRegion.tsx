/**
 * The Coverage region (`?coverage=events|days`, loaded only when opened): which origins' outlets listed each
 * key event (or each day) in this corpus, who listed each event first, how many headlines attribute what they
 * report, the wire copies, which outlets repeated each side’s claims with or without attribution, the framing
 * words each origin’s headlines use, and each outlet’s card (ownership, language, sources). Every
 * count is of headlines in this corpus (one aggregator page's list, by listing day), never of "attention".
 */
import { useId, useMemo, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { CorpusEvent, Headline } from '../corpus/schema';
import { displayTitle } from '../corpus/text';
import { useView, viewStore } from '../store/store';
import { revealHeadline } from '../store/intents';
import { formatDay, formatDaySpan, plural } from '../ui/format';
import { focusOriginDay, focusOriginEvent } from './cell-intents';
import { claimEchoes } from './claims';
import { firstListed } from './first-listed';
import { FramingWords } from './FramingWords';
import { OutletCard, OutletsByOrigin } from './OutletCard';
import { blindspotText, buildMatrix, outletsOf, type CoverageMatrix, type MatrixCell, type MatrixRow } from './matrix';

const muted = 'text-stone-600 dark:text-stone-400';
const smallHeading = 'mt-6 text-base font-semibold';
const button = 'rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
const cellButton =
  'w-full min-w-10 rounded px-2 py-1 text-center font-semibold tabular-nums bg-sky-100 text-sky-950 hover:bg-sky-200 dark:bg-sky-900 dark:text-sky-50 dark:hover:bg-sky-800';

/** "5 of 12": a share as the counts behind it (small numbers make percentages say too much). */
const share = (c: MatrixCell) => (c.classified === 0 ? '–' : `${c.attributed} of ${c.classified}`);

function rowName(row: MatrixRow): string {
  return row.kind === 'event' ? `“${row.label}”` : formatDay(row.label);
}

export default function CoverageRegion({ ix }: { ix: CorpusIndex }) {
  const mode = useView((s) => s.coverage) ?? 'events';
  const setCoverage = useView((s) => s.setCoverage);
  const matrix = useMemo(() => buildMatrix(ix, mode), [ix, mode]);
  const headingId = useId();
  const hasAttribution = matrix.columnTotals.some((c) => c.classified > 0);
  const [card, setCard] = useState<string | null>(null);

  return (
    <section aria-label="Coverage" className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="flex-1 text-lg font-semibold">
          Coverage by outlet origin
        </h2>
        <div role="group" aria-label="Rows" className="flex gap-1">
          <button type="button" className={button} aria-pressed={mode === 'events'} onClick={() => setCoverage('events')}>
            Key events
          </button>
          <button type="button" className={button} aria-pressed={mode === 'days'} onClick={() => setCoverage('days')}>
            Days
          </button>
        </div>
        <button type="button" className={button} onClick={() => setCoverage(null)}>
          Close coverage
        </button>
      </div>
      <p className={`mt-2 text-sm ${muted}`}>
        Headlines in this corpus — one aggregator page’s list, dated by the day it listed them — by the origin of the outlet that listed them. A
        cell’s number is of headlines in this corpus, not of everything an outlet published: an empty cell (hatched) is a blindspot of this
        corpus. Choose a number to show those headlines on the timeline and in the list.
      </p>
      <MatrixTable ix={ix} matrix={matrix} hasAttribution={hasAttribution} />
      {matrix.unreported.length > 0 && (
        <p className={`mt-2 text-sm ${muted}`}>
          Key events of this period that no headline in this corpus reports: {matrix.unreported.map((e) => e.title).join('; ')}.
        </p>
      )}
      <OutletsByOrigin ix={ix} open={card} onOpen={setCard} />
      {card !== null && <OutletCard ix={ix} id={card} onClose={() => setCard(null)} />}
      {hasAttribution && <AttributionNote ix={ix} />}
      <WireCopies ix={ix} />
      <ClaimsRepeated ix={ix} />
      <FramingWords ix={ix} onOutlet={setCard} />
    </section>
  );
}

function MatrixTable({ ix, matrix, hasAttribution }: { ix: CorpusIndex; matrix: CoverageMatrix; hasAttribution: boolean }) {
  const captionId = useId();
  const byEvent = matrix.mode === 'events';
  const run = (intent: Parameters<ReturnType<typeof viewStore.getState>['run']>[1]) => viewStore.getState().run(ix, intent);
  return (
    <div className="mt-3 overflow-x-auto">
      <table aria-labelledby={captionId} className="w-full border-collapse text-sm">
        <caption id={captionId} className="mb-1 text-start text-sm font-semibold">
          Headlines in this corpus by {byEvent ? 'key event' : 'listing day'} and outlet origin
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-xs dark:border-stone-700">
            <th scope="col" className="py-1 pe-3 text-start font-semibold">
              {byEvent ? 'Key event' : 'Listed on'}
            </th>
            {matrix.columns.map((c) => (
              <th key={c.id} scope="col" className="px-1 py-1 text-center font-semibold">
                {c.label}
              </th>
            ))}
            <th scope="col" className="px-1 py-1 text-center font-semibold">
              All origins
            </th>
            {hasAttribution && (
              <th scope="col" className="px-1 py-1 text-center font-semibold">
                Attributed
              </th>
            )}
            {byEvent && (
              <th scope="col" className="px-1 py-1 text-start font-semibold">
                First listed by
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-100 dark:border-stone-800">
              <th scope="row" className="py-1 pe-3 text-start font-normal">
                {row.kind === 'event' ? (
                  <>
                    <span className="font-medium">{row.label}</span>{' '}
                    <span className={`text-xs whitespace-nowrap ${muted}`}>{formatDaySpan(row.start, row.end)}</span>
                  </>
                ) : (
                  <time dateTime={row.key}>{formatDay(row.key)}</time>
                )}
              </th>
              {row.cells.map((cell, i) => {
                const col = matrix.columns[i]!;
                const n = cell.rows.length;
                if (n === 0) {
                  const text = blindspotText(col.label, row, (d) => formatDay(d));
                  return (
                    <td key={col.id} title={text} className="bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgb(120_113_108/0.25)_4px_6px)] px-1 py-1 text-center text-stone-700 dark:text-stone-300">
                      <span aria-hidden="true">0</span>
                      <span className="sr-only">{text}</span>
                    </td>
                  );
                }
                return (
                  <td key={col.id} className="px-1 py-1">
                    <button
                      type="button"
                      className={cellButton}
                      aria-label={`${plural(n, 'headline')} in this corpus from ${outletsOf(col.label).many} on ${rowName(row)}: show them`}
                      onClick={() => run(row.kind === 'event' ? focusOriginEvent(col.id, row.key) : focusOriginDay(col.id, row.key))}
                    >
                      {n}
                    </button>
                  </td>
                );
              })}
              <td className="px-1 py-1 text-center tabular-nums">{row.total.rows.length}</td>
              {hasAttribution && <td className="px-1 py-1 text-center whitespace-nowrap tabular-nums">{share(row.total)}</td>}
              {byEvent && (
                <td className="px-1 py-1 text-start">
                  <FirstListedCell ix={ix} matrix={matrix} row={row} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-stone-300 dark:border-stone-700">
            <th scope="row" className="py-1 pe-3 text-start font-semibold">
              Every headline
            </th>
            {matrix.columnTotals.map((c, i) => (
              <td key={matrix.columns[i]!.id} className="px-1 py-1 text-center font-semibold tabular-nums">
                {c.rows.length}
              </td>
            ))}
            <td className="px-1 py-1 text-center font-semibold tabular-nums">{ix.headlines.length}</td>
            {hasAttribution && <td className="px-1 py-1 text-center whitespace-nowrap tabular-nums">{share(sum(matrix.columnTotals))}</td>}
            {byEvent && <td />}
          </tr>
          {hasAttribution && (
            <tr>
              <th scope="row" className="py-1 pe-3 text-start font-semibold">
                Attributed
              </th>
              {matrix.columnTotals.map((c, i) => (
                <td key={matrix.columns[i]!.id} className="px-1 py-1 text-center whitespace-nowrap tabular-nums">
                  {share(c)}
                </td>
              ))}
              <td colSpan={byEvent ? 3 : 2} />
            </tr>
          )}
        </tfoot>
      </table>
    </div>
  );
}

function sum(cells: readonly MatrixCell[]): MatrixCell {
  return {
    rows: cells.flatMap((c) => c.rows),
    attributed: cells.reduce((n, c) => n + c.attributed, 0),
    classified: cells.reduce((n, c) => n + c.classified, 0),
  };
}

function FirstListedCell({ ix, matrix, row }: { ix: CorpusIndex; matrix: CoverageMatrix; row: MatrixRow }) {
  const label = new Map(matrix.columns.map((c) => [c.id, c.label]));
  const r = firstListed(row.cells.map((c, i) => ({ origin: matrix.columns[i]!.id, days: c.rows.map((x) => ix.headlines[x]!.date) })));
  if (r.day === null) return null;
  return (
    <span className="text-xs">
      {r.first.map((o) => label.get(o)).join(', ')}
      {r.first.length > 1 && <span className="font-semibold"> (tie)</span>} <span className={muted}>· {formatDay(r.day, 'short')}</span>
    </span>
  );
}

function AttributionNote({ ix }: { ix: CorpusIndex }) {
  const rules = ix.corpus.attributionRules ?? [];
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium">How “attributed” is decided</summary>
      <p className={`mt-1 ${muted}`}>
        A headline is attributed when its title puts what it reports in someone’s mouth, by the rules of data/attribution.json; otherwise it
        states it in its own voice. Rules read titles, not articles: a quotation whose marks the page dropped is missed.
      </p>
      <ul className="mt-1 list-disc ps-5">
        {rules.map((r) => (
          <li key={r.id}>
            <span className="font-medium">{r.label}</span>: <span className={muted}>{r.note}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function WireCopies({ ix }: { ix: CorpusIndex }) {
  const copies = ix.corpus.copies ?? [];
  if (copies.length === 0) return null;
  const outletName = (id: string | null) => (id === null ? 'Unknown outlet' : (ix.outlets[ix.outletIndex.get(id) ?? -1]?.name ?? id));
  const how = { outlet: 'the agency listed it too', title: 'a title names the agency', alias: 'an outlet’s name on the page names the agency' } as const;
  return (
    <>
      <h3 className={smallHeading}>Wire copies</h3>
      <p className={`text-sm ${muted}`}>The same or nearly the same title listed by several outlets.</p>
      <ul className="mt-2 space-y-3 text-sm">
        {copies.map((cp) => {
          const first = ix.headlines[ix.rowById.get(cp.headlineIds[0]!) ?? -1];
          return (
            <li key={cp.id}>
              <p>
                <span className="font-medium">{first ? displayTitle(first.title, first.truncated) : cp.id}</span>{' '}
                <span className={muted}>
                  — {cp.agency ? `${cp.agency.name}’s copy (${how[cp.agency.by]})` : 'no agency named'}; {plural(cp.outletIds.length, 'outlet')}:
                </span>
              </p>
              <ul className="mt-1 flex flex-wrap gap-1">
                {cp.headlineIds.map((id) => {
                  const h = ix.headlines[ix.rowById.get(id) ?? -1];
                  if (!h) return null;
                  return (
                    <li key={id}>
                      <button type="button" className={button} onClick={() => viewStore.getState().run(ix, revealHeadline(id))}>
                        {outletName(h.outletId)} <span className={`font-normal ${muted}`}>· listed {formatDay(h.date, 'short')}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function ClaimsRepeated({ ix }: { ix: CorpusIndex }) {
  const items = useMemo(
    () =>
      ix.events.flatMap((e, k) => {
        const hs = (ix.eventRows[k] ?? []).map((r) => ix.headlines[r]!);
        const echoes = claimEchoes(e.claims, hs);
        return echoes.length === 0 ? [] : [{ event: e, echoes }];
      }),
    [ix],
  );
  if (items.length === 0) return null;
  return (
    <>
      <h3 className={smallHeading}>Each side’s claims in headlines</h3>
      <p className={`text-sm ${muted}`}>
        Headlines that give a figure of a claim (its number beside what it counts), and whether they attribute it. Claims are what each side
        said, not facts this app states.
      </p>
      <ul className="mt-2 space-y-3 text-sm">
        {items.map(({ event, echoes }) => (
          <li key={event.id}>
            <p className="font-medium">{event.title}</p>
            <ul className="mt-1 space-y-2 ps-3">
              {echoes.map((x) => (
                <ClaimEchoItem key={x.claim} ix={ix} event={event} claim={x.claim} attributed={x.attributed} unattributed={x.unattributed} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

function ClaimEchoItem({ ix, event, claim, attributed, unattributed }: { ix: CorpusIndex; event: CorpusEvent; claim: number; attributed: readonly Headline[]; unattributed: readonly Headline[] }) {
  const c = event.claims[claim]!;
  const outlets = (hs: readonly Headline[]) =>
    hs.length === 0 ? 'none' : hs.map((h) => (h.outletId === null ? 'Unknown outlet' : (ix.outlets[ix.outletIndex.get(h.outletId) ?? -1]?.name ?? h.outletId))).join(', ');
  return (
    <li>
      <p>
        <span className="font-medium">{c.claimant}</span>: {c.figures.map((f) => `${f.value} ${f.what}`).join('; ')}
      </p>
      <p className={muted}>
        With attribution: {outlets(attributed)} · In its own voice: {outlets(unattributed)}
      </p>
    </li>
  );
}
