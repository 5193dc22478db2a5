/**
 * The corpus format: one zod schema shared by the builder (scripts/corpus.ts) and the app.
 * A corpus is plain JSON, so every field here is documented in README.md ("Corpus format").
 */
import { z } from 'zod';
import { outletKinds } from './outlet-kinds';
import { isCalendarDate } from './dates';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'expected a real calendar date YYYY-MM-DD' });

/**
 * An id: what a link can carry (src/url/codec.ts accepts the same rule). A longer id would load, but a link
 * naming it would be refused: checking such an outlet and reloading would lose the filter.
 */
const id = z.string().regex(ID_PATTERN, { message: `expected a lowercase slug id of at most ${MAX_ID_LENGTH} characters` });
export { MAX_ID_LENGTH };

export const actorKinds = ['country', 'group', 'person', 'organisation', 'place'] as const;

export const actorSchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(actorKinds),
  aliases: z.array(z.string().min(1)),
});

export const topicSchema = z.object({
  id,
  label: z.string().min(1),
});

/** Outlet origin groups used by the "origin" lanes (Pakistani; Afghan; Indian; Gulf, Türkiye and Iran; Western ...). */
export const originSchema = z.object({
  id,
  label: z.string().min(1),
});

/** A web address a reader can open: http(s) only (never `javascript:` or `data:`), no credentials. */
export const webUrl = z
  .string()
  .max(2000)
  .refine(
    (u) => {
      try {
        const url = new URL(u);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    },
    { message: 'expected an http(s) URL' },
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

export const outletSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Where the outlet is based ("Pakistan", "US", "Türkiye", ... or "Unknown"). */
  country: z.string().min(1),
  /** Id of an entry in `origins`. */
  origin: id,
  /** What it is (data/outlets.json; "news" unless the table says otherwise); null for an outlet the table does not know. */
  kind: z.enum(outletKinds).nullable().default(null),
  /** A sentence on what it is, in the project's words, and the pages that say so (`date` null when a page gives none). */
  about: z
    .object({
      text: z.string().min(1),
      sources: z.array(z.object({ publisher: z.string().min(1), url: webUrl, date: calendarDate.nullable() })).min(1),
    })
    .optional(),
  /** Who owns it (data/outlets.json), with the pages that say so; `unknown`, or absent: not known. */
  ownership: z.object({ value: z.enum(ownershipTypes), note: z.string().min(1).optional(), sources: z.array(z.object({ publisher: z.string().min(1), url: webUrl, date: calendarDate.nullable() })) }).optional(),
  /** The language(s) it publishes in, BCP-47, with the pages that say so; `unknown`, or absent: not known. */
  language: z
    .object({ value: z.union([z.literal('unknown'), z.array(z.string().regex(BCP47)).min(1)]), note: z.string().min(1).optional(), sources: z.array(z.object({ publisher: z.string().min(1), url: webUrl, date: calendarDate.nullable() })) })
    .optional(),
  headlineCount: z.number().int().nonnegative(),
});

export const headlineSchema = z.object({
  /** Stable: the same input line gives the same id. */
  id,
  title: z.string().min(1),
  /** A trailing section label cut from the title (`| Latest News India`), or null. */
  section: z.string().nullable(),
  /** Null where the line names no outlet. */
  outletId: id.nullable(),
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
  cut: z
    .discriminatedUnion('by', [
      z.object({ by: z.literal('ellipsis'), certainty: z.literal('certain') }),
      z.object({ by: z.literal('mid-word'), certainty: z.literal('probable'), fragment: z.string().min(1), completion: z.string().min(1) }),
    ])
    .optional(),
  storyId: id,
  topics: z.array(id).min(1),
  actors: z.array(id),
  /** 1-based line number in the source page (of the first page it was found on). */
  sourceLine: z.number().int().positive(),
  /**
   * Built from several pages: every place the headline was found (page file name, 1-based line), in page and
   * line order; one headline found on several pages is one headline.
   */
  sources: z.array(z.object({ page: z.string().min(1), line: z.number().int().positive() })).min(1).optional(),
  /**
   * The ids of the attribution rules (`attributionRules`, data/attribution.json) its title matches: "Pakistan
   * says…", a quoted statement… Empty: it states what it reports in its own voice. Absent: built without rules.
   */
  attributedBy: z.array(id).optional(),
  /** The framing terms (`framing.terms`, data/framing.json) its title uses, in the lexicon's order. Absent: built without a lexicon. */
  framing: z.array(id).optional(),
}).refine((h) => h.truncated === (h.cut !== undefined), { message: 'a truncated headline says how it was cut (cut), and only a truncated one', path: ['cut'] });

export const storySchema = z.object({
  id,
  label: z.string().min(1),
  headlineIds: z.array(id).min(1),
  outletIds: z.array(id),
  firstDate: calendarDate,
  lastDate: calendarDate,
});

/** A span of a paragraph's text that names an actor: `text.slice(start, end)`. */
export const mentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  actorId: id,
});

export const paragraphSchema = z.object({
  id,
  text: z.string().min(1),
  actors: z.array(id),
  mentions: z.array(mentionSchema),
});

export const sectionSchema = z.object({
  id,
  /** Null for the opening section, which has no heading. */
  heading: z.string().nullable(),
  paragraphs: z.array(paragraphSchema),
});

export const mentionedYearSchema = z.object({
  year: z.number().int(),
  /** Each sentence of the article that names the year; `paragraphId` null for the photo caption. */
  sentences: z.array(z.object({ text: z.string().min(1), paragraphId: id.nullable() })).min(1),
});

export const backgroundSchema = z.object({
  title: z.string().min(1),
  outlet: z.string().min(1),
  year: z.number().int(),
  author: z.string().nullable(),
  authorBio: z.string().nullable(),
  standfirst: z.string().nullable(),
  image: z.object({ caption: z.string(), credit: z.string().nullable() }).nullable(),
  sections: z.array(sectionSchema),
  relatedLinks: z.array(z.string().min(1)),
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
  page: z.string().optional(),
  /** 1-based line number in the source page. */
  line: z.number().int().positive(),
  message: z.string(),
});

/** Where a curated fact comes from: a page someone on the team read. */
export const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: webUrl,
  /** The page's publication day. */
  date: calendarDate,
  /** The page showed no headline we could read: the title describes it. */
  titleDescriptive: z.boolean().optional(),
  /** The page gave no clear date: the day is inferred from its content. */
  dateApproximate: z.boolean().optional(),
});

/** A local time a source gives, with its IANA zone (`18:00` in `Asia/Karachi`). */
export const eventTimeSchema = z.object({
  local: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected HH:MM' }),
  zone: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
});

export const eventKinds = ['attack', 'strike', 'clash', 'truce', 'talks', 'agreement', 'statement', 'border-closure', 'conference', 'visit', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

/** A figure inside a claim, as a number with what it counts ("23", "Pakistani soldiers killed"). */
export const figureSchema = z.object({
  value: z.number().nonnegative(),
  what: z.string().min(1),
});

/** What someone said, in their name: never stated as fact by the app. */
export const claimSchema = z.object({
  /** Who made it ("Pakistan's military (ISPR)"). */
  claimant: z.string().min(1),
  /** The claimant's actor id where the gazetteer has one (their country or group). */
  claimantActor: id.nullable(),
  date: calendarDate,
  text: z.string().min(1),
  figures: z.array(figureSchema),
  sources: z.array(sourceSchema).min(1),
});

/** Where sources disagree (a date, who asked for a truce): every version, each with its sources. */
export const disputeSchema = z.object({
  about: z.string().min(1),
  versions: z.array(z.object({ text: z.string().min(1), sources: z.array(sourceSchema).min(1) })).min(2),
});

export const eventSchema = z.object({
  id,
  /** Short and neutral, reads whole in a timeline label. */
  title: z.string().min(1).max(60),
  /** One paragraph in the project's own words. */
  summary: z.string().min(1),
  start: calendarDate,
  /** Equal to `start` for a one-day event. */
  end: calendarDate,
  time: eventTimeSchema.nullable(),
  kind: z.enum(eventKinds),
  places: z.array(z.string().min(1)),
  actors: z.array(id),
  /** For a meeting: who took part and who declined (actor ids). */
  participants: z.array(id),
  declined: z.array(id),
  sources: z.array(sourceSchema).min(1),
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
  label: z.string().min(1).max(60),
  start: calendarDate,
  end: calendarDate,
  sources: z.array(sourceSchema).min(1),
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
  headlineIds: z.array(id).min(2),
  /** The outlets that carried it, in the order they listed it. */
  outletIds: z.array(id).min(2),
  firstDate: calendarDate,
  agency: z.object({ name: z.string().min(1), outletId: id.nullable(), by: z.enum(['outlet', 'title', 'alias']) }).nullable(),
});

/** An attribution rule as the app shows it (data/attribution.json). */
export const attributionRuleSchema = z.object({
  id,
  label: z.string().min(1),
  pattern: z.string().min(1),
  note: z.string().min(1),
});

/**
 * The framing lexicon as the app shows it (data/framing.json): groups of alternative terms, each with a note
 * on who uses it and the pages that say so (`date` null when a page gives none).
 */
export const framingSchema = z.object({
  groups: z.array(z.object({ id, label: z.string().min(1) })),
  terms: z.array(
    z.object({
      id,
      label: z.string().min(1),
      group: id,
      note: z.string().min(1),
      sources: z.array(z.object({ publisher: z.string().min(1), url: webUrl, date: calendarDate.nullable() })).min(1),
    }),
  ),
});

const corpusShape = z.object({
  schemaVersion: z.literal(1),
  /** Name of the page the corpus was built from (a file name, no path). */
  source: z.string(),
  /** First and last headline dates. */
  range: z.object({ start: calendarDate, end: calendarDate }),
  background: backgroundSchema.nullable(),
  headlines: z.array(headlineSchema),
  outlets: z.array(outletSchema),
  origins: z.array(originSchema),
  stories: z.array(storySchema),
  topics: z.array(topicSchema).min(1),
  actors: z.array(actorSchema),
  anomalies: z.array(anomalySchema),
  /** Curated key events and phases (data/events.json); absent in corpora built before they existed. */
  events: z.array(eventSchema).default([]),
  phases: z.array(phaseSchema).default([]),
  /** Wire copies (see `wireCopySchema`); absent in corpora built before them. */
  copies: z.array(wireCopySchema).optional(),
  /** The rules behind headlines' `attributedBy`; absent in corpora built without them. */
  attributionRules: z.array(attributionRuleSchema).optional(),
  /** The framing lexicon behind headlines' `framing`; absent in corpora built without one. */
  framing: framingSchema.optional(),
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
function checkReferences(c: Tables, ctx: z.RefinementCtx, { eventHeadlines = true }: { eventHeadlines?: boolean } = {}): void {
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

export const corpusSchema = corpusShape.superRefine(checkReferences);

/**
 * A corpus split by month (`npm run corpus -- --split month`): a manifest with the tables, the article and
 * per-day counts, and one chunk file per month holding that month's stories with all their headlines
 * (a story belongs to the month of its first headline). Chunk paths are relative to the manifest.
 */
export const chunkRefSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}$/),
  path: z.string().regex(/^[A-Za-z0-9._-]+\.json$/),
  start: calendarDate,
  end: calendarDate,
  headlineCount: z.number().int().nonnegative(),
});

export const manifestSchema = corpusShape
  .omit({ headlines: true, stories: true })
  .extend({
    format: z.literal('split'),
    headlineCount: z.number().int().nonnegative(),
    /** Headlines per day over the whole corpus, `[day, count]`, for the overview before the chunks arrive. */
    dayCounts: z.array(z.tuple([calendarDate, z.number().int().positive()])),
    chunks: z.array(chunkRefSchema).min(1),
  })
  .superRefine((m, ctx) => {
    checkReferences({ ...m, headlines: [], stories: [] }, ctx, { eventHeadlines: false });
    checkChunkRefs(m, ctx);
  });

/**
 * A manifest's chunk list: each month once, each file once, dates in order, and the counts adding up (a
 * manifest listing one chunk twice would show its headlines twice).
 */
function checkChunkRefs(m: { headlineCount: number; chunks: readonly z.infer<typeof chunkRefSchema>[] }, ctx: z.RefinementCtx): void {
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
  id: z.string().regex(/^\d{4}-\d{2}$/),
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
  return chunkSchema.superRefine((chunk, ctx) => {
    checkReferences({ ...manifest, headlines: chunk.headlines, stories: chunk.stories, background: null, events: [], phases: [], copies: [] }, ctx);
    if (chunkId === undefined) return;
    if (!ref) return ctx.addIssue({ code: 'custom', path: ['id'], message: `the manifest lists no month ${chunkId}` });
    if (chunk.id !== ref.id) ctx.addIssue({ code: 'custom', path: ['id'], message: `the manifest's entry is month ${ref.id}, the file holds ${chunk.id}` });
    if (chunk.headlines.length !== ref.headlineCount)
      ctx.addIssue({ code: 'custom', path: ['headlines'], message: `the manifest says ${ref.headlineCount} headlines, the file holds ${chunk.headlines.length}` });
    chunk.headlines.forEach((h, i) => {
      if (h.date < ref.start || h.date > ref.end) ctx.addIssue({ code: 'custom', path: ['headlines', i, 'date'], message: `${h.date} is outside the manifest's ${ref.start} to ${ref.end}` });
    });
  });
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
