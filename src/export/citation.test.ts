import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { dayToUtcMs, DAY_MS } from '../corpus/dates';
import { defaultViewState, type ViewState } from '../store/view-state';
import { canonicalLink, decodeView } from '../url/codec';
import { citationInput, corpusBuild, daySpan, describeView, plainCitation, todayUtc } from './citation';
import { apaCitation, bibtexCitation, bibtexEscape, bibtexUrl } from './citation-styles';

const ix = buildIndex(makeCorpus());
const view = (v: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...v });
const win = (from: string, to: string) => ({ start: dayToUtcMs(from), end: dayToUtcMs(to) + DAY_MS });
const base = 'https://example.org/timeline/?outlets=cnn#x';

describe('the citation input', () => {
  const v = view({ outlets: ['ap-news'], window: win('2025-10-13', '2025-10-21') });
  const c = citationInput(ix, v, base, '2026-12-03');

  it('links to the canonical URL of the view, which decodes back to it', () => {
    expect(c.url).toBe('https://example.org/timeline/?from=2025-10-13&to=2025-10-21&outlets=ap-news');
    const back = decodeView(new URL(c.url).search, c.url);
    expect(back.ignored).toEqual([]);
    expect(back.view.outlets).toEqual(['ap-news']);
    expect(back.view.window).toEqual(v.window);
    expect(canonicalLink(ix, view({}), base)).toBe('https://example.org/timeline/');
  });

  it('describes the filters and the window in words', () => {
    expect(c.description).toBe('AP News; 13–21 October 2025');
    expect(describeView(ix, view({ topics: ['ceasefire'], query: 'doha', day: '2025-10-19', window: win('2025-10-16', '2025-10-20') }))).toBe(
      'Ceasefire; search “doha”; listed 19 October 2025; 16–20 October 2025',
    );
  });

  it('names the corpus source and a stable build fingerprint that follows the content', () => {
    expect(c.source).toBe('fixture.txt');
    expect(c.build).toMatch(/^[0-9a-f]{10}$/);
    expect(corpusBuild(buildIndex(makeCorpus()))).toBe(c.build);
    const other = makeCorpus();
    const changed = buildIndex({ ...other, headlines: other.headlines.map((h, i) => (i === 0 ? { ...h, id: 'h-other' } : h)) });
    expect(corpusBuild(changed)).not.toBe(c.build);
  });

  it('formats plain text, APA-like and BibTeX', () => {
    expect(plainCitation(c)).toBe(
      `Border Timeline. “Pakistan–Afghanistan border clashes: AP News; 13–21 October 2025.” Interactive timeline; corpus fixture.txt, build ${c.build}. https://example.org/timeline/?from=2025-10-13&to=2025-10-21&outlets=ap-news. Accessed 3 December 2026.`,
    );
    expect(apaCitation(c)).toBe(
      `Border Timeline. (n.d.). Pakistan–Afghanistan border clashes: AP News; 13–21 October 2025 [Interactive timeline; corpus fixture.txt, build ${c.build}]. Retrieved December 3, 2026, from https://example.org/timeline/?from=2025-10-13&to=2025-10-21&outlets=ap-news`,
    );
    expect(bibtexCitation(c)).toBe(
      [
        '@misc{border-timeline-2026-12-03,',
        '  author = {{Border Timeline}},',
        '  title = {{Pakistan–Afghanistan border clashes: AP News; 13–21 October 2025}},',
        '  howpublished = {Interactive timeline},',
        `  note = {Corpus fixture.txt, build ${c.build}. Accessed 2026-12-03},`,
        '  url = {https://example.org/timeline/?from=2025-10-13&to=2025-10-21&outlets=ap-news},',
        '  urldate = {2026-12-03}',
        '}',
      ].join('\n'),
    );
  });
});

describe('BibTeX escaping', () => {
  it("escapes TeX's special characters so a field's braces stay balanced", () => {
    expect(bibtexEscape('50% & $5 #1 a_b {x} ^ ~ \\end')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}end');
    expect(bibtexUrl('https://x.org/?q=caf%C3%A9#frag{}')).toBe('https://x.org/?q=caf\\%C3\\%A9\\#frag\\{\\}');
  });
  it('keeps a hostile search inside its field', () => {
    const c = citationInput(ix, view({ query: '} @misc{evil, title={x' }), base, '2026-12-03');
    const bib = bibtexCitation(c);
    expect(bib.match(/^@/gm)).toHaveLength(1);
    let depth = 0;
    for (let i = 0; i < bib.length; i++) {
      if (bib[i] === '\\') {
        i++;
        continue;
      }
      if (bib[i] === '{') depth++;
      if (bib[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('daySpan', () => {
  it('writes a span of days in English', () => {
    expect(daySpan('2025-10-17', '2025-10-17')).toBe('17 October 2025');
    expect(daySpan('2025-09-30', '2025-10-02')).toBe('30 September – 2 October 2025');
    expect(daySpan('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
  });
});

describe('todayUtc', () => {
  it('is the UTC calendar day', () => {
    expect(todayUtc(Date.UTC(2026, 11, 3, 23, 59))).toBe('2026-12-03');
    expect(todayUtc(Date.UTC(2026, 11, 4, 0, 0))).toBe('2026-12-04');
  });
});
