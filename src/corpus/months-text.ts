/**
 * The months a split corpus holds, in words, for the status beside the headline count (pure). Its own module,
 * so that only the main view's chunk carries it.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Months (`YYYY-MM` ids, any order) in words, consecutive months as one run: "Sep–Nov 2025",
 * "Dec 2024 – Feb 2025", "Apr 2017, Oct 2025".
 */
export function monthsLabel(ids: Iterable<string>): string {
  const months = [...new Set(ids)]
    .filter((id) => /^\d{4}-(0[1-9]|1[0-2])$/.test(id))
    .map((id) => Number(id.slice(0, 4)) * 12 + Number(id.slice(5, 7)) - 1)
    .sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const m of months) {
    const last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  const name = (m: number) => MONTHS[m % 12]!;
  const year = (m: number) => Math.floor(m / 12);
  return runs
    .map(([a, b]) => (a === b ? `${name(a)} ${year(a)}` : year(a) === year(b) ? `${name(a)}–${name(b)} ${year(b)}` : `${name(a)} ${year(a)} – ${name(b)} ${year(b)}`))
    .join(', ');
}

/**
 * What the counts, the list and search cover when a split corpus holds only some of its months (its load plan
 * is bounded): "Counts and search cover 3 of 12 months (Sep–Nov 2025); pan to load others". Null when the plan
 * holds every month (the loading status says how far it has got).
 */
export function monthsText(months: { readonly held: readonly string[]; readonly total: number; readonly bounded: boolean }): string | null {
  if (!months.bounded) return null;
  if (months.held.length === 0) return `Counts and search cover none of the ${months.total} months yet`;
  return `Counts and search cover ${months.held.length} of ${months.total} months (${monthsLabel(months.held)}); pan to load others`;
}
