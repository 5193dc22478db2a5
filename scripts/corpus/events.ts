/**
 * The curated key events (data/events.json, sources in data/event-sources.json) joined to a page's headlines.
 *
 * A headline reports an event when its title matches the event's rule (patterns on word boundaries, as in
 * topics.json: one of `any`, each of `all`, none of `none`), it names one of the rule's `actors` when the rule
 * gives some, and the aggregator listed it from the event's first day to `lag` days after its last (default
 * 3: a listing comes a day or two after the news). An event's `include` and `exclude` phrases decide where a
 * rule cannot. Pure: the same tables and headlines always give the same events.
 */
import type { Background, Claim, CorpusEvent, Headline, Phase, Source } from '../../src/corpus/schema';
import { addDays } from '../../src/corpus/dates';
import type { EventEntry, EventsFile, EventSourcesFile } from './table-schemas';
import { compilePatterns } from './topics';
import { compareStrings, normKey } from './text';

export const DEFAULT_LAG_DAYS = 3;

/** An event's joining rule, compiled. */
interface CompiledRule {
  readonly entry: EventEntry;
  readonly any: (title: string) => boolean;
  readonly all: readonly ((title: string) => boolean)[];
  readonly none: ((title: string) => boolean) | null;
  readonly actors: ReadonlySet<string> | null;
  readonly lastListed: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** The events table, checked against its sources and compiled: what a build needs. */
export interface EventTables {
  readonly rules: readonly CompiledRule[];
  readonly phases: EventsFile['phases'];
  readonly sources: EventSourcesFile['sources'];
}

/** Titles and phrases compared with case, accents, apostrophes and punctuation ignored. */
const phraseKey = normKey;

/**
 * Check the events table against its sources and the actor gazetteer, and compile its rules. Throws an Error
 * naming the event and field on the first problem (an unknown source or actor, an end before the start).
 */
export function compileEvents(events: EventsFile, sources: EventSourcesFile, actorIds: ReadonlySet<string>): EventTables {
  const seen = new Set<string>();
  const refs = (ids: readonly string[], where: string) => {
    for (const id of ids) if (!(id in sources.sources)) throw new Error(`${where}: unknown source "${id}"`);
  };
  const actors = (ids: readonly string[] | undefined, where: string) => {
    for (const id of ids ?? []) if (!actorIds.has(id)) throw new Error(`${where}: unknown actor "${id}"`);
  };
  const rules = events.events.map((e) => {
    const at = `events.json: event "${e.id}"`;
    if (seen.has(e.id)) throw new Error(`${at}: duplicate id`);
    seen.add(e.id);
    if (e.end < e.start) throw new Error(`${at}: end ${e.end} is before start ${e.start}`);
    refs(e.sources, `${at}.sources`);
    if (e.time) refs(e.time.sources, `${at}.time.sources`);
    e.claims?.forEach((c, i) => {
      refs(c.sources, `${at}.claims.${i}.sources`);
      if (c.claimantActor !== null) actors([c.claimantActor], `${at}.claims.${i}.claimantActor`);
    });
    e.disputes?.forEach((d, i) => d.versions.forEach((v, j) => refs(v.sources, `${at}.disputes.${i}.versions.${j}.sources`)));
    actors(e.actors, `${at}.actors`);
    actors(e.participants, `${at}.participants`);
    actors(e.declined, `${at}.declined`);
    actors(e.match.actors, `${at}.match.actors`);
    const compile = (patterns: readonly string[], field: string) => {
      try {
        return compilePatterns(patterns);
      } catch (err) {
        throw new Error(`${at}.match.${field}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
    };
    return {
      entry: e,
      any: compile(e.match.any, 'any'),
      all: (e.match.all ?? []).map((p, i) => compile([p], `all.${i}`)),
      none: e.match.none && e.match.none.length > 0 ? compile(e.match.none, 'none') : null,
      actors: e.match.actors && e.match.actors.length > 0 ? new Set(e.match.actors) : null,
      lastListed: addDays(e.end, e.match.lag ?? DEFAULT_LAG_DAYS),
      include: (e.include ?? []).map(phraseKey),
      exclude: (e.exclude ?? []).map(phraseKey),
    };
  });
  const phaseIds = new Set<string>();
  for (const p of events.phases) {
    const at = `events.json: phase "${p.id}"`;
    if (phaseIds.has(p.id)) throw new Error(`${at}: duplicate id`);
    phaseIds.add(p.id);
    if (p.end < p.start) throw new Error(`${at}: end ${p.end} is before start ${p.start}`);
    refs(p.sources, `${at}.sources`);
  }
  return { rules, phases: events.phases, sources: sources.sources };
}

/** What joining found worth telling the person who runs the builder. */
export interface EventReport {
  /** Events no headline of this corpus reports. */
  readonly unreported: readonly string[];
  /** `include`/`exclude` phrases that matched no headline, and passages found in no paragraph. */
  readonly unmatched: readonly string[];
}

/** Whether a rule (without its include/exclude lists) joins a headline. */
export function ruleMatches(rule: CompiledRule, h: Pick<Headline, 'title' | 'date' | 'actors'>): boolean {
  if (h.date < rule.entry.start || h.date > rule.lastListed) return false;
  if (!rule.any(h.title)) return false;
  if (!rule.all.every((m) => m(h.title))) return false;
  if (rule.none?.(h.title)) return false;
  if (rule.actors && !h.actors.some((a) => rule.actors!.has(a))) return false;
  return true;
}

function sourceOf(tables: EventTables, id: string): Source {
  const { publisher, title, url, date, titleDescriptive, dateApproximate } = tables.sources[id]!;
  return { publisher, title, url, date, ...(titleDescriptive ? { titleDescriptive } : {}), ...(dateApproximate ? { dateApproximate } : {}) };
}

/** The background's paragraphs by phrase key (computed once per build, not once per event: the article may be long). */
function paragraphKeys(background: Background | null): { id: string; key: string }[] {
  return background?.sections.flatMap((s) => s.paragraphs.map((p) => ({ id: p.id, key: phraseKey(p.text) }))) ?? [];
}

/** The paragraphs of the background that hold each passage (by phrase key); passages found nowhere are named. */
function locatePassages(background: Background | null, paragraphs: readonly { id: string; key: string }[], passages: readonly string[], at: string, unmatched: string[]): string[] {
  const ids: string[] = [];
  for (const passage of passages) {
    const key = phraseKey(passage);
    const found = paragraphs.find((p) => p.key.includes(key));
    if (found) {
      if (!ids.includes(found.id)) ids.push(found.id);
    } else if (background !== null) unmatched.push(`${at}: passage not in the background article: "${passage}"`);
  }
  return ids;
}

/**
 * The corpus's events and phases: each event with its sources resolved and the headlines that report it (in
 * listing order), and what the builder should report. Every event of the table is kept, reported or not: the
 * event layer tells what happened whether or not this page's aggregator listed it.
 */
export function joinEvents(
  tables: EventTables,
  headlines: readonly Headline[],
  background: Background | null,
): { events: CorpusEvent[]; phases: Phase[]; report: EventReport } {
  const byListing = [...headlines].sort((a, b) => compareStrings(a.date, b.date) || a.sourceLine - b.sourceLine);
  const keys = new Map(byListing.map((h) => [h.id, phraseKey(h.title)]));
  const position = new Map(byListing.map((h, i) => [h.id, i]));
  // The first index whose listing day is at least (or, `after`, later than) `day`: byListing is sorted by day.
  const bound = (day: string, after: boolean) => {
    let lo = 0;
    let hi = byListing.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = byListing[mid]!.date;
      if (d < day || (after && d === day)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const unreported: string[] = [];
  const unmatched: string[] = [];
  const src = (ids: readonly string[]) => ids.map((id) => sourceOf(tables, id));
  const passagesMissed: string[] = [];
  let passagesFound = 0;
  let paragraphs: { id: string; key: string }[] | null = null;
  const events = tables.rules.map((rule): CorpusEvent => {
    const e = rule.entry;
    const at = `event "${e.id}"`;
    const phraseHits = (phrases: readonly string[], field: string) =>
      phrases.map((phrase, i) => {
        const hits = byListing.filter((h) => keys.get(h.id)!.includes(phrase));
        if (hits.length === 0 && headlines.length > 0) unmatched.push(`${at}: ${field} "${(field === 'include' ? e.include : e.exclude)![i]}" matches no headline`);
        return new Set(hits.map((h) => h.id));
      });
    const included = phraseHits(rule.include, 'include');
    const excluded = phraseHits(rule.exclude, 'exclude');
    // A rule only looks at the days from the event's start to its last listing day (found by binary search,
    // not by testing every headline of a large corpus against every event); included phrases may add others.
    const chosen = new Set<string>();
    for (let i = bound(e.start, false), end = bound(rule.lastListed, true); i < end; i++) if (ruleMatches(rule, byListing[i]!)) chosen.add(byListing[i]!.id);
    for (const s of included) for (const id of s) chosen.add(id);
    const headlineIds = [...chosen].filter((id) => !excluded.some((s) => s.has(id))).sort((a, b) => position.get(a)! - position.get(b)!);
    if (headlineIds.length === 0) unreported.push(e.id);
    const claims: Claim[] = (e.claims ?? []).map((c) => ({ ...c, sources: src(c.sources) }));
    return {
      id: e.id,
      title: e.title,
      summary: e.summary,
      start: e.start,
      end: e.end,
      time: e.time ? { local: e.time.local, zone: e.time.zone, sources: src(e.time.sources) } : null,
      kind: e.kind,
      places: e.places,
      actors: e.actors,
      participants: e.participants ?? [],
      declined: e.declined ?? [],
      sources: src(e.sources),
      claims,
      disputes: (e.disputes ?? []).map((d) => ({ about: d.about, versions: d.versions.map((v) => ({ text: v.text, sources: src(v.sources) })) })),
      headlineIds,
      paragraphIds: ((ids) => {
        passagesFound += ids.length;
        return ids;
      })(locatePassages(background, e.passages?.length ? (paragraphs ??= paragraphKeys(background)) : [], e.passages ?? [], at, passagesMissed)),
    };
  });
  // Passages belong to one article: when this background holds none of them, one line says so.
  if (passagesFound > 0) unmatched.push(...passagesMissed);
  else if (passagesMissed.length > 0 && background) unmatched.push(`no event passage is in this background article ("${background.title.slice(0, 60)}")`);
  const phases: Phase[] = tables.phases.map((p) => ({ id: p.id, label: p.label, start: p.start, end: p.end, sources: src(p.sources) }));
  return { events, phases, report: { unreported, unmatched } };
}

/** Every actor the events name (as actor, participant, absentee or claimant): the corpus keeps them. */
export function eventActors(events: readonly CorpusEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    for (const a of [...e.actors, ...e.participants, ...e.declined]) out.add(a);
    for (const c of e.claims) if (c.claimantActor !== null) out.add(c.claimantActor);
  }
  return out;
}
