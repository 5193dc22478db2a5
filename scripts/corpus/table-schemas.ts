/**
 * The zod schemas of the curated tables under `data/` (outlets, origins, topics, actors, articles) and the
 * types of their rows. Schemas and types only: the modules that compile or check the tables (actors.ts,
 * topics.ts, tables.ts) import from here, never the other way round.
 */
import { z } from 'zod';
import { actorKinds, BCP47, calendarDate, eventKinds, outletKinds, ownershipTypes, sourceSchema, webUrl, type OutletKind } from '../../src/corpus/schema';

const note = z.string().optional();
const nonEmpty = z.string().trim().min(1);
const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected a lowercase slug id' });

/** A page a curated fact comes from: publisher, address, and its date (null when the page gives none). */
const factSource = z.strictObject({ publisher: nonEmpty, url: webUrl, date: calendarDate.nullable(), note });

/**
 * Facts about an outlet with the pages that say so, in our own words (`note` for what the value alone cannot
 * say: "legally a private foundation, funded by the state"). Unknown: no source, and the app says so.
 */
const knownHasSource = { message: 'a known fact gives at least one source', path: ['sources'] };
const ownershipFact = z
  .strictObject({ value: z.enum(ownershipTypes), note: nonEmpty.optional(), sources: z.array(factSource) })
  .refine((f) => f.value === 'unknown' || f.sources.length > 0, knownHasSource);
const languageFact = z
  .strictObject({
    value: z.union([z.literal('unknown'), z.array(z.string().regex(BCP47, { message: 'expected a BCP-47 tag' })).min(1)]),
    note: nonEmpty.optional(),
    sources: z.array(factSource),
  })
  .refine((f) => f.value === 'unknown' || f.sources.length > 0, knownHasSource);

/** The longest name or alias of an outlet: outlets.ts tries no longer suffix of a line. */
export const MAX_ALIAS_LENGTH = 120;
const aliasText = nonEmpty.max(MAX_ALIAS_LENGTH);

export const outletsFileSchema = z.strictObject({
  note,
  /**
   * Words that mark a long string in the outlet position (more than 8 words) as an organisation's full name
   * ("Ministry", "University", "Office"): see outlets.ts. Compared in lower case.
   */
  organisationWords: z.array(nonEmpty).default([]),
  outlets: z.array(
    z.strictObject({
      /** Canonical name; its slug is the outlet id. */
      name: aliasText,
      /** Where the outlet is based, a country name known to origins.json (or "Unknown"). */
      country: nonEmpty,
      /** Raw strings seen on pages for this outlet (the name itself is always an alias). */
      aliases: z.array(aliasText),
      /** What it is; "news" when absent. Any other kind says why in `about`. */
      kind: z.enum(outletKinds).optional(),
      /** Who owns it (`unknown` when no source says): see src/corpus/outlet-facts.ts. */
      ownership: ownershipFact.optional(),
      /** The language(s) it publishes in, BCP-47 (`en`, `ur`, `fa-AF`), or `unknown`. */
      language: languageFact.optional(),
      /** A sentence on what it is, in our own words (shown in the app), and the page that says so. */
      about: z
        .strictObject({
          text: nonEmpty,
          sources: z.array(z.strictObject({ publisher: nonEmpty, url: webUrl, date: calendarDate.nullable(), note })).min(1),
        })
        .optional(),
      note,
    }).refine((o) => o.kind === undefined || o.kind === 'news' || o.about !== undefined, {
      message: 'an outlet of a kind other than "news" says what it is, with a source, in "about"',
      path: ['about'],
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
   * only breaks ties between equal scores (topics.ts); the two need not agree.
   */
  displayOrder: z.array(slugId).optional(),
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
      /**
       * Phrases holding one of its names that do not name it ("Model United Nations", "Indian border": a club,
       * a place): a mention inside one is dropped. Case-insensitive, on word boundaries.
       */
      exclude: z.array(nonEmpty).optional(),
      /**
       * Actors a mention of it names as well: a capital standing for its government (Kabul → Afghanistan), a
       * name that holds a country ("Afghanistan Taliban"). `via`: only these of its names (default: all);
       * `unless`: not inside these phrases ("Islamabad-based" places someone, it names no government).
       */
      implies: z
        .array(z.strictObject({ actor: slugId, via: z.array(nonEmpty).optional(), unless: z.array(nonEmpty).optional(), note }))
        .optional(),
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

/** data/event-sources.json: every page the events cite, by a short id. */
export const eventSourcesFileSchema = z.strictObject({
  note,
  sources: z.record(
    slugId,
    z.strictObject({
      ...sourceSchema.shape,
      /** The page showed no headline we could read: the title describes it. */
      titleDescriptive: z.boolean().optional(),
      /** The page gave no clear date: the day is inferred from its content. */
      dateApproximate: z.boolean().optional(),
      note,
    }),
  ),
});

const sourceRefs = z.array(slugId).min(1);

/**
 * How a headline is joined to an event: its title matches one of `any` (regular expressions on word
 * boundaries, as in topics.json), each of `all`, none of `none`; it names one of `actors` when given; and it was
 * listed on a day from the event's start to `lag` days after its end (a listing comes later than the news).
 */
const matchRule = z.strictObject({
  any: z.array(nonEmpty).min(1),
  all: z.array(nonEmpty).optional(),
  none: z.array(nonEmpty).optional(),
  actors: z.array(slugId).optional(),
  lag: z.number().int().min(0).max(60).optional(),
});

export const eventsFileSchema = z.strictObject({
  note,
  events: z.array(
    z.strictObject({
      id: slugId,
      /** Short, neutral, reads whole in a timeline label. */
      title: nonEmpty.max(48),
      summary: nonEmpty,
      start: calendarDate,
      end: calendarDate,
      time: z.strictObject({ local: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), zone: nonEmpty, sources: sourceRefs, note }).optional(),
      kind: z.enum(eventKinds),
      places: z.array(nonEmpty),
      actors: z.array(slugId),
      participants: z.array(slugId).optional(),
      declined: z.array(slugId).optional(),
      sources: sourceRefs,
      claims: z
        .array(
          z.strictObject({
            claimant: nonEmpty,
            claimantActor: slugId.nullable(),
            date: calendarDate,
            text: nonEmpty,
            figures: z.array(z.strictObject({ value: z.number().nonnegative(), what: nonEmpty })),
            sources: sourceRefs,
          }),
        )
        .optional(),
      disputes: z.array(z.strictObject({ about: nonEmpty, versions: z.array(z.strictObject({ text: nonEmpty, sources: sourceRefs })).min(2) })).optional(),
      /** Exact phrases of a background article that anticipate the event (located in its paragraphs). */
      passages: z.array(nonEmpty).optional(),
      match: matchRule,
      /** Headlines joined whatever the rule says: a phrase their title contains (case and punctuation ignored). */
      include: z.array(nonEmpty).optional(),
      /** Headlines never joined, likewise. */
      exclude: z.array(nonEmpty).optional(),
      note,
    }),
  ),
  phases: z.array(z.strictObject({ id: slugId, label: nonEmpty.max(48), start: calendarDate, end: calendarDate, sources: sourceRefs, note })),
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
        label: nonEmpty.max(60),
        /** A JavaScript regular expression tested against the title; case-insensitive unless `caseSensitive`. */
        pattern: nonEmpty,
        caseSensitive: z.boolean().optional(),
        note: nonEmpty,
        /** Titles the rule must match, and must not: checked when the table loads. */
        examples: z.array(nonEmpty).min(1),
        counterExamples: z.array(nonEmpty).default([]),
      }),
    )
    .min(1),
  agencies: z.array(z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty), note })).default([]),
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
        label: nonEmpty.max(60),
        terms: z
          .array(
            z.strictObject({
              id: slugId,
              label: nonEmpty.max(40),
              /** Words or phrases, matched whole, case ignored, the last word with an optional plural -s/-es. */
              forms: z.array(nonEmpty.max(60)).min(1),
              /** Who uses it, in our own words. */
              note: nonEmpty,
              sources: z.array(factSource).min(1),
              examples: z.array(nonEmpty).min(1),
              counterExamples: z.array(nonEmpty).default([]),
            }),
          )
          .min(2),
      }),
    )
    .min(1),
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
