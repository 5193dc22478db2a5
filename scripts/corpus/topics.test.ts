import { describe, expect, it } from 'vitest';
import { compileTopics, isCaseSensitivePattern, parseWeightedPattern, subordinateSpans } from './topics';
import { SEED_LABELS, UNSEEN_LABELS, type LabelledHeadline } from './topics-labelled';
import { headlineAt, seedCorpus, seedTables } from './testing';

const classify = (title: string) => seedTables().topicClassifier.classify(title);
const primary = (title: string) => classify(title)[0];

/** How many of the labelled headlines get the editor's primary topic from `first`, and which do not. */
function agreement(set: readonly LabelledHeadline[], first: (title: string) => string | undefined) {
  const misses = set.filter((l) => first(l.title) !== l.topic);
  return { agree: set.length - misses.length, total: set.length, misses };
}
const pct = (a: { agree: number; total: number }) => Math.round((100 * a.agree) / a.total);
const explain = (misses: readonly LabelledHeadline[]) =>
  misses.map((l) => `  ${l.line ?? 'written'}: editor ${l.topic}, rules ${JSON.stringify(seedTables().topicClassifier.scores(l.title))}: ${l.title}`).join('\n');

describe('topic rules against the editor (topics-labelled.ts)', () => {
  it('the labelled set is every seed headline, by line and title as built', () => {
    const built = seedCorpus().headlines.map((h) => [h.sourceLine, h.title]);
    expect(SEED_LABELS.map((l) => [l.line, l.title])).toEqual(built);
    expect(built).toHaveLength(80);
    const ids = new Set(seedTables().topics.topics.map((t) => t.id));
    for (const l of [...SEED_LABELS, ...UNSEEN_LABELS]) for (const t of [l.topic, ...(l.also ?? [])]) expect(ids.has(t), t).toBe(true);
    // The written headlines cover every topic, at least twice.
    for (const id of ids) expect(UNSEEN_LABELS.filter((l) => l.topic === id).length, id).toBeGreaterThanOrEqual(2);
    for (const l of UNSEEN_LABELS) expect(SEED_LABELS.some((s) => s.title === l.title), l.title).toBe(false);
  });

  it('the primary topic agrees with the editor on ≥ 90% of the seed and ≥ 85% of the written headlines', () => {
    const seed = agreement(SEED_LABELS, primary);
    const unseen = agreement(UNSEEN_LABELS, primary);
    console.log(
      `topics: primary topic agrees with the editor on ${seed.agree} of ${seed.total} seed headlines (${pct(seed)}%), ` +
        `${unseen.agree} of ${unseen.total} written ones (${pct(unseen)}%)\n${explain([...seed.misses, ...unseen.misses])}`,
    );
    expect(seed.agree / seed.total, explain(seed.misses)).toBeGreaterThanOrEqual(0.9);
    expect(unseen.agree / unseen.total, explain(unseen.misses)).toBeGreaterThanOrEqual(0.85);
  });

  it('strongest evidence agrees with the editor more often than the rules’ order on the same table', () => {
    const order = seedTables().topics.topics.map((t) => t.id);
    const byRuleOrder = (title: string) => [...classify(title)].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    expect(agreement(SEED_LABELS, primary).agree).toBeGreaterThan(agreement(SEED_LABELS, byRuleOrder).agree);
    // Where the order of the rules would pick the topic that merely also matches:
    expect(byRuleOrder(SEED_LABELS.find((l) => l.line === 74)!.title)).toBe('humanitarian');
    expect(primary('UN urges Pakistan and Afghanistan to end hostilities to protect civilians')).toBe('diplomacy');
    expect(primary("Afghanistan issues BIG warning to Pakistan amid ceasefire: 'Swear by god, you will not find safety even up to Indian border'")).toBe('diplomacy');
    expect(primary('Afghanistan kills 58 Pakistani soldiers: Why the two Islamic nations are fighting as Afghan foreign minist')).toBe('fighting');
  });

  it('"Regional diplomacy" is the primary topic of the headlines an editor files there', () => {
    const diplomacy = SEED_LABELS.filter((l) => l.topic === 'diplomacy');
    expect(diplomacy.length).toBeGreaterThanOrEqual(12);
    expect(diplomacy.filter((l) => primary(l.title) !== 'diplomacy').map((l) => l.title)).toEqual([]);
    for (const title of [
      "'We have other options': Afghan Foreign Minister warns amid Afghanistan-Pakistan conflict",
      'Afghanistan is free now, but if Pakistan rejects peace, we have other options: Afghan FM',
      'Afghanistan open to talks with Pakistan, but we have other means: Muttaqi',
      "Afghanistan-Pakistan conflict: Will Saudi Arabia step in? Here's what Kingdom said",
      'Im good at making peace: Trump turns attention to border skirmishes between Pakistan and Afghanistan',
      'Im Good at Solving Wars: Is Trump Now Eyeing Pakistan-Afghanistan Conflict?',
      "'Pak Attacked Afghanistan': What Trump Said On Brokering Peace",
      'Iran says ready to help ease Pakistan-Afghanistan tensions',
      'Pakistan and Afghanistan begin talks in Qatar, says Taliban',
      'Pakistan says ready to talk to Afghanistan on our terms',
    ])
      expect(primary(title), title).toBe('diplomacy');
    expect(seedCorpus().headlines.filter((h) => h.topics[0] === 'diplomacy').length).toBeGreaterThanOrEqual(12);
  });

  it('headlines of one story get one primary topic', () => {
    const stories: [string, number[]][] = [
      ['diplomacy', [90, 103, 104]], // the Afghan foreign minister's warning, 13 October
      ['diplomacy', [100, 101]], // Trump on the fighting, 13 October
      ['ceasefire', [37, 42, 43, 45, 46, 48, 49]], // the Doha agreement, 19 October
      ['ceasefire', [66, 67, 68, 75, 77]], // the 48-hour truce, 15–17 October
      ['ceasefire', [29, 41, 53, 56, 59]], // the pledge to respect the ceasefire
      ['fighting', [91, 106]], // "58 Pakistani soldiers killed"
    ];
    for (const [topic, lines] of stories) expect(lines.map((n) => [n, headlineAt(n).topics[0]])).toEqual(lines.map((n) => [n, topic]));
  });
});

describe('topic rules', () => {
  it('every seed headline gets at least one known topic', () => {
    const corpus = seedCorpus();
    const ids = new Set(corpus.topics.map((t) => t.id));
    for (const h of corpus.headlines) {
      expect(h.topics.length, h.title).toBeGreaterThan(0);
      for (const t of h.topics) expect(ids.has(t), t).toBe(true);
    }
  });
  it.each([
    ['Afghanistan rewrite records and thrash Bangladesh by 200 runs, become first team to...', 'sport'],
    ['Afghanistan withdraws from Twenty20 cricket tri-series in Pakistan over military strikes', 'sport'],
    ['WHO: Hunger in Afghanistan Is on the Rise', 'humanitarian'],
    ['EU Increases humanitarian funding to expand WHOs health response in Afghanistan', 'humanitarian'],
    ['Pakistan and Afghanistan agree to a ceasefire', 'ceasefire'],
    ['Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says', 'ceasefire'],
    ['Afghanistan, Pakistan Agree to Ceasefire Mediated by Qatar and Turkey', 'ceasefire'],
    ['Dozens killed, injured in new Pakistan-Afghanistan border clashes', 'fighting'],
    ['War breaks out between Pakistan and Afghanistan', 'fighting'],
    ['Taliban Expand Ties with India, While Accusing Pakistan of Bombing Afghanistan', 'india-afghanistan'],
    ['India-Afghanistan Relations: In Search Of Dominance And Legitimacy OpEd', 'india-afghanistan'],
    ['Iran says ready to help ease Pakistan-Afghanistan tensions', 'diplomacy'],
    ['Echoes of the Durand Line: Afghanistan and Pakistan at a crossroads', 'history'],
    ['Danger tourism: Meet the travellers flocking to Taliban-controlled Afghanistan', 'other'],
  ])('%s → primary %s', (title, topic) => {
    expect(primary(title)).toBe(topic);
  });
  it('gives several topics, strongest evidence first', () => {
    // A ceasefire after fighting: the ceasefire is the news, the fighting its circumstance.
    expect(classify('Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting')).toEqual(['ceasefire', 'fighting']);
    expect(classify('Pakistan and Afghanistan agree to immediate ceasefire after peace talks in Doha')).toEqual(['ceasefire', 'diplomacy']);
    expect(headlineAt(52).topics).toEqual(['sport', 'fighting']);
    expect(headlineAt(90).topics).toEqual(['diplomacy', 'fighting']);
  });
  it('all-caps patterns are case-sensitive: "Who are ..." is not WHO', () => {
    expect(classify('Who are the Talibros? Meet the content creators braving Afghanistan')).toEqual(['other']);
    expect(isCaseSensitivePattern('WHO')).toBe(true);
    expect(isCaseSensitivePattern('U\\.S\\.')).toBe(true);
    expect(isCaseSensitivePattern('T20I?s?')).toBe(false);
    expect(isCaseSensitivePattern('cease-?fire')).toBe(false);
  });
  it('matches on word boundaries only', () => {
    expect(classify('Warsaw hosts a summit')).toEqual(['other']);
    expect(classify('Pakistan-Afghanistan war')).toContain('fighting');
    // "fire" and "escalation" inside "cease-fire" and "de-escalation" are not fighting.
    expect(classify('Both sides announce a cease-fire')).toEqual(['ceasefire']);
    expect(classify('Calls for de-escalation grow')).not.toContain('fighting');
  });
  it('"Indian border" alone is not about India', () => {
    expect(classify("Afghanistan warns Pakistan: 'not even up to Indian border'")).not.toContain('india-afghanistan');
    expect(classify('Afghanistan-Pakistan conflict and why India cares')).toContain('india-afghanistan');
    expect(classify('India and Pakistan talk cricket')).not.toContain('india-afghanistan');
  });
  it('falls back to the fallback topic', () => {
    const c = compileTopics({ fallback: 'misc', topics: [{ id: 'a', label: 'A', patterns: ['alpha'] }, { id: 'misc', label: 'Misc', patterns: [] }] });
    expect(c.classify('Alpha beta')).toEqual(['a']);
    expect(c.classify('Gamma')).toEqual(['misc']);
    expect(c.scores('Gamma')).toEqual([]);
  });
});

describe('weighted evidence', () => {
  const table = (topics: { id: string; patterns: string[]; requires?: string[] }[]) =>
    compileTopics({ fallback: 'other', topics: [...topics.map((t) => ({ ...t, label: t.id })), { id: 'other', label: 'Other', patterns: [] }] });

  it('reads a weight written " ×N" after the pattern; 1 without', () => {
    expect(parseWeightedPattern('cease-?fires? ×3')).toEqual({ source: 'cease-?fires?', weight: 3 });
    expect(parseWeightedPattern('calm ×0.5')).toEqual({ source: 'calm', weight: 0.5 });
    expect(parseWeightedPattern('calm')).toEqual({ source: 'calm', weight: 1 });
    expect(parseWeightedPattern('WHO ×2').source).toBe('WHO');
    for (const bad of ['calm ×0', '×3', 'a×b', 'calm ×3 ×2']) expect(() => parseWeightedPattern(bad), bad).toThrow(/bad weighted pattern/);
    expect(() => table([{ id: 'a', patterns: ['x ×0'] }])).toThrow(/topics\.json: topic "a": bad weighted pattern/);
  });
  it('a topic scores the sum of its matching patterns, each once; the strongest comes first, ties in table order', () => {
    const c = table([
      { id: 'a', patterns: ['alpha', 'beta'] },
      { id: 'b', patterns: ['gamma ×3'] },
      { id: 'c', patterns: ['delta ×2'] },
    ]);
    expect(c.scores('alpha beta gamma')).toEqual([{ id: 'b', score: 3 }, { id: 'a', score: 2 }]);
    expect(c.scores('alpha alpha alpha gamma')).toEqual([{ id: 'b', score: 3 }, { id: 'a', score: 1 }]);
    expect(c.classify('delta, alpha and beta')).toEqual(['a', 'c']);
    expect(c.classify('Gamma; Alpha, beta and alpha')).toEqual(['b', 'a']);
  });
  it('a match in a subordinate clause counts half, at the pattern’s best match', () => {
    expect(subordinateSpans('Truce agreed after deadly clashes, officials say').map(([s, e]) => 'Truce agreed after deadly clashes, officials say'.slice(s, e))).toEqual([
      'after deadly clashes',
    ]);
    expect(subordinateSpans('Over 12 civilians killed')).toEqual([]); // "over" before a number is "more than"
    const c = table([
      { id: 'calm', patterns: ['truce ×2'] },
      { id: 'war', patterns: ['clashes ×3'] },
    ]);
    expect(c.scores('Truce agreed after clashes')).toEqual([{ id: 'calm', score: 2 }, { id: 'war', score: 1.5 }]);
    expect(c.scores('Clashes go on amid truce')).toEqual([{ id: 'war', score: 3 }, { id: 'calm', score: 1 }]);
    expect(c.scores('Clashes amid clashes')).toEqual([{ id: 'war', score: 3 }]);
  });
  it('counts every pattern that matches, also where several start at one place, whatever their groups', () => {
    const c = table([{ id: 'a', patterns: ['new', 'new york ×2', '(n|y)ew( york)? ×4', 'UN ×8', 'united'] }]);
    expect(c.scores('New York')).toEqual([{ id: 'a', score: 7 }]);
    expect(c.scores('UN and the united states of New York')).toEqual([{ id: 'a', score: 16 }]);
    expect(c.scores('un')).toEqual([]);
  });
  it('keeps case-sensitivity and word boundaries with a weight', () => {
    const c = table([{ id: 'health', patterns: ['WHO ×3'] }, { id: 'x', patterns: ['escalat(e|ion) ×2'] }]);
    expect(c.classify('Who cares')).toEqual(['other']);
    expect(c.classify('WHO warns')).toEqual(['health']);
    expect(c.classify('Deescalation')).toEqual(['other']);
  });
  it('a topic with `requires` scores only when one of them matches', () => {
    const c = table([{ id: 'india', patterns: ['India ×4'], requires: ['Kabul'] }, { id: 'cricket', patterns: ['cricket'] }]);
    expect(c.classify('India cricket')).toEqual(['cricket']);
    expect(c.classify('India and Kabul cricket')).toEqual(['india', 'cricket']);
  });
});
