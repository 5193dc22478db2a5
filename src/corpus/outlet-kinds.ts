/**
 * What an outlet is: the kinds of data/outlets.json and how the app names them. Plain data with no zod, so the
 * main bundle can use it (the schema, and zod with it, load only in the check's worker).
 */

/** A news outlet, a wire agency, a government or international body, an aggregator, a think tank. */
export const outletKinds = ['news', 'wire', 'official', 'aggregator', 'research'] as const;
export type OutletKind = (typeof outletKinds)[number];

/** How the app names each kind. */
export const outletKindLabels: Record<OutletKind, string> = {
  news: 'news outlet',
  wire: 'wire agency',
  official: 'government or international body',
  aggregator: 'aggregator',
  research: 'think tank or institute',
};
