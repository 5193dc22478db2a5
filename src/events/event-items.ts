/** The event panel as data: pure functions of the corpus index and an event id. */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Actor, CorpusEvent, Source } from '../corpus/schema';
import { cutLabel, displayTitle } from '../corpus/text';
import { claimEchoes } from '../coverage/claims';

export interface EventHeadline {
  readonly id: string;
  readonly title: string;
  /** What a reader hears when the title was cut short, or null. */
  readonly cut: string | null;
  readonly outletName: string;
  /** The day the aggregator listed it (not a verified publication day). */
  readonly listed: string;
}

export interface OriginGroup {
  readonly id: string;
  readonly label: string;
  readonly headlines: readonly EventHeadline[];
}

/** The event's headlines that repeat one of its claims (by the claim's figures), split by attribution. */
export interface ClaimRepeats {
  readonly attributed: readonly EventHeadline[];
  readonly unattributed: readonly EventHeadline[];
}

export interface EventDetailData {
  readonly event: CorpusEvent;
  readonly index: number;
  readonly actors: readonly Actor[];
  readonly participants: readonly Actor[];
  readonly declined: readonly Actor[];
  /** The corpus headlines that report it, grouped by outlet origin (in the corpus's origin order), listing order within. */
  readonly byOrigin: readonly OriginGroup[];
  readonly headlineCount: number;
  /**
   * Per claim (same index as `event.claims`): the headlines that repeat it, with or without attribution (see
   * coverage/claims.ts), or null when no headline gives its figures (or it has none). Attribution is known only
   * for a corpus built with attribution rules: otherwise null for every claim.
   */
  readonly repeats: readonly (ClaimRepeats | null)[];
  /** Every source the event cites (event, time, claims, disputes), once each, by date. */
  readonly allSources: readonly Source[];
  /** Paragraphs of the background article that anticipate it: their section id and text. */
  readonly passages: readonly { readonly sectionId: string; readonly paragraphId: string; readonly text: string }[];
}

const UNKNOWN = { id: 'unknown', label: 'Unknown origin' };

/** Everything the event panel shows about one event, or null when the corpus has no such event. */
export function eventDetail(ix: CorpusIndex, id: string | null): EventDetailData | null {
  if (id === null) return null;
  const index = ix.eventIndex.get(id);
  if (index === undefined) return null;
  const event = ix.events[index]!;
  const actorsOf = (ids: readonly string[]) => ids.flatMap((a) => ix.actors[ix.actorIndex.get(a) ?? -1] ?? []);

  const groups = new Map<number, EventHeadline[]>();
  const items = new Map<string, EventHeadline>();
  for (const r of ix.eventRows[index]!) {
    const h = ix.headlines[r]!;
    const o = ix.outletRow[r]!;
    const origin = ix.originRow[r]!;
    const list = groups.get(origin) ?? [];
    const item = { id: h.id, title: displayTitle(h.title, h.truncated), cut: cutLabel(h.cut), outletName: o >= 0 ? ix.outlets[o]!.name : 'Unknown outlet', listed: h.date };
    list.push(item);
    items.set(h.id, item);
    groups.set(origin, list);
  }
  const repeats: (ClaimRepeats | null)[] = event.claims.map(() => null);
  const headlines = ix.eventRows[index]!.map((r) => ix.headlines[r]!);
  if (headlines.some((h) => h.attributedBy !== undefined))
    for (const x of claimEchoes(event.claims, headlines))
      repeats[x.claim] = { attributed: x.attributed.map((h) => items.get(h.id)!), unattributed: x.unattributed.map((h) => items.get(h.id)!) };
  const byOrigin = [...groups.entries()]
    .sort((a, b) => (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]))
    .map(([o, headlines]) => ({ ...(o >= 0 ? { id: ix.origins[o]!.id, label: ix.origins[o]!.label } : UNKNOWN), headlines }));

  const seen = new Map<string, Source>();
  const add = (sources: readonly Source[]) => sources.forEach((s) => seen.has(s.url) || seen.set(s.url, s));
  add(event.sources);
  if (event.time) add(event.time.sources);
  event.claims.forEach((c) => add(c.sources));
  event.disputes.forEach((d) => d.versions.forEach((v) => add(v.sources)));
  const allSources = [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.publisher.localeCompare(b.publisher)));

  const sections = ix.corpus.background?.sections ?? [];
  const passages = event.paragraphIds.flatMap((pid) =>
    sections.flatMap((s) => s.paragraphs.filter((p) => p.id === pid).map((p) => ({ sectionId: s.id, paragraphId: p.id, text: p.text }))),
  );

  return {
    event,
    index,
    actors: actorsOf(event.actors),
    participants: actorsOf(event.participants),
    declined: actorsOf(event.declined),
    byOrigin,
    headlineCount: ix.eventRows[index]!.length,
    repeats,
    allSources,
    passages,
  };
}
