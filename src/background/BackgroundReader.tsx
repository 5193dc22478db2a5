import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Background } from '../corpus/schema';
import { useView } from '../store/store';
import { chooseEvent } from '../store/intents';
import { gluePunctuation, segmentParagraph } from './segments';
import { periodLabel } from '../ui/format';
import { EventButton } from '../ui/EventButton';
import { capCombiningMarks, shownText, TEXT_LIMITS } from '../ui/bounded-text';
import { ShowMore, useLimit } from '../ui/ShowMore';
import type { Mention } from '../corpus/schema';

/** DOM id of a section of the article (corpus ids are prefixed so they never clash with the app's). */
export const sectionDomId = (id: string) => `bg-section-${id}`;

function MentionButton({ text, actorId, name, period, active, onToggle }: { text: string; actorId: string; name: string; period: string; active: boolean; onToggle: (id: string) => void }) {
  const n = name.toLowerCase().replace(/^the /, '');
  const t = text.toLowerCase();
  const label = n.startsWith(t) || t.startsWith(n) ? text : `${text} (${name})`;
  return (
    <button
      type="button"
      aria-pressed={active}
      aria-label={label}
      title={active ? `Showing ${period} headlines that name ${name}: select again to clear` : `Show ${period} headlines that name ${name}`}
      onClick={() => onToggle(actorId)}
      className={`inline rounded-sm px-0.5 text-start underline decoration-dotted decoration-1 underline-offset-4 ${
        active ? 'bg-amber-200 text-stone-950 decoration-solid dark:bg-amber-300' : 'hover:bg-amber-100 dark:hover:bg-amber-900/60'
      }`}
    >
      {text}
    </button>
  );
}

/**
 * The 2017 article as a news reader shows it: title, byline, standfirst, the photo caption and credit, the
 * sections under their headings, the related-reading titles (text, not links to nowhere) and the author bio.
 * Every actor mention is a button that sets the actor filter.
 */
export function BackgroundReader({ ix, background: bg }: { ix: CorpusIndex; background: Background }) {
  const titleId = useId();
  const actors = useView((s) => s.actors);
  const toggleActor = useView((s) => s.toggleActor);
  const bgSection = useView((s) => s.bgSection);
  const setBgSection = useView((s) => s.setBgSection);
  const active = useMemo(() => new Set(actors), [actors]);
  const names = useMemo(() => new Map(ix.actors.map((a) => [a.id, a.name])), [ix]);
  const ref = useRef<HTMLElement>(null);
  const period = periodLabel(ix.firstDay, ix.lastDay);
  const run = useView((s) => s.run);
  const eventId = useView((s) => s.eventId);
  // Paragraph → the key events it anticipates (in time order), so the reader sees what happened next to what was expected.
  const eventsOf = useMemo(() => {
    const map = new Map<string, CorpusIndex['events'][number][]>();
    for (const e of ix.events)
      for (const p of e.paragraphIds) {
        const list = map.get(p);
        if (list) list.push(e);
        else map.set(p, [e]);
      }
    return map;
  }, [ix]);

  // A section named by the link (or restored by Back/Forward) is scrolled to.
  useEffect(() => {
    if (bgSection === null) return;
    ref.current?.querySelector<HTMLElement>(`#${CSS.escape(sectionDomId(bgSection))}`)?.scrollIntoView({ block: 'start' });
  }, [bgSection]);

  const headed = bg.sections.filter((s) => s.heading !== null);
  return (
    // The type scales with the pane (container query units) so a line keeps about 45–75 characters when the
    // pane is resized; the measure never grows past 65 characters.
    <article ref={ref} aria-labelledby={titleId} className="mx-auto max-w-[65ch] font-serif text-[clamp(0.8125rem,3.6cqi,1.0625rem)] leading-relaxed break-words">
      <h2 id={titleId} className="text-2xl leading-tight font-bold text-balance">
        {shownText(bg.title, 'title')}
      </h2>
      <p className="mt-2 font-sans text-sm text-stone-600 dark:text-stone-400">{[bg.outlet, String(bg.year), bg.author].filter((t): t is string => Boolean(t)).map((t) => shownText(t)).join(' · ')}</p>
      {bg.standfirst && <p className="mt-3 text-lg text-stone-700 italic dark:text-stone-300">{shownText(bg.standfirst, 'paragraph')}</p>}
      {bg.image && (
        <figure className="mt-4 border-s-4 border-stone-300 ps-3 font-sans text-sm text-stone-600 dark:border-stone-600 dark:text-stone-400">
          <figcaption>
            {shownText(bg.image.caption, 'paragraph')}
            {bg.image.credit && <span className="ms-1 text-xs tracking-wide uppercase">Photo: {shownText(bg.image.credit)}</span>}
          </figcaption>
        </figure>
      )}
      {headed.length > 0 && (
        <nav aria-label="Article sections" className="mt-4 font-sans text-sm">
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {headed.map((s) => (
              <li key={s.id}>
                <a
                  href={`?bg=${encodeURIComponent(s.id)}`}
                  aria-current={bgSection === s.id ? 'location' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    setBgSection(s.id);
                  }}
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  {shownText(s.heading ?? '', 'title')}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {bg.sections.map((s) => (
        <section key={s.id} id={sectionDomId(s.id)} aria-label={s.heading === null ? 'Opening' : shownText(s.heading, 'title')} className="mt-5 scroll-mt-24">
          {s.heading && <h3 className="mb-2 font-sans text-lg font-semibold">{shownText(s.heading, 'title')}</h3>}
          {s.paragraphs.map((p) => (
            <Fragment key={p.id}>
              <Paragraph text={p.text} mentions={p.mentions} names={names} period={period} active={active} onToggle={toggleActor} />
              {eventsOf.has(p.id) && (
                <div className="-mt-2 mb-4 rounded-md border border-stone-200 bg-stone-50 p-2 font-sans text-sm dark:border-stone-700 dark:bg-stone-800/60">
                  <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">What happened</p>
                  <ul aria-label="What happened" className="mt-1 space-y-1">
                    {eventsOf.get(p.id)!.map((e) => (
                      <li key={e.id}>
                        <EventButton event={e} pressed={eventId === e.id} onChoose={() => run(ix, chooseEvent(e.id))} look="link" />
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </Fragment>
          ))}
        </section>
      ))}
      {bg.relatedLinks.length > 0 && (
        <aside aria-label="Related reading" className="mt-6 rounded-md bg-stone-100 p-3 font-sans text-sm dark:bg-stone-800">
          <h3 className="font-semibold">Related reading</h3>
          <p className="text-xs text-stone-600 dark:text-stone-400">Articles the original page linked to; their addresses were not kept.</p>
          <RelatedLinks titles={bg.relatedLinks} />
        </aside>
      )}
      {bg.authorBio && <p className="mt-6 border-t border-stone-200 pt-3 font-sans text-sm text-stone-600 italic dark:border-stone-700 dark:text-stone-400">{shownText(bg.authorBio, 'paragraph')}</p>}
    </article>
  );
}

/**
 * A paragraph with its actor mentions as buttons, bounded for display: past TEXT_LIMITS.paragraph characters
 * it stops with "…" and "Show the whole paragraph"; runs of combining marks are capped (the data keeps them).
 */
function Paragraph({
  text,
  mentions,
  names,
  period,
  active,
  onToggle,
}: {
  text: string;
  mentions: readonly Mention[];
  names: ReadonlyMap<string, string>;
  period: string;
  active: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const [whole, setWhole] = useState(false);
  const cut = !whole && text.length > TEXT_LIMITS.paragraph;
  const shown = cut ? text.slice(0, TEXT_LIMITS.paragraph) : text;
  return (
    <p className="mb-4 break-words">
      {gluePunctuation(segmentParagraph(shown, mentions)).map((seg, i) =>
        seg.kind === 'text' ? (
          <Fragment key={i}>{capCombiningMarks(seg.text)}</Fragment>
        ) : (
          // The punctuation after a name stays on its line: a line never opens with ", but…".
          <span key={i} className="whitespace-nowrap">
            <MentionButton text={shownText(seg.text)} actorId={seg.actorId} name={shownText(names.get(seg.actorId) ?? seg.actorId)} period={period} active={active.has(seg.actorId)} onToggle={onToggle} />
            {seg.after}
          </span>
        ),
      )}
      {cut && (
        <>
          …{' '}
          <button type="button" onClick={() => setWhole(true)} className="font-sans text-sm font-medium text-blue-700 underline dark:text-blue-300">
            Show the whole paragraph
          </button>
        </>
      )}
    </p>
  );
}

/** Related reading: the titles, a page at a time. */
function RelatedLinks({ titles }: { titles: readonly string[] }) {
  const { shown, hidden, step, showMore } = useLimit(titles.length, 20);
  return (
    <>
      <ul className="mt-1 list-disc ps-5">
        {titles.slice(0, shown).map((t, i) => (
          <li key={i}>{shownText(t, 'title')}</li>
        ))}
      </ul>
      <ShowMore hidden={hidden} step={step} what="titles" onMore={showMore} />
    </>
  );
}
