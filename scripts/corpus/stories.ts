/**
 * Grouping headlines that tell the same story (the same wire copy or a close rewrite, carried by several
 * outlets) — deterministic and near-linear:
 *
 * 1. Tokens: the title folded (lowercase, accents stripped), split on non-alphanumerics, stop words and
 *    one-character tokens dropped, plurals folded (`clashes` → `clash`, `talks` → `talk`), a mid-word cut
 *    last token dropped. Each headline is a SET of tokens.
 * 2. Weights: idf(t) = ln(1 + N / df(t)) over all N headlines, so "afghanistan" (on nearly every line)
 *    weighs little and "pledge" much.
 * 3. Similarity: IDF-weighted Jaccard, Σ idf(shared) / Σ idf(union).
 * 4. Two headlines whose dates are at most WINDOW_DAYS (3) apart and whose similarity is at least
 *    THRESHOLD (0.65) are the same story; stories are the connected components (union-find).
 * 5. Candidates, never all pairs: identical token sets are joined through a hash map. Otherwise each
 *    headline probes an inverted index (token → headlines sorted by date) with its prefix tokens — its
 *    rarest tokens, taken until the rest weighs less than THRESHOLD × its weight (prefix filtering: a pair
 *    at or above the threshold must share one of them) — looking only at postings inside the date window.
 *    A token with more than MAX_POSTINGS postings in the window is skipped and each headline compares with
 *    at most MAX_CANDIDATES others, so the cost stays linear even on 100,000 headlines of a small vocabulary.
 *
 * Why 0.65: on the seed page, different stories on the same event score at most 0.55 (NPR "Pakistan and
 * Afghanistan agree to a ceasefire" vs Ukrinform "... agree to immediate ceasefire on border"), copies 1.0;
 * a copy with one of ~6 informative words changed scores about 0.7 and one with a word dropped about 0.8.
 */
import { dayToUtcMs, DAY_MS } from '../../src/corpus/dates';
import { words } from './text';

export const THRESHOLD = 0.65;
export const WINDOW_DAYS = 3;
export const MAX_POSTINGS = 100;
export const MAX_CANDIDATES = 100;

const STOP_WORDS = new Set(
  `a an the and or but nor of to in on at for with by from as into onto over under after before about against between
  amid among during since until up down out off via per than then so if is are was were be been being am has have had
  do does did will would shall should can could may might must it its it's this that these those there here what which
  who whom whose why how when where while not no yes all any both each more most other some such own same too very
  just now new also only again further once he she they them their his her we our you your i me my us s t`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Fold a plural to its singular, roughly: enough to treat "clash"/"clashes", "talk"/"talks" alike. */
export function singular(token: string): string {
  const n = token.length;
  if (n <= 3 || token.charCodeAt(n - 1) !== 115 /* s */) return token;
  const prev = token.charAt(n - 2);
  if (prev === 's' || prev === 'u' || prev === 'i') return token; // class, virus, analysis
  if (prev === 'e') {
    if (n > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
    if (token.endsWith('ches') || token.endsWith('shes') || token.endsWith('sses') || token.endsWith('xes') || token.endsWith('zes')) {
      return token.slice(0, -2);
    }
  }
  return token.slice(0, -1);
}

/**
 * The similarity tokens of a title (see the module comment), from its folded words (`words(title)`).
 * `cut`: the last word is a mid-word fragment.
 */
export function storyTokensOfWords(titleWords: readonly string[], cut = false): string[] {
  const n = cut ? titleWords.length - 1 : titleWords.length;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = titleWords[i] ?? '';
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    const w = singular(t);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** The similarity tokens of a title. */
export function storyTokens(title: string, cut = false): string[] {
  return storyTokensOfWords(words(title), cut);
}

export interface StoryItem {
  date: string;
  tokens: readonly string[];
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    let r = x;
    while (p[r] !== r) r = p[r] ?? r;
    for (let c = x; p[c] !== r; ) {
      const n = p[c] ?? r;
      p[c] = r;
      c = n;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index becomes the root: deterministic whatever the order of unions.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/** Weighted Jaccard of two sorted runs `data[a0, a1)` and `data[b0, b1)` of token ids. */
function similarity(data: Int32Array, a0: number, a1: number, b0: number, b1: number, idf: Float64Array, wa: number, wb: number): number {
  let i = a0;
  let j = b0;
  let shared = 0;
  while (i < a1 && j < b1) {
    const x = data[i] ?? 0;
    const y = data[j] ?? 0;
    if (x === y) {
      shared += idf[x] ?? 0;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = wa + wb - shared;
  return union > 0 ? shared / union : 0;
}

/** First index in `arr[lo, hi)` whose day is ≥ `day` (the run sorted by day). */
function lowerBound(arr: Int32Array, lo: number, hi: number, days: Int32Array, day: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[arr[mid] ?? 0] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface StoryStats {
  /** Similarity computations made (bounded by MAX_CANDIDATES per headline). */
  comparisons: number;
}

/**
 * Group items into stories. Returns, for each item, the index of its group's representative (the
 * smallest item index of the group), so equal numbers = same story.
 *
 * The phases, in order (see the module comment for the method):
 * 1. `dayNumbers`: each item's date as a day number;
 * 2. `tokenSets`: the token sets as flat runs of token ids, with document frequencies;
 * 3. `weighTokens`: token ids renumbered rarest first, idf weights, each item's weight;
 * 4. `dateOrder`: the items in date order;
 * 5. `joinIdentical`: identical token sets within the window joined;
 * 6. `invertedIndex` and `joinSimilar`: each item's prefix tokens probed for similar items, joined at or
 *    above the threshold;
 * 7. each item's representative read off the union-find.
 */
export function groupStories(
  items: readonly StoryItem[],
  threshold = THRESHOLD,
  windowDays = WINDOW_DAYS,
  stats: StoryStats = { comparisons: 0 },
): Int32Array {
  const n = items.length;
  const uf = new UnionFind(n);
  const days = dayNumbers(items);
  const weighed = weighTokens(tokenSets(items), n);
  const order = dateOrder(days);
  joinIdentical(weighed.sets, days, order, windowDays, uf);
  const index = invertedIndex(weighed.sets, order, weighed.idf.length);
  joinSimilar({ ...weighed, days, index, threshold, windowDays, uf, stats });

  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = uf.find(i);
  return out;
}

/** Each item's date as a whole UTC day number (one date parse per distinct date). */
function dayNumbers(items: readonly StoryItem[]): Int32Array {
  const days = new Int32Array(items.length);
  const dayCache = new Map<string, number>();
  items.forEach((it, i) => {
    let d = dayCache.get(it.date);
    if (d === undefined) dayCache.set(it.date, (d = Math.round(dayToUtcMs(it.date) / DAY_MS)));
    days[i] = d;
  });
  return days;
}

/** Token sets, flat: item i's token ids are `data[start[i], ends[i])` (slots after `ends[i]` are unused). */
interface TokenSets {
  start: Int32Array;
  ends: Int32Array;
  data: Int32Array;
}

/**
 * The items' token sets with provisional token ids (in order of first appearance; a token repeated within
 * an item counted once), the tokens by provisional id, and each token's document frequency.
 */
function tokenSets(items: readonly StoryItem[]): { sets: TokenSets; names: string[]; dfs: Int32Array } {
  const n = items.length;
  const start = new Int32Array(n + 1);
  items.forEach((it, i) => (start[i + 1] = (start[i] ?? 0) + it.tokens.length));
  const data = new Int32Array(start[n] ?? 0);
  const ends = new Int32Array(n);
  const provisional = new Map<string, number>();
  const names: string[] = [];
  let dfs = new Int32Array(64);
  items.forEach((it, i) => {
    const s0 = start[i] ?? 0;
    let e = s0;
    for (const t of it.tokens) {
      let id = provisional.get(t);
      if (id === undefined) {
        id = names.length;
        provisional.set(t, id);
        names.push(t);
        if (id >= dfs.length) {
          const grown = new Int32Array(dfs.length * 2);
          grown.set(dfs);
          dfs = grown;
        }
      }
      let dup = false;
      for (let k = s0; k < e; k++) if (data[k] === id) dup = true;
      if (dup) continue;
      data[e++] = id;
      dfs[id] = (dfs[id] ?? 0) + 1;
    }
    ends[i] = e;
  });
  return { sets: { start, ends, data }, names, dfs };
}

/**
 * Final token ids in order of rarity (document frequency, then the token itself), so that an item's sorted
 * ids are its tokens rarest first, the order prefix filtering needs. Returns the token sets renumbered
 * (each run sorted), the idf of each final id (`idf.length` is the vocabulary size), and each item's
 * weight, the sum of its tokens' idf.
 */
function weighTokens(
  provisional: { sets: TokenSets; names: readonly string[]; dfs: Int32Array },
  n: number,
): { sets: TokenSets; idf: Float64Array; weight: Float64Array } {
  const { sets, names, dfs } = provisional;
  const { start, ends } = sets;
  const byRarity = Int32Array.from(names.keys()).sort((a, b) => {
    const d = (dfs[a] ?? 0) - (dfs[b] ?? 0);
    if (d !== 0) return d;
    const x = names[a] ?? '';
    const y = names[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const finalId = new Int32Array(names.length);
  byRarity.forEach((p, f) => (finalId[p] = f));
  const idf = new Float64Array(names.length);
  byRarity.forEach((p, f) => (idf[f] = Math.log(1 + n / (dfs[p] ?? 1))));
  const data = sets.data.slice();
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s0 = start[i] ?? 0;
    const e = ends[i] ?? 0;
    let w = 0;
    for (let k = s0; k < e; k++) {
      const f = finalId[data[k] ?? 0] ?? 0;
      data[k] = f;
      w += idf[f] ?? 0;
    }
    data.subarray(s0, e).sort();
    weight[i] = w;
  }
  return { sets: { start, ends, data }, idf, weight };
}

/**
 * The item indices in date order (then input order), by a counting sort on the day: postings built in this
 * order are sorted by day.
 */
function dateOrder(days: Int32Array): Int32Array {
  const n = days.length;
  let minDay = 0;
  let maxDay = 0;
  days.forEach((d, i) => {
    if (i === 0 || d < minDay) minDay = d;
    if (i === 0 || d > maxDay) maxDay = d;
  });
  const order = new Int32Array(n);
  const next = new Int32Array(maxDay - minDay + 2);
  for (const d of days) next[d - minDay + 1] = (next[d - minDay + 1] ?? 0) + 1;
  for (let i = 1; i < next.length; i++) next[i] = (next[i] ?? 0) + (next[i - 1] ?? 0);
  for (let i = 0; i < n; i++) {
    const slot = (days[i] ?? 0) - minDay;
    const at = next[slot] ?? 0;
    order[at] = i;
    next[slot] = at + 1;
  }
  return order;
}

/**
 * Joins items with identical (non-empty) token sets: a hash map (hash of the id run, checked for equality)
 * chains neighbours in date order, joined when they are at most `windowDays` apart.
 */
function joinIdentical(sets: TokenSets, days: Int32Array, order: Int32Array, windowDays: number, uf: UnionFind): void {
  const { start, ends, data } = sets;
  const sameRun = (a: number, b: number): boolean => {
    const a0 = start[a] ?? 0;
    const b0 = start[b] ?? 0;
    const len = (ends[a] ?? 0) - a0;
    if (len !== (ends[b] ?? 0) - b0) return false;
    for (let k = 0; k < len; k++) if (data[a0 + k] !== data[b0 + k]) return false;
    return true;
  };
  const lastWithHash = new Map<number, number>();
  const lastWithKey = new Map<string, number>(); // hash collisions only
  for (const i of order) {
    const s0 = start[i] ?? 0;
    const e = ends[i] ?? 0;
    if (e === s0) continue;
    let h = 0x811c9dc5;
    for (let k = s0; k < e; k++) h = Math.imul(h ^ (data[k] ?? 0), 16777619);
    let prev = lastWithHash.get(h);
    if (prev === undefined || sameRun(prev, i)) lastWithHash.set(h, i);
    else {
      const key = data.subarray(s0, e).join(',');
      prev = lastWithKey.get(key);
      lastWithKey.set(key, i);
    }
    if (prev !== undefined && (days[i] ?? 0) - (days[prev] ?? 0) <= windowDays) uf.union(prev, i);
  }
}

/** Inverted index, flat: token t's items, in date order, are `postings[pStart[t], pStart[t + 1])`. */
interface InvertedIndex {
  pStart: Int32Array;
  postings: Int32Array;
}

/** The inverted index of the token sets, each token's postings in `order` (date order). */
function invertedIndex(sets: TokenSets, order: Int32Array, vocabularySize: number): InvertedIndex {
  const { start, ends, data } = sets;
  const n = ends.length;
  const pStart = new Int32Array(vocabularySize + 1);
  for (let i = 0; i < n; i++) for (let k = start[i] ?? 0; k < (ends[i] ?? 0); k++) {
    const t = data[k] ?? 0;
    pStart[t + 1] = (pStart[t + 1] ?? 0) + 1;
  }
  for (let t = 1; t < pStart.length; t++) pStart[t] = (pStart[t] ?? 0) + (pStart[t - 1] ?? 0);
  const fill = pStart.slice(0, vocabularySize);
  const postings = new Int32Array(pStart[vocabularySize] ?? 0);
  for (const i of order) for (let k = start[i] ?? 0; k < (ends[i] ?? 0); k++) {
    const t = data[k] ?? 0;
    const at = fill[t] ?? 0;
    postings[at] = i;
    fill[t] = at + 1;
  }
  return { pStart, postings };
}

/**
 * Joins each item with the similar items its prefix tokens find (prefix filtering, see the module comment):
 * only postings inside the date window, a token with more than MAX_POSTINGS of them skipped, at most
 * MAX_CANDIDATES candidates per item, a similarity computed only where the weights allow the threshold.
 * Each pair is probed from its smaller index only: a pair at or above the threshold shares a token of
 * EACH side's prefix, so the smaller side's prefix finds it.
 */
function joinSimilar(ctx: {
  sets: TokenSets;
  idf: Float64Array;
  weight: Float64Array;
  days: Int32Array;
  index: InvertedIndex;
  threshold: number;
  windowDays: number;
  uf: UnionFind;
  stats: StoryStats;
}): void {
  const { sets, idf, weight, days, threshold, windowDays, uf, stats } = ctx;
  const { start, ends, data } = sets;
  const { pStart, postings } = ctx.index;
  const n = ends.length;
  const seenBy = new Int32Array(n).fill(-1);
  for (let x = 0; x < n; x++) {
    const x0 = start[x] ?? 0;
    const x1 = ends[x] ?? 0;
    const wx = weight[x] ?? 0;
    if (x1 === x0 || wx === 0) continue;
    const dx = days[x] ?? 0;
    // Weighted Jaccard ≥ t needs t·wx ≤ wy ≤ wx/t.
    const minW = threshold * wx;
    const maxW = wx / threshold;
    let remaining = wx;
    let budget = MAX_CANDIDATES;
    // Prefix: the rarest tokens (ids are in rarity order), until the remaining weight < threshold × wx.
    for (let k = x0; k < x1 && remaining >= minW && budget > 0; k++) {
      const t = data[k] ?? 0;
      remaining -= idf[t] ?? 0;
      const lo = lowerBound(postings, pStart[t] ?? 0, pStart[t + 1] ?? 0, days, dx - windowDays);
      const hi = lowerBound(postings, lo, pStart[t + 1] ?? 0, days, dx + windowDays + 1);
      if (hi - lo > MAX_POSTINGS) continue;
      for (let q = lo; q < hi && budget > 0; q++) {
        const y = postings[q] ?? x;
        if (y <= x || seenBy[y] === x) continue;
        seenBy[y] = x;
        budget--;
        const wy = weight[y] ?? 0;
        if (wy < minW || wy > maxW || uf.find(x) === uf.find(y)) continue;
        stats.comparisons++;
        if (similarity(data, x0, x1, start[y] ?? 0, ends[y] ?? 0, idf, wx, wy) >= threshold) uf.union(x, y);
      }
    }
  }
}
