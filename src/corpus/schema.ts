/**
 * The corpus format: one zod schema shared by the builder (scripts/corpus.ts) and the app.
 * A corpus is plain JSON, so every field here is documented in README.md ("Corpus format").
 *
 * Written with zod/mini, zod's tree-shakable build (the same zod v4 engine, checks as functions), so the
 * schema-check worker ships only what these schemas use.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { outletKinds } from './outlet-kinds';
import { isCalendarDate } from './dates';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

// zod/mini loads no messages of its own (every issue would read "Invalid input"): the English ones, as
// zod's classic build gives them ("Too small: expected array to have >=1 items"), which errors show.
// No code generation: the page's Content-Security-Policy forbids eval. zod/mini's objects never compile
// a parser (the worker holds no `new Function`); `jitless` keeps it so, set before any schema is made.
z.config({ ...en(), jitless: true });

/** A string with at least one character. */
const nonEmpty = z.string().check(z.minLength(1));

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const calendarDate = z.string().check(z.refine(isCalendarDate, 'expected a real calendar date YYYY-MM-DD'));

/**
 * An id: what a link can carry (src/url/codec.ts accepts the same rule). A longer id would load, but a link
 * naming it would be refused: checking such an outlet and reloading would lose the filter.
 */
const id = z.string().check(z.regex(ID_PATTERN, `expected a lowercase slug id of at most ${MAX_ID_LENGTH} characters`));
export { MAX_ID_LENGTH };

export const actorKinds = ['country', 'group', 'person', 'organisation', 'place'] as const;

export const actorSchema = z.object({
  id,
  name: nonEmpty,
  kind: z.enum(actorKinds),
  aliases: z.array(nonEmpty),
});

export const topicSchema = z.object({
  id,
  label: nonEmpty,
});

/** Outlet origin groups used by the "origin" lanes (Pakistani; Afghan; Indian; Gulf, Türkiye and Iran; Western ...). */
export const originSchema = z.object({
  id,
  label: nonEmpty,
});

/** A web address a reader can open: http(s) only (never `javascript:` or `data:`), no credentials. */
export const webUrl = z.string().check(
  z.maxLength(2000),
  z.refine((u: string) => {
    try {
      const url = new URL(u);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL'),
);

export { outletKinds, type OutletKind } from './outlet-kinds';

/** Ownership types. `unknown`: no source found: the app says "not known", never a guess. */
export const ownershipTypes = [
  'state-owned',
  'state-funded',
  'public broadcaster',
  'private',
  'party-owned',
  'wire agency',
  'government body',
  'aggregator',
  'unknown',
] as const;
export type OwnershipType = (typeof ownershipTypes)[number];

/** A BCP-47 language tag as the table writes it: `en`, `ur`, `fa-AF`, `ckb`. */
export const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A page an outlet fact comes from (`date` null when the page gives none). */
const factSource = z.object({ publisher: nonEmpty, url: webUrl, date: z.nullable(calendarDate) });

export const outletSchema = z.object({
  id,
  name: nonEmpty,
  aliases: z.array(z.string()),
  /** Where the outlet is based ("Pakistan", "US", "Türkiye", ... or "Unknown"). */
  country: nonEmpty,
  /** Id of an entry in `origins`. */
  origin: id,
  /** What it is (data/outlets.json; "news" unless the table says otherwise); null for an outlet the table does not know. */
  kind: z._default(z.nullable(z.enum(outletKinds)), null),
  /** A sentence on what it is, in the project's words, and the pages that say so (`date` null when a page gives none). */
  about: z.optional(
    z.object({
      text: nonEmpty,
      sources: z.array(factSource).check(z.minLength(1)),
    }),
  ),
  /** Who owns it (data/outlets.json), with the pages that say so; `unknown`, or absent: not known. */
  ownership: z.optional(z.object({ value: z.enum(ownershipTypes), note: z.optional(nonEmpty), sources: z.array(factSource) })),
  /** The language(s) it publishes in, BCP-47, with the pages that say so; `unknown`, or absent: not known. */
  language: z.optional(
    z.object({
      value: z.union([z.literal('unknown'), z.array(z.string().check(z.regex(BCP47))).check(z.minLength(1))]),
      note: z.optional(nonEmpty),
      sources: z.array(factSource),
    }),
  ),
  headlineCount: z.int().check(z.nonnegative()),
});

export const headlineSchema = z
  .object({
    /** Stable: the same input line gives the same id. */
    id,
    title: nonEmpty,
    /** A trailing section label cut from the title (`| Latest News India`), or null. */
    section: z.nullable(z.string()),
    /** Null where the line names no outlet. */
    outletId: z.nullable(id),
    /**
     * The day the aggregator gives first on the line. The seed's listings trail publication by a day or two
     * (AP's report of 12 October is listed on the 13th): it is a listing day, not a verified publication day,
     * and the app says "listed".
     */
    date: calendarDate,
    /** The bracketed day the aggregator listed it under (on the seed page, always equal to `date`). */
    listedDate: calendarDate,
    /** The title was cut short by the aggregator; `cut` says how that was found and how sure it is. */
    truncated: z.boolean(),
    /**
     * Present exactly when `truncated`. `ellipsis`: the title ends with the aggregator's "..." (a quotation's own
     * ellipsis, closed after it, does not count): certain. `mid-word`: its last word, `fragment`, is no English
     * word and no word elsewhere on the page, but begins `completion`, which is: probable, an inference.
     */
    cut: z.optional(
      z.discriminatedUnion('by', [
        z.object({ by: z.literal('ellipsis'), certainty: z.literal('certain') }),
        z.object({ by: z.literal('mid-word'), certainty: z.literal('probable'), fragment: nonEmpty, completion: nonEmpty }),
      ]),
    ),
    storyId: id,
    topics: z.array(id).check(z.minLength(1)),
    actors: z.array(id),
    /** 1-based line number in the source page (of the first page it was found on). */
    sourceLine: z.int().check(z.positive()),
    /**
     * Built from several pages: every place the headline was found (page file name, 1-based line), in page and
     * line order; one headline found on several pages is one headline.
     */
    sources: z.optional(z.array(z.object({ page: nonEmpty, line: z.int().check(z.positive()) })).check(z.minLength(1))),
    /**
     * The ids of the attribution rules (`attributionRules`, data/attribution.json) its title matches: "Pakistan
     * says…", a quoted statement… Empty: it states what it reports in its own voice. Absent: built without rules.
     */
    attributedBy: z.optional(z.array(id)),
    /** The framing terms (`framing.terms`, data/framing.json) its title uses, in the lexicon's order. Absent: built without a lexicon. */
    framing: z.optional(z.array(id)),
  })
  .check(z.refine((h) => h.truncated === (h.cut !== undefined), { error: 'a truncated headline says how it was cut (cut), and only a truncated one', path: ['cut'] }));

export const storySchema = z.object({
  id,
  label: nonEmpty,
  headlineIds: z.array(id).check(z.minLength(1)),
  outletIds: z.array(id),
  firstDate: calendarDate,
  lastDate: calendarDate,
});

/** A span of a paragraph's text that names an actor: `text.slice(start, end)`. */
export const mentionSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  actorId: id,
});

export const paragraphSchema = z.object({
  id,
  text: nonEmpty,
  actors: z.array(id),
  mentions: z.array(mentionSchema),
});

export const sectionSchema = z.object({
  id,
  /** Null for the opening section, which has no heading. */
  heading: z.nullable(z.string()),
  paragraphs: z.array(paragraphSchema),
});

export const mentionedYearSchema = z.object({
  year: z.int(),
  /** Each sentence of the article that names the year; `paragraphId` null for the photo caption. */
  sentences: z.array(z.object({ text: nonEmpty, paragraphId: z.nullable(id) })).check(z.minLength(1)),
});

export const backgroundSchema = z.object({
  title: nonEmpty,
  outlet: nonEmpty,
  year: z.int(),
  author: z.nullable(z.string()),
  authorBio: z.nullable(z.string()),
  standfirst: z.nullable(z.string()),
  image: z.nullable(z.object({ caption: z.string(), credit: z.nullable(z.string()) })),
  sections: z.array(sectionSchema),
  relatedLinks: z.array(nonEmpty),
  mentionedYears: z.array(mentionedYearSchema),
});

export const anomalyKinds = [
  'not-a-headline',
  'no-outlet',
  'truncated-title',
  'unknown-outlet',
  'date-mismatch',
  'unannotated-line',
  'unused-article',
] as const;

export const anomalySchema = z.object({
  kind: z.enum(anomalyKinds),
  /** The page it was found on, when the corpus was built from several (file name). */
  page: z.optional(z.string()),
  /** 1-based line number in the source page. */
  line: z.int().check(z.positive()),
  message: z.string(),
});

/** Where a curated fact comes from: a page someone on the team read. */
export const sourceSchema = z.object({
  publisher: nonEmpty,
  title: nonEmpty,
  url: webUrl,
  /** The page's publication day. */
  date: calendarDate,
  /** The page showed no headline we could read: the title describes it. */
  titleDescriptive: z.optional(z.boolean()),
  /** The page gave no clear date: the day is inferred from its content. */
  dateApproximate: z.optional(z.boolean()),
});

/** A local time a source gives, with its IANA zone (`18:00` in `Asia/Karachi`). */
export const eventTimeSchema = z.object({
  local: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')),
  zone: nonEmpty,
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

export const eventKinds = ['attack', 'strike', 'clash', 'truce', 'talks', 'agreement', 'statement', 'border-closure', 'conference', 'visit', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

/** A figure inside a claim, as a number with what it counts ("23", "Pakistani soldiers killed"). */
export const figureSchema = z.object({
  value: z.number().check(z.nonnegative()),
  what: nonEmpty,
});

/** What someone said, in their name: never stated as fact by the app. */
export const claimSchema = z.object({
  /** Who made it ("Pakistan's military (ISPR)"). */
  claimant: nonEmpty,
  /** The claimant's actor id where the gazetteer has one (their country or group). */
  claimantActor: z.nullable(id),
  date: calendarDate,
  text: nonEmpty,
  figures: z.array(figureSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

/** Where sources disagree (a date, who asked for a truce): every version, each with its sources. */
export const disputeSchema = z.object({
  about: nonEmpty,
  versions: z.array(z.object({ text: nonEmpty, sources: z.array(sourceSchema).check(z.minLength(1)) })).check(z.minLength(2)),
});

export const eventSchema = z.object({
  id,
  /** Short and neutral, reads whole in a timeline label. */
  title: nonEmpty.check(z.maxLength(60)),
  /** One paragraph in the project's own words. */
  summary: nonEmpty,
  start: calendarDate,
  /** Equal to `start` for a one-day event. */
  end: calendarDate,
  time: z.nullable(eventTimeSchema),
  kind: z.enum(eventKinds),
  places: z.array(nonEmpty),
  actors: z.array(id),
  /** For a meeting: who took part and who declined (actor ids). */
  participants: z.array(id),
  declined: z.array(id),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  claims: z.array(claimSchema),
  disputes: z.array(disputeSchema),
  /** Headlines of this corpus that report it (joined by the rules in data/events.json), listing order. */
  headlineIds: z.array(id),
  /** Paragraphs of the background article that anticipate it. */
  paragraphIds: z.array(id),
});

/** A named span drawn as a band behind the timeline. */
export const phaseSchema = z.object({
  id,
  label: nonEmpty.check(z.maxLength(60)),
  start: calendarDate,
  end: calendarDate,
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

/**
 * A wire copy: the same or nearly the same title carried by several outlets (scripts/corpus/wire.ts), within
 * one story. `agency`: the wire agency it is marked as the copy of, and how that was found (`outlet`: the
 * agency is among the carriers; `title`: a title names it; `alias`: a carrier's name on the page does); null
 * when none is known.
 */
export const wireCopySchema = z.object({
  id,
  storyId: id,
  /** Earliest listed first. */
  headlineIds: z.array(id).check(z.minLength(2)),
  /** The outlets that carried it, in the order they listed it. */
  outletIds: z.array(id).check(z.minLength(2)),
  firstDate: calendarDate,
  agency: z.nullable(z.object({ name: nonEmpty, outletId: z.nullable(id), by: z.enum(['outlet', 'title', 'alias']) })),
});

/** An attribution rule as the app shows it (data/attribution.json). */
export const attributionRuleSchema = z.object({
  id,
  label: nonEmpty,
  pattern: nonEmpty,
  note: nonEmpty,
});

/**
 * The framing lexicon as the app shows it (data/framing.json): groups of alternative terms, each with a note
 * on who uses it and the pages that say so (`date` null when a page gives none).
 */
export const framingSchema = z.object({
  groups: z.array(z.object({ id, label: nonEmpty })),
  terms: z.array(
    z.object({
      id,
      label: nonEmpty,
      group: id,
      note: nonEmpty,
      sources: z.array(factSource).check(z.minLength(1)),
    }),
  ),
});

const corpusShape = z.object({
  schemaVersion: z.literal(1),
  /** Name of the page the corpus was built from (a file name, no path). */
  source: z.string(),
  /** First and last headline dates. */
  range: z.object({ start: calendarDate, end: calendarDate }),
  background: z.nullable(backgroundSchema),
  headlines: z.array(headlineSchema),
  outlets: z.array(outletSchema),
  origins: z.array(originSchema),
  stories: z.array(storySchema),
  topics: z.array(topicSchema).check(z.minLength(1)),
  actors: z.array(actorSchema),
  anomalies: z.array(anomalySchema),
  /** Curated key events and phases (data/events.json); absent in corpora built before they existed. */
  events: z._default(z.array(eventSchema), () => []),
  phases: z._default(z.array(phaseSchema), () => []),
  /** Wire copies (see `wireCopySchema`); absent in corpora built before them. */
  copies: z.optional(z.array(wireCopySchema)),
  /** The rules behind headlines' `attributedBy`; absent in corpora built without them. */
  attributionRules: z.optional(z.array(attributionRuleSchema)),
  /** The framing lexicon behind headlines' `framing`; absent in corpora built without one. */
  framing: z.optional(framingSchema),
});

/**
 * Cross-references: ids are unique within their table, and every reference points at something.
 * Issues carry the JSON path (`headlines.3.outletId`) so an error names the field.
 */
/** The tables a headline or story refers to. */
type Tables = Pick<z.infer<typeof corpusShape>, 'outlets' | 'stories' | 'topics' | 'actors' | 'origins' | 'headlines' | 'background' | 'events' | 'phases'> &
  Partial<Pick<z.infer<typeof corpusShape>, 'copies' | 'attributionRules' | 'framing'>>;

/**
 * Cross-references: ids are unique within their table, and every reference points at something.
 * Issues carry the JSON path (`headlines.3.outletId`) so an error names the field.
 */
function checkReferences(c: Tables, ctx: z.core.$RefinementCtx, { eventHeadlines = true }: { eventHeadlines?: boolean } = {}): void {
  const index = <T extends { id: string }>(table: string, rows: readonly T[]): Set<string> => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.id)) ctx.addIssue({ code: 'custom', path: [table, i, 'id'], message: `duplicate id "${row.id}"` });
      seen.add(row.id);
    });
    return seen;
  };
  const outlets = index('outlets', c.outlets);
  const stories = index('stories', c.stories);
  const topics = index('topics', c.topics);
  const actors = index('actors', c.actors);
  const origins = index('origins', c.origins);
  const headlines = index('headlines', c.headlines);
  const missing = (path: (string | number)[], what: string, value: string) =>
    ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${value}"` });
  c.headlines.forEach((h, i) => {
    if (h.outletId !== null && !outlets.has(h.outletId)) missing(['headlines', i, 'outletId'], 'outlet', h.outletId);
    if (!stories.has(h.storyId)) missing(['headlines', i, 'storyId'], 'story', h.storyId);
    h.topics.forEach((t, j) => topics.has(t) || missing(['headlines', i, 'topics', j], 'topic', t));
    h.actors.forEach((a, j) => actors.has(a) || missing(['headlines', i, 'actors', j], 'actor', a));
  });
  c.outlets.forEach((o, i) => origins.has(o.origin) || missing(['outlets', i, 'origin'], 'origin', o.origin));
  const rules = index('attributionRules', c.attributionRules ?? []);
  c.headlines.forEach((h, i) => h.attributedBy?.forEach((r, j) => rules.has(r) || missing(['headlines', i, 'attributedBy', j], 'attribution rule', r)));
  const terms = index('framing.terms', c.framing?.terms ?? []);
  const groups = index('framing.groups', c.framing?.groups ?? []);
  c.framing?.terms.forEach((t, i) => groups.has(t.group) || missing(['framing', 'terms', i, 'group'], 'framing group', t.group));
  c.headlines.forEach((h, i) => h.framing?.forEach((t, j) => terms.has(t) || missing(['headlines', i, 'framing', j], 'framing term', t)));
  // Like the events', a split manifest's copies name headlines of its chunks: checked once joined.
  if (eventHeadlines) {
    index('copies', c.copies ?? []);
    c.copies?.forEach((cp, i) => {
      if (!stories.has(cp.storyId)) missing(['copies', i, 'storyId'], 'story', cp.storyId);
      cp.headlineIds.forEach((h, j) => headlines.has(h) || missing(['copies', i, 'headlineIds', j], 'headline', h));
      cp.outletIds.forEach((o, j) => outlets.has(o) || missing(['copies', i, 'outletIds', j], 'outlet', o));
    });
  }
  c.stories.forEach((s, i) => {
    s.headlineIds.forEach((h, j) => headlines.has(h) || missing(['stories', i, 'headlineIds', j], 'headline', h));
    s.outletIds.forEach((o, j) => outlets.has(o) || missing(['stories', i, 'outletIds', j], 'outlet', o));
  });
  const paragraphs = new Set(c.background?.sections.flatMap((s) => s.paragraphs.map((p) => p.id)) ?? []);
  index('events', c.events);
  index('phases', c.phases);
  const span = (table: string, i: number, row: { start: string; end: string }) => {
    if (row.end < row.start) ctx.addIssue({ code: 'custom', path: [table, i, 'end'], message: `ends (${row.end}) before it starts (${row.start})` });
  };
  c.phases.forEach((p, i) => span('phases', i, p));
  c.events.forEach((e, i) => {
    span('events', i, e);
    for (const key of ['actors', 'participants', 'declined'] as const) e[key].forEach((a, j) => actors.has(a) || missing(['events', i, key, j], 'actor', a));
    e.claims.forEach((cl, j) => cl.claimantActor === null || actors.has(cl.claimantActor) || missing(['events', i, 'claims', j, 'claimantActor'], 'actor', cl.claimantActor));
    // A split corpus's manifest holds the events but not the headlines: their ids are checked once joined.
    if (eventHeadlines) e.headlineIds.forEach((h, j) => headlines.has(h) || missing(['events', i, 'headlineIds', j], 'headline', h));
    e.paragraphIds.forEach((p, j) => paragraphs.has(p) || missing(['events', i, 'paragraphIds', j], 'paragraph', p));
  });
  c.background?.sections.forEach((s, i) =>
    s.paragraphs.forEach((p, j) => {
      p.actors.forEach((a, k) => actors.has(a) || missing(['background', 'sections', i, 'paragraphs', j, 'actors', k], 'actor', a));
      p.mentions.forEach((m, k) => {
        if (!actors.has(m.actorId)) missing(['background', 'sections', i, 'paragraphs', j, 'mentions', k, 'actorId'], 'actor', m.actorId);
        if (m.start >= m.end || m.end > p.text.length)
          ctx.addIssue({ code: 'custom', path: ['background', 'sections', i, 'paragraphs', j, 'mentions', k], message: 'mention outside its paragraph' });
      });
    }),
  );
}

export const corpusSchema = corpusShape.check(z.superRefine((c, ctx) => checkReferences(c, ctx)));

/**
 * A corpus split by month (`npm run corpus -- --split month`): a manifest with the tables, the article and
 * per-day counts, and one chunk file per month holding that month's stories with all their headlines
 * (a story belongs to the month of its first headline). Chunk paths are relative to the manifest.
 */
export const chunkRefSchema = z.object({
  id: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  path: z.string().check(z.regex(/^[A-Za-z0-9._-]+\.json$/)),
  start: calendarDate,
  end: calendarDate,
  headlineCount: z.int().check(z.nonnegative()),
});

export const manifestSchema = z
  .extend(z.omit(corpusShape, { headlines: true, stories: true }), {
    format: z.literal('split'),
    headlineCount: z.int().check(z.nonnegative()),
    /** Headlines per day over the whole corpus, `[day, count]`, for the overview before the chunks arrive. */
    dayCounts: z.array(z.tuple([calendarDate, z.int().check(z.positive())])),
    chunks: z.array(chunkRefSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((m, ctx) => {
      checkReferences({ ...m, headlines: [], stories: [] }, ctx, { eventHeadlines: false });
      checkChunkRefs(m, ctx);
    }),
  );

/**
 * A manifest's chunk list: each month once, each file once, dates in order, and the counts adding up (a
 * manifest listing one chunk twice would show its headlines twice).
 */
function checkChunkRefs(m: { headlineCount: number; chunks: readonly z.infer<typeof chunkRefSchema>[] }, ctx: z.core.$RefinementCtx): void {
  const ids = new Set<string>();
  const paths = new Set<string>();
  let sum = 0;
  m.chunks.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['chunks', i, 'id'], message: `month ${c.id} listed twice` });
    if (paths.has(c.path)) ctx.addIssue({ code: 'custom', path: ['chunks', i, 'path'], message: `file ${c.path} listed twice` });
    ids.add(c.id);
    paths.add(c.path);
    // A month's file holds the stories that begin in it, so its last headline may fall in the next month.
    if (c.start > c.end) ctx.addIssue({ code: 'custom', path: ['chunks', i], message: `its dates run backwards, ${c.start} to ${c.end}` });
    sum += c.headlineCount;
  });
  if (sum !== m.headlineCount) ctx.addIssue({ code: 'custom', path: ['headlineCount'], message: `${m.headlineCount} headlines, but the chunks hold ${sum}` });
}

export const chunkSchema = z.object({
  schemaVersion: z.literal(1),
  format: z.literal('chunk'),
  id: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  headlines: z.array(headlineSchema),
  stories: z.array(storySchema),
});

export type ChunkRef = z.infer<typeof chunkRefSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Chunk = z.infer<typeof chunkSchema>;

/**
 * A chunk checked against its manifest: its tables (outlets, topics, actors), and the manifest's entry for the
 * file it was fetched as (`chunkId`): the same month, as many headlines, every date in the entry's range. An
 * old manifest beside a newer chunk is refused, not shown with the wrong counts.
 */
export function chunkAgainstManifest(manifest: Manifest, chunkId?: string) {
  const ref = chunkId === undefined ? undefined : manifest.chunks.find((c) => c.id === chunkId);
  return chunkSchema.check(
    z.superRefine((chunk, ctx) => {
      checkReferences({ ...manifest, headlines: chunk.headlines, stories: chunk.stories, background: null, events: [], phases: [], copies: [] }, ctx);
      if (chunkId === undefined) return;
      if (!ref) return ctx.addIssue({ code: 'custom', path: ['id'], message: `the manifest lists no month ${chunkId}` });
      if (chunk.id !== ref.id) ctx.addIssue({ code: 'custom', path: ['id'], message: `the manifest's entry is month ${ref.id}, the file holds ${chunk.id}` });
      if (chunk.headlines.length !== ref.headlineCount)
        ctx.addIssue({ code: 'custom', path: ['headlines'], message: `the manifest says ${ref.headlineCount} headlines, the file holds ${chunk.headlines.length}` });
      chunk.headlines.forEach((h, i) => {
        if (h.date < ref.start || h.date > ref.end) ctx.addIssue({ code: 'custom', path: ['headlines', i, 'date'], message: `${h.date} is outside the manifest's ${ref.start} to ${ref.end}` });
      });
    }),
  );
}

export type Actor = z.infer<typeof actorSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Origin = z.infer<typeof originSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Headline = z.infer<typeof headlineSchema>;
export type HeadlineCut = NonNullable<Headline['cut']>;
export type Story = z.infer<typeof storySchema>;
export type WireCopy = z.infer<typeof wireCopySchema>;
export type AttributionRuleInfo = z.infer<typeof attributionRuleSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Background = z.infer<typeof backgroundSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type CorpusEvent = z.infer<typeof eventSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
