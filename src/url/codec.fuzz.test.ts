/**
 * The link decoder against hostile links, fuzzed: whatever a link says, the corpus it may load is a
 * same-origin .json file, the notice quoting it carries no control or bidi character and stays short, the
 * decoded view is canonical (encoding it and decoding again changes nothing), and the check against a corpus
 * only ever keeps what the corpus knows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgainstCorpus, decodeView, encodeView, isSafeCorpusPath, PARAM_ORDER, quote } from './codec';
import { TEST_BASE, testFacts } from './testing';

const BASE = TEST_BASE;
const ORIGIN = new URL(BASE).origin;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Pieces hostile corpus paths are made of: schemes, slashes and backslashes, encodings, dots, hosts, spaces. */
const pathPiece = fc.constantFrom(
  'https:', 'http:', 'javascript:', 'data:', 'blob:', 'file:', 'JaVaScRiPt:', '//', '/', '\\', '\\\\', '%2f', '%2F', '%5c', '%2e%2e', '..', '.',
  '@', 'elsewhere.example', 'timeline.example', ':443', '?', '#', ' ', '\t', '\n', '\u202e', '%00', 'x', 'corpus', '.json', '.JSON', 'a/b',
);
/** Near misses: paths that look safe, with a hostile piece slipped in now and then. */
const nearMiss = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom('x', 'corpus', 'a/b', '..', '.', '/', 'archive/2025-11'), pathPiece), { maxLength: 4 }), fc.constantFrom('.json', '.JSON', '.json?x', '.json#y', '.js'))
  .map(([ps, end]) => `${ps.join('')}${end}`);
/** Ways of naming another host: protocol-relative, backslashes, userinfo, schemes in odd case. */
const otherHost = fc
  .tuple(
    fc.constantFrom('//', '\\\\', '/\\', '\\/', '///', 'https://', 'HTTPS://', 'http:', ' //', '\t//', '/%2F', '%2F%2F'),
    fc.constantFrom('elsewhere.example', 'timeline.example@elsewhere.example', '127.0.0.1:8080', 'timeline.example.elsewhere.example'),
    fc.constantFrom('/x.json', '/a/b.json', '/corpus.JSON', '.json'),
  )
  .map((ps) => ps.join(''));
const hostilePath = fc.oneof(otherHost, nearMiss, fc.array(pathPiece, { maxLength: 8 }).map((ps) => ps.join('')), fc.string(), fc.string({ unit: 'binary', maxLength: 60 }));

/** Hostile values for any parameter: markup, script URLs, bidi and control characters, long runs. */
const hostileValue = fc.oneof(
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202Eevil', '\u0000', '%ZZ', '2025-13-45', '2025-02-30', '../../etc/passwd.json'),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.nat({ max: 20_000 }).map((n) => 'a'.repeat(n)),
);
/** A query string of hostile parameters, known names and others, repeated or not, encoded or raw. */
const hostileSearch = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...PARAM_ORDER, 'utm_source', '__proto__', 'constructor'), hostileValue, fc.boolean()), { maxLength: 12 }).map((pairs) =>
    `?${pairs.map(([k, v, raw]) => `${k}=${raw ? v : encodeURIComponent(v)}`).join('&')}`,
  ),
  fc.string({ unit: 'binary', maxLength: 500 }),
);

describe('hostile corpus paths', () => {
  it('a path is accepted only if it resolves to a .json file of the same origin, without query or fragment', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostilePath, (p) => {
        if (!isSafeCorpusPath(p, BASE)) return;
        accepted++;
        const url = new URL(p, BASE);
        expect(url.origin).toBe(ORIGIN);
        expect(url.protocol).toBe('https:');
        expect(url.pathname.toLowerCase().endsWith('.json')).toBe(true);
        expect(url.search + url.hash).toBe('');
      }),
      { numRuns: 3000 },
    );
    // The property was exercised: some generated paths were accepted.
    expect(accepted).toBeGreaterThan(50);
  });

  it('a refused path leaves the default corpus and a notice saying so', () => {
    fc.assert(
      fc.property(hostilePath, (p) => {
        const { view, ignored } = decodeView(`?corpus=${encodeURIComponent(p)}`, BASE);
        if (isSafeCorpusPath(p, BASE)) expect(view.corpusPath).toBe(p);
        else {
          expect(view.corpusPath).toBeNull();
          expect(ignored.some((m) => m.includes('was refused'))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile links', () => {
  it('never throw; notices are short and free of control and bidi characters', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { ignored } = decodeView(search, BASE);
        for (const m of ignored) {
          expect(m).not.toMatch(UNSAFE_CHARS);
          expect(m.length).toBeLessThanOrEqual(240);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('decode to a canonical view: encoding it and decoding again gives the same view and no notice', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { view } = decodeView(search, BASE);
        const again = decodeView(encodeView(view), BASE);
        expect(again.ignored).toEqual([]);
        expect(again.view).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });

  it('checked against a corpus, keep only what the corpus knows', () => {
    const facts = testFacts;
    const known = fc.constantFrom('ap-news', 'reuters', 'fighting', 'ttp', 'abc123', 'opening', '2025-10-17');
    const mixed = fc.array(fc.tuple(fc.constantFrom('outlets', 'topics', 'actors', 'h', 'bg', 'date'), fc.oneof(known, hostileValue)), { maxLength: 8 });
    fc.assert(
      fc.property(mixed, (pairs) => {
        const { view } = decodeView(`?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`, BASE);
        const { view: checked, ignored } = checkAgainstCorpus(view, facts);
        for (const id of checked.outlets) expect(facts.outlets.has(id)).toBe(true);
        for (const id of checked.topics) expect(facts.topics.has(id)).toBe(true);
        for (const id of checked.actors) expect(facts.actors.has(id)).toBe(true);
        if (checked.headlineId !== null) expect(facts.headlines!.has(checked.headlineId)).toBe(true);
        if (checked.bgSection !== null) expect(facts.sections.has(checked.bgSection)).toBe(true);
        if (checked.day !== null) expect(checked.day >= facts.range.start && checked.day <= facts.range.end).toBe(true);
        for (const m of ignored) expect(m).not.toMatch(UNSAFE_CHARS);
      }),
      { numRuns: 1000 },
    );
  });

  it('quote() shows at most 40 characters of anything, with control and bidi characters as "?"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        const q = quote(s);
        expect(q).not.toMatch(UNSAFE_CHARS);
        expect(q.length).toBeLessThanOrEqual(43);
        expect(q.startsWith('“')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
