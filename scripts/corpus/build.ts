/**
 * build(text, tables, sourceName) → Corpus: the whole page → corpus transformation, pure (no I/O, no
 * clock, no randomness), so the same input always gives the same corpus.
 */
import {
  anomalyKinds,
  type Actor,
  type Anomaly,
  type Corpus,
  type Headline,
  type Origin,
  type Outlet,
  type Story,
} from '../../src/corpus/schema';
import { parseArticle } from './article';
import { ELLIPSIS_END, PageVocabulary, splitSection } from './headline';
import { resolveOutlet } from './outlets';
import { splitPage } from './page';
import { groupStories, storyTokens, storyTokensOfWords } from './stories';
import type { Tables } from './tables';
import { compareStrings, shortHash, toLines } from './text';

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

/** Turn the text of an aggregator page into a corpus. Throws CorpusInputError when it has no headline list. */
export function build(text: string, tables: Tables, sourceName: string): Corpus {
  const lines = toLines(text);
  if (lines.every((l) => l === '')) throw new CorpusInputError('the input is empty');
  const page = splitPage(lines);
  if (page.list.length === 0) throw new CorpusInputError(`no headline list found (expected lines like ${EXAMPLE})`);

  const anomalies: Anomaly[] = [];
  for (const r of page.rejected) {
    anomalies.push({ kind: 'not-a-headline', line: r.line, message: `not a headline line: "${clip(r.text)}"` });
  }

  // Outlets and titles.
  const outletRows = new Map<string, { outlet: Omit<Outlet, 'aliases' | 'headlineCount'>; aliases: Set<string>; count: number }>();
  const useOutlet = (id: string, name: string, country: string, origin: string, raw: string) => {
    let row = outletRows.get(id);
    if (row === undefined) outletRows.set(id, (row = { outlet: { id, name, country, origin }, aliases: new Set(), count: 0 }));
    row.aliases.add(raw);
    row.count++;
  };
  const vocabulary = new PageVocabulary();
  for (const l of page.article) vocabulary.addText(l.text);
  if (page.repeatedTitle) vocabulary.addText(page.repeatedTitle.text);

  // One string instance per distinct token: far fewer live objects on large pages.
  const interned = new Map<string, string>();
  const intern = (t: string): string => {
    const known = interned.get(t);
    if (known !== undefined) return known;
    interned.set(t, t);
    return t;
  };
  const drafts: Draft[] = [];
  for (const l of page.list) {
    const res = resolveOutlet(l.rest, tables.outletByAlias);
    const { title, section } = splitSection(res.title);
    let outletId: string | null = null;
    if (res.kind === 'known') {
      outletId = res.outlet.id;
      useOutlet(res.outlet.id, res.outlet.name, res.outlet.country, res.outlet.origin, res.raw);
    } else if (res.kind === 'unknown') {
      outletId = res.id;
      useOutlet(res.id, outletRows.get(res.id)?.outlet.name ?? res.raw, 'Unknown', tables.origins.unknown, res.raw);
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

  // Truncation (needs the whole page's vocabulary).
  for (const d of drafts) {
    if (d.truncated) {
      anomalies.push({ kind: 'truncated-title', line: d.line, message: 'the title ends with an ellipsis' });
      continue;
    }
    const cut = vocabulary.cutWord(d.title);
    if (cut) {
      d.truncated = true;
      d.tokens = storyTokens(d.title, true).map(intern);
      anomalies.push({
        kind: 'truncated-title',
        line: d.line,
        message: `the title is cut mid-word: "${cut.fragment}" (as in "${cut.completion}")`,
      });
    }
  }

  // Ids: a hash of date, outlet and title; a collision gets -2, -3 ... in source order.
  // (A hash has no '-', so "base-k" never equals another hash.)
  const seen = new Map<string, number>();
  const ids = drafts.map((d) => {
    const base = shortHash(`${d.date}|${d.outletId ?? ''}|${d.title}`);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}-${k}`;
  });

  // Stories. Headlines in (date, source line) order: a stable counting sort on the distinct dates.
  const rep = groupStories(drafts.map((d) => ({ date: d.date, tokens: d.tokens })));
  const dateSlot = new Map<string, number>();
  for (const d of drafts) dateSlot.set(d.date, 0);
  const distinctDates = [...dateSlot.keys()].sort(compareStrings);
  const slotStart = new Int32Array(distinctDates.length + 1);
  distinctDates.forEach((d, k) => dateSlot.set(d, k));
  for (const d of drafts) {
    const k = (dateSlot.get(d.date) ?? 0) + 1;
    slotStart[k] = (slotStart[k] ?? 0) + 1;
  }
  for (let k = 1; k < slotStart.length; k++) slotStart[k] = (slotStart[k] ?? 0) + (slotStart[k - 1] ?? 0);
  const chronological = new Int32Array(drafts.length);
  drafts.forEach((d, i) => {
    const k = dateSlot.get(d.date) ?? 0;
    const at = slotStart[k] ?? 0;
    chronological[at] = i;
    slotStart[k] = at + 1;
  });
  // Walking headlines chronologically lists each story's headlines earliest first, and the stories by
  // their earliest headline.
  const groupOf = new Map<number, number[]>();
  const groups: number[][] = [];
  for (const i of chronological) {
    const r = rep[i] ?? i;
    const g = groupOf.get(r);
    if (g) g.push(i);
    else {
      const fresh = [i];
      groupOf.set(r, fresh);
      groups.push(fresh);
    }
  }
  const storyOf = new Array<string>(drafts.length);
  const stories: Story[] = groups.map((g) => {
    const first = g[0] ?? 0;
    const id = `s-${ids[first] ?? ''}`;
    const outletIds: string[] = [];
    for (const i of g) {
      storyOf[i] = id;
      const o = drafts[i]?.outletId;
      if (o != null && !outletIds.includes(o)) outletIds.push(o);
    }
    return {
      id,
      label: drafts[first]?.title ?? '',
      headlineIds: g.map((i) => ids[i] ?? ''),
      outletIds,
      firstDate: drafts[first]?.date ?? '',
      lastDate: drafts[g[g.length - 1] ?? 0]?.date ?? '',
    };
  });

  // Headlines, topics and actors.
  // Syndicated copies repeat titles: topics and actors are worked out once per distinct title.
  const usedActors = new Set<string>();
  const perTitle = new Map<string, { topics: string[]; actors: string[] }>();
  const headlines: Headline[] = drafts.map((d, i) => {
    let info = perTitle.get(d.title);
    if (info === undefined) {
      info = { topics: tables.topicClassifier.classify(d.title), actors: tables.actorMatcher.actorIds(d.title) };
      info.actors.forEach((a) => usedActors.add(a));
      perTitle.set(d.title, info);
    }
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

  // The background article.
  let start = drafts[0]?.date ?? '';
  let end = start;
  for (const d of drafts) {
    if (d.date < start) start = d.date;
    if (d.date > end) end = d.date;
  }
  const range = { start, end };
  const article = parseArticle(page.article, page.repeatedTitle, {
    articles: tables.articles,
    outletByAlias: tables.outletByAlias,
    actors: tables.actorMatcher,
    fallbackYear: Number(range.start.slice(0, 4)),
  });
  anomalies.push(...article.anomalies);
  article.actorIds.forEach((a) => usedActors.add(a));

  const outlets: Outlet[] = [...outletRows.values()]
    .map((r) => ({ ...r.outlet, aliases: [...r.aliases].sort(compareStrings), headlineCount: r.count }))
    .sort((a, b) => compareStrings(a.id, b.id));
  const usedOrigins = new Set(outlets.map((o) => o.origin));
  if (headlines.some((h) => h.outletId === null)) usedOrigins.add(tables.origins.unknown);
  const origins: Origin[] = tables.origins.origins.filter((o) => usedOrigins.has(o.id)).map(({ id, label }) => ({ id, label }));
  const actors: Actor[] = tables.actors
    .filter((a) => usedActors.has(a.id))
    .map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases }));

  const kindOrder = (k: Anomaly['kind']) => anomalyKinds.indexOf(k);
  anomalies.sort((a, b) => a.line - b.line || kindOrder(a.kind) - kindOrder(b.kind) || compareStrings(a.message, b.message));

  return {
    schemaVersion: 1,
    source: sourceName,
    range,
    background: article.background,
    headlines,
    outlets,
    origins,
    stories,
    topics: topicsInDisplayOrder(tables.topics),
    actors,
    anomalies,
  };
}

function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The corpus's topics in the table's display order (its rule order when it gives none). */
function topicsInDisplayOrder(file: Tables['topics']): { id: string; label: string }[] {
  const rules = file.topics.map(({ id, label }) => ({ id, label }));
  if (!file.displayOrder) return rules;
  const rank = new Map(file.displayOrder.map((id, i) => [id, i]));
  return rules.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}
