/**
 * The outlets of the corpus by origin, each opening its card: what it is, who owns it and what language it
 * publishes in, each fact with the pages that say so, or "not known" (data/outlets.json). Part of the
 * Coverage region's lazy chunk.
 */
import { useEffect, useId, useRef } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { viewStore } from '../store/store';
import { plural } from '../ui/format';
import { outletCard } from './outlet-card';
import { SourceList } from './SourceList';
import type { Intent } from '../store/intents';

const muted = 'text-stone-600 dark:text-stone-400';
const link = 'font-medium text-blue-800 underline dark:text-blue-300';
const button = 'rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** Every outlet of the corpus, by origin, each a button that opens its card. */
export function OutletsByOrigin({ ix, open, onOpen }: { ix: CorpusIndex; open: string | null; onOpen: (id: string) => void }) {
  const groups = ix.origins
    .map((o) => ({ origin: o, outlets: ix.outlets.filter((x) => x.origin === o.id).sort((a, b) => b.headlineCount - a.headlineCount || a.name.localeCompare(b.name)) }))
    .filter((g) => g.outlets.length > 0);
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium">Outlets by origin: who owns them, what language they publish in</summary>
      <div className="mt-1 space-y-2">
        {groups.map((g) => (
          <div key={g.origin.id} role="group" aria-label={`${g.origin.label} outlets`}>
            <p className="text-xs font-semibold tracking-wide uppercase">{g.origin.label}</p>
            <ul className="mt-0.5 flex flex-wrap gap-1">
              {g.outlets.map((o) => (
                <li key={o.id}>
                  <button type="button" className={button} aria-expanded={open === o.id} aria-label={`About ${o.name}`} onClick={() => onOpen(o.id)}>
                    <bdi>{o.name}</bdi> <span className={`font-normal ${muted}`}>· {o.headlineCount}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}

/** The outlet filter alone: its headlines, every other filter that would hide some of them cleared. */
const onlyOutlet =
  (id: string): Intent =>
  (_ix, view) => ({ ...view, outlets: [id], origins: [], events: [], framing: [], topics: [], actors: [], query: '', day: null, headlineId: null, window: null });

/** One outlet's card; focus moves to its heading when it opens. */
export function OutletCard({ ix, id, onClose }: { ix: CorpusIndex; id: string; onClose: () => void }) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const o = ix.outlets[ix.outletIndex.get(id) ?? -1];
  useEffect(() => headingRef.current?.focus(), [id]);
  if (!o) return null;
  const c = outletCard(o);
  const origin = ix.origins.find((x) => x.id === o.origin)?.label ?? o.origin;
  return (
    <section aria-labelledby={headingId} className="mt-3 rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm dark:border-stone-700 dark:bg-stone-950">
      <div className="flex flex-wrap items-start gap-2">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="min-w-0 flex-1 text-base font-semibold break-words">
          <bdi>{c.name}</bdi>
        </h3>
        <button type="button" className={button} onClick={onClose}>
          Close<span className="sr-only"> the card of {c.name}</span>
        </button>
      </div>
      <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className={muted}>Based in</dt>
        <dd>
          {c.country} <span className={muted}>· {origin} in this app’s origin groups</span>
        </dd>
        <dt className={muted}>What it is</dt>
        <dd className="break-words">
          {c.kind ?? 'not known'}
          {c.about && (
            <>
              {' '}
              — {c.about.text}
              <SourceList sources={c.about.sources} />
            </>
          )}
        </dd>
        {c.facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className={muted}>{f.label}</dt>
            <dd className="break-words">
              <span className={f.known ? 'font-medium' : 'italic'}>{f.text}</span>
              {f.note && <> — {f.note}</>}
              <SourceList sources={f.sources} />
            </dd>
          </div>
        ))}
        <dt className={muted}>In this corpus</dt>
        <dd>
          {plural(c.headlineCount, 'headline')}{' '}
          <button type="button" className={link} onClick={() => viewStore.getState().run(ix, onlyOutlet(c.id))}>
            Show its headlines
          </button>
        </dd>
      </dl>
      <p className={`mt-2 text-xs ${muted}`}>Facts from data/outlets.json, each with the pages that say so; “not known” where no source was found. No rating.</p>
    </section>
  );
}
