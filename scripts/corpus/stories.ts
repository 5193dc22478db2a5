/**
 * Grouping headlines that tell the same story (the same news item, as several outlets carry or reword it)
 * — deterministic, independent of the input order, and near-linear:
 *
 * 1. Tokens: the title folded (lowercase, accents stripped), split on non-alphanumerics, stop words and
 *    one-character tokens dropped, words reduced to a rough stem (`clashes` → `clash`, `agreed`/`agrees` →
 *    `agre`, `fighting` → `fight`), a mid-word cut last token dropped. A question word opening the title
 *    ("Why are …", "What we know …") is kept as a token: an explainer is not the report it explains.
 * 2. Clauses: a headline states its news in its head clause and hangs it on a circumstance: "A and B agree
 *    to ceasefire | after talks in Doha", "… kill 58 soldiers | : Why the two nations are fighting". The tokens
 *    after the first circumstance word (`after`, `amid`, `as`, `following`, `despite`, `ahead`, …) or a
 *    question word inside the title (an explainer tail) are the circumstance; those before it, the CLAIM.
 *    `storyTokens` marks the boundary with CLAUSE_BREAK; tokens given without it are all claim.
 * 3. Weights: idf(t) = ln(1 + N / df(t)) over all N headlines, so "afghanistan" (on nearly every line)
 *    weighs little and "pledge" much. A token is informative when at most half the headlines have it.
 * 4. Links, each checked only between candidates found through an inverted index (never all pairs):
 *    a. copies: identical token sets, or an IDF-weighted Jaccard of the whole token sets ≥ THRESHOLD (0.65),
 *       at most WINDOW_DAYS (3) apart: the same wire copy, a word or two changed;
 *    b. the same claim, the same day: every claim token of one headline is in the other's claim (at least
 *       two of them informative): "Ceasefire agreed between A and B after deadly clashes" and "B and A
 *       agree to immediate ceasefire after peace talks in Doha" — the circumstances may differ. A claim that
 *       more than MAX_CLAIM_MATCHES headlines of its day contain is too generic to make a story;
 *    c. a late lone headline: one that (a) and (b) left alone joins the story of a nearby day (within the
 *       window) whose headlines contain its claim, when they all belong to ONE story (ambiguous: none) and
 *       it adds nothing (all its tokens are in one of them): "Pakistan and Afghanistan agree to a ceasefire",
 *       listed two days after the Doha agreement's reports.
 *    Stories are the connected components (union-find), except that a link that would make a story span
 *    more than WINDOW_DAYS days (first to last headline) is dropped: links chained day after day (a title
 *    copied daily) do not grow one story over weeks. (a) alone links across days, copies aside; (b) never
 *    does, so that two reports of different events worded alike on nearby days (a 48-hour truce, a
 *    ceasefire two days later) stay apart; (c) only attaches a headline that has no story of its own day.
 * 5. Candidates: identical token sets are joined through a hash map. For (a), each headline probes the
 *    inverted index (token → headlines in canonical order) with its prefix tokens — its rarest tokens, taken
 *    until the rest weighs less than THRESHOLD × its weight (prefix filtering: a pair at or above the
 *    threshold must share one of them) — looking only at postings inside the date window. For (b) and (c),
 *    it probes only its rarest claim token (which a containing claim must have). A token with more than
 *    MAX_POSTINGS postings in the window is skipped and each headline makes at most MAX_CANDIDATES
 *    comparisons per link kind, so the cost stays linear even on 100,000 headlines of a small vocabulary.
 *    Headlines are handled, and links tried, in a canonical order (date, then token ids), never the input
 *    order, so the stories do not depend on it.
 *
 * Measured on the seed page against the labelled pairs of stories-labelled.ts (stories-quality.test.ts):
 * precision 100 %, recall 94 % (copies alone: 100 %, 13 %). Why 0.65 for copies: a copy with one of ~6
 * informative words changed scores about 0.7 and one with a word dropped about 0.8, while rewrites that share
 * only their claim score 0.3–0.55 — link (b) is for them — and so do reports of different events worded alike
 * ("… agree to temporary ceasefire after days of deadly clashes" vs "… agree to new ceasefire after more than
 * a week of deadly clashes", two days apart: 0.48). Why the same day for (b): those two share their claim too.
 */
import { dayToUtcMs, DAY_MS } from '../../src/corpus/dates';
import { words } from './text';

export const THRESHOLD = 0.65;
export const WINDOW_DAYS = 3;
export const MAX_POSTINGS = 100;
export const MAX_CANDIDATES = 100;
/** A claim that more headlines of its day (or, for a lone headline, of its window) contain is too generic. */
export const MAX_CLAIM_MATCHES = 30;
/** In a token list, separates the claim (before) from the circumstance (after). Never a token itself. */
export const CLAUSE_BREAK = '|';

const STOP_WORDS = new Set(
  `a an the and or but nor of to in on at for with by from as into onto over under after before about against between
  amid among during since until up down out off via per than then so if is are was were be been being am has have had
  do does did will would shall should can could may might must it its it's this that these those there here what which
  who whom whose why how when where while not no yes all any both each more most other some such own same too very
  just now new also only again further once he she they them their his her we our you your i me my us s t`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Words that, opening a title, make it a question (an explainer, an analysis): kept as tokens there. */
const QUESTION_OPENERS = new Set('why what how who whom which where when is are was were will would can could should does do did'.split(' '));
/** Words that end the claim: a circumstance follows ("… after talks in Doha", "… amid the conflict"). */
const CLAUSE_MARKERS = new Set('after amid as following despite ahead while since before during until'.split(' '));
/** Question words inside a title: an explainer tail follows ("…: Why the two nations are fighting"). */
const TAIL_MARKERS = new Set('why what how heres'.split(' '));

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

const VOWEL = /[aeiouy]/;
const dropFinalE = (t: string): string => (t.length > 3 && t.endsWith('e') ? t.slice(0, -1) : t);

/**
 * A rough stem, the same for a word's usual English forms (not a dictionary form): the plural folded
 * (`singular`), then `-ed`/`-ing` cut (`killed` → `kill`, `fighting` → `fight`, `stopped` → `stop`), `-eed`
 * and `-ied` kept apart (`agreed` → `agree`, `carried` → `carry`), and a final `e` dropped, so that `agree`,
 * `agrees`, `agreed` all give `agre` and `trade`, `trading` give `trad`.
 */
export function stem(token: string): string {
  let t = singular(token);
  const n = t.length;
  if (n > 4 && t.endsWith('eed')) return dropFinalE(t.slice(0, -1));
  if (n > 4 && t.endsWith('ied')) return `${t.slice(0, -3)}y`;
  if (n > 4 && t.endsWith('ed') && VOWEL.test(t.slice(0, -2))) t = t.slice(0, -2);
  else if (n > 5 && t.endsWith('ing') && VOWEL.test(t.slice(0, -3))) t = t.slice(0, -3);
  else return dropFinalE(t);
  const m = t.length;
  const last = t.charAt(m - 1);
  if (m > 3 && last === t.charAt(m - 2) && !'aeioulsz'.includes(last)) t = t.slice(0, -1); // stopp → stop
  return dropFinalE(t);
}

/**
 * The similarity tokens of a title (see the module comment), from its folded words (`words(title)`): the
 * claim's tokens, then, if the title has a circumstance, CLAUSE_BREAK and its tokens. Each token once.
 * `cut`: the last word is a mid-word fragment.
 */
export function storyTokensOfWords(titleWords: readonly string[], cut = false): string[] {
  const n = cut ? titleWords.length - 1 : titleWords.length;
  const claim: string[] = [];
  const rest: string[] = [];
  let inRest = false;
  for (let i = 0; i < n; i++) {
    const t = titleWords[i] ?? '';
    if (i === 0 && QUESTION_OPENERS.has(t)) {
      claim.push(t);
      continue;
    }
    if (i > 0 && (CLAUSE_MARKERS.has(t) || TAIL_MARKERS.has(t))) {
      inRest = true;
      continue;
    }
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    const w = stem(t);
    if (claim.includes(w) || rest.includes(w)) continue;
    (inRest ? rest : claim).push(w);
  }
  return rest.length > 0 ? [...claim, CLAUSE_BREAK, ...rest] : claim;
}

/** The similarity tokens of a title. */
export function storyTokens(title: string, cut = false): string[] {
  return storyTokensOfWords(words(title), cut);
}

export interface StoryItem {
  date: string;
  /** `storyTokens(title)`: the claim's tokens, then (optionally) CLAUSE_BREAK and the circumstance's. */
  tokens: readonly string[];
}

/**
 * Union-find over the items, each set knowing its first and last day: a union that would make a story span
 * more than `maxSpan` days is refused (so that copies and claims chained day after day do not grow one
 * story over weeks). Which unions are refused depends on the order they are tried in: the phases try them
 * in the canonical order, so the result does not depend on the order of the input.
 */
class UnionFind {
  private readonly parent: Int32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  constructor(
    days: Int32Array,
    private readonly maxSpan: number,
  ) {
    const n = days.length;
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.first = days.slice();
    this.last = days.slice();
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
  /** Joins the sets of a and b unless the story would span too many days; true if they are (now) one. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const first = Math.min(this.first[ra] ?? 0, this.first[rb] ?? 0);
    const last = Math.max(this.last[ra] ?? 0, this.last[rb] ?? 0);
    if (last - first > this.maxSpan) return false;
    // The smaller index becomes the root: the representative is the same whatever the order of unions.
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    this.first[root] = first;
    this.last[root] = last;
    return true;
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

/** Whether the sorted run `data[a0, a1)` is a subset of the sorted run `data[b0, b1)`. */
function isSubset(data: Int32Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 > b1 - b0) return false;
  let j = b0;
  for (let i = a0; i < a1; i++) {
    const x = data[i] ?? 0;
    while (j < b1 && (data[j] ?? 0) < x) j++;
    if (j === b1 || data[j] !== x) return false;
    j++;
  }
  return true;
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
  /** Similarity and containment checks made (bounded by MAX_CANDIDATES per headline and link kind). */
  comparisons: number;
}

/**
 * Group items into stories. Returns, for each item, the index of its group's representative (the
 * smallest item index of the group), so equal numbers = same story. The grouping (which items go
 * together) does not depend on the order of the items; no story spans more than `windowDays` days.
 *
 * The phases, in order (see the module comment for the method):
 * 1. `dayNumbers`: each item's date as a day number;
 * 2. `tokenSets`: the token sets (whole and claim) as flat runs of token ids, with document frequencies;
 * 3. `weighTokens`: token ids renumbered rarest first, idf weights, each item's weight;
 * 4. `canonicalOrder`: the items in date order, then by their tokens;
 * 5. `joinIdentical`: identical token sets within the window joined (copies);
 * 6. `invertedIndex` and `joinSimilar`: each item's prefix tokens probed for near copies, joined at or
 *    above the threshold;
 * 7. `joinClaims`: same-day items whose claim contains another's joined;
 * 8. `joinLoneItems`: items still alone joined to the one nearby story that contains their claim;
 * 9. each item's representative read off the union-find.
 */
export function groupStories(
  items: readonly StoryItem[],
  threshold = THRESHOLD,
  windowDays = WINDOW_DAYS,
  stats: StoryStats = { comparisons: 0 },
): Int32Array {
  const n = items.length;
  const days = dayNumbers(items);
  const uf = new UnionFind(days, windowDays);
  const weighed = weighTokens(tokenSets(items), n);
  const order = canonicalOrder(days, weighed.sets);
  joinIdentical(weighed.sets, days, order, windowDays, uf);
  const index = invertedIndex(weighed.sets, order, weighed.idf.length);
  const ctx = { ...weighed, days, order, index, threshold, windowDays, uf, stats };
  joinSimilar(ctx);
  joinClaims(ctx);
  joinLoneItems(ctx);

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

/**
 * Token sets, flat: item i's token ids are `data[start[i], ends[i])`, its claim's `claim[start[i],
 * claimEnds[i])` (slots after the ends are unused).
 */
interface TokenSets {
  start: Int32Array;
  ends: Int32Array;
  data: Int32Array;
  claimEnds: Int32Array;
  claim: Int32Array;
}

/**
 * The items' token sets with provisional token ids (in order of first appearance; a token repeated within
 * an item counted once, in the claim if it is there), the tokens by provisional id, and each token's
 * document frequency.
 */
function tokenSets(items: readonly StoryItem[]): { sets: TokenSets; names: string[]; dfs: Int32Array } {
  const n = items.length;
  const start = new Int32Array(n + 1);
  items.forEach((it, i) => (start[i + 1] = (start[i] ?? 0) + it.tokens.length));
  const data = new Int32Array(start[n] ?? 0);
  const claim = new Int32Array(start[n] ?? 0);
  const ends = new Int32Array(n);
  const claimEnds = new Int32Array(n);
  const provisional = new Map<string, number>();
  const names: string[] = [];
  let dfs = new Int32Array(64);
  items.forEach((it, i) => {
    const s0 = start[i] ?? 0;
    let e = s0;
    let ce = s0;
    let inClaim = true;
    for (const t of it.tokens) {
      if (t === CLAUSE_BREAK) {
        inClaim = false;
        continue;
      }
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
      if (inClaim) claim[ce++] = id;
    }
    ends[i] = e;
    claimEnds[i] = ce;
  });
  return { sets: { start, ends, data, claimEnds, claim }, names, dfs };
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
  const { start, ends, claimEnds } = sets;
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
  const claim = sets.claim.slice();
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
    const ce = claimEnds[i] ?? 0;
    for (let k = s0; k < ce; k++) claim[k] = finalId[claim[k] ?? 0] ?? 0;
    claim.subarray(s0, ce).sort();
    weight[i] = w;
  }
  return { sets: { start, ends, data, claimEnds, claim }, idf, weight };
}

/** Compares the sorted runs `a[a0, a1)` and `b[b0, b1)`: shorter first, then by their ids. */
function compareRuns(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number {
  if (a1 - a0 !== b1 - b0) return a1 - a0 - (b1 - b0);
  for (let k = 0; k < a1 - a0; k++) {
    const d = (a[a0 + k] ?? 0) - (b[b0 + k] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The item indices in a canonical order: by day, then by token set, then by claim. Items equal in all
 * three are interchangeable, so every phase that follows this order (postings, candidate budgets, which
 * side of a pair probes) gives the same stories whatever the order of the input. Postings built in this
 * order are sorted by day.
 */
function canonicalOrder(days: Int32Array, sets: TokenSets): Int32Array {
  const { start, ends, data, claimEnds, claim } = sets;
  return Int32Array.from(days.keys()).sort((a, b) => {
    const d = (days[a] ?? 0) - (days[b] ?? 0);
    if (d !== 0) return d;
    const a0 = start[a] ?? 0;
    const b0 = start[b] ?? 0;
    return (
      compareRuns(data, a0, ends[a] ?? 0, data, b0, ends[b] ?? 0) ||
      compareRuns(claim, a0, claimEnds[a] ?? 0, claim, b0, claimEnds[b] ?? 0) ||
      a - b // indistinguishable items: any order gives the same stories
    );
  });
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

/** Inverted index, flat: token t's items, in canonical order, are `postings[pStart[t], pStart[t + 1])`. */
interface InvertedIndex {
  pStart: Int32Array;
  postings: Int32Array;
}

/** The inverted index of the token sets, each token's postings in `order` (sorted by day). */
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

/** What the joining phases share. */
interface JoinContext {
  sets: TokenSets;
  idf: Float64Array;
  weight: Float64Array;
  days: Int32Array;
  order: Int32Array;
  index: InvertedIndex;
  threshold: number;
  windowDays: number;
  uf: UnionFind;
  stats: StoryStats;
}

/**
 * Joins each item with the near copies its prefix tokens find (prefix filtering, see the module comment):
 * only postings inside the date window, a token with more than MAX_POSTINGS of them skipped, at most
 * MAX_CANDIDATES candidates per item, a similarity computed only where the weights allow the threshold.
 * Each pair is probed from its side earlier in the canonical order only: a pair at or above the threshold
 * shares a token of EACH side's prefix, so that side's prefix finds it.
 */
function joinSimilar(ctx: JoinContext): void {
  const { sets, idf, weight, days, order, threshold, windowDays, uf, stats } = ctx;
  const { start, ends, data } = sets;
  const { pStart, postings } = ctx.index;
  const n = ends.length;
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  const seenBy = new Int32Array(n).fill(-1);
  for (const x of order) {
    const x0 = start[x] ?? 0;
    const x1 = ends[x] ?? 0;
    const wx = weight[x] ?? 0;
    if (x1 === x0 || wx === 0) continue;
    const dx = days[x] ?? 0;
    const rx = rank[x] ?? 0;
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
        if ((rank[y] ?? 0) <= rx || seenBy[y] === x) continue;
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

/** ln 3: the idf of a token that half the headlines have; rarer tokens are informative. */
const INFORMATIVE_IDF = Math.log(3);

/**
 * The items within `[fromDay, toDay]` (other than x) whose claim contains x's claim, or null when x's claim
 * cannot make a story: fewer than two informative tokens, a rarest claim token with more than MAX_POSTINGS
 * postings there, or more than MAX_CLAIM_MATCHES items containing it (too generic). `skipDay`: a day whose
 * items are not candidates.
 */
function claimContainers(ctx: JoinContext, x: number, fromDay: number, toDay: number, skipDay: number | null): number[] | null {
  const { sets, idf, days, stats } = ctx;
  const { start, claimEnds, claim } = sets;
  const { pStart, postings } = ctx.index;
  const c0 = start[x] ?? 0;
  const c1 = claimEnds[x] ?? 0;
  let informative = 0;
  for (let k = c0; k < c1; k++) if ((idf[claim[k] ?? 0] ?? 0) >= INFORMATIVE_IDF) informative++;
  if (informative < 2) return null;
  // A containing claim has x's rarest claim token: its postings are the only candidates.
  const t = claim[c0] ?? 0;
  const lo = lowerBound(postings, pStart[t] ?? 0, pStart[t + 1] ?? 0, days, fromDay);
  const hi = lowerBound(postings, lo, pStart[t + 1] ?? 0, days, toDay + 1);
  if (hi - lo > MAX_POSTINGS) return null;
  const found: number[] = [];
  for (let q = lo; q < hi && q - lo < MAX_CANDIDATES; q++) {
    const y = postings[q] ?? x;
    if (y === x || days[y] === skipDay) continue;
    stats.comparisons++;
    if (isSubset(claim, c0, c1, start[y] ?? 0, claimEnds[y] ?? 0) && found.push(y) > MAX_CLAIM_MATCHES) return null;
  }
  return found;
}

/** Joins each item with the items of its own day whose claim contains its claim (link b). */
function joinClaims(ctx: JoinContext): void {
  const { days, uf } = ctx;
  for (const x of ctx.order) {
    const dx = days[x] ?? 0;
    for (const y of claimContainers(ctx, x, dx, dx, null) ?? []) uf.union(x, y);
  }
}

/**
 * Joins each item that is still alone with the story of another day within the window whose items contain
 * its claim, when they all belong to one story and one of them has all its tokens (link c). Decided on the
 * stories as they stand before any of these joins, so that the order of the items does not matter.
 */
function joinLoneItems(ctx: JoinContext): void {
  const { days, windowDays, uf } = ctx;
  const n = days.length;
  const root = new Int32Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    root[i] = r;
    size[r] = (size[r] ?? 0) + 1;
  }
  const { start, ends, data } = ctx.sets;
  const joins: [number, number][] = [];
  for (const x of ctx.order) {
    if (size[root[x] ?? 0] !== 1) continue;
    const dx = days[x] ?? 0;
    const found = claimContainers(ctx, x, dx - windowDays, dx + windowDays, dx);
    if (found === null || found.length === 0) continue;
    const story = root[found[0] ?? 0] ?? 0;
    if (!found.every((y) => root[y] === story)) continue; // ambiguous
    // It must add nothing: all its words are in one of the story's headlines (a late pick-up, not a new report).
    const x0 = start[x] ?? 0;
    const x1 = ends[x] ?? 0;
    if (found.some((y) => isSubset(data, x0, x1, start[y] ?? 0, ends[y] ?? 0))) joins.push([x, story]);
  }
  for (const [x, story] of joins) uf.union(x, story);
}
