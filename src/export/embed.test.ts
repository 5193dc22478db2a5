import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { defaultViewState } from '../store/view-state';
import { decodeView } from '../url/codec';
import { embedLink, embedSnippet, escapeAttribute } from './embed';

const ix = buildIndex(makeCorpus());
const base = 'https://example.org/timeline/?embed=1&date=2025-10-19#x';
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the embed snippet', () => {
  const view = { ...defaultViewState, day: '2025-10-19', outlets: ['ap-news'] };

  it('links to the canonical view with embed=1, and the full view without it', () => {
    expect(embedLink(ix, view, base, true)).toBe('https://example.org/timeline/?date=2025-10-19&outlets=ap-news&embed=1');
    expect(embedLink(ix, { ...view, embed: true }, base, false)).toBe('https://example.org/timeline/?date=2025-10-19&outlets=ap-news');
    const back = decodeView(new URL(embedLink(ix, view, base, true)).search, base);
    expect(back).toEqual({ view: { ...view, embed: true }, ignored: [] });
  });

  it('is one iframe with its link, title, size and lazy loading, the & of the link escaped', () => {
    const src = embedLink(ix, view, base, true);
    expect(embedSnippet({ src, title: 'Border clashes: AP News; 19 October 2025' })).toBe(
      '<iframe src="https://example.org/timeline/?date=2025-10-19&amp;outlets=ap-news&amp;embed=1" title="Border clashes: AP News; 19 October 2025" width="100%" height="480" loading="lazy"></iframe>',
    );
  });

  it('escapes quotes, angle brackets and ampersands in a title (a search text can hold them)', () => {
    expect(embedSnippet({ src: 'https://e.org/?q=a"b', title: 'search “x” <script>"&amp;' })).toBe(
      '<iframe src="https://e.org/?q=a&quot;b" title="search “x” &lt;script&gt;&quot;&amp;amp;" width="100%" height="480" loading="lazy"></iframe>',
    );
  });

  it('an escaped value never ends its attribute or opens a tag, and unescapes to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeAttribute(s);
        expect(e).not.toMatch(/["<>]/);
        expect(e).not.toMatch(/&(?!amp;|quot;|lt;|gt;)/);
        expect(unescape(e)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});
