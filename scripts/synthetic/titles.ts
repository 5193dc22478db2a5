/**
 * Headline titles from word templates, one family per topic of data/topics.json. A story has one base
 * title; each outlet that carries it writes a variant (the same words, a prefix or suffix, the two countries
 * swapped, a synonym, its own capitalisation). The words are chosen so that the builder's topic rules and
 * actor gazetteer recognise them (the generator classifies titles with those very rules).
 *
 * Titles never contain ` - ` (the page grammar's separator) nor ` | ` (a section marker) of their own.
 */
import type { HeadlineCut } from '../../src/corpus/schema';
import type { Rng } from './random';

/** Topic ids of data/topics.json that the templates are written for. */
export const TEMPLATE_TOPICS = ['fighting', 'ceasefire', 'diplomacy', 'humanitarian', 'india-afghanistan', 'history', 'sport', 'other'] as const;
export type TemplateTopic = (typeof TEMPLATE_TOPICS)[number];

const PLACES = [
  'Chaman', 'Torkham', 'Spin Boldak', 'Kurram', 'Bajaur', 'North Waziristan', 'South Waziristan', 'Khyber', 'Paktika', 'Khost',
  'Kunar', 'Nangarhar', 'Zhob', 'Angoor Adda', 'Ghulam Khan', 'Khyber Pakhtunkhwa', 'Balochistan', 'Kandahar', 'Paktia', 'Chitral',
  'Mohmand', 'Dir', 'Nuristan', 'Helmand',
];
const PAIRS = ['Pakistan and Afghanistan', 'Afghanistan and Pakistan', 'Islamabad and Kabul', 'Kabul and Islamabad'];
const HYPHENS = ['Pakistan-Afghanistan', 'Afghanistan-Pakistan', 'Pak-Afghan', 'Af-Pak'];
/** Subjects of a singular verb ("… says"). */
const PK = ['Pakistan', 'Islamabad', 'The Pakistani army', 'Pakistan military', 'Pakistani government'];
const AF = ['Afghanistan', 'Kabul', 'The Taliban government', 'Afghan defence ministry', 'The Taliban administration'];
const MEDIATORS = ['Qatar', 'Türkiye', 'Turkey', 'Saudi Arabia', 'China', 'Iran', 'Russia', 'the UN', 'the US'];
const CITIES = ['Doha', 'Istanbul', 'Riyadh', 'Beijing', 'Moscow', 'Tehran', 'Kabul', 'Islamabad'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NTH = ['second', 'third', 'fourth', 'fifth', 'sixth'];
const GROUPS = ['TTP', 'Pakistani Taliban', 'Islamic State Khorasan', 'ISKP'];
const OFFICIALS = ['Khawaja Asif', 'Ishaq Dar', 'Zabihullah Mujahid', 'Muttaqi', 'Shehbaz Sharif'];

const TEMPLATES: Record<TemplateTopic, readonly string[]> = {
  fighting: [
    '{PK} says {n} militants killed in strikes on hideouts in {place}',
    '{AF} says {n} civilians killed in Pakistani airstrikes on {place}',
    'Heavy fighting erupts along {hyph} border near {place}',
    '{pair} troops exchange fire at {place} crossing',
    'Border clashes resume at {place} as talks stall',
    '{n} soldiers killed in overnight clashes on {hyph} border',
    'Pakistan accuses Kabul of sheltering TTP after attack in {place}',
    'Drone strike hits {place}, {n} dead, officials say',
    'Taliban forces capture border posts near {place}, spokesman claims',
    'Suicide bombing kills {n} in {place}',
    '{group} claims attack on security convoy in {place}',
    'Why are {pair} fighting on the border?',
    'Deadliest clashes in years on the {hyph} frontier',
    '{PK} launches airstrikes in {place} after border attack',
    'Mortar fire kills {n} as {hyph} hostilities escalate',
    '{AF} vows retaliation after {place} bombing',
    'Fresh firing at {place} leaves {n} wounded',
  ],
  ceasefire: [
    '{pair} agree to ceasefire after talks in {city}',
    '{mediator} brokers truce between {pair}',
    'Ceasefire between {pair} holds for a {nth} day',
    '{pair} extend 48-hour ceasefire',
    'Peace talks in {city} end without agreement',
    '{pair} to resume talks in {city} on {day}',
    'Truce holds at {place} as traders return',
    '{pair} agree on mechanism to monitor the ceasefire',
    'Fragile ceasefire tested by fresh firing in {place}',
    '{mediator} says {pair} have agreed to an immediate ceasefire',
    'A {nth} round of peace talks opens in {city}',
    '{official} says Kabul must rein in TTP for the truce to last',
    'Will the {hyph} ceasefire hold?',
  ],
  diplomacy: [
    '{mediator} urges restraint as {hyph} tensions rise',
    'Trump says he can solve the {hyph} conflict quickly',
    'China offers to mediate between {pair}',
    'Foreign ministers of {pair} meet in {city}',
    'UN chief calls for dialogue between {pair}',
    '{mediator} envoy visits Kabul and Islamabad',
    'Russia hosts regional talks on Afghanistan in Moscow',
    'Diplomats say {city} talks could reshape regional ties',
    'Iran says it is ready to help ease {hyph} tensions',
    'Saudi Arabia steps in as {hyph} relations sour',
    '{official} meets {mediator} envoy in {city}',
  ],
  humanitarian: [
    'Refugees stranded at {place} crossing as border stays shut',
    'Pakistan deports {n}0 Afghan migrants in a single day',
    'Aid agencies warn of hunger in {place} as trade halts',
    'WHO warns of health crisis among returnees in {place}',
    'Women and girls bear the brunt of the crisis in Afghanistan',
    'UN says {n},000 displaced by fighting near {place}',
    'Trucks of food aid stuck at {place} for a {nth} week',
    'Rights groups condemn crackdown on Afghan refugees in {city}',
    'Earthquake survivors in {place} face winter without shelter',
    'Displaced families in {place} appeal for aid',
  ],
  'india-afghanistan': [
    'India upgrades ties with Afghanistan as Muttaqi visits New Delhi',
    'Why India cares about the {hyph} conflict',
    'Taliban minister Muttaqi holds talks in New Delhi',
    'India to reopen embassy in Kabul, says Muttaqi',
    'Pakistan accuses India of backing Taliban attacks in {place}',
    'India and Afghanistan sign trade deal on {day}',
    'What the {hyph} clashes mean for India',
  ],
  history: [
    'What is the Durand Line and why does Afghanistan reject it?',
    'The history behind the {hyph} border dispute',
    'Partition, the Durand Line and a century of mistrust',
    'Echoes of the Durand Line: {pair} at a crossroads',
    'A border that refused to die: the Durand Line at 132',
    'How colonial maps still shape the {hyph} frontier',
  ],
  sport: [
    'Afghanistan withdraws from T20 tri-series in Pakistan',
    'Afghanistan beat Bangladesh by {n} runs in ODI series',
    'ICC condemns deaths of Afghan cricketers in {place} strike',
    'Afghan football squad stranded at {place} crossing',
    'Rashid Khan leads Afghanistan to tri-series win',
  ],
  other: [
    'Travel vloggers flock to Taliban-controlled Afghanistan',
    'Model United Nations club debates the future of Afghanistan',
    'Afghan traders count losses as markets close in {place}',
    'Opinion: what comes next for {pair}',
    'Young crowds fill new cafes in Kabul',
    'Afghan carpet exporters look to Central Asia',
    'Photos: life in {place} after the closure',
    'Podcast: inside the {hyph} standoff',
  ],
};

const SLOTS: Record<string, (rng: Rng) => string> = {
  place: (r) => r.pick(PLACES),
  pair: (r) => r.pick(PAIRS),
  hyph: (r) => r.pick(HYPHENS),
  PK: (r) => r.pick(PK),
  AF: (r) => r.pick(AF),
  mediator: (r) => r.pick(MEDIATORS),
  city: (r) => r.pick(CITIES),
  day: (r) => r.pick(DAYS),
  nth: (r) => r.pick(NTH),
  group: (r) => r.pick(GROUPS),
  official: (r) => r.pick(OFFICIALS),
  n: (r) => String(r.int(2, 9) * (r.chance(0.5) ? 1 : r.int(2, 25))),
};

const capitalise = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

/** Endings that place a story in time or context; added to many base titles so that stories differ. */
const CONTEXTS = [
  ' on {day}', ' amid {hyph} tensions', ' as winter approaches', ' despite the truce', ' after {place} attack',
  ' as border trade stalls', ' ahead of {city} talks', ' as {mediator} steps in', ' after {n} days', ' as refugees return',
];

const fill = (rng: Rng, template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => SLOTS[slot]?.(rng) ?? slot);

/** A story's base title for a topic. */
export function baseTitle(rng: Rng, topic: TemplateTopic): string {
  const template = rng.pick(TEMPLATES[topic]);
  const slots = (template.match(/\{/g) ?? []).length;
  const context = !/[?!:]/.test(template) && rng.chance(slots === 0 ? 0.75 : slots === 1 ? 0.45 : 0.2) ? rng.pick(CONTEXTS) : '';
  return capitalise(fill(rng, template + context));
}

const PREFIXES = ['Update: ', 'Explained: ', 'Live: ', 'Analysis: ', 'Watch: ', 'Breaking: '];
const SUFFIXES = [', officials say', ', reports say', ', sources say', ' as tensions simmer', ', says report'];
const SYNONYMS: readonly [RegExp, string][] = [
  [/\bceasefire\b/, 'truce'],
  [/\bclashes\b/, 'fighting'],
  [/\bborder\b/, 'frontier'],
  [/\bkilled\b/, 'dead'],
  [/\btalks\b/, 'negotiations'],
  [/\bagree to\b/, 'agree on'],
];
const SWAPS: readonly [RegExp, string][] = [
  [/\bPakistan and Afghanistan\b/, 'Afghanistan and Pakistan'],
  [/\bAfghanistan and Pakistan\b/, 'Pakistan and Afghanistan'],
  [/\bPakistan-Afghanistan\b/, 'Afghanistan-Pakistan'],
  [/\bAfghanistan-Pakistan\b/, 'Pakistan-Afghanistan'],
];
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from']);

/** Title Case, the way some outlets write headlines ("Pakistan And Afghanistan Agree To..." is not: small words stay). */
export function titleCase(title: string): string {
  return title
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : /^[a-z]/.test(w) ? capitalise(w) : w))
    .join(' ');
}

/** One outlet's version of a story's base title. The first headline of a story keeps the base. */
export function variant(rng: Rng, base: string, titleCaseOutlet: boolean): string {
  let t = base;
  if (rng.chance(0.35)) {
    // Syndicated copy: the same words.
  } else {
    if (rng.chance(0.25)) {
      const [re, to] = rng.pick(SWAPS);
      t = t.replace(re, to);
    }
    if (rng.chance(0.25)) {
      const [re, to] = rng.pick(SYNONYMS);
      t = t.replace(re, to);
    }
    const k = rng.next();
    if (k < 0.15) t = rng.pick(PREFIXES) + t;
    else if (k < 0.3 && !/[?!:]$/.test(t)) t = t + rng.pick(SUFFIXES);
  }
  return titleCaseOutlet ? titleCase(t) : t;
}

/**
 * The aggregator cut the title: at a word boundary with an ellipsis (`…` or `...`), or mid-word (the
 * last word reduced to a lowercase fragment: "claims Afghanistan facilitating t"). Null if too short to cut.
 */
export function truncate(rng: Rng, title: string, midWord: boolean): { title: string; cut: HeadlineCut } | null {
  const words = title.split(' ');
  if (words.length < 5) return null;
  const keep = rng.int(Math.ceil(words.length * 0.5), words.length - 1);
  const head = words.slice(0, keep);
  if (!midWord) return { title: `${head.join(' ').replace(/[,:;]$/, '')}${rng.chance(0.5) ? '...' : '…'}`, cut: { by: 'ellipsis', certainty: 'certain' } };
  const next = words[keep]!;
  if (!/^[a-z]{4,}$/.test(next)) return null;
  const fragment = next.slice(0, rng.int(1, next.length - 2));
  return { title: `${head.join(' ')} ${fragment}`, cut: { by: 'mid-word', certainty: 'probable', fragment, completion: next } };
}
