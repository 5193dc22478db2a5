/**
 * The curated tables under `data/` (outlets, origins, topics, actors, articles): their validation against
 * the schemas of table-schemas.ts, cross-checks and lookups. `parseTables` is pure (tests and generators
 * build tables in memory); `loadTables` reads the JSON files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod/mini';
import { compileActors, type ActorMatcher } from './actors';
import {
  actorsFileSchema,
  articlesFileSchema,
  attributionFileSchema,
  eventSourcesFileSchema,
  eventsFileSchema,
  framingFileSchema,
  originsFileSchema,
  outletsFileSchema,
  topicsFileSchema,
  type ActorEntry,
  type ArticleAnnotation,
  type OriginsFile,
  type OutletEntry,
  type TopicsFile,
} from './table-schemas';
import { compileTopics, type TopicClassifier } from './topics';
import { compileEvents, type EventTables } from './events';
import { compileAttribution, NO_ATTRIBUTION, type AttributionTable } from './attribution';
import { compileFraming, NO_FRAMING, type FramingTable } from './framing';
import type { AgencyName } from './wire';
import { normKey, slug } from './text';

/** The validated tables, with the lookups every build needs. */
export interface Tables {
  outlets: OutletEntry[];
  /** `slug(alias)` → outlet (the canonical name included). */
  outletByAlias: ReadonlyMap<string, OutletEntry>;
  /** outlets.json's organisationWords, lower case. */
  organisationWords: ReadonlySet<string>;
  origins: OriginsFile;
  /** Country (folded) → origin id. */
  originOfCountry(country: string): string;
  topics: TopicsFile;
  /** The topic rules, compiled. */
  topicClassifier: TopicClassifier;
  actors: ActorEntry[];
  /** The gazetteer, compiled. */
  actorMatcher: ActorMatcher;
  /** `normKey(title)` → annotation. */
  articles: ReadonlyMap<string, ArticleAnnotation>;
  /** The curated key events and phases, compiled (empty when the data folder has none). */
  events: EventTables;
  /** The attribution rules and the agency names (data/attribution.json), compiled; empty when the folder has none. */
  attribution: AttributionTable;
  /** Wire agencies by every name they go by: outlets.json's wire outlets, then attribution.json's `agencies`. */
  agencies: readonly AgencyName[];
  /** The framing lexicon (data/framing.json), compiled; empty when the folder has none. */
  framing: FramingTable;
}

export class TableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TableError';
  }
}

export interface RawTables {
  outlets: unknown;
  origins: unknown;
  topics: unknown;
  actors: unknown;
  articles: unknown;
  /** events.json and event-sources.json: both or neither. */
  events?: unknown;
  eventSources?: unknown;
  /** attribution.json, optional. */
  attribution?: unknown;
  /** framing.json, optional. */
  framing?: unknown;
}

function check<T>(schema: z.ZodMiniType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
  throw new TableError(`${file}.json: ${where}: ${issue?.message ?? 'invalid'}`);
}

function compiles(source: string, what: string): void {
  try {
    new RegExp(source, 'i');
  } catch (e) {
    throw new TableError(`${what}: bad pattern /${source}/: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Run a table's compile step: any other failure becomes a TableError with its message (a TableError stays as it is). */
function compiling<T>(compile: () => T): T {
  try {
    return compile();
  } catch (e) {
    if (e instanceof TableError) throw e;
    throw new TableError(e instanceof Error ? e.message : String(e), { cause: e });
  }
}

/** Validate the raw JSON of the five tables and build their lookups. Throws a TableError naming the problem. */
export function parseTables(raw: RawTables): Tables {
  const origins = check(originsFileSchema, raw.origins, 'origins');
  const originIds = new Set<string>();
  const countryOrigin = new Map<string, string>();
  for (const o of origins.origins) {
    if (originIds.has(o.id)) throw new TableError(`origins.json: duplicate origin "${o.id}"`);
    originIds.add(o.id);
    for (const c of o.countries) {
      const key = normKey(c);
      const prev = countryOrigin.get(key);
      if (prev !== undefined) throw new TableError(`origins.json: country "${c}" is in both "${prev}" and "${o.id}"`);
      countryOrigin.set(key, o.id);
    }
  }
  for (const id of [origins.fallback, origins.unknown])
    if (!originIds.has(id)) throw new TableError(`origins.json: origin "${id}" is not defined`);
  const originOfCountry = (country: string): string => countryOrigin.get(normKey(country)) ?? origins.fallback;

  const outletsFile = check(outletsFileSchema, raw.outlets, 'outlets');
  const outlets: OutletEntry[] = [];
  const outletByAlias = new Map<string, OutletEntry>();
  for (const o of outletsFile.outlets) {
    const id = slug(o.name);
    if (id === '') throw new TableError(`outlets.json: outlet "${o.name}" has an empty slug`);
    const entry: OutletEntry = { id, name: o.name, country: o.country, origin: originOfCountry(o.country), kind: o.kind ?? 'news', ...(o.about ? { about: o.about } : {}), ...(o.ownership ? { ownership: o.ownership } : {}), ...(o.language ? { language: o.language } : {}) };
    if (outlets.some((e) => e.id === id)) throw new TableError(`outlets.json: duplicate outlet id "${id}"`);
    outlets.push(entry);
    for (const alias of [o.name, ...o.aliases]) {
      const key = slug(alias);
      if (key === '') throw new TableError(`outlets.json: alias "${alias}" has an empty slug`);
      const prev = outletByAlias.get(key);
      if (prev !== undefined && prev !== entry)
        throw new TableError(`outlets.json: alias "${alias}" names both "${prev.name}" and "${o.name}"`);
      outletByAlias.set(key, entry);
    }
  }

  const topics = check(topicsFileSchema, raw.topics, 'topics');
  const topicIds = new Set<string>();
  for (const t of topics.topics) {
    if (topicIds.has(t.id)) throw new TableError(`topics.json: duplicate topic "${t.id}"`);
    topicIds.add(t.id);
    for (const p of [...t.patterns, ...(t.requires ?? [])]) compiles(p, `topics.json: topic "${t.id}"`);
  }
  if (!topicIds.has(topics.fallback)) throw new TableError(`topics.json: fallback topic "${topics.fallback}" is not defined`);
  if (topics.displayOrder) {
    const order = topics.displayOrder;
    if (order.length !== topicIds.size || new Set(order).size !== order.length || order.some((id) => !topicIds.has(id)))
      throw new TableError('topics.json: displayOrder must name every topic exactly once');
  }

  const actorsFile = check(actorsFileSchema, raw.actors, 'actors');
  const actorIds = new Set<string>();
  for (const a of actorsFile.actors) {
    if (actorIds.has(a.id)) throw new TableError(`actors.json: duplicate actor "${a.id}"`);
    actorIds.add(a.id);
  }

  const articlesFile = check(articlesFileSchema, raw.articles, 'articles');
  const articles = new Map<string, ArticleAnnotation>();
  for (const a of articlesFile.articles) {
    const key = normKey(a.title);
    if (articles.has(key)) throw new TableError(`articles.json: duplicate article "${a.title}"`);
    articles.set(key, a);
  }

  let actorMatcher: ActorMatcher;
  try {
    actorMatcher = compileActors(actorsFile.actors);
  } catch (e) {
    throw new TableError(`actors.json: ${e instanceof Error ? e.message : String(e)}`);
  }
  let topicClassifier: ReturnType<typeof compileTopics>;
  try {
    topicClassifier = compileTopics(topics);
  } catch (e) {
    throw new TableError(`topics.json: ${e instanceof Error ? e.message : String(e)}`);
  }

  if ((raw.events === undefined) !== (raw.eventSources === undefined)) throw new TableError('events.json and event-sources.json come together: one is missing');
  const eventsFile = raw.events === undefined ? { events: [], phases: [] } : check(eventsFileSchema, raw.events, 'events');
  const eventSources = raw.eventSources === undefined ? { sources: {} } : check(eventSourcesFileSchema, raw.eventSources, 'event-sources');
  const events: EventTables = compiling(() => compileEvents(eventsFile, eventSources, actorIds));
  const attribution = raw.attribution === undefined ? NO_ATTRIBUTION : compiling(() => compileAttribution(check(attributionFileSchema, raw.attribution, 'attribution')));
  const framing = raw.framing === undefined ? NO_FRAMING : compiling(() => compileFraming(check(framingFileSchema, raw.framing, 'framing')));

  const agencies: AgencyName[] = [
    ...outletsFile.outlets.filter((o) => o.kind === 'wire').map((o) => ({ name: o.name, outletId: slug(o.name), aliases: o.aliases })),
    ...attribution.agencies.map((a) => ({ name: a.name, outletId: null, aliases: a.aliases })),
  ];

  const organisationWords = new Set(outletsFile.organisationWords.map((w) => w.toLowerCase()));
  return { outlets, outletByAlias, organisationWords, origins, originOfCountry, topics, topicClassifier, actors: actorsFile.actors, actorMatcher, articles, events, attribution, agencies, framing };
}

/** Read and validate the tables in `dir` (default: the project's `data/`). */
export function loadTables(dir: string): Tables {
  const read = (name: string, optional = false): unknown => {
    const file = join(dir, `${name}.json`);
    if (optional && !existsSync(file)) return undefined;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new TableError(`cannot read table ${file}`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new TableError(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return parseTables({
    outlets: read('outlets'),
    origins: read('origins'),
    topics: read('topics'),
    actors: read('actors'),
    articles: read('articles'),
    events: read('events', true),
    eventSources: read('event-sources', true),
    attribution: read('attribution', true),
    framing: read('framing', true),
  });
}
