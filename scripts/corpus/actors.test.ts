import { eventActors } from './events';
import { describe, expect, it } from 'vitest';
import { compileActors, isCaseSensitiveAlias } from './actors';
import { headlineAt, seedCorpus, seedTables } from './testing';

const matcher = seedTables().actorMatcher;
const spans = (text: string) => matcher.mentions(text).map((m) => [text.slice(m.start, m.end), m.actorId]);

describe('actor matching', () => {
  const ids = (text: string) => matcher.actorIds(text);
  it('a phrase the gazetteer excludes names nobody: a Model United Nations club is not the UN, an Indian border not India', () => {
    expect(ids('Students of the Model United Nations club debate Afghanistan')).toEqual(['afghanistan']);
    expect(ids('Taliban warn they will chase fighters up to the Indian border')).toEqual(['taliban']);
    // The same words elsewhere still count.
    expect(ids('United Nations envoy meets Indian diplomats')).toEqual(['un', 'india']);
  });
  it('a capital standing for its government names the country too, not when it only places someone', () => {
    expect(ids('Islamabad, Kabul extend ceasefire by 48 hours')).toEqual(['islamabad', 'pakistan', 'kabul', 'afghanistan']);
    expect(ids('Islamabad-New Delhi ties stay frozen')).toEqual(['islamabad', 'pakistan', 'india']);
    expect(ids('An Islamabad-based analyst explains the truce')).toEqual(['islamabad']);
    // Spans are only what the text says: the implied country has none.
    expect(spans('Islamabad, Kabul extend ceasefire')).toEqual([
      ['Islamabad', 'islamabad'],
      ['Kabul', 'kabul'],
    ]);
  });
  it('"Afghanistan Taliban" names Afghanistan as well as the Taliban; the Taliban alone does not', () => {
    expect(ids('How Afghanistan Taliban paraded captured gear')).toEqual(['taliban', 'afghanistan']);
    expect(ids('Afghan Taliban reject the claim')).toEqual(['taliban', 'afghanistan']);
    expect(ids('Taliban reject the claim')).toEqual(['taliban']);
    expect(ids('Pakistani Taliban claim the attack')).toEqual(['ttp', 'pakistan']);
  });
  it('longest alias first: Tehreek-e-Taliban Pakistan is the TTP only', () => {
    expect(spans('Already in cahoots with Tehreek-e-Taliban Pakistan, the group')).toEqual([['Tehreek-e-Taliban Pakistan', 'ttp']]);
    expect(spans('talks between Afghan Taliban and the Kabul government')).toEqual([
      ['Afghan Taliban', 'taliban'],
      ['Kabul', 'kabul'],
    ]);
    expect(spans('How Afghanistan Taliban displayed')).toEqual([['Afghanistan Taliban', 'taliban']]);
  });
  it('acronyms are case-sensitive: "is", "us", "who" never match', () => {
    expect(spans('Who is with us? who knows, it is what it is, un peu')).toEqual([]);
    expect(spans('IS and the US, the UN, WHO, the EU, TTP and the ICC')).toEqual([
      ['IS', 'islamic-state'],
      ['US', 'united-states'],
      ['UN', 'un'],
      ['WHO', 'who'],
      ['EU', 'eu'],
      ['TTP', 'ttp'],
      ['ICC', 'icc'],
    ]);
    expect(isCaseSensitiveAlias('CARs')).toBe(true);
    expect(isCaseSensitiveAlias('U.S.')).toBe(true);
    expect(isCaseSensitiveAlias('Nato')).toBe(false);
  });
  it('other aliases are case-insensitive, on word boundaries, with possessive/plural suffixes', () => {
    expect(spans('Kabuls ability, Pakistans war, WHOs response, Islamic States growth, Mullah Omars death')).toEqual([
      ['Kabuls', 'kabul'],
      ['Pakistans', 'pakistan'],
      ['WHOs', 'who'],
      ['Islamic States', 'islamic-state'],
      ['Mullah Omars', 'mullah-omar'],
    ]);
    expect(spans("Russia's and Russia’s")).toEqual([
      ["Russia's", 'russia'],
      ['Russia’s', 'russia'],
    ]);
    expect(spans('the withdrawal of Nato forces; NATO')).toEqual([
      ['Nato', 'nato'],
      ['NATO', 'nato'],
    ]);
    expect(spans('Afghanistanagain Pakistani Indiana')).toEqual([['Pakistani', 'pakistan']]);
    expect(spans('IS-claimed attack, Taliban-controlled')).toEqual([
      ['IS', 'islamic-state'],
      ['Taliban', 'taliban'],
    ]);
  });
  it('demonyms and capitals count as their country', () => {
    expect(spans('Afghans, Russian envoys, Beijing, New Delhi, Tehran, Doha, Turkish')).toEqual([
      ['Afghans', 'afghanistan'],
      ['Russian', 'russia'],
      ['Beijing', 'china'],
      ['New Delhi', 'india'],
      ['Tehran', 'iran'],
      ['Doha', 'qatar'],
      ['Turkish', 'turkiye'],
    ]);
  });
  it('mentions never overlap and are sorted', () => {
    const text = 'Pakistani Taliban and Pakistan Taliban and the Islamic Movement of Uzbekistan';
    const ms = matcher.mentions(text);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    expect(ms.map((m) => m.actorId)).toEqual(['ttp', 'ttp', 'imu']);
  });
  it('rejects an alias naming two actors', () => {
    expect(() =>
      compileActors([
        { id: 'a', name: 'A', kind: 'country', aliases: ['Same'] },
        { id: 'b', name: 'B', kind: 'country', aliases: ['same'] },
      ]),
    ).toThrow(/names both/);
  });
});

describe('actors across the 2017 article and the 2025 headlines', () => {
  const corpus = seedCorpus();
  const paragraphs = corpus.background?.sections.flatMap((s) => s.paragraphs) ?? [];
  it('the TTP of the article is the TTP of "rein in TTP"', () => {
    const p2 = paragraphs.find((p) => p.text.includes('Tehreek-e-Taliban Pakistan'));
    expect(p2?.actors).toContain('ttp');
    expect(p2?.mentions.find((m) => m.actorId === 'ttp')).toMatchObject({ actorId: 'ttp' });
    const h = headlineAt(50);
    expect(h.title).toContain('rein in TTP');
    expect(h.actors).toEqual(['pakistan', 'afghanistan', 'kabul', 'ttp']);
  });
  it('mentions are spans into their paragraph', () => {
    for (const p of paragraphs) {
      for (const m of p.mentions) {
        const alias = p.text.slice(m.start, m.end);
        expect(alias.length).toBeGreaterThan(0);
        expect(p.actors).toContain(m.actorId);
      }
    }
    const p1 = paragraphs[0]!;
    expect(p1.mentions.map((m) => p1.text.slice(m.start, m.end))).toEqual(['Islamic State', 'Nangarhar', 'Afghanistan', 'Pakistan', 'Russia', 'China']);
  });
  it('lists every actor named in the article, the headlines or the key events', () => {
    const ids = corpus.actors.map((a) => a.id);
    for (const id of ['pakistan', 'afghanistan', 'taliban', 'ttp', 'islamic-state', 'russia', 'china', 'india', 'iran', 'qatar', 'turkiye', 'saudi-arabia', 'united-states', 'un', 'who', 'eu', 'nato', 'durand-line', 'kabul', 'islamabad', 'lashkar-e-jhangvi', 'imu', 'cars', 'bangladesh', 'icc', 'sco', 'kashmir', 'nangarhar', 'mullah-omar', 'vladimir-putin', 'ashraf-ghani', 'muttaqi', 'united-kingdom']) {
      expect(ids, id).toContain(id);
    }
    const used = new Set([...corpus.headlines.flatMap((h) => h.actors), ...paragraphs.flatMap((p) => p.actors), ...eventActors(corpus.events)]);
    for (const id of used) expect(ids).toContain(id);
  });
});
