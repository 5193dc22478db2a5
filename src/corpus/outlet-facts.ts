/**
 * What a reader needs to weigh an outlet outside the US left/right scale: who owns it, and the language(s) it
 * publishes in (data/outlets.json `ownership`, `language`, each with its sources). Plain data with no zod, so
 * the app's lazy chunks can use it (the schema imports it too).
 */

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

/** How the app names each type, in a sentence ("Ownership: …"). */
export const ownershipLabels: Record<OwnershipType, string> = {
  'state-owned': 'state-owned',
  'state-funded': 'funded by a state, not owned by it',
  'public broadcaster': 'public broadcaster',
  private: 'privately owned',
  'party-owned': 'owned by a political party',
  'wire agency': 'wire agency',
  'government body': 'government or intergovernmental body',
  aggregator: 'aggregator',
  unknown: 'not known',
};

/** A BCP-47 language tag as the table writes it: `en`, `ur`, `fa-AF`, `ckb`. */
export const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The language's name in English, for a tag; the tag itself when the runtime cannot name it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
