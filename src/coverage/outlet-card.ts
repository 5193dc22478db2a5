/**
 * An outlet's card as data: who owns it and what language it publishes in, each with the pages that say so,
 * or "not known" when data/outlets.json gives no source (never a guess). Pure.
 */
import type { Outlet } from '../corpus/schema';
import { outletKindLabels } from '../corpus/outlet-kinds';
import { languageName, ownershipLabels } from '../corpus/outlet-facts';

export interface FactSource {
  readonly publisher: string;
  readonly url: string;
  readonly date: string | null;
}

export interface OutletFact {
  readonly label: 'Ownership' | 'Language';
  /** What the app says: the value in words, or "not known". */
  readonly text: string;
  readonly known: boolean;
  readonly note: string | null;
  readonly sources: readonly FactSource[];
}

export interface OutletCardData {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  /** What it is ("news outlet", "wire agency"…), or null when the table does not know the outlet. */
  readonly kind: string | null;
  readonly about: Outlet['about'] | null;
  readonly facts: readonly [OutletFact, OutletFact];
  readonly headlineCount: number;
}

export function outletCard(o: Outlet): OutletCardData {
  const ownership: OutletFact =
    o.ownership === undefined
      ? { label: 'Ownership', text: 'not known', known: false, note: null, sources: [] }
      : { label: 'Ownership', text: ownershipLabels[o.ownership.value], known: o.ownership.value !== 'unknown', note: o.ownership.note ?? null, sources: o.ownership.sources };
  const lang = o.language;
  const language: OutletFact =
    lang === undefined || lang.value === 'unknown'
      ? { label: 'Language', text: 'not known', known: false, note: lang?.note ?? null, sources: lang?.sources ?? [] }
      : { label: 'Language', text: lang.value.map(languageName).join(', '), known: true, note: lang.note ?? null, sources: lang.sources };
  return {
    id: o.id,
    name: o.name,
    country: o.country,
    kind: o.kind === null ? null : outletKindLabels[o.kind],
    about: o.about ?? null,
    facts: [ownership, language],
    headlineCount: o.headlineCount,
  };
}
