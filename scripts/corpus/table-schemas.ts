/**
 * The zod schemas of the curated tables under `data/` (outlets, origins, topics, actors, articles) and the
 * types of their rows. Schemas and types only: the modules that compile or check the tables (actors.ts,
 * topics.ts, tables.ts) import from here, never the other way round.
 */
import { z } from 'zod';
import { actorKinds } from '../../src/corpus/schema';

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

/** An outlet of outlets.json as the build uses it: its id (the slug of its name) and origin resolved. */
export interface OutletEntry {
  id: string;
  name: string;
  country: string;
  origin: string;
}
