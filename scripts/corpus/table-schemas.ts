/**
 * The zod schemas of the curated tables under `data/` (outlets, origins, topics, actors, articles) and the
 * types of their rows. Schemas and types only: the modules that compile or check the tables (actors.ts,
 * topics.ts, tables.ts) import from here, never the other way round.
 */
import * as z from 'zod/mini';
import { actorKinds, BCP47, calendarDate, eventKinds, outletKinds, ownershipTypes, sourceSchema, webUrl, type OutletKind } from '../../src/corpus/schema';

const note = z.optional(z.string());
/** A string with something in it once trimmed (the trimmed text is what the build gets). */
const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const slugId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase slug id'));

/** A page a curated fact comes from: publisher, address, and its date (null when the page gives none). */
const factSource = z.strictObject({ publisher: nonEmpty, url: webUrl, date: z.nullable(calendarDate), note });

/**
 * Facts about an outlet with the pages that say so, in our own words (`note` for what the value alone cannot
 * say: "legally a private foundation, funded by the state"). Unknown: no source, and the app says so.
 */
const knownHasSource = { error: 'a known fact gives at least one source', path: ['sources'] };
const ownershipFact = z
  .strictObject({ value: z.enum(ownershipTypes), note: z.optional(nonEmpty), sources: z.array(factSource) })
  .check(z.refine((f) => f.value === 'unknown' || f.sources.length > 0, knownHasSource));
const languageFact = z
  .strictObject({
    value: z.union([z.literal('unknown'), z.array(z.string().check(z.regex(BCP47, 'expected a BCP-47 tag'))).check(z.minLength(1))]),
    note: z.optional(nonEmpty),
    sources: z.array(factSource),
  })
  .check(z.refine((f) => f.value === 'unknown' || f.sources.length > 0, knownHasSource));

/** The longest name or alias of an outlet: outlets.ts tries no longer suffix of a line. */
export const MAX_ALIAS_LENGTH = 120;
const aliasText = nonEmpty.check(z.maxLength(MAX_ALIAS_LENGTH));

export const outletsFileSchema = z.strictObject({
  note,
  /**
   * Words that mark a long string in the outlet position (more than 8 words) as an organisation's full name
   * ("Ministry", "University", "Office"): see outlets.ts. Compared in lower case.
   */
  organisationWords: z._default(z.array(nonEmpty), () => []),
  outlets: z.array(
    z
      .strictObject({
        /** Canonical name; its slug is the outlet id. */
        name: aliasText,
        /** Where the outlet is based, a country name known to origins.json (or "Unknown"). */
        country: nonEmpty,
        /** Raw strings seen on pages for this outlet (the name itself is always an alias). */
        aliases: z.array(aliasText),
        /** What it is; "news" when absent. Any other kind says why in `about`. */
        kind: z.optional(z.enum(outletKinds)),
        /** Who owns it (`unknown` when no source says): see src/corpus/outlet-facts.ts. */
        ownership: z.optional(ownershipFact),
        /** The language(s) it publishes in, BCP-47 (`en`, `ur`, `fa-AF`), or `unknown`. */
        language: z.optional(languageFact),
        /** A sentence on what it is, in our own words (shown in the app), and the page that says so. */
        about: z.optional(
          z.strictObject({
            text: nonEmpty,
            sources: z.array(z.strictObject({ publisher: nonEmpty, url: webUrl, date: z.nullable(calendarDate), note })).check(z.minLength(1)),
          }),
        ),
        note,
      })
      .check(
        z.refine((o) => o.kind === undefined || o.kind === 'news' || o.about !== undefined, {
          error: 'an outlet of a kind other than "news" says what it is, with a source, in "about"',
          path: ['about'],
        }),
      ),
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
   * only breaks ties between equal scores (topics.ts); the two need not agree.
   */
  displayOrder: z.optional(z.array(slugId)),
  topics: z.array(
    z.strictObject({
      id: slugId,
      label: nonEmpty,
      /**
       * Case-insensitive regular expressions, each matched on word boundaries; any one matching is enough.
       * A pattern may end with " ×N", its weight in the topic's score (default 1; see topics.ts).
       */
      patterns: z.array(nonEmpty),
      /** Optional: one of these must match as well. */
      requires: z.optional(z.array(nonEmpty)),
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
      /**
       * Phrases holding one of its names that do not name it ("Model United Nations", "Indian border": a club,
       * a place): a mention inside one is dropped. Case-insensitive, on word boundaries.
       */
      exclude: z.optional(z.array(nonEmpty)),
      /**
       * Actors a mention of it names as well: a capital standing for its government (Kabul → Afghanistan), a
       * name that holds a country ("Afghanistan Taliban"). `via`: only these of its names (default: all);
       * `unless`: not inside these phrases ("Islamabad-based" places someone, it names no government).
       */
      implies: z.optional(z.array(z.strictObject({ actor: slugId, via: z.optional(z.array(nonEmpty)), unless: z.optional(z.array(nonEmpty)), note }))),
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
      year: z.int().check(z.gte(1900), z.lte(2099)),
      /** Short lines between paragraphs that are section headings. */
      headings: z.array(nonEmpty),
      /** Short lines between paragraphs that are inline links to related articles. */
      relatedLinks: z.array(nonEmpty),
      note,
    }),
  ),
});

/** data/event-sources.json: every page the events cite, by a short id. */
export const eventSourcesFileSchema = z.strictObject({
  note,
  sources: z.record(
    slugId,
    z.strictObject({
      ...sourceSchema.shape,
      /** The page showed no headline we could read: the title describes it. */
      titleDescriptive: z.optional(z.boolean()),
      /** The page gave no clear date: the day is inferred from its content. */
      dateApproximate: z.optional(z.boolean()),
      note,
    }),
  ),
});

const sourceRefs = z.array(slugId).check(z.minLength(1));

/**
 * How a headline is joined to an event: its title matches one of `any` (regular expressions on word
 * boundaries, as in topics.json), each of `all`, none of `none`; it names one of `actors` when given; and it was
 * listed on a day from the event's start to `lag` days after its end (a listing comes later than the news).
 */
const matchRule = z.strictObject({
  any: z.array(nonEmpty).check(z.minLength(1)),
  all: z.optional(z.array(nonEmpty)),
  none: z.optional(z.array(nonEmpty)),
  actors: z.optional(z.array(slugId)),
  lag: z.optional(z.int().check(z.gte(0), z.lte(60))),
});

export const eventsFileSchema = z.strictObject({
  note,
  events: z.array(
    z.strictObject({
      id: slugId,
      /** Short, neutral, reads whole in a timeline label. */
      title: nonEmpty.check(z.maxLength(48)),
      summary: nonEmpty,
      start: calendarDate,
      end: calendarDate,
      time: z.optional(z.strictObject({ local: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)), zone: nonEmpty, sources: sourceRefs, note })),
      kind: z.enum(eventKinds),
      places: z.array(nonEmpty),
      actors: z.array(slugId),
      participants: z.optional(z.array(slugId)),
      declined: z.optional(z.array(slugId)),
      sources: sourceRefs,
      claims: z.optional(
        z.array(
          z.strictObject({
            claimant: nonEmpty,
            claimantActor: z.nullable(slugId),
            date: calendarDate,
            text: nonEmpty,
            figures: z.array(z.strictObject({ value: z.number().check(z.nonnegative()), what: nonEmpty })),
            sources: sourceRefs,
          }),
        ),
      ),
      disputes: z.optional(
        z.array(z.strictObject({ about: nonEmpty, versions: z.array(z.strictObject({ text: nonEmpty, sources: sourceRefs })).check(z.minLength(2)) })),
      ),
      /** Exact phrases of a background article that anticipate the event (located in its paragraphs). */
      passages: z.optional(z.array(nonEmpty)),
      match: matchRule,
      /** Headlines joined whatever the rule says: a phrase their title contains (case and punctuation ignored). */
      include: z.optional(z.array(nonEmpty)),
      /** Headlines never joined, likewise. */
      exclude: z.optional(z.array(nonEmpty)),
      note,
    }),
  ),
  phases: z.array(z.strictObject({ id: slugId, label: nonEmpty.check(z.maxLength(48)), start: calendarDate, end: calendarDate, sources: sourceRefs, note })),
});

/**
 * data/attribution.json: the rules that tell an attributed headline ("Pakistan says…", "…, UN warns", a quoted
 * statement) from one in the outlet's own voice, each with the titles it must and must not match; and the
 * names of wire agencies that are no outlet of outlets.json (for wire copies).
 */
export const attributionFileSchema = z.strictObject({
  note,
  rules: z
    .array(
      z.strictObject({
        id: slugId,
        /** How the app names the rule. */
        label: nonEmpty.check(z.maxLength(60)),
        /** A JavaScript regular expression tested against the title; case-insensitive unless `caseSensitive`. */
        pattern: nonEmpty,
        caseSensitive: z.optional(z.boolean()),
        note: nonEmpty,
        /** Titles the rule must match, and must not: checked when the table loads. */
        examples: z.array(nonEmpty).check(z.minLength(1)),
        counterExamples: z._default(z.array(nonEmpty), () => []),
      }),
    )
    .check(z.minLength(1)),
  agencies: z._default(z.array(z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty), note })), () => []),
});

/**
 * data/framing.json: contested terms and their alternatives, in groups (one thing, several names: "martyred",
 * "killed", "neutralised"), each term with the word forms that mark it, a note on who uses it and the pages
 * that say so, and titles it must and must not match (checked when the table loads). See framing.ts.
 */
export const framingFileSchema = z.strictObject({
  note,
  groups: z
    .array(
      z.strictObject({
        id: slugId,
        label: nonEmpty.check(z.maxLength(60)),
        terms: z
          .array(
            z.strictObject({
              id: slugId,
              label: nonEmpty.check(z.maxLength(40)),
              /** Words or phrases, matched whole, case ignored, the last word with an optional plural -s/-es. */
              forms: z.array(nonEmpty.check(z.maxLength(60))).check(z.minLength(1)),
              /** Who uses it, in our own words. */
              note: nonEmpty,
              sources: z.array(factSource).check(z.minLength(1)),
              examples: z.array(nonEmpty).check(z.minLength(1)),
              counterExamples: z._default(z.array(nonEmpty), () => []),
            }),
          )
          .check(z.minLength(2)),
      }),
    )
    .check(z.minLength(1)),
});

export type FramingFile = z.infer<typeof framingFileSchema>;

export type EventSourcesFile = z.infer<typeof eventSourcesFileSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;
export type AttributionFile = z.infer<typeof attributionFileSchema>;
export type EventEntry = EventsFile['events'][number];

export type OutletsFile = z.infer<typeof outletsFileSchema>;
export type OriginsFile = z.infer<typeof originsFileSchema>;
export type TopicsFile = z.infer<typeof topicsFileSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type ArticlesFile = z.infer<typeof articlesFileSchema>;
export type ActorEntry = ActorsFile['actors'][number];
export type TopicRule = TopicsFile['topics'][number];
export type ArticleAnnotation = ArticlesFile['articles'][number];

/** An outlet of outlets.json as the build uses it: its id (the slug of its name) and origin resolved. */
export interface OutletEntry {
  id: string;
  name: string;
  country: string;
  origin: string;
  kind: OutletKind;
  about?: OutletsFile['outlets'][number]['about'];
  ownership?: OutletsFile['outlets'][number]['ownership'];
  language?: OutletsFile['outlets'][number]['language'];
}
