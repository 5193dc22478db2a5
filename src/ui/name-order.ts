/**
 * Each name's place in alphabetical order (case, accents and digit runs as numbers: "Outlet 2" before
 * "Outlet 10"), computed once per array of names. Up to COLLATOR_MAX names an `Intl.Collator` orders them;
 * beyond, a sort key compared as plain strings gives nearly the same order in a fraction of the time (the
 * collator took 2.2 s on 100,000 outlet names, on the main thread, while the corpus opened).
 */
const COLLATOR_MAX = 5_000;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ranks = new WeakMap<readonly unknown[], Int32Array>();

/** Lowercase, marks removed, each run of digits zero-padded: plain comparison then reads numbers as numbers. */
export function nameSortKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(20, '0'));
}

/** `rank[i]` is the place of `names(rows[i])` in name order (ties by position). Cached per `rows`. */
export function nameRanks<T>(rows: readonly T[], name: (row: T) => string): Int32Array {
  let rank = ranks.get(rows);
  if (rank) return rank;
  const order = rows.map((_, i) => i);
  if (rows.length <= COLLATOR_MAX) order.sort((a, b) => collator.compare(name(rows[a]!), name(rows[b]!)) || a - b);
  else {
    const keys = rows.map((r) => nameSortKey(name(r)));
    order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  }
  rank = new Int32Array(rows.length);
  order.forEach((row, place) => (rank![row] = place));
  ranks.set(rows, rank);
  return rank;
}
