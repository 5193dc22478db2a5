/**
 * What a reader needs to weigh an outlet outside the US left/right scale: who owns it, and the language(s) it
 * publishes in (data/outlets.json `ownership`, `language`, each with its sources; the types are in schema.ts).
 * How the app names them: plain data with no zod, for the outlet card's lazy chunk.
 */
import type { OwnershipType } from './schema';

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

/** The language's name in English, for a tag; the tag itself when the runtime cannot name it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
