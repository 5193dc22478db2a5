import { useId, useRef } from 'react';
import { useFocusHandoff } from '../ui/use-focus-handoff';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Claim, Source } from '../corpus/schema';
import { useView } from '../store/store';
import { closeEvent, filterToEvent, revealHeadline } from '../store/intents';
import { EventSymbol } from '../ui/EventSymbol';
import { ActorToggles } from '../ui/ActorToggles';
import { eventKindLabels } from '../ui/event-kinds';
import { formatCount, formatDay, formatDaySpan, formatLocalTime, plural } from '../ui/format';
import { eventDetail, type ClaimRepeats, type EventDetailData, type EventHeadline, type OriginGroup } from './event-items';
import { displayText, shownText } from '../ui/bounded-text';
import { ShowMore, useLimit } from '../ui/ShowMore';

const panelClass = 'min-w-0 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900';
const smallHeading = 'mt-4 text-sm font-semibold';
const muted = 'text-stone-600 dark:text-stone-400';
const button =
  'rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** A source as a link that opens in a new tab (never with access to this page), with its publisher and day. */
function SourceLink({ source }: { source: Source }) {
  return (
    <>
      <a href={source.url} target="_blank" rel="noopener noreferrer" className="font-medium break-words text-blue-800 underline dark:text-blue-300">
        {source.title}
      </a>{' '}
      <span className={muted}>
        (<bdi>{source.publisher}</bdi>, <time dateTime={source.date}>{formatDay(source.date)}</time>)
      </span>
    </>
  );
}

function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <span className="inline">
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && '; '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" className="break-words text-blue-800 underline dark:text-blue-300">
            <bdi>{s.publisher}</bdi>
          </a>
        </span>
      ))}
    </span>
  );
}

/** The outlets of headlines that repeat a claim, each a button that shows its headline. */
function RepeatList({ label, headlines, onReveal }: { label: string; headlines: readonly EventHeadline[]; onReveal: (id: string) => void }) {
  return (
    <p>
      {label}:{' '}
      {headlines.length === 0
        ? 'none'
        : headlines.map((h, i) => (
            <span key={h.id}>
              {i > 0 && ', '}
              <button type="button" onClick={() => onReveal(h.id)} title={h.title} aria-label={`${h.outletName}: ${h.title}`} className="font-medium text-blue-800 underline dark:text-blue-300">
                <bdi>{h.outletName}</bdi>
              </button>
            </span>
          ))}
    </p>
  );
}

/** Which headlines of this corpus repeat a claim's figures, with attribution or in their own voice. */
function Repeats({ repeats, onReveal }: { repeats: ClaimRepeats; onReveal: (id: string) => void }) {
  return (
    <div role="group" aria-label="Repeated in headlines" className={`mt-1 border-s-2 border-stone-300 ps-2 text-xs dark:border-stone-600 ${muted}`}>
      <p className="font-semibold">Repeated in headlines of this corpus</p>
      <RepeatList label="With attribution" headlines={repeats.attributed} onReveal={onReveal} />
      <RepeatList label="In the outlet’s own voice" headlines={repeats.unattributed} onReveal={onReveal} />
    </div>
  );
}

/** What each side said, side by side: never in the app's own voice. */
function ClaimsTable({ claims, repeats, onReveal }: { claims: readonly Claim[]; repeats: EventDetailData['repeats']; onReveal: (id: string) => void }) {
  const captionId = useId();
  if (claims.length === 0) return null;
  return (
    <div className="mt-4 overflow-x-auto">
      <table aria-labelledby={captionId} className="w-full min-w-[36rem] border-collapse text-sm">
        <caption id={captionId} className="mb-1 text-start text-sm font-semibold">
          Claims <span className={`font-normal ${muted}`}>· what each side said; not verified by this app</span>
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-start text-xs dark:border-stone-700">
            <th scope="col" className="py-1 pe-3 text-start font-semibold">
              Claimant
            </th>
            <th scope="col" className="py-1 pe-3 text-start font-semibold">
              Claim
            </th>
            <th scope="col" className="py-1 pe-3 text-start font-semibold">
              Date
            </th>
            <th scope="col" className="py-1 text-start font-semibold">
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c, i) => (
            <tr key={i} className="border-b border-stone-100 align-top dark:border-stone-800">
              <th scope="row" className="py-1.5 pe-3 text-start font-medium break-words">
                {c.claimant}
              </th>
              <td className="py-1.5 pe-3 break-words">
                {c.text}
                {c.figures.length > 0 && (
                  <ul className={`mt-0.5 text-xs ${muted}`}>
                    {c.figures.map((f, j) => (
                      <li key={j}>
                        <span className="font-semibold tabular-nums text-stone-900 dark:text-stone-100">{formatCount(f.value)}</span> {f.what}
                      </li>
                    ))}
                  </ul>
                )}
                {repeats[i] && <Repeats repeats={repeats[i]} onReveal={onReveal} />}
              </td>
              <td className="py-1.5 pe-3 whitespace-nowrap">
                <time dateTime={c.date}>{formatDay(c.date)}</time>
              </td>
              <td className="py-1.5">
                <Sources sources={c.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {repeats.some((r) => r !== null) && (
        <p className={`mt-1 text-xs ${muted}`}>
          A headline repeats a claim when its title gives one of the claim’s figures beside what it counts; it attributes it when it puts it in
          someone’s mouth (“says”, “claims”, a quotation…), by the rules shown in the Coverage region. Titles only, not the articles.
        </p>
      )}
    </div>
  );
}

function ActorList({ label, actors, onToggle, selected }: { label: string; actors: EventDetailData['actors']; onToggle: (id: string) => void; selected: readonly string[] }) {
  if (actors.length === 0) return null;
  return (
    <>
      <dt className={muted}>{label}</dt>
      <dd>
        <ActorToggles actors={actors} selected={selected} onToggle={onToggle} />
      </dd>
    </>
  );
}

/**
 * The selected key event: title, dates (and a time where a source gives one), summary, places, actors, the
 * claims of each side, where sources disagree, the sources, and the corpus headlines that report it, grouped by
 * outlet origin. Shown under the timeline, and brought into view when an event is chosen.
 */
export function EventDetail({ ix }: { ix: CorpusIndex }) {
  const eventId = useView((s) => s.eventId);
  const eventFilter = useView((s) => s.events);
  const actorFilter = useView((s) => s.actors);
  const run = useView((s) => s.run);
  const toggleActor = useView((s) => s.toggleActor);
  const setBgSection = useView((s) => s.setBgSection);
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const detail = eventDetail(ix, eventId);

  // A choice made after the page opened moves focus to the panel's heading (and back on Close); a link that
  // opens on an event leaves the page at its top, the timeline first.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const restoreFocus = useFocusHandoff(eventId, headingRef, () => document.querySelector<HTMLElement>('[aria-roledescription="zoomable timeline"]'));

  if (detail === null) return null;
  const { event: e } = detail;
  const filtered = eventFilter.length === 1 && eventFilter[0] === e.id;

  return (
    <section ref={ref} tabIndex={-1} aria-label="Event details" data-detail-panel className={panelClass}>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className={`flex items-center gap-1.5 text-xs font-semibold tracking-wide uppercase ${muted}`}>
            <EventSymbol kind={e.kind} />
            {eventKindLabels[e.kind]}
          </p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} data-autofocus className="mt-0.5 text-lg leading-snug font-semibold break-words">
            {shownText(e.title, 'title')}
          </h2>
        </div>
        <button
          type="button"
          onClick={() => {
            run(ix, closeEvent());
            requestAnimationFrame(restoreFocus);
          }}
          className={`shrink-0 ${button}`}
        >
          Close<span className="sr-only"> event details</span>
        </button>
      </div>

      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        <dt className={muted}>When</dt>
        <dd>
          <time dateTime={e.start}>{formatDaySpan(e.start, e.end)}</time>
          {e.time && (
            <>
              {', '}
              {formatLocalTime(e.time.local, e.time.zone, e.start)} <span className={muted}>(per <Sources sources={e.time.sources} />)</span>
            </>
          )}
        </dd>
        {e.places.length > 0 && (
          <>
            <dt className={muted}>Where</dt>
            <dd className="break-words">{e.places.join(', ')}</dd>
          </>
        )}
        <ActorList label="Actors" actors={detail.actors} onToggle={toggleActor} selected={actorFilter} />
        <ActorList label="Took part" actors={detail.participants} onToggle={toggleActor} selected={actorFilter} />
        <ActorList label="Stayed away" actors={detail.declined} onToggle={toggleActor} selected={actorFilter} />
      </dl>

      <p className="mt-3 max-w-prose text-sm leading-relaxed break-words">{shownText(e.summary, 'paragraph')}</p>

      <ClaimsTable claims={e.claims} repeats={detail.repeats} onReveal={(id) => run(ix, revealHeadline(id))} />

      {e.disputes.length > 0 && (
        <>
          <h3 className={smallHeading}>Where sources disagree</h3>
          <ul className="mt-1 space-y-2 text-sm">
            {e.disputes.map((d, i) => (
              <li key={i}>
                <p className="font-medium break-words">{d.about}</p>
                <ul className="ms-4 list-disc">
                  {d.versions.map((v, j) => (
                    <li key={j} className="break-words">
                      {v.text} <span className={muted}>(<Sources sources={v.sources} />)</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      {detail.passages.length > 0 && (
        <>
          <h3 className={smallHeading}>What the 2017 article expected</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {detail.passages.map((p) => (
              <li key={p.paragraphId}>
                <blockquote className="border-s-4 border-stone-300 ps-3 break-words italic dark:border-stone-600">{shownText(p.text, 'paragraph')}</blockquote>
                <button type="button" onClick={() => setBgSection(p.sectionId)} className="mt-1 text-sm font-medium text-blue-800 underline dark:text-blue-300">
                  Read it in the background article
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 className={smallHeading}>In this corpus</h3>
      {detail.headlineCount === 0 ? (
        <p className={`mt-1 text-sm ${muted}`}>No headline in this corpus reports it.</p>
      ) : (
        <>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <p className="text-sm">{plural(detail.headlineCount, 'headline')} report it. Dates are the days the aggregator listed them.</p>
            <button type="button" aria-pressed={filtered} onClick={() => run(ix, filterToEvent(e.id))} disabled={filtered} className={`${button} disabled:opacity-60`}>
              {filtered ? 'Showing only these headlines' : `Show only these ${formatCount(detail.headlineCount)} headlines`}
            </button>
          </div>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {detail.byOrigin.map((g) => (
              <OriginHeadlines key={`${e.id}|${g.id}`} group={g} onChoose={(id) => run(ix, revealHeadline(id))} />
            ))}
          </div>
        </>
      )}

      <h3 className={smallHeading}>Sources</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {detail.allSources.map((s) => (
          <li key={s.url}>
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Headlines of one outlet origin that report the event, a page at a time (a corpus may join thousands). */
function OriginHeadlines({ group: g, onChoose }: { group: OriginGroup; onChoose: (id: string) => void }) {
  const { shown, hidden, step, showMore } = useLimit(g.headlines.length, 20);
  return (
    <div role="group" aria-label={`${shownText(g.label)} outlets`}>
      <h4 className="text-xs font-semibold tracking-wide uppercase">
        {shownText(g.label)} <span className={`font-normal ${muted}`}>· {formatCount(g.headlines.length)}</span>
      </h4>
      <ul className="mt-1 space-y-1 text-sm">
        {g.headlines.slice(0, shown).map((h) => {
          const title = displayText(h.title, 'title');
          return (
            <li key={h.id}>
              <button type="button" onClick={() => onChoose(h.id)} className="block w-full rounded px-1 py-0.5 text-start hover:bg-stone-100 dark:hover:bg-stone-800">
                <span className="block break-words">
                  {title.text}
                  {(h.cut !== null || title.cut) && <span aria-hidden="true">…</span>}
                  {h.cut !== null && <span className="sr-only"> ({h.cut})</span>}
                </span>
                <span className={`text-xs ${muted}`}>
                  <bdi>{shownText(h.outletName)}</bdi> · listed <time dateTime={h.listed}>{formatDay(h.listed)}</time>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore hidden={hidden} step={step} what={`${shownText(g.label)} headlines`} onMore={showMore} className="mt-1" />
    </div>
  );
}
