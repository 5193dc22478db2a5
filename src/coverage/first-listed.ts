/**
 * Who listed an event first, by origin group, told honestly: the corpus knows listing days only (the
 * aggregator's day, a day or two after publication), so "first" is the earliest listing day, and every origin
 * whose outlets listed the event on that day shares it: a tie is shown as a tie, never broken by the order of
 * lines within a day.
 *
 * Pure.
 */
export interface FirstListed {
  /** The earliest listing day, or null when no headline lists the event. */
  readonly day: string | null;
  /** The origins that listed it that day (more than one: a tie), in the columns' order. */
  readonly first: readonly string[];
  /** The other origins, each with its own first listing day, earliest first (ties in the columns' order). */
  readonly later: readonly { readonly origin: string; readonly day: string }[];
}

/**
 * `cells`: per origin (in column order), the listing days of its headlines on the event. Origins with no
 * headline are left out of both lists.
 */
export function firstListed(cells: readonly { readonly origin: string; readonly days: readonly string[] }[]): FirstListed {
  const earliest = cells
    .map(({ origin, days }, i) => ({ origin, i, day: days.reduce<string | null>((m, d) => (m === null || d < m ? d : m), null) }))
    .filter((c): c is { origin: string; i: number; day: string } => c.day !== null);
  if (earliest.length === 0) return { day: null, first: [], later: [] };
  const day = earliest.reduce((m, c) => (c.day < m ? c.day : m), earliest[0]!.day);
  const later = earliest
    .filter((c) => c.day !== day)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i))
    .map(({ origin, day: d }) => ({ origin, day: d }));
  return { day, first: earliest.filter((c) => c.day === day).map((c) => c.origin), later };
}
