import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { fixtureHeadlines, makeCorpus } from '../corpus/testing';
import { dayToUtcMs, DAY_MS } from '../corpus/dates';
import { defaultViewState, type ViewState } from '../store/view-state';
import { DARK, LIGHT, timelinePicture, wrapText } from './picture';
import { serialize, svgDocument, textsOf } from './svg-tree';

const ix = buildIndex(makeCorpus());
const view = (v: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...v });
const win = (from: string, to: string) => ({ start: dayToUtcMs(from), end: dayToUtcMs(to) + DAY_MS });
const opts = { width: 1000, palette: LIGHT, title: 'The title', caption: 'Border Timeline. A caption with the link https://example.org/?outlets=cnn.', locale: 'en-GB' };

describe('timelinePicture', () => {
  it('zoomed in: every story of the window as text, lanes, key events, the legend and the caption', () => {
    const svg = timelinePicture(ix, view({ window: win('2025-10-17', '2025-10-19') }), opts);
    const texts = textsOf(svg).join('\n');
    // The fixture's 17–19 October headlines (a story is drawn once, under its earliest title).
    for (const t of ['Afghanistan faces one of the worst', 'Why are Afghanistan and Pakistan', 'Future of ceasefire hinges', 'Afghanistan and Pakistan have agreed']) expect(texts).toContain(t);
    expect(texts).not.toContain('Echoes of the Durand Line');
    expect(texts).toContain('Ceasefire agreed in Doha');
    expect(texts).toContain('Humanitarian');
    expect(texts).toContain('Agreement');
    // 18 October is not listed by the fixture: hatched, and said in the legend.
    expect(texts).toContain('Not listed by the source');
    expect(texts).toContain('https://example.org/?outlets=cnn.');
    expect(texts).toMatch(/10 of 10 headlines/);
    const doc = svgDocument(svg);
    expect(doc).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    // Explicit colours, no classes or CSS variables.
    expect(doc).not.toMatch(/class=|var\(--/);
    expect(doc).toContain(`fill="${LIGHT.topics[3]}"`);
  });

  it('zoomed out: a bar per day, stacked by topic, with its count', () => {
    const svg = timelinePicture(ix, view({ window: win('2025-10-01', '2025-10-31') }), { ...opts, width: 600, palette: DARK });
    const texts = textsOf(svg);
    expect(texts).not.toContain('Echoes of the Durand Line');
    expect(texts).toContain('3');
    expect(serialize(svg)).toContain(`fill="${DARK.background}"`);
  });

  it('a filter leaves out what it hides', () => {
    const svg = timelinePicture(ix, view({ outlets: ['dawn'], window: win('2025-10-17', '2025-10-19') }), opts);
    const texts = textsOf(svg).join('\n');
    expect(texts).toContain('Future of ceasefire hinges');
    expect(texts).not.toContain('Why are Afghanistan');
    expect(texts).toContain('1 of 10 headlines');
  });

  it('hostile corpus text stays text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> & "q" \u0007';
    const hostile = buildIndex(makeCorpus([{ ...fixtureHeadlines[5]!, title: evil }]));
    const doc = svgDocument(timelinePicture(hostile, view({ window: win('2025-10-17', '2025-10-17') }), { ...opts, title: evil }));
    expect(doc).not.toContain('<script');
    expect(doc).not.toContain('<img');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).not.toContain('\u0007');
  });
});

describe('wrapText', () => {
  it('breaks at spaces and cuts the last line with an ellipsis', () => {
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('one two', 20, 2)).toEqual(['one two']);
    expect(wrapText('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('abcdefghijklmnop', 5, 2)).toEqual(['abcde', 'fghi…']);
  });
});
