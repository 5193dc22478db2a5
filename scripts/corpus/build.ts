/**
 * build(text, tables, sourceName) → Corpus: the whole page → corpus transformation, pure (no I/O, no
 * clock, no randomness), so the same input always gives the same corpus.
 */
import type { Anomaly, Corpus, Headline, HeadlineCut, Outlet, Story } from '../../src/corpus/schema';
import { parseArticle, type ArticleResult } from './article';
import { assembleCorpus, dateRange, headlineIds, storiesOf, titleFacts, type TitleFacts } from './assemble';
import { endsCutByEllipsis, PageVocabulary, splitSection } from './headline';
import { eventActors, joinEvents, type EventReport } from './events';
import { resolveOutlet, type OutletLookup } from './outlets';
import { splitPage, type PageParts } from './page';
import { groupStories, storyTokens, storyTokensOfWords } from './stories';
import { wireCopies } from './wire';
import type { Tables } from './tables';
import { compareStrings, normKey, toLines } from './text';
import { displayTitle } from '../../src/corpus/text';

/** The input cannot make a corpus (empty, no headline list). The message is one line, for the CLI. */
export class CorpusInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusInputError';
  }
}

const ELLIPSIS_CUT: HeadlineCut = { by: 'ellipsis', certainty: 'certain' };
const EXAMPLE = '"- TITLE - OUTLET - October 21st, 2025 [October 21st, 2025]"';

interface Draft {
  /** The page it was listed on (its file name) and its line there. */
  page: string;
  line: number;
  title: string;
  section: string | null;
  outletId: string | null;
  date: string;
  listedDate: string;
  truncated: boolean;
  /** How it was found cut (null: whole). */
  cut: HeadlineCut | null;
  /** Story-similarity tokens (shared string instances). */
  tokens: string[];
}

/** An outlet as the list lines name it: its record so far, the raw names seen, the number of headlines. */
interface OutletTally {
  outlet: Omit<Outlet, 'aliases' | 'headlineCount'>;
  aliases: Set<string>;
  count: number;
}

/** A page to build from: its file name (no path) and its text. */
export interface PageInput {
  readonly name: string;
  readonly text: string;
}

export interface BuildOptions {
  /** Hears what did not join the key events. */
  onEvents?: (report: EventReport) => void;
  /** The page whose article is the background (its name); by default the first page, by name, that has one. */
  background?: string;
  /** Hears which page the background came from (null: none has an article). */
  onBackground?: (page: string | null) => void;
}

/** Turn the text of one aggregator page into a corpus (see `buildPages`). */
export function build(text: string, tables: Tables, sourceName: string, options: BuildOptions = {}): Corpus {
  return buildPages([{ name: sourceName, text }], tables, options);
}

/**
 * Turn aggregator pages into one corpus. Throws CorpusInputError when a page is empty or none lists a headline.
 * Pages are read in the order of their names, so the same set of pages gives the same corpus whatever order
 * they are given in.
 *
 * The phases, in order:
 * 1. `splitInput`: each page's lines, split into article, headline list and rejected lines;
 * 2. `draftHeadlines`: each list line's outlet, section, dates and story tokens (the titles gathered into
 *    one vocabulary for all pages on the way);
 * 3. `markTruncatedTitles`: truncated titles, now that every page's vocabulary is known;
 * 4. `mergeCopies`: the same headline found on several pages (same outlet and day, the same title or a cut copy
 *    of it) becomes one, the whole title kept, every place it was found kept in `sources`;
 * 5. `headlineIds`, then `storiesOfDrafts`: ids, and the headlines grouped into stories;
 * 6. `headlineRecords`: the headlines with their story, topics and actors;
 * 7. `backgroundArticle`: the chosen page's article as the background; the others are reported;
 * 8. `joinEvents`: the curated key events, each joined to the headlines that report it (by its rule), and
 *    the phases; `onEvents` hears what did not join (events no headline reports, phrases that match nothing);
 * 9. `outletRecords`: the outlets named; `assembleCorpus` closes the corpus with the origins, topics and
 *    actors used and the anomalies in order.
 */
export function buildPages(inputs: readonly PageInput[], tables: Tables, { onEvents, background, onBackground }: BuildOptions = {}): Corpus {
  const pages = orderedPages(inputs);
  const multi = pages.length > 1;
  const pageOf: PageOf = (name) => (multi ? { page: name } : {});
  const vocabulary = new PageVocabulary();
  for (const p of pages) addArticleVocabulary(vocabulary, p.parts);
  const intern = interner();
  const listed = draftHeadlines(pages, tables, tables.origins.unknown, vocabulary, intern, pageOf);
  if (listed.drafts.length === 0) throw new CorpusInputError(`no headline list found (expected lines like ${EXAMPLE})`);
  const cuts = markTruncatedTitles(listed.drafts, vocabulary, intern, pageOf);
  const { drafts, sources } = mergeCopies(cuts.drafts);

  const ids = headlineIds(drafts);
  const { stories, storyOf } = storiesOfDrafts(drafts, ids);
  const facts = titleFacts(tables);
  const headlines = attributed(headlineRecords(drafts, sources, multi, ids, storyOf, facts.of), tables);

  const range = dateRange(drafts);
  const chosen = chooseBackground(pages, background);
  // An article's year, if the tables do not give it, is guessed from its own page's headlines.
  const ownRange = chosen ? dateRange(drafts.filter((d) => d.page === chosen.name)) : range;
  const article = chosen && chosen.parts.article.length > 0 ? backgroundArticle(chosen.parts, tables, drafts.some((d) => d.page === chosen.name) ? ownRange : range) : null;
  onBackground?.(article ? chosen!.name : null);
  article?.actorIds.forEach((a) => facts.usedActors.add(a));
  const joined = joinEvents(tables.events, headlines, article?.background ?? null);
  eventActors(joined.events).forEach((a) => facts.usedActors.add(a));
  onEvents?.(joined.report);

  const outlets = outletRecords(listed.outlets);
  const corpus = assembleCorpus(tables, {
    source: pages.map((p) => p.name).join(', '),
    range,
    background: article?.background ?? null,
    headlines,
    outlets,
    stories,
    usedActors: facts.usedActors,
    anomalies: [
      ...pages.flatMap((p) => rejectedLines(p, pageOf)),
      ...listed.anomalies,
      ...cuts.anomalies,
      ...(article?.anomalies ?? []).map((a) => ({ ...a, ...pageOf(chosen!.name) })),
      ...unusedArticles(pages, chosen),
    ],
    events: joined.events,
    phases: joined.phases,
  });
  // 10. Wire copies and the attribution rules the headlines cite.
  return {
    ...corpus,
    copies: wireCopies(corpus.headlines, corpus.outlets, tables.agencies),
    attributionRules: tables.attribution.rules.map((r) => ({ id: r.id, label: r.label, pattern: r.re.source, note: r.note })),
    ...(tables.framing.terms.length > 0
      ? {
          framing: {
            groups: tables.framing.groups.map((g) => ({ ...g })),
            terms: tables.framing.terms.map((t) => ({ id: t.id, label: t.label, group: t.group, note: t.note, sources: t.sources.map((s) => ({ publisher: s.publisher, url: s.url, date: s.date })) })),
          },
        }
      : {}),
  };
}

/**
 * Each headline's attribution (the rules its title matches), when the tables have rules, and its framing words
 * (the lexicon's terms its title uses), when they have a lexicon.
 */
function attributed(headlines: Headline[], tables: Tables): Headline[] {
  const rules = tables.attribution.rules.length > 0;
  const lexicon = tables.framing.terms.length > 0;
  if (!rules && !lexicon) return headlines;
  return headlines.map((h) => ({
    ...h,
    ...(rules ? { attributedBy: tables.attribution.classify(h.title) } : {}),
    ...(lexicon ? { framing: tables.framing.termsOf(h.title) } : {}),
  }));
}

interface ParsedPage {
  readonly name: string;
  readonly parts: PageParts;
}

/** Phase 1 for every page, in the order of their names; two pages of one name cannot be told apart. */
function orderedPages(inputs: readonly PageInput[]): ParsedPage[] {
  if (inputs.length === 0) throw new CorpusInputError('no page given');
  const sorted = [...inputs].sort((a, b) => compareStrings(a.name, b.name));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.name === sorted[i - 1]!.name) throw new CorpusInputError(`two pages are named ${sorted[i]!.name}`);
  return sorted.map((p) => ({ name: p.name, parts: splitInput(p.text, sorted.length > 1 ? p.name : null) }));
}

/** The page whose article is the background: the one asked for, else the first (by name) that has an article. */
function chooseBackground(pages: readonly ParsedPage[], wanted: string | undefined): ParsedPage | null {
  if (wanted !== undefined) {
    const page = pages.find((p) => p.name === wanted);
    if (!page) throw new CorpusInputError(`--background ${wanted} is not one of the pages given`);
    if (page.parts.article.length === 0) throw new CorpusInputError(`--background ${wanted} has no article before its list`);
    return page;
  }
  return pages.find((p) => p.parts.article.length > 0) ?? pages[0] ?? null;
}

/** Every other page's article, reported (never silently dropped): its page and first line. */
function unusedArticles(pages: readonly ParsedPage[], chosen: ParsedPage | null): Anomaly[] {
  return pages
    .filter((p) => p !== chosen && p.parts.article.length > 0)
    .map((p) => {
      const first = p.parts.article[0]!;
      return { kind: 'unused-article' as const, page: p.name, line: first.line, message: `the article "${clip(first.text)}" is not the background (one article per corpus; choose it with --background ${p.name})` };
    });
}

/**
 * Phase 1: a page's cleaned lines, split into its parts. Throws CorpusInputError when it is empty, or (for the
 * only page) when it lists no headline; of several pages, one may be an article alone.
 */
function splitInput(text: string, name: string | null): PageParts {
  const lines = toLines(text);
  const where = name === null ? 'the input' : name;
  if (lines.every((l) => l === '')) throw new CorpusInputError(`${where} is empty`);
  const page = splitPage(lines);
  if (page.list.length === 0 && name === null) throw new CorpusInputError(`no headline list found (expected lines like ${EXAMPLE})`);
  return page;
}

/** A `not-a-headline` anomaly for each line of the list part that is not a list line. */
function rejectedLines(page: ParsedPage, pageOf: PageOf): Anomaly[] {
  return page.parts.rejected.map((r) => ({ kind: 'not-a-headline', ...pageOf(page.name), line: r.line, message: `not a headline line: "${clip(r.text)}"` }));
}

/** Where an anomaly was found: its page when the corpus has several (a single page's anomalies name none, as before). */
type PageOf = (name: string) => { page?: string };

/** The vocabulary of a page's article part (and its repeated title); draftHeadlines adds the titles. */
function addArticleVocabulary(vocabulary: PageVocabulary, page: PageParts): void {
  for (const l of page.article) vocabulary.addText(l.text);
  if (page.repeatedTitle) vocabulary.addText(page.repeatedTitle.text);
}

/** One string instance per distinct token: far fewer live objects on large pages. */
function interner(): (token: string) => string {
  const interned = new Map<string, string>();
  return (t) => {
    const known = interned.get(t);
    if (known !== undefined) return known;
    interned.set(t, t);
    return t;
  };
}

/**
 * Phase 2: a draft of each list line, in page order. The outlet is resolved against the table's aliases (a
 * name the table does not know is kept as an outlet of origin `unknownOrigin`), a trailing section split
 * off, an ellipsis at the end (not a quotation's own) marked as a certain cut, the story tokens taken from the title's words as it is
 * added to `vocabulary`. Tallies the outlets named, and reports `unknown-outlet`, `no-outlet` and
 * `date-mismatch` anomalies.
 */
function draftHeadlines(
  pages: readonly ParsedPage[],
  lookup: OutletLookup,
  unknownOrigin: string,
  vocabulary: PageVocabulary,
  intern: (token: string) => string,
  pageOf: PageOf,
): { drafts: Draft[]; outlets: Map<string, OutletTally>; anomalies: Anomaly[] } {
  const outlets = new Map<string, OutletTally>();
  const useOutlet = (outlet: OutletTally['outlet'], raw: string) => {
    let row = outlets.get(outlet.id);
    if (row === undefined) outlets.set(outlet.id, (row = { outlet, aliases: new Set(), count: 0 }));
    row.aliases.add(raw);
    row.count++;
  };
  const anomalies: Anomaly[] = [];
  const drafts: Draft[] = [];
  for (const { name, parts } of pages)
    for (const l of parts.list) {
    const at = { ...pageOf(name), line: l.line };
    const res = resolveOutlet(l.rest, lookup);
    const { title, section } = splitSection(res.title);
    let outletId: string | null = null;
    if (res.kind === 'known') {
      outletId = res.outlet.id;
      const { id, name, country, origin, kind, about, ownership, language } = res.outlet;
      const bare = (ss: readonly { publisher: string; url: string; date: string | null }[]) => ss.map(({ publisher, url, date }) => ({ publisher, url, date }));
      const fact = <V>(f: { value: V; note?: string | undefined; sources: readonly { publisher: string; url: string; date: string | null }[] }) => ({ value: f.value, ...(f.note ? { note: f.note } : {}), sources: bare(f.sources) });
      useOutlet(
        {
          id,
          name,
          country,
          origin,
          kind,
          ...(about ? { about: { text: about.text, sources: bare(about.sources) } } : {}),
          ...(ownership ? { ownership: fact(ownership) } : {}),
          ...(language ? { language: fact(language) } : {}),
        },
        res.raw,
      );
    } else if (res.kind === 'unknown') {
      outletId = res.id;
      useOutlet({ id: res.id, name: res.raw, country: 'Unknown', origin: unknownOrigin, kind: null }, res.raw);
      anomalies.push({ kind: 'unknown-outlet', ...at, message: `outlet "${res.raw}" is not in data/outlets.json` });
    } else {
      anomalies.push({ kind: 'no-outlet', ...at, message: res.why });
    }
    if (l.date !== l.listedDate) {
      anomalies.push({ kind: 'date-mismatch', ...at, message: `first date ${l.date}, listed under ${l.listedDate}` });
    }
    const tokens = storyTokensOfWords(vocabulary.addTitle(title)).map(intern);
    const cutByEllipsis = endsCutByEllipsis(title);
    drafts.push({ page: name, line: l.line, title, section, outletId, date: l.date, listedDate: l.listedDate, truncated: cutByEllipsis, cut: cutByEllipsis ? ELLIPSIS_CUT : null, tokens });
  }
  return { drafts, outlets, anomalies };
}

/**
 * Phase 3: truncation, which needs the whole page's vocabulary. A `truncated-title` anomaly for each title
 * ending with an ellipsis; a title whose last word is probably cut mid-word is marked truncated too, its story
 * tokens retaken without that fragment. Returns the drafts (a cut one replaced) and the anomalies.
 */
function markTruncatedTitles(
  drafts: readonly Draft[],
  vocabulary: PageVocabulary,
  intern: (token: string) => string,
  pageOf: PageOf,
): { drafts: Draft[]; anomalies: Anomaly[] } {
  const anomalies: Anomaly[] = [];
  const marked = drafts.map((d): Draft => {
    if (d.truncated) {
      anomalies.push({ kind: 'truncated-title', ...pageOf(d.page), line: d.line, message: 'the title ends with an ellipsis: cut short by the aggregator' });
      return d;
    }
    const cut = vocabulary.cutWord(d.title);
    if (!cut) return d;
    anomalies.push({
      kind: 'truncated-title',
      ...pageOf(d.page),
      line: d.line,
      message: `the title is probably cut mid-word: "${cut.fragment}" is no English word, and begins "${cut.completion}"`,
    });
    return { ...d, truncated: true, cut: { by: 'mid-word', certainty: 'probable', ...cut }, tokens: storyTokens(d.title, true).map(intern) };
  });
  return { drafts: marked, anomalies };
}

/**
 * Phase 4: one headline per headline. The same outlet's headline of the same day, found on several pages (or
 * twice on one), is one: same title, or one a cut copy of the other (a title ending with an ellipsis or cut
 * mid-word whose words begin the other's); the whole title is kept. Returns the merged drafts (in the order of
 * their first place) and, for each, every place it was found, in page and line order.
 */
export function mergeCopies<D extends Pick<Draft, 'page' | 'line' | 'title' | 'outletId' | 'date' | 'truncated'>>(drafts: readonly D[]): { drafts: D[]; sources: { page: string; line: number }[][] } {
  const key = (d: D) => `${d.date}\u0000${d.outletId ?? ''}`;
  const text = (d: D) => normKey(d.truncated ? displayTitle(d.title, true) : d.title);
  // Whole titles first, so a cut copy finds the whole one wherever it was listed.
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => Number(a.d.truncated) - Number(b.d.truncated) || a.i - b.i);
  const groups = new Map<string, { d: D; i: number }[]>();
  for (const o of order) {
    const k = key(o.d);
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  const merged: { draft: D; sources: { page: string; line: number }[]; first: number }[] = [];
  for (const group of groups.values()) merged.push(...mergeGroup(group, text));
  merged.sort((a, b) => a.first - b.first);
  const byPlace = (a: { page: string; line: number }, b: { page: string; line: number }) => compareStrings(a.page, b.page) || a.line - b.line;
  return { drafts: merged.map((m) => m.draft), sources: merged.map((m) => m.sources.sort(byPlace)) };
}

/**
 * One outlet's drafts of one day, in order (whole titles first): each joins the first earlier entry of the
 * same text, or, when it is cut (and its text at least 12 characters), the first earlier entry whose text it
 * begins; else it is a new entry. Not by scanning the entries (quadratic when one outlet lists thousands of
 * headlines a day): the texts sorted once, the entries made so far marked in a minimum tree over that order,
 * so "the first entry whose text begins with t" is a range (binary search) and a range minimum.
 */
function mergeGroup<D extends Pick<Draft, 'page' | 'line' | 'truncated'>>(
  group: readonly { d: D; i: number }[],
  textOf: (d: D) => string,
): { draft: D; sources: { page: string; line: number }[]; first: number }[] {
  const n = group.length;
  const texts = group.map((g) => textOf(g.d));
  const entries: ({ draft: D; sources: { page: string; line: number }[]; first: number } | undefined)[] = new Array(n);
  const exact = new Map<string, number>();
  const needPrefix = group.some((g, j) => g.d.truncated && (texts[j]?.length ?? 0) >= 12);
  const sorted = needPrefix ? Array.from({ length: n }, (_, j) => j).sort((a, b) => compareStrings(texts[a]!, texts[b]!)) : [];
  const rank = new Int32Array(n);
  sorted.forEach((j, r) => (rank[j] = r));
  const tree = needPrefix ? new MinTree(n) : null;
  const out: { draft: D; sources: { page: string; line: number }[]; first: number }[] = [];
  for (let j = 0; j < n; j++) {
    const { d, i } = group[j]!;
    const t = texts[j]!;
    let found: number | undefined;
    if (tree && d.truncated && t.length >= 12) {
      // The sorted texts that begin with t form one run, from the first text not below t.
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (texts[sorted[mid]!]! < t) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      let top = n;
      while (end < top) {
        const mid = (end + top) >>> 1;
        if (texts[sorted[mid]!]!.startsWith(t)) end = mid + 1;
        else top = mid;
      }
      const m = tree.min(lo, end);
      if (m < n) found = m;
    } else found = exact.get(t);
    const entry = found === undefined ? undefined : entries[found];
    if (entry) {
      entry.sources.push({ page: d.page, line: d.line });
      continue;
    }
    const made = { draft: d, sources: [{ page: d.page, line: d.line }], first: i };
    entries[j] = made;
    out.push(made);
    if (!exact.has(t)) exact.set(t, j);
    tree?.set(rank[j]!, j);
  }
  return out;
}

/** Minimum over ranges of a fixed-size array of indices (unset: `size`), with point updates: a segment tree. */
class MinTree {
  private readonly t: Int32Array;
  constructor(private readonly size: number) {
    this.t = new Int32Array(2 * size).fill(size);
  }
  set(at: number, value: number): void {
    let p = at + this.size;
    this.t[p] = value;
    for (p >>= 1; p >= 1; p >>= 1) this.t[p] = Math.min(this.t[2 * p]!, this.t[2 * p + 1]!);
  }
  /** The minimum over [lo, hi), or `size` when none is set. */
  min(lo: number, hi: number): number {
    let best = this.size;
    for (let l = lo + this.size, r = hi + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.min(best, this.t[l++]!);
      if (r & 1) best = Math.min(best, this.t[--r]!);
    }
    return best;
  }
}

/**
 * Phase 5: the stories. groupStories joins the headlines that tell the same story (similar titles within a
 * few days); storiesOf makes their records. Returns the stories and each headline's story id.
 */
function storiesOfDrafts(drafts: readonly Draft[], ids: readonly string[]): { stories: Story[]; storyOf: string[] } {
  const rep = groupStories(drafts.map((d) => ({ date: d.date, tokens: d.tokens })));
  return storiesOf(drafts, ids, (i) => rep[i] ?? i);
}

/**
 * Phase 6: the headline records, in page order, with their ids, stories, topics and actors, and every place
 * each was found (`sources`) when the corpus is built from several pages or the headline was listed twice.
 */
function headlineRecords(
  drafts: readonly Draft[],
  sources: readonly (readonly { page: string; line: number }[])[],
  multi: boolean,
  ids: readonly string[],
  storyOf: readonly string[],
  factsOf: (title: string) => TitleFacts,
): Headline[] {
  return drafts.map((d, i) => {
    const info = factsOf(d.title);
    return {
      id: ids[i] ?? '',
      title: d.title,
      section: d.section,
      outletId: d.outletId,
      date: d.date,
      listedDate: d.listedDate,
      truncated: d.truncated,
      ...(d.cut ? { cut: { ...d.cut } } : {}),
      storyId: storyOf[i] ?? '',
      topics: info.topics,
      actors: info.actors,
      sourceLine: d.line,
      ...(multi || (sources[i]?.length ?? 0) > 1 ? { sources: (sources[i] ?? []).map((x) => ({ ...x })) } : {}),
    };
  });
}

/** Phase 7: the background article from a page's article part (its year guessed, if need be, from the headlines' range). */
function backgroundArticle(page: PageParts, tables: Tables, range: { start: string }): ArticleResult {
  return parseArticle(page.article, page.repeatedTitle, {
    articles: tables.articles,
    outletByAlias: tables.outletByAlias,
    actors: tables.actorMatcher,
    fallbackYear: Number(range.start.slice(0, 4)),
  });
}

/** Phase 9: the outlets the list names, by id, each with its raw names (sorted) and its number of headlines. */
function outletRecords(tallies: ReadonlyMap<string, OutletTally>): Outlet[] {
  return [...tallies.values()]
    .map((r) => ({ ...r.outlet, aliases: [...r.aliases].sort(compareStrings), headlineCount: r.count }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
