/**
 * Synthetic corpora for tests and benchmarks. Pure: `generate` turns options and the project's tables into
 * a list of headlines (seeded, so the same options always give the same list); `toCorpus` makes the corpus
 * the app loads from it, `toPage` the aggregator page the builder reads. Both describe the same headlines.
 *
 * Shape of what is generated:
 * - days: October 2025 (`month`) or all of 2025 (`year`), with news bursts (the October clashes, the 48-hour
 *   and Doha ceasefires, the Istanbul talks; over a year also a dozen seeded bursts), quieter weekends;
 * - stories of 1 to 30 headlines, P(k) ∝ k^-2.1 (six in ten stories are a single headline), each on one
 *   topic (the day's bursts favour their theme), its headlines within 3 days of the first;
 * - about 500 outlets in 40 countries (the 75 real ones of data/outlets.json and generated names),
 *   Zipf-popular, distinct within a story; about 1% of headlines name no outlet;
 * - titles from templates per topic (titles.ts), about 1.5% cut short, sections (`| World News`) on some;
 * - topics and actors from the builder's own rules (data/topics.json, data/actors.json) applied to the title;
 * - the seed page's 2017 article as the background (or none).
 */
import type { Anomaly, Background, Corpus, Headline, HeadlineCut, Outlet } from '../../src/corpus/schema';
import { assembleCorpus, dateRange, headlineIds, storiesOf, titleFacts } from '../corpus/assemble';
import { build } from '../corpus/build';
import { parseListLine } from '../corpus/page';
import type { Tables } from '../corpus/tables';
import { compareStrings, normKey, slug, toLines } from '../corpus/text';
import { makeOutlets, outletWeights, type SyntheticOutlet } from './outlets';
import { createRng, WeightedPicker, type Rng } from './random';
import { baseTitle, TEMPLATE_TOPICS, titleCase, truncate, variant, type TemplateTopic } from './titles';

export type Span = 'month' | 'year';

export interface GenerateOptions {
  /** Number of headlines, exactly. */
  n: number;
  seed: string;
  /** Default: `month` up to 5,000 headlines, `year` above. */
  span?: Span;
  /** Outlets to draw from (real ones included). Default 500. */
  outlets?: number;
}

/** The seed page's article part, reused as the background of every synthetic corpus. */
export interface SeedArticle {
  /** The page lines before the headline list (article, `Originally posted here:`, the repeated title). */
  lines: string[];
  background: Background;
  /** The builder's anomalies for those lines (line numbers are the same on a synthetic page). */
  anomalies: Anomaly[];
}

export interface SyntheticHeadline {
  title: string;
  section: string | null;
  outlet: SyntheticOutlet | null;
  date: string;
  listedDate: string;
  /** How its title was cut short (null: whole), as the builder would find it. */
  cut: HeadlineCut | null;
  /** Index of its story. */
  story: number;
}

export interface Synthetic {
  n: number;
  seed: string;
  span: Span;
  outlets: SyntheticOutlet[];
  /** In page order: newest listed day first, like the aggregator. */
  headlines: SyntheticHeadline[];
  article: SeedArticle | null;
}

export const MAX_STORY_SIZE = 30;
export const MAX_N = 2_000_000;

export function defaultSpan(n: number): Span {
  return n <= 5_000 ? 'month' : 'year';
}

/** The article part of the seed page and the background the builder makes of it. */
export function seedArticle(seedText: string, tables: Tables, name: string): SeedArticle {
  const lines = toLines(seedText);
  const first = lines.findIndex((l) => parseListLine(l) !== null);
  const corpus = build(seedText, tables, name);
  if (corpus.background === null || first < 0) throw new Error(`${name} has no article before its headline list`);
  return {
    lines: lines.slice(0, first),
    background: corpus.background,
    anomalies: corpus.anomalies.filter((a) => a.line <= first),
  };
}

// ---------------------------------------------------------------------------------------------- days

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Burst {
  /** Day index of the peak. */
  at: number;
  height: number;
  /** Decay after the peak, in days. */
  decay: number;
  theme: TemplateTopic;
}

/** Topic shares on a quiet day, by template topic. */
const BASE_MIX: Record<TemplateTopic, number> = {
  fighting: 0.28,
  ceasefire: 0.17,
  diplomacy: 0.15,
  humanitarian: 0.14,
  'india-afghanistan': 0.06,
  history: 0.05,
  sport: 0.06,
  other: 0.09,
};

/** October 2025, day of month → burst (the real sequence of events, roughly). */
const OCTOBER: readonly (Omit<Burst, 'at'> & { day: number })[] = [
  { day: 9, height: 2, decay: 1, theme: 'fighting' },
  { day: 12, height: 6, decay: 1.5, theme: 'fighting' },
  { day: 15, height: 5, decay: 1, theme: 'fighting' },
  { day: 17, height: 4, decay: 1, theme: 'ceasefire' },
  { day: 19, height: 7, decay: 1.5, theme: 'ceasefire' },
  { day: 25, height: 3, decay: 1.2, theme: 'ceasefire' },
  { day: 28, height: 2.5, decay: 1, theme: 'diplomacy' },
  { day: 30, height: 3, decay: 1, theme: 'ceasefire' },
];

interface Calendar {
  days: string[];
  /** Relative headline volume per day. */
  volume: WeightedPicker;
  /** Per day, a picker over TEMPLATE_TOPICS. */
  topics: WeightedPicker[];
}

function makeCalendar(rng: Rng, span: Span): Calendar {
  const start = Date.UTC(2025, span === 'month' ? 9 : 0, 1);
  const end = Date.UTC(2025, span === 'month' ? 9 : 11, 31);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(dayOf(t));
  const octoberAt = Math.round((Date.UTC(2025, 9, 1) - start) / DAY_MS);
  const bursts: Burst[] = OCTOBER.map(({ day, height, decay, theme }) => ({ at: octoberAt + day - 1, height, decay, theme }));
  if (span === 'year') {
    const themes = new WeightedPicker(TEMPLATE_TOPICS.map((t) => BASE_MIX[t]));
    for (let i = 0; i < 12; i++) {
      bursts.push({
        at: rng.int(0, days.length - 1),
        height: 1.5 + rng.next() * 3.5,
        decay: 1 + rng.next() * 3,
        theme: TEMPLATE_TOPICS[themes.draw(rng)]!,
      });
    }
  }
  const volume: number[] = [];
  const topics: WeightedPicker[] = [];
  days.forEach((day, i) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const seasonal = span === 'year' ? 0.8 + 0.3 * Math.sin((i / days.length) * 2 * Math.PI * 3 + 1) : 1;
    const base = 0.6 * seasonal * (weekday === 0 || weekday === 6 ? 0.7 : 1);
    const mix = TEMPLATE_TOPICS.map((t) => base * BASE_MIX[t]);
    let total = base;
    for (const b of bursts) {
      const d = i - b.at;
      // A short ramp before the peak, an exponential tail after it.
      const v = d >= 0 ? b.height * Math.exp(-d / b.decay) : b.height * 0.3 * Math.exp(d / 0.7);
      if (v < 1e-3) continue;
      total += v;
      TEMPLATE_TOPICS.forEach((t, k) => (mix[k] = mix[k]! + v * (0.3 * BASE_MIX[t] + (t === b.theme ? 0.7 : 0))));
    }
    volume.push(total);
    topics.push(new WeightedPicker(mix));
  });
  return { days, volume: new WeightedPicker(volume), topics };
}

// ------------------------------------------------------------------------------------------ generate

/** P(size = k) ∝ k^-2.1, k = 1 … 30. */
const STORY_SIZES = new WeightedPicker(Array.from({ length: MAX_STORY_SIZE }, (_, i) => Math.pow(i + 1, -2.1)));
/** Days after a story's first headline that the others appear. */
const LATER = new WeightedPicker([0.55, 0.28, 0.12, 0.05]);
const INDIAN_SECTIONS = ['Latest News India', 'World News', 'India News', 'South Asia'];
const SECTIONS = ['World', 'Asia', 'World News', 'Opinion'];

export function generate(options: GenerateOptions, tables: Tables, article: SeedArticle | null): Synthetic {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 1 || n > MAX_N) throw new RangeError(`n must be an integer from 1 to ${MAX_N}`);
  const span = options.span ?? defaultSpan(n);
  const rng = createRng(`synthetic:${seed}`);

  const taken = new Set<string>(tables.outletByAlias.keys());
  const outlets = makeOutlets(rng, Math.max(options.outlets ?? 500, tables.outlets.length), tables.outlets, taken);
  const popularity = new WeightedPicker(outletWeights(rng, outlets));
  const calendar = makeCalendar(rng, span);
  const lastDay = calendar.days.length - 1;

  const headlines: SyntheticHeadline[] = [];
  // The builder makes one headline of one outlet's same title on the same day: the generator lists it once.
  const listedOnce = new Set<string>();
  let story = 0;
  while (headlines.length < n) {
    const size = Math.min(STORY_SIZES.draw(rng) + 1, n - headlines.length);
    const day = calendar.volume.draw(rng);
    const topic = TEMPLATE_TOPICS[calendar.topics[day]!.draw(rng)]!;
    const base = baseTitle(rng, topic);
    const chosen = new Set<number>();
    for (let k = 0; k < size; k++) {
      let outlet: SyntheticOutlet | null = null;
      if (!rng.chance(0.01)) {
        let o = popularity.draw(rng);
        for (let retry = 0; chosen.has(o) && retry < 8; retry++) o = popularity.draw(rng);
        chosen.add(o);
        outlet = outlets[o]!;
      }
      const titleCased = outlet?.titleCase ?? false;
      let title = k > 0 ? variant(rng, base, titleCased) : titleCased ? titleCase(base) : base;
      let cut: HeadlineCut | null = null;
      const chance = rng.next();
      if (chance < 0.016) {
        const short = truncate(rng, title, chance < 0.004);
        if (short !== null) {
          title = short.title;
          cut = short.cut;
        }
      }
      let section: string | null = null;
      if (cut === null && outlet !== null) {
        if (outlet.country === 'India' ? rng.chance(0.15) : rng.chance(0.02))
          section = rng.pick(outlet.country === 'India' ? INDIAN_SECTIONS : SECTIONS);
      }
      const at = Math.min(lastDay, day + (k === 0 ? 0 : LATER.draw(rng)));
      const date = calendar.days[at]!;
      const listedDate = calendar.days[Math.min(lastDay, at + (rng.chance(0.005) ? 1 : 0))]!;
      const key = `${date}\u0000${outlet?.id ?? ''}\u0000${normKey(title)}`;
      if (listedOnce.has(key)) continue;
      listedOnce.add(key);
      headlines.push({ title, section, outlet, date, listedDate, cut, story });
    }
    story++;
  }

  // Page order: newest listed day first; within a day, shuffled (a seeded key per headline).
  const key = headlines.map(() => rng.next());
  const order = headlines.map((_, i) => i);
  order.sort((a, b) => compareStrings(headlines[b]!.listedDate, headlines[a]!.listedDate) || key[a]! - key[b]! || a - b);
  return { n, seed, span, outlets, headlines: order.map((i) => headlines[i]!), article };
}

// ------------------------------------------------------------------------------------------- corpus

/** The 1-based page line of the first headline (after the article, when there is one). */
export function firstListLine(s: Synthetic): number {
  return (s.article?.lines.length ?? 0) + 1;
}

/**
 * The corpus of the synthetic headlines, as the builder would make it of their page (ids, stories, topics
 * and actors the same way: see corpus/assemble.ts), but with each headline's own story and outlet, and
 * only the anomalies the generator put in (no outlet, cut titles, listed under another day).
 */
export function toCorpus(s: Synthetic, tables: Tables, source: string): Corpus {
  const lineOffset = firstListLine(s);
  const anomalies: Anomaly[] = [...(s.article?.anomalies ?? [])];
  const rows = s.headlines.map((h) => ({ title: h.title, date: h.date, outletId: h.outlet?.id ?? null }));
  const ids = headlineIds(rows);
  // Stories: the generated ones, their records made as the builder makes them.
  const { stories, storyOf } = storiesOf(rows, ids, (i) => s.headlines[i]!.story);

  // Headlines, with topics and actors from the builder's rules.
  const facts = titleFacts(tables);
  const counts = new Map<string, number>();
  const headlines: Headline[] = s.headlines.map((h, i) => {
    const info = facts.of(h.title);
    const line = lineOffset + i;
    if (h.outlet === null) anomalies.push({ kind: 'no-outlet', line, message: 'the line names no outlet' });
    else counts.set(h.outlet.id, (counts.get(h.outlet.id) ?? 0) + 1);
    if (h.cut !== null)
      anomalies.push({ kind: 'truncated-title', line, message: h.cut.by === 'ellipsis' ? 'the title ends with an ellipsis' : 'the title is probably cut mid-word' });
    if (h.date !== h.listedDate) anomalies.push({ kind: 'date-mismatch', line, message: `published ${h.date}, listed under ${h.listedDate}` });
    return {
      id: ids[i]!,
      title: h.title,
      section: h.section,
      outletId: h.outlet?.id ?? null,
      date: h.date,
      listedDate: h.listedDate,
      truncated: h.cut !== null,
      ...(h.cut ? { cut: h.cut } : {}),
      storyId: storyOf[i]!,
      topics: info.topics,
      actors: info.actors,
      sourceLine: line,
    };
  });

  const background = s.article?.background ?? null;
  for (const section of background?.sections ?? []) for (const p of section.paragraphs) for (const a of p.actors) facts.usedActors.add(a);

  const outlets: Outlet[] = s.outlets
    .filter((o) => counts.has(o.id))
    .map((o) => ({
      id: o.id,
      name: o.name,
      aliases: [o.name],
      country: o.country,
      origin: tables.originOfCountry(o.country),
      // As the builder: a table outlet's kind; an outlet the table does not know has none.
      kind: o.real ? (tables.outlets.find((t) => t.id === o.id)?.kind ?? 'news') : null,
      headlineCount: counts.get(o.id)!,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
  return assembleCorpus(tables, { source, range: dateRange(headlines), background, headlines, outlets, stories, usedActors: facts.usedActors, anomalies });
}

// --------------------------------------------------------------------------------------------- page

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-10-21` → `October 21st, 2025`, as the aggregator writes dates. */
export function pageDate(day: string): string {
  let text = pageDates.get(day);
  if (text === undefined) pageDates.set(day, (text = formatPageDate(day)));
  return text;
}
const pageDates = new Map<string, string>();

function formatPageDate(day: string): string {
  const d = Number(day.slice(8, 10));
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${MONTH_NAMES[Number(day.slice(5, 7)) - 1]!} ${d}${suffix}, ${day.slice(0, 4)}`;
}

/** One list line: `- TITLE[ | SECTION][ - OUTLET] - DATE [LISTED DATE]`. */
export function pageLine(h: SyntheticHeadline): string {
  const title = h.section === null ? h.title : `${h.title} | ${h.section}`;
  const outlet = h.outlet === null ? '' : ` - ${h.outlet.name}`;
  return `- ${title}${outlet} - ${pageDate(h.date)} [${pageDate(h.listedDate)}]`;
}

/**
 * The aggregator page of a synthetic corpus: the seed article (when there is one), then one line per headline.
 * Real outlets are written with their canonical names (the builder resolves them); generated ones are names
 * the builder does not know, each line reported as `unknown-outlet` and the outlet kept with country "Unknown".
 */
export function toPage(s: Synthetic): string {
  const lines = [...(s.article?.lines ?? []), ...s.headlines.map(pageLine)];
  return `${lines.join('\n')}\n`;
}

/** The `source` name of a synthetic corpus. */
export function sourceName(s: Pick<Synthetic, 'n' | 'seed' | 'span'>): string {
  return `synthetic-${s.n}-${s.span}-seed-${slug(s.seed) || 'x'}.txt`;
}
