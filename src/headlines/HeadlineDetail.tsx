import { lazy, Suspense, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { cutNote, outletKindNote } from '../corpus/text';
import { useView } from '../store/store';
import { chooseEvent, closeHeadline, revealHeadline } from '../store/intents';
import { EventButton } from '../ui/EventButton';
import { useFocusHandoff } from '../ui/use-focus-handoff';
import { ActorToggles } from '../ui/ActorToggles';
import { useListRows } from '../store/use-derived';
import { formatCount, formatDay } from '../ui/format';
import { topicSwatchClass } from '../ui/topic-colour';
import { headlineDetail, UNKNOWN_OUTLET, type StoryMate } from './headline-items';
import { capCombiningMarks, displayText, shownText } from '../ui/bounded-text';
import { ShowMore, useLimit } from '../ui/ShowMore';

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
export function byListedDay<T extends { date: string }>(others: readonly T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const o of others) {
    const day = days.get(o.date);
    if (day) day.push(o);
    else days.set(o.date, [o]);
  }
  return [...days.entries()];
}

/** Story-mates listed first, and per "Show more" (a story may hold 10,000 headlines). */
const OTHERS_FIRST = 20;
const OTHERS_STEP = 100;
/** Pages listed under "Found on" first (a page repeated 1,000 times finds a headline 1,000 times). */
const SOURCES_FIRST = 10;

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
        <DetailTitle key={headline.id} title={detail.title} truncated={headline.truncated} headingRef={headingRef} />
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
              <bdi>{shownText(outlet.name)}</bdi>{' '}
              <span className="text-stone-600 dark:text-stone-400">
                (<bdi>{shownText(outlet.country)}</bdi>
                {outletKindNote(outlet) !== null && <>, {outletKindNote(outlet)}</>})
              </span>
              {outlet.about && (
                <span className="mt-0.5 block text-xs text-stone-600 dark:text-stone-400">
                  {displayText(outlet.about.text, 'paragraph').text} Source{outlet.about.sources.length > 1 ? 's' : ''}:{' '}
                  {outlet.about.sources.map((s, i) => (
                    <span key={s.url}>
                      {i > 0 && '; '}
                      <a href={s.url} target="_blank" rel="noopener noreferrer" className="break-words text-blue-800 underline dark:text-blue-300">
                        <bdi>{shownText(s.publisher)}</bdi>
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
              <FoundOn key={headline.id} sources={headline.sources} />
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
            <dd className="break-words">{shownText(headline.section)}</dd>
          </>
        )}
        <dt className="text-stone-600 dark:text-stone-400">{detail.topics.length === 1 ? 'Topic' : 'Topics'}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {detail.topics.map((t) => (
              <li key={t.id} className="inline-flex items-center gap-1.5">
                <span aria-hidden="true" className={`size-3 rounded-sm ${topicSwatchClass(t.index)}`} />
                {shownText(t.label)}
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
        <StoryMates
          key={headline.id}
          others={detail.others}
          headlineDate={headline.date}
          labelledBy={othersId}
          onChoose={(id) => {
            run(ix, revealHeadline(id));
            headingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/**
 * The title as the heading: cut at TEXT_LIMITS.title (combining marks capped) with "Show full title" beside
 * it, so a megabyte title never reaches the browser's text shaping unless the reader asks for it.
 */
function DetailTitle({ title, truncated, headingRef }: { title: string; truncated: boolean; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const [full, setFull] = useState(false);
  const bounded = displayText(title, 'title');
  return (
    <div className="min-w-0 flex-1">
      <h2 ref={headingRef} tabIndex={-1} data-autofocus className="text-lg leading-snug font-semibold break-words">
        {full ? capCombiningMarks(title) : bounded.text}
        {(truncated || (bounded.cut && !full)) && <span aria-hidden="true">…</span>}
      </h2>
      {bounded.cut && (
        <button type="button" aria-expanded={full} onClick={() => setFull((v) => !v)} className="mt-1 text-xs font-medium text-blue-700 underline dark:text-blue-300">
          {full ? 'Show shorter title' : `Show full title (${formatCount(title.length)} characters)`}
        </button>
      )}
    </div>
  );
}

/** Every page and line the headline was found on, a page at a time. */
function FoundOn({ sources }: { sources: readonly { page: string; line: number }[] }) {
  const { shown, hidden, step, showMore } = useLimit(sources.length, SOURCES_FIRST);
  return (
    <>
      <ul className="break-words">
        {sources.slice(0, shown).map((src, i) => (
          <li key={i}>
            <bdi>{shownText(src.page)}</bdi>, line {src.line}
          </li>
        ))}
      </ul>
      <ShowMore hidden={hidden} step={step} what="pages" onMore={showMore} />
    </>
  );
}

/** "Also reported by": the story's other headlines by listing day, the first OTHERS_FIRST, then a page at a time. */
function StoryMates({ others, headlineDate, labelledBy, onChoose }: { others: readonly StoryMate[]; headlineDate: string; labelledBy: string; onChoose: (id: string) => void }) {
  const { shown, hidden, step, showMore } = useLimit(others.length, OTHERS_FIRST, OTHERS_STEP);
  return (
    <>
      <ol aria-labelledby={labelledBy} className="mt-1 space-y-2 text-sm">
        {byListedDay(others.slice(0, shown)).map(([date, mates]) => (
          <li key={date}>
            <p className="text-xs font-semibold text-stone-700 dark:text-stone-300">
              Listed <time dateTime={date}>{formatDay(date)}</time>
              {date === headlineDate ? ' · the same day' : date < headlineDate ? ' · earlier' : ' · later'}
            </p>
            <ul className="mt-0.5 space-y-1">
              {mates.map((o) => {
                const title = displayText(o.title, 'title');
                return (
                  <li key={o.id}>
                    <button type="button" onClick={() => onChoose(o.id)} className="block w-full rounded px-2 py-1 text-start hover:bg-stone-100 dark:hover:bg-stone-800">
                      <bdi className="font-medium break-words">{shownText(o.outletName)}</bdi>{' '}
                      <span className="sr-only">
                        listed <time dateTime={o.date}>{formatDay(o.date)}</time>{' '}
                      </span>
                      <span className="block break-words">
                        {title.text}
                        {(o.cut !== null || title.cut) && <span aria-hidden="true">…</span>}
                        {o.cut !== null && <span className="sr-only"> ({o.cut})</span>}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      <ShowMore hidden={hidden} step={step} what="headlines of this story" onMore={showMore} className="mt-1" />
    </>
  );
}
