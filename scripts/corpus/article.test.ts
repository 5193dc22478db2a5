import { describe, expect, it } from 'vitest';
import { isShortLine, parseArticle, parseBio, parseCaption, splitSentences, splitTitleLine, yearsIn } from './article';
import type { PageLine } from './page';
import { seedCorpus, seedTables } from './testing';

const tables = seedTables();
const ctx = { articles: tables.articles, outletByAlias: tables.outletByAlias, actors: tables.actorMatcher, fallbackYear: 2025 };
const pageLines = (texts: string[]): PageLine[] => texts.map((text, i) => ({ line: i + 1, text }));

describe('the seed background article', () => {
  const b = seedCorpus().background;
  it('has title, outlet, year, author, bio, standfirst and image', () => {
    expect(b).not.toBeNull();
    expect(b?.title).toBe('The threat of Islamic State and Russia’s renewed interest in Afghanistan');
    expect(b?.outlet).toBe('The Express Tribune');
    expect(b?.year).toBe(2017);
    expect(b?.author).toBe('Imdad Hussain');
    expect(b?.authorBio).toBe('Imdad Hussain is an Islamabad-based journalist specialising in diplomatic and security issues.');
    expect(b?.standfirst).toBe('Moscow maintains the militant group has regional ambitions and terrorism could eventually hit Russia.');
    expect(b?.image?.credit).toBe('REUTERS');
    expect(b?.image?.caption).toMatch(/^In this file photo, .* July 10, 2015\.$/);
  });
  it('has the opening section and the three headed sections', () => {
    expect(b?.sections.map((s) => [s.id, s.heading, s.paragraphs.map((p) => p.id)])).toEqual([
      ['opening', null, ['p1', 'p2', 'p3']],
      ['russian-interest-in-afghanistan', 'Russian interest in Afghanistan', ['p4', 'p5', 'p6', 'p7']],
      ['why-is-this-meeting-needed', 'Why is this meeting needed?', ['p8', 'p9', 'p10']],
      ['chances-of-success', 'Chances of success', ['p11', 'p12', 'p13']],
    ]);
  });
  it('keeps the four related links out of headings and paragraphs', () => {
    const links = [
      'How strong is Islamic State in Pakistan?',
      'Russia detains man over IS-claimed attack on Chechen base',
      'No end to terrorism without better Pakistan-Afghanistan-India ties',
      'Pakistan, Russia and China inch closer to formal alliance',
    ];
    expect(b?.relatedLinks).toEqual(links);
    const texts = b?.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]) ?? [];
    for (const l of links) expect(texts).not.toContain(l);
    expect(texts).not.toContain('Imdad Hussain is an Islamabad-based journalist specialising in diplomatic and security issues.');
  });
  it('names 2015 in the caption and two paragraphs', () => {
    expect(b?.mentionedYears).toEqual([
      {
        year: 2015,
        sentences: [
          { text: expect.stringMatching(/^In this file photo.*July 10, 2015\.$/) as unknown as string, paragraphId: null },
          {
            text: 'Since 2015, when it first made a public appearance in Afghanistan, Islamic State has proved its growing power with deadly attacks in the country and neighbouring Pakistan.',
            paragraphId: 'p2',
          },
          {
            text: 'Fortunately, Kabul and Taliban have given positive signals for the resumption of talks which were stalled after the news of Taliban chief Mullah Omars death was made public in 2015.',
            paragraphId: 'p12',
          },
        ],
      },
    ]);
  });
});

describe('article helpers', () => {
  it('splitTitleLine', () => {
    expect(splitTitleLine('A – B – The Express Tribune')).toEqual({ title: 'A – B', outlet: 'The Express Tribune' });
    expect(splitTitleLine("A's title - Dawn")).toEqual({ title: "A's title", outlet: 'Dawn' });
    expect(splitTitleLine('A | Dawn')).toEqual({ title: 'A', outlet: 'Dawn' });
    expect(splitTitleLine('No outlet here')).toEqual({ title: 'No outlet here', outlet: null });
  });
  it('parseCaption', () => {
    expect(parseCaption('A man waves. PHOTO: REUTERS')).toEqual({ caption: 'A man waves.', credit: 'REUTERS' });
    expect(parseCaption('A man waves. (Photo: AFP/File)')).toEqual({ caption: 'A man waves.', credit: 'AFP/File' });
    expect(parseCaption('Pakistan is a photogenic country.')).toBeNull();
  });
  it('parseBio', () => {
    expect(parseBio('Imdad Hussain is an Islamabad-based journalist.', tables.actorMatcher)).toEqual({ author: 'Imdad Hussain' });
    expect(parseBio('The writer is a freelance journalist.', tables.actorMatcher)).toEqual({ author: null });
    expect(parseBio('Islamic State is a threat to the region.', tables.actorMatcher)).toBeNull();
    expect(parseBio('This is a sentence.', tables.actorMatcher)).toBeNull();
    expect(parseBio('Russia is a large country.', tables.actorMatcher)).toBeNull();
  });
  it('isShortLine', () => {
    expect(isShortLine('Why is this meeting needed?')).toBe(true);
    expect(isShortLine('Chances of success')).toBe(true);
    expect(isShortLine('It worked.')).toBe(false);
    expect(isShortLine('a '.repeat(20).trim())).toBe(false);
  });
  it('splitSentences keeps abbreviations and initials', () => {
    expect(splitSentences('He supported the U.S. war in Afghanistan. Now he may be deported. Gen. Asim Munir spoke.')).toEqual([
      'He supported the U.S. war in Afghanistan.',
      'Now he may be deported.',
      'Gen. Asim Munir spoke.',
    ]);
    expect(splitSentences('One? Two! "Three." four')).toEqual(['One?', 'Two!', '"Three." four']);
  });
  it('yearsIn finds whole-word years 1900–2099 only', () => {
    expect(yearsIn('In 2015, not 12015 nor 2015.5 nor 1,2015 nor 2015s; since 1999 and 2099 but not 2100 or 1899')).toEqual([2015, 1999, 2099]);
    expect(yearsIn('July 10, 2015.')).toEqual([2015]);
  });
});

describe('parseArticle on other pages', () => {
  it('an unannotated article: short lines become headings, with anomalies, and the year is guessed', () => {
    const r = parseArticle(
      pageLines([
        'A new look at the border – Dawn',
        'The frontier has a long history, first drawn in 1893 and disputed ever since by Kabul and many others alike.',
        'Background',
        'In 2021 the Taliban took power again and the question came back with force, as everyone expected it would.',
      ]),
      null,
      ctx,
    );
    expect(r.background?.outlet).toBe('Dawn');
    expect(r.background?.year).toBe(2021);
    expect(r.background?.standfirst).toBeNull();
    expect(r.background?.sections.map((s) => s.heading)).toEqual([null, 'Background']);
    expect(r.anomalies.map((a) => [a.kind, a.line])).toEqual([
      ['unannotated-line', 1],
      ['unannotated-line', 3],
    ]);
  });
  it('a copy of the title line before the list is not a paragraph', () => {
    const r = parseArticle(
      pageLines(['Russia’s view – The Express Tribune', 'A first paragraph that is long enough to be prose, with a full stop at the end.', "Russia's view - The Express Tribune"]),
      null,
      ctx,
    );
    expect(r.background?.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([
      'A first paragraph that is long enough to be prose, with a full stop at the end.',
    ]);
  });
  it('no paragraph: no background', () => {
    expect(parseArticle(pageLines(['Just a title – Dawn']), null, ctx).background).toBeNull();
    expect(parseArticle([], null, ctx).background).toBeNull();
  });
});
