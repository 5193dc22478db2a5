/**
 * Test support: a small hand-made corpus, validated by the real schema, for unit tests of the store,
 * the filters and the headlines. Not imported by the app.
 */
import { corpusSchema, type Corpus, type Headline, type HeadlineCut } from './schema';

export interface HeadlineSpec {
  id: string;
  title: string;
  outletId: string | null;
  date: string;
  storyId: string;
  topics: string[];
  actors?: string[];
  /** How its title was cut short (absent: whole). */
  cut?: HeadlineCut;
  section?: string | null;
}

const outlets = [
  { id: 'ap-news', name: 'AP News', country: 'US', origin: 'western', kind: 'wire' as const },
  { id: 'cnn', name: 'CNN', country: 'US', origin: 'western' },
  { id: 'dawn', name: 'Dawn', country: 'Pakistan', origin: 'pakistani' },
  { id: 'tolo-news', name: 'Tolo News', country: 'Afghanistan', origin: 'afghan' },
  { id: 'the-hindu', name: 'The Hindu', country: 'India', origin: 'indian' },
  { id: 'trt-world', name: 'TRT World', country: 'Türkiye', origin: 'gulf-turkish' },
  { id: 'quiet-post', name: 'Quiet Post', country: 'US', origin: 'western' },
];

const topics = [
  { id: 'clashes', label: 'Clashes' },
  { id: 'ceasefire', label: 'Ceasefire' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'humanitarian', label: 'Humanitarian' },
];

const actors = [
  { id: 'taliban', name: 'Taliban', kind: 'group' as const, aliases: [] },
  { id: 'pakistan', name: 'Pakistan', kind: 'country' as const, aliases: [] },
  { id: 'qatar', name: 'Qatar', kind: 'country' as const, aliases: [] },
];

/** Ten headlines over five days (listed newest first, as on the source page). */
export const fixtureHeadlines: HeadlineSpec[] = [
  { id: 'h-pledge-ap', title: 'Afghanistan and Pakistan pledge to respect ceasefire', outletId: 'ap-news', date: '2025-10-21', storyId: 's-pledge', topics: ['ceasefire'], actors: ['pakistan'] },
  { id: 'h-unknown', title: 'Afghanistan and Pakistan announced a cease-fire on Sunday', outletId: null, date: '2025-10-21', storyId: 's-unknown', topics: ['ceasefire'], cut: { by: 'ellipsis', certainty: 'certain' } },
  { id: 'h-pledge-trt', title: 'Afghanistan and Pakistan pledge to respect ceasefire', outletId: 'trt-world', date: '2025-10-19', storyId: 's-pledge', topics: ['ceasefire', 'diplomacy'], actors: ['pakistan', 'qatar'] },
  { id: 'h-qatar-ap', title: 'Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says', outletId: 'ap-news', date: '2025-10-19', storyId: 's-qatar', topics: ['ceasefire', 'diplomacy'], actors: ['qatar'] },
  { id: 'h-kabul-dawn', title: "Future of ceasefire hinges on Kabul's ability to rein in TTP", outletId: 'dawn', date: '2025-10-19', storyId: 's-kabul', topics: ['diplomacy'], actors: ['taliban'] },
  { id: 'h-hunger-tolo', title: 'Afghanistan faces one of the worst hunger crises', outletId: 'tolo-news', date: '2025-10-17', storyId: 's-hunger', topics: ['humanitarian'] },
  { id: 'h-clash-cnn', title: 'Why are Afghanistan and Pakistan clashing on the border?', outletId: 'cnn', date: '2025-10-17', storyId: 's-why', topics: ['clashes'], actors: ['taliban', 'pakistan'], section: 'World' },
  { id: 'h-clash-ap', title: 'Afghanistan says it has killed 58 Pakistani soldiers', outletId: 'ap-news', date: '2025-10-13', storyId: 's-58', topics: ['clashes'], actors: ['taliban'] },
  { id: 'h-muttaqi-hindu', title: 'Afghanistan open to talks with Pakistan: Muttaqi', outletId: 'the-hindu', date: '2025-10-13', storyId: 's-muttaqi', topics: ['diplomacy', 'clashes'], actors: ['taliban', 'pakistan'] },
  { id: 'h-durand-hindu', title: 'Echoes of the Durand Line', outletId: 'the-hindu', date: '2025-10-12', storyId: 's-durand', topics: ['clashes'] },
];

const fixtureSource = { publisher: 'Example Wire', title: 'A report the fixture cites', url: 'https://news.example/report', date: '2025-10-19' };

/**
 * Two key events and a phase, joined to fixture headlines (the builder's rules are tested in scripts/; here the
 * joins are given). Headline ids the specs do not hold are dropped, so any subset of the fixture still validates.
 */
export const fixtureEvents = [
  {
    id: 'night-clashes',
    title: 'Night of border clashes',
    summary: 'Both sides reported heavy fighting along the border overnight.',
    start: '2025-10-11',
    end: '2025-10-12',
    time: null,
    kind: 'clash' as const,
    places: ['Border posts'],
    actors: ['pakistan', 'taliban'],
    participants: [],
    declined: [],
    sources: [fixtureSource],
    claims: [
      { claimant: 'The Taliban government', claimantActor: 'taliban', date: '2025-10-12', text: 'Said it killed 58 soldiers.', figures: [{ value: 58, what: 'soldiers killed' }], sources: [fixtureSource] },
      { claimant: "Pakistan's military", claimantActor: 'pakistan', date: '2025-10-12', text: 'Said 23 of its soldiers died.', figures: [{ value: 23, what: 'own soldiers killed' }], sources: [fixtureSource] },
    ],
    disputes: [],
    headlineIds: ['h-clash-ap', 'h-muttaqi-hindu'],
    paragraphIds: [],
  },
  {
    id: 'doha-ceasefire',
    title: 'Ceasefire agreed in Doha',
    summary: 'Qatar announced that both sides had agreed to an immediate ceasefire.',
    start: '2025-10-19',
    end: '2025-10-19',
    time: { local: '01:00', zone: 'Asia/Qatar', sources: [fixtureSource] },
    kind: 'agreement' as const,
    places: ['Doha'],
    actors: ['qatar', 'pakistan', 'taliban'],
    participants: ['pakistan', 'taliban'],
    declined: [],
    sources: [fixtureSource],
    claims: [],
    disputes: [],
    headlineIds: ['h-qatar-ap', 'h-pledge-trt', 'h-pledge-ap'],
    paragraphIds: [],
  },
];

export const fixturePhases = [{ id: 'escalation', label: 'Escalation', start: '2025-10-09', end: '2025-10-15', sources: [fixtureSource] }];

/** Build a schema-valid corpus from headline specs (outlets, topics and actors are the fixed tables above). */
export function makeCorpus(specs: readonly HeadlineSpec[] = fixtureHeadlines): Corpus {
  const headlines: Headline[] = specs.map((s, i) => ({
    id: s.id,
    title: s.title,
    section: s.section ?? null,
    outletId: s.outletId,
    date: s.date,
    listedDate: s.date,
    truncated: s.cut !== undefined,
    ...(s.cut ? { cut: s.cut } : {}),
    storyId: s.storyId,
    topics: s.topics,
    actors: s.actors ?? [],
    sourceLine: i + 1,
  }));
  const storyIds = [...new Set(specs.map((s) => s.storyId))];
  const stories = storyIds.map((id) => {
    const hs = headlines.filter((h) => h.storyId === id);
    const dates = hs.map((h) => h.date).sort();
    return {
      id,
      label: hs[0]!.title,
      headlineIds: hs.map((h) => h.id),
      outletIds: [...new Set(hs.map((h) => h.outletId).filter((o): o is string => o !== null))],
      firstDate: dates[0]!,
      lastDate: dates[dates.length - 1]!,
    };
  });
  const dates = headlines.map((h) => h.date).sort();
  const corpus = {
    schemaVersion: 1 as const,
    source: 'fixture.txt',
    range: { start: dates[0] ?? '2025-10-01', end: dates[dates.length - 1] ?? '2025-10-01' },
    background: null,
    headlines,
    outlets: outlets.map((o) => ({ ...o, aliases: [], headlineCount: headlines.filter((h) => h.outletId === o.id).length })),
    origins: [
      { id: 'western', label: 'Western' },
      { id: 'pakistani', label: 'Pakistani' },
      { id: 'afghan', label: 'Afghan' },
      { id: 'indian', label: 'Indian' },
      { id: 'gulf-turkish', label: 'Gulf, Türkiye and Iran' },
      { id: 'unknown', label: 'Unknown' },
    ],
    stories,
    topics,
    actors,
    anomalies: [],
    events: fixtureEvents.map((e) => ({ ...e, headlineIds: e.headlineIds.filter((id) => headlines.some((h) => h.id === id)) })),
    phases: fixturePhases,
  };
  return corpusSchema.parse(corpus);
}
