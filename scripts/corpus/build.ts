/**
 * build(text, tables, sourceName) → Corpus: the whole page → corpus transformation, pure (no I/O, no
 * clock, no randomness), so the same input always gives the same corpus.
 */
import type { Anomaly, Corpus, Headline, Outlet, Story } from '../../src/corpus/schema';
import { parseArticle, type ArticleResult } from './article';
import { assembleCorpus, dateRange, headlineIds, storiesOf, titleFacts, type TitleFacts } from './assemble';
import { ELLIPSIS_END, PageVocabulary, splitSection } from './headline';
import { eventActors, joinEvents, type EventReport } from './events';
import { resolveOutlet } from './outlets';
import { splitPage, type PageLine, type PageParts } from './page';
import { groupStories, storyTokens, storyTokensOfWords } from './stories';
import type { Tables } from './tables';
import { compareStrings, toLines } from './text';

/** The input cannot make a corpus (empty, no headline list). The message is one line, for the CLI. */
export class CorpusInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusInputError';
  }
}

const EXAMPLE = '"- TITLE - OUTLET - October 21st, 2025 [October 21st, 2025]"';

interface Draft {
  line: number;
  title: string;
  section: string | null;
  outletId: string | null;
  date: string;
  listedDate: string;
  truncated: boolean;
  /** Story-similarity tokens (shared string instances). */
  tokens: string[];
}

/** An outlet as the list lines name it: its record so far, the raw names seen, the number of headlines. */
interface OutletTally {
  outlet: Omit<Outlet, 'aliases' | 'headlineCount'>;
  aliases: Set<string>;
  count: number;
}

/**
 * Turn the text of an aggregator page into a corpus. Throws CorpusInputError when it has no headline list.
 *
 * The phases, in order:
 * 1. `splitInput`: the page's lines, split into article, headline list and rejected lines;
 * 2. `draftHeadlines`: each list line's outlet, section, dates and story tokens (the titles gathered into
 *    the page vocabulary on the way);
 * 3. `markTruncatedTitles`: truncated titles, now that the whole page's vocabulary is known;
 * 4. `headlineIds`, then `storiesOfDrafts`: ids, and the headlines grouped into stories;
 * 5. `headlineRecords`: the headlines with their story, topics and actors;
 * 6. `backgroundArticle`: the article before the list, as the background;
 * 7. `joinEvents`: the curated key events, each joined to the headlines that report it (by its rule), and
 *    the phases; `onEvents` hears what did not join (events no headline reports, phrases that match nothing);
 * 8. `outletRecords`: the outlets named; `assembleCorpus` closes the corpus with the origins, topics and
 *    actors used and the anomalies in order.
 */
export function build(text: string, tables: Tables, sourceName: string, { onEvents }: { onEvents?: (report: EventReport) => void } = {}): Corpus {
  const page = splitInput(text);
  const vocabulary = pageVocabulary(page);
  const intern = interner();
  const listed = draftHeadlines(page.list, tables.outletByAlias, tables.origins.unknown, vocabulary, intern);
  const cuts = markTruncatedTitles(listed.drafts, vocabulary, intern);
  const drafts = cuts.drafts;

  const ids = headlineIds(drafts);
  const { stories, storyOf } = storiesOfDrafts(drafts, ids);
  const facts = titleFacts(tables);
  const headlines = headlineRecords(drafts, ids, storyOf, facts.of);

  const range = dateRange(drafts);
  const article = backgroundArticle(page, tables, range);
  article.actorIds.forEach((a) => facts.usedActors.add(a));
  const joined = joinEvents(tables.events, headlines, article.background);
  eventActors(joined.events).forEach((a) => facts.usedActors.add(a));
  onEvents?.(joined.report);

  return assembleCorpus(tables, {
    source: sourceName,
    range,
    background: article.background,
    headlines,
    outlets: outletRecords(listed.outlets),
    stories,
    usedActors: facts.usedActors,
    anomalies: [...rejectedLines(page.rejected), ...listed.anomalies, ...cuts.anomalies, ...article.anomalies],
    events: joined.events,
    phases: joined.phases,
  });
}

/** Phase 1: the page's cleaned lines, split into its parts. Throws CorpusInputError when it is empty or lists no headline. */
function splitInput(text: string): PageParts {
  const lines = toLines(text);
  if (lines.every((l) => l === '')) throw new CorpusInputError('the input is empty');
  const page = splitPage(lines);
  if (page.list.length === 0) throw new CorpusInputError(`no headline list found (expected lines like ${EXAMPLE})`);
  return page;
}

/** A `not-a-headline` anomaly for each line of the list part that is not a list line. */
function rejectedLines(rejected: readonly PageLine[]): Anomaly[] {
  return rejected.map((r) => ({ kind: 'not-a-headline', line: r.line, message: `not a headline line: "${clip(r.text)}"` }));
}

/** The vocabulary of the article part (and the repeated title); draftHeadlines adds the titles. */
function pageVocabulary(page: PageParts): PageVocabulary {
  const vocabulary = new PageVocabulary();
  for (const l of page.article) vocabulary.addText(l.text);
  if (page.repeatedTitle) vocabulary.addText(page.repeatedTitle.text);
  return vocabulary;
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
 * off, an ellipsis at the end marked as truncation, the story tokens taken from the title's words as it is
 * added to `vocabulary`. Tallies the outlets named, and reports `unknown-outlet`, `no-outlet` and
 * `date-mismatch` anomalies.
 */
function draftHeadlines(
  list: PageParts['list'],
  outletByAlias: Tables['outletByAlias'],
  unknownOrigin: string,
  vocabulary: PageVocabulary,
  intern: (token: string) => string,
): { drafts: Draft[]; outlets: Map<string, OutletTally>; anomalies: Anomaly[] } {
  const outlets = new Map<string, OutletTally>();
  const useOutlet = (id: string, name: string, country: string, origin: string, raw: string) => {
    let row = outlets.get(id);
    if (row === undefined) outlets.set(id, (row = { outlet: { id, name, country, origin }, aliases: new Set(), count: 0 }));
    row.aliases.add(raw);
    row.count++;
  };
  const anomalies: Anomaly[] = [];
  const drafts: Draft[] = [];
  for (const l of list) {
    const res = resolveOutlet(l.rest, outletByAlias);
    const { title, section } = splitSection(res.title);
    let outletId: string | null = null;
    if (res.kind === 'known') {
      outletId = res.outlet.id;
      useOutlet(res.outlet.id, res.outlet.name, res.outlet.country, res.outlet.origin, res.raw);
    } else if (res.kind === 'unknown') {
      outletId = res.id;
      useOutlet(res.id, outlets.get(res.id)?.outlet.name ?? res.raw, 'Unknown', unknownOrigin, res.raw);
      anomalies.push({ kind: 'unknown-outlet', line: l.line, message: `outlet "${res.raw}" is not in data/outlets.json` });
    } else {
      anomalies.push({ kind: 'no-outlet', line: l.line, message: 'the line names no outlet' });
    }
    if (l.date !== l.listedDate) {
      anomalies.push({ kind: 'date-mismatch', line: l.line, message: `published ${l.date}, listed under ${l.listedDate}` });
    }
    const tokens = storyTokensOfWords(vocabulary.addTitle(title)).map(intern);
    drafts.push({ line: l.line, title, section, outletId, date: l.date, listedDate: l.listedDate, truncated: ELLIPSIS_END.test(title), tokens });
  }
  return { drafts, outlets, anomalies };
}

/**
 * Phase 3: truncation, which needs the whole page's vocabulary. A `truncated-title` anomaly for each title
 * ending with an ellipsis; a title whose last word is cut mid-word is marked truncated too, its story
 * tokens retaken without that fragment. Returns the drafts (a cut one replaced) and the anomalies.
 */
function markTruncatedTitles(
  drafts: readonly Draft[],
  vocabulary: PageVocabulary,
  intern: (token: string) => string,
): { drafts: Draft[]; anomalies: Anomaly[] } {
  const anomalies: Anomaly[] = [];
  const marked = drafts.map((d) => {
    if (d.truncated) {
      anomalies.push({ kind: 'truncated-title', line: d.line, message: 'the title ends with an ellipsis' });
      return d;
    }
    const cut = vocabulary.cutWord(d.title);
    if (!cut) return d;
    anomalies.push({
      kind: 'truncated-title',
      line: d.line,
      message: `the title is cut mid-word: "${cut.fragment}" (as in "${cut.completion}")`,
    });
    return { ...d, truncated: true, tokens: storyTokens(d.title, true).map(intern) };
  });
  return { drafts: marked, anomalies };
}

/**
 * Phase 4: the stories. groupStories joins the headlines that tell the same story (similar titles within a
 * few days); storiesOf makes their records. Returns the stories and each headline's story id.
 */
function storiesOfDrafts(drafts: readonly Draft[], ids: readonly string[]): { stories: Story[]; storyOf: string[] } {
  const rep = groupStories(drafts.map((d) => ({ date: d.date, tokens: d.tokens })));
  return storiesOf(drafts, ids, (i) => rep[i] ?? i);
}

/** Phase 5: the headline records, in page order, with their ids, stories, topics and actors. */
function headlineRecords(
  drafts: readonly Draft[],
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
      storyId: storyOf[i] ?? '',
      topics: info.topics,
      actors: info.actors,
      sourceLine: d.line,
    };
  });
}

/** Phase 6: the background article from the page's article part (its year guessed, if need be, from the headlines' range). */
function backgroundArticle(page: PageParts, tables: Tables, range: { start: string }): ArticleResult {
  return parseArticle(page.article, page.repeatedTitle, {
    articles: tables.articles,
    outletByAlias: tables.outletByAlias,
    actors: tables.actorMatcher,
    fallbackYear: Number(range.start.slice(0, 4)),
  });
}

/** Phase 7: the outlets the list names, by id, each with its raw names (sorted) and its number of headlines. */
function outletRecords(tallies: ReadonlyMap<string, OutletTally>): Outlet[] {
  return [...tallies.values()]
    .map((r) => ({ ...r.outlet, aliases: [...r.aliases].sort(compareStrings), headlineCount: r.count }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
