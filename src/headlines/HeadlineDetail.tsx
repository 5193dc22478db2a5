import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { cutNote, outletKindNote } from '../corpus/text';
import { useView } from '../store/store';
import { chooseEvent, closeHeadline, revealHeadline } from '../store/intents';
import { EventButton } from '../ui/EventButton';
import { useFocusHandoff } from '../ui/use-focus-handoff';
import { ActorToggles } from '../ui/ActorToggles';
import { useListRows } from '../store/use-derived';
import { formatDay } from '../ui/format';
import { topicSwatchClass } from '../ui/topic-colour';
import { headlineDetail, UNKNOWN_OUTLET } from './headline-items';

/** The outlet card (ownership, language, their sources) loads with the Coverage region's code, on demand. */
const OutletCard = lazy(() => import('../coverage/OutletCard').then((m) => ({ default: m.OutletCard })));

/** "Ownership and language": opens the outlet's card under its row. */
function OutletFacts({ ix, outletId, name }: { ix: CorpusIndex; outletId: string; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="mt-0.5 block text-xs font-medium text-blue-800 underline dark:text-blue-300"
      >
        Ownership and language<span className="sr-only"> of {name}</span>
      </button>
      {open && (
        <Suspense fallback={<span className="block text-xs text-stone-600 dark:text-stone-400">Loading…</span>}>
          <OutletCard ix={ix} id={outletId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

/** The story's other headlines by the day they were listed, in listing order. */
function byListedDay<T extends { date: string }>(others: readonly T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const o of others) days.set(o.date, [...(days.get(o.date) ?? []), o]);
  return [...days.entries()];
}

/** Where focus goes when a panel closes and the control that opened it is gone. */
export const timelinePlot = () => document.querySelector<HTMLElement>('[aria-roledescription="zoomable timeline"]');

const panelClass = 'min-w-0 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900';

/**
 * The selected headline: where and when it ran, its topics and actors (an actor toggles the actor filter),
 * the key events it reports, and who else carried the story, by the day each was listed. `children` go in the actions row (e.g. "Copy link").
 */
export function HeadlineDetail({ ix, children, hideWhenEmpty = false }: { ix: CorpusIndex; children?: ReactNode; hideWhenEmpty?: boolean }) {
  const headlineId = useView((s) => s.headlineId);
  const run = useView((s) => s.run);
  const eventId = useView((s) => s.eventId);
  const toggleActor = useView((s) => s.toggleActor);
  const actorFilter = useView((s) => s.actors);
  const listRows = useListRows(ix);
  const othersId = useId();
  // The panel and its heading stay the same nodes across selections: focus goes there when the control
  // that was used ("Close", a headline of "Also reported by") disappears with the old selection.
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detail = headlineDetail(ix, headlineId);
  const restoreFocus = useFocusHandoff(headlineId, headingRef, timelinePlot);

  if (detail === null) {
    if (hideWhenEmpty && headlineId === null) return null;
    return (
      <section ref={sectionRef} tabIndex={-1} aria-label="Headline details" className={panelClass}>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {headlineId === null ? 'Select a headline on the timeline or in the list' : 'That headline is not in this corpus.'}
        </p>
      </section>
    );
  }
  const { headline, outlet } = detail;
  const reports = (ix.rowEvents[detail.row] ?? []).map((k) => ix.events[k]!);
  const hidden = !listRows.includes(detail.row);

  return (
    <section ref={sectionRef} tabIndex={-1} aria-label="Headline details" className={panelClass}>
      <div className="flex items-start gap-3">
        <h2 ref={headingRef} tabIndex={-1} data-autofocus className="min-w-0 flex-1 text-lg leading-snug font-semibold break-words">
          {detail.title}
          {headline.truncated && <span aria-hidden="true">…</span>}
        </h2>
        <button
          type="button"
          onClick={() => {
            run(ix, closeHeadline());
            // After the views have redrawn (the story folds back into its mark), focus goes back where it was.
            requestAnimationFrame(restoreFocus);
          }}
          className="shrink-0 rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Close<span className="sr-only"> details</span>
        </button>
      </div>
      {headline.cut && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{cutNote(headline.cut)}</p>}
      {hidden && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Hidden from the list by the current filters or day.</p>}

      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm wrap-anywhere">
        <dt className="text-stone-600 dark:text-stone-400">Outlet</dt>
        <dd className="break-words">
          {outlet ? (
            <>
              <bdi>{outlet.name}</bdi>{' '}
              <span className="text-stone-600 dark:text-stone-400">
                (<bdi>{outlet.country}</bdi>
                {outletKindNote(outlet) !== null && <>, {outletKindNote(outlet)}</>})
              </span>
              {outlet.about && (
                <span className="mt-0.5 block text-xs text-stone-600 dark:text-stone-400">
                  {outlet.about.text} Source{outlet.about.sources.length > 1 ? 's' : ''}:{' '}
                  {outlet.about.sources.map((s, i) => (
                    <span key={s.url}>
                      {i > 0 && '; '}
                      <a href={s.url} target="_blank" rel="noopener noreferrer" className="break-words text-blue-800 underline dark:text-blue-300">
                        <bdi>{s.publisher}</bdi>
                      </a>
                      {s.date !== null && (
                        <>
                          , <time dateTime={s.date}>{formatDay(s.date)}</time>
                        </>
                      )}
                    </span>
                  ))}
                  .
                </span>
              )}
              <OutletFacts key={outlet.id} ix={ix} outletId={outlet.id} name={outlet.name} />
            </>
          ) : (
            UNKNOWN_OUTLET
          )}
        </dd>
        <dt className="text-stone-600 dark:text-stone-400">Listed</dt>
        <dd>
          <time dateTime={headline.date}>{formatDay(headline.date, 'long')}</time>{' '}
          <span className="text-stone-600 dark:text-stone-400">(the day the aggregator listed it, not a verified publication day)</span>
        </dd>
        {headline.sources && headline.sources.length > 0 && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Found on</dt>
            <dd>
              <ul className="break-words">
                {headline.sources.map((src) => (
                  <li key={`${src.page}:${src.line}`}>
                    <bdi>{src.page}</bdi>, line {src.line}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {reports.length > 0 && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Reports</dt>
            <dd>
              <ul className="flex flex-col gap-1">
                {reports.map((e) => (
                  <li key={e.id}>
                    <EventButton event={e} pressed={eventId === e.id} onChoose={() => run(ix, chooseEvent(e.id))} look="chip" />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {headline.section !== null && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Section</dt>
            <dd className="break-words">{headline.section}</dd>
          </>
        )}
        <dt className="text-stone-600 dark:text-stone-400">{detail.topics.length === 1 ? 'Topic' : 'Topics'}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {detail.topics.map((t) => (
              <li key={t.id} className="inline-flex items-center gap-1.5">
                <span aria-hidden="true" className={`size-3 rounded-sm ${topicSwatchClass(t.index)}`} />
                {t.label}
              </li>
            ))}
          </ul>
        </dd>
        {detail.actors.length > 0 && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Actors</dt>
            <dd>
              <ActorToggles actors={detail.actors} selected={actorFilter} onToggle={toggleActor} />
            </dd>
          </>
        )}
      </dl>

      <div data-slot="detail-actions" className="mt-3 flex flex-wrap gap-2 empty:hidden">
        {children}
      </div>

      <h3 id={othersId} className="mt-4 text-sm font-semibold">
        Also reported by
      </h3>
      {detail.others.length > 0 && (
        <p className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">By the day the aggregator listed them; the order within a day says nothing about who was first.</p>
      )}
      {detail.others.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">No other outlet in the corpus carried this story.</p>
      ) : (
        <ol aria-labelledby={othersId} className="mt-1 space-y-2 text-sm">
          {byListedDay(detail.others).map(([date, others]) => (
            <li key={date}>
              <p className="text-xs font-semibold text-stone-700 dark:text-stone-300">
                Listed <time dateTime={date}>{formatDay(date)}</time>
                {date === headline.date ? ' · the same day' : date < headline.date ? ' · earlier' : ' · later'}
              </p>
              <ul className="mt-0.5 space-y-1">
                {others.map((o) => (
                  <li key={o.id}>
                    <button
                      type="button"
                      onClick={() => {
                        run(ix, revealHeadline(o.id));
                        headingRef.current?.focus();
                      }}
                      className="block w-full rounded px-2 py-1 text-start hover:bg-stone-100 dark:hover:bg-stone-800"
                    >
                      <bdi className="font-medium break-words">{o.outletName}</bdi>{' '}
                      <span className="sr-only">
                        listed <time dateTime={o.date}>{formatDay(o.date)}</time>{' '}
                      </span>
                      <span className="block break-words">
                        {o.title}
                        {o.cut !== null && (
                          <>
                            <span aria-hidden="true">…</span>
                            <span className="sr-only"> ({o.cut})</span>
                          </>
                        )}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
