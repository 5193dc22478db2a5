/**
 * The curated tables under `data/` (outlets, origins, topics, actors, articles), their zod schemas and
 * cross-checks. `parseTables` is pure (tests and generators build tables in memory); `loadTables` reads
 * the JSON files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { actorKinds } from '../../src/corpus/schema';
import { compileActors, type ActorMatcher } from './actors';
import { compileTopics, type TopicClassifier } from './topics';
import { normKey, slug } from './text';

const note = z.string().optional();
const nonEmpty = z.string().trim().min(1);
const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected a lowercase slug id' });

export const outletsFileSchema = z.strictObject({
  note,
  outlets: z.array(
    z.strictObject({
      /** Canonical name; its slug is the outlet id. */
      name: nonEmpty,
      /** Where the outlet is based, a country name known to origins.json (or "Unknown"). */
      country: nonEmpty,
      /** Raw strings seen on pages for this outlet (the name itself is always an alias). */
      aliases: z.array(nonEmpty),
      note,
    }),
  ),
});

export const originsFileSchema = z.strictObject({
  note,
  /** Origin of a country listed nowhere. */
  fallback: slugId,
  /** Origin of outlets whose country is unknown (and of headlines without outlet). */
  unknown: slugId,
  origins: z.array(z.strictObject({ id: slugId, label: nonEmpty, countries: z.array(nonEmpty), note })),
});

export const topicsFileSchema = z.strictObject({
  note,
  /** Topic of a headline no rule matches. */
  fallback: slugId,
  /**
   * The order topics are shown in (legend, filters, lanes, colours), every topic once. The rules' own order
   * is their priority (a headline's first topic is its primary one); the two need not agree.
   */
  displayOrder: z.array(slugId).optional(),
  topics: z.array(
    z.strictObject({
      id: slugId,
      label: nonEmpty,
      /** Case-insensitive regular expressions, each matched on word boundaries; any one matching is enough. */
      patterns: z.array(nonEmpty),
      /** Optional: one of these must match as well. */
      requires: z.array(nonEmpty).optional(),
      note,
    }),
  ),
});

export const actorsFileSchema = z.strictObject({
  note,
  actors: z.array(
    z.strictObject({
      id: slugId,
      name: nonEmpty,
      kind: z.enum(actorKinds),
      aliases: z.array(nonEmpty),
      note,
    }),
  ),
});

export const articlesFileSchema = z.strictObject({
  note,
  articles: z.array(
    z.strictObject({
      /** The article title as on the page (matched by `normKey`, so apostrophes/case/punctuation may differ). */
      title: nonEmpty,
      /** Publication year: the pages do not state it. */
      year: z.number().int().min(1900).max(2099),
      /** Short lines between paragraphs that are section headings. */
      headings: z.array(nonEmpty),
      /** Short lines between paragraphs that are inline links to related articles. */
      relatedLinks: z.array(nonEmpty),
      note,
    }),
  ),
});

export type OutletsFile = z.infer<typeof outletsFileSchema>;
export type OriginsFile = z.infer<typeof originsFileSchema>;
export type TopicsFile = z.infer<typeof topicsFileSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type ArticlesFile = z.infer<typeof articlesFileSchema>;
export type ActorEntry = ActorsFile['actors'][number];
export type TopicRule = TopicsFile['topics'][number];
export type ArticleAnnotation = ArticlesFile['articles'][number];

export interface OutletEntry {
  id: string;
  name: string;
  country: string;
  origin: string;
}

/** The validated tables, with the lookups every build needs. */
export interface Tables {
  outlets: OutletEntry[];
  /** `slug(alias)` → outlet (the canonical name included). */
  outletByAlias: ReadonlyMap<string, OutletEntry>;
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
}

export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableError';
  }
}

export interface RawTables {
  outlets: unknown;
  origins: unknown;
  topics: unknown;
  actors: unknown;
  articles: unknown;
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
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
    const entry: OutletEntry = { id, name: o.name, country: o.country, origin: originOfCountry(o.country) };
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
  const topicClassifier = compileTopics(topics);

  return { outlets, outletByAlias, origins, originOfCountry, topics, topicClassifier, actors: actorsFile.actors, actorMatcher, articles };
}

/** Read and validate the tables in `dir` (default: the project's `data/`). */
export function loadTables(dir: string): Tables {
  const read = (name: string): unknown => {
    const file = join(dir, `${name}.json`);
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
  });
}
