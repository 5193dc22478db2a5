import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, dayToUtcMs, utcMsToDay } from '../corpus/dates';
import { coverageModes, defaultViewState, lanesModes, type ViewState } from '../store/view-state';
import { checkAgainstCorpus, decodeView, encodeView, historyAction, isSafeCorpusPath, MAX_QUERY_LENGTH, PARAM_ORDER } from './codec';
import { TEST_BASE, testFacts } from './testing';

const BASE = TEST_BASE;

const day = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2060, 11, 31) / DAY_MS })
  .map((n) => utcMsToDay(n * DAY_MS));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const ids = fc.uniqueArray(id, { maxLength: 5 }).map((xs) => [...xs].sort());
const windowArb = fc.option(
  fc.tuple(day, fc.integer({ min: 1, max: 400 })).map(([from, days]) => ({ start: dayToUtcMs(from), end: dayToUtcMs(from) + days * DAY_MS })),
  { nil: null },
);
const path = fc.stringMatching(/^[a-z0-9_-]{1,12}(\/[a-z0-9_-]{1,12}){0,2}\.json$/);

/** Any state a link can express: calendar days, whole-day windows, sorted ids, searches up to the limit. */
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  outlets: ids,
  topics: ids,
  actors: ids,
  query: fc.string({ maxLength: MAX_QUERY_LENGTH }),
  day: fc.option(day, { nil: null }),
  headlineId: fc.option(id, { nil: null }),
  lanes: fc.constantFrom(...lanesModes),
  window: windowArb,
  corpusPath: fc.option(path, { nil: null }),
  eventId: fc.option(id, { nil: null }),
  events: ids,
  framing: ids,
  origins: ids,
  bgSection: fc.option(id, { nil: null }),
  coverage: fc.constantFrom(null, ...coverageModes),
  embed: fc.boolean(),
});

describe('encodeView / decodeView', () => {
  it('round-trips every valid view: decode(encode(state)) equals state', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const decoded = decodeView(encodeView(view), BASE);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.view).toEqual(view);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('never throws on arbitrary query strings, and always yields a usable view', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.tuple(fc.constantFrom(...PARAM_ORDER, 'x'), fc.string({ unit: 'binary' }))).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))), (search) => {
        const { view, ignored } = decodeView(search, BASE);
        expect(Array.isArray(ignored)).toBe(true);
        expect(lanesModes).toContain(view.lanes);
        expect(view.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        if (view.corpusPath !== null) expect(isSafeCorpusPath(view.corpusPath, BASE)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('leaves defaults out and writes parameters in a fixed order', () => {
    expect(encodeView(defaultViewState)).toBe('');
    const view: ViewState = { ...defaultViewState, lanes: 'origin', outlets: ['reuters', 'ap-news'], day: '2025-10-17', query: 'durand line' };
    expect(encodeView(view)).toBe('date=2025-10-17&outlets=ap-news,reuters&q=durand+line&lanes=origin');
  });

  it('writes from/to only when the window differs from the implied one', () => {
    const w = { start: dayToUtcMs('2025-10-16'), end: dayToUtcMs('2025-10-19') };
    const view = { ...defaultViewState, day: '2025-10-17', window: w };
    expect(encodeView(view, w)).toBe('date=2025-10-17');
    expect(encodeView(view, { start: w.start - DAY_MS, end: w.end })).toBe('date=2025-10-17&from=2025-10-16&to=2025-10-18');
  });

  it.each([
    ['date=2025-02-30', /not a real date/],
    ['date=garbage', /not a real date/],
    ['lanes=sideways', /lanes “sideways”/],
    [`q=${'x'.repeat(5000)}`, /longer than 200/],
    ['date=2025-10-17&date=2025-10-19', /appeared more than once/],
    ['from=2025-10-20&to=2025-10-10', /ends before it starts/],
    ['outlets=AP%20News', /not a valid id/],
    ['utm_source=x', /unknown parameter/],
    ['embed=yes', /embed “yes” is not 1 or 0/],
  ])('drops and names a bad part: %s', (search, message) => {
    const { view, ignored } = decodeView(search, BASE);
    expect(ignored.join('\n')).toMatch(message);
    expect(view.lanes).toBe('topic');
  });

  it('keeps the first of a repeated parameter', () => {
    expect(decodeView('date=2025-10-17&date=2025-10-19', BASE).view.day).toBe('2025-10-17');
  });

  it('applies the good parts of a partly bad link', () => {
    const { view } = decodeView('date=2025-02-30&outlets=ap-news,reuters&lanes=nope&q=kabul', BASE);
    expect(view).toMatchObject({ day: null, outlets: ['ap-news', 'reuters'], lanes: 'topic', query: 'kabul' });
  });
});

describe('isSafeCorpusPath', () => {
  it.each(['corpus.json', 'data/other.json', '/app/other.json', './x/y.JSON'])('accepts the same-origin path %s', (p) => {
    expect(isSafeCorpusPath(p, BASE)).toBe(true);
  });
  it.each([
    'https://elsewhere.example/c.json',
    'http://timeline.example/app/c.json',
    '//elsewhere.example/c.json',
    'javascript:alert(1)//.json',
    'data:application/json,{}',
    'c.txt',
    'c.json?x=1',
    '\\\\elsewhere\\c.json',
    '/%2F%2Felsewhere.example/c.json',
    '../../etc/passwd.json',
    '/other-site/corpus.json',
    'data/../../x.json',
    'data/../corpus.json',
    '%2e%2e/%2e%2e/x.json',
    '',
  ])('refuses %s', (p) => {
    expect(isSafeCorpusPath(p, BASE)).toBe(false);
    expect(decodeView(`corpus=${encodeURIComponent(p)}`, BASE).view.corpusPath).toBeNull();
  });
});

describe('checkAgainstCorpus', () => {
  const facts = testFacts;

  it('drops unknown ids and out-of-range dates, naming each', () => {
    const view: ViewState = {
      ...defaultViewState,
      day: '2025-11-30',
      outlets: ['ap-news', 'nope'],
      topics: ['fighting', 'cooking'],
      actors: ['martians'],
      headlineId: 'zzz',
      bgSection: 'missing',
      window: { start: dayToUtcMs('2024-01-01'), end: dayToUtcMs('2024-01-05') },
    };
    const { view: checked, ignored } = checkAgainstCorpus(view, facts);
    expect(checked).toMatchObject({ day: null, outlets: ['ap-news'], topics: ['fighting'], actors: [], headlineId: null, bgSection: null, window: null });
    expect(ignored).toHaveLength(7);
    expect(ignored.join('\n')).toMatch(/outside this corpus/);
  });

  it('returns a known view untouched', () => {
    const view = { ...defaultViewState, day: '2025-10-17', outlets: ['reuters'], headlineId: 'abc123' };
    const result = checkAgainstCorpus(view, facts);
    expect(result.ignored).toEqual([]);
    expect(result.view).toBe(view);
  });
});

describe('the view-state table', () => {
  it('gives the canonical parameter order and the defaults', () => {
    expect(PARAM_ORDER).toEqual(['corpus', 'date', 'from', 'to', 'h', 'event', 'origins', 'outlets', 'topics', 'actors', 'events', 'terms', 'q', 'lanes', 'bg', 'coverage', 'embed']);
    expect(encodeView(defaultViewState)).toBe('');
    expect(decodeView('', BASE)).toEqual({ view: defaultViewState, ignored: [] });
  });

  it('every non-default field encodes into its own parameters, in table order', () => {
    const view: ViewState = {
      corpusPath: 'a.json',
      day: '2025-10-17',
      window: { start: dayToUtcMs('2025-10-12'), end: dayToUtcMs('2025-10-22') + DAY_MS },
      headlineId: 'abc',
      eventId: 'doha-ceasefire',
      origins: ['western'],
      outlets: ['reuters', 'ap-news'],
      topics: ['fighting'],
      actors: ['ttp'],
      events: ['doha-ceasefire', 'kabul-strikes'],
      framing: ['durand-line', 'border'],
      query: 'durand line',
      lanes: 'outlet',
      bgSection: 'opening',
      coverage: 'days',
      embed: true,
    };
    expect(encodeView(view)).toBe('corpus=a.json&date=2025-10-17&from=2025-10-12&to=2025-10-22&h=abc&event=doha-ceasefire&origins=western&outlets=ap-news,reuters&topics=fighting&actors=ttp&events=doha-ceasefire,kabul-strikes&terms=border,durand-line&q=durand+line&lanes=outlet&bg=opening&coverage=days&embed=1');
  });
});

describe('historyAction: push or replace', () => {
  const base: ViewState = { ...defaultViewState, window: { start: dayToUtcMs('2025-10-10'), end: dayToUtcMs('2025-10-20') } };

  it('nothing changed: none', () => {
    expect(historyAction(base, { ...base }, null)).toBe('none');
  });

  it('a deliberate choice that changes the link pushes', () => {
    expect(historyAction(base, { ...base, day: '2025-10-17' }, null)).toBe('push');
    expect(historyAction(base, { ...base, outlets: ['ap-news'] }, null)).toBe('push');
    expect(historyAction(base, { ...base, lanes: 'origin' }, null)).toBe('push');
    expect(historyAction(base, { ...base, headlineId: 'abc' }, null)).toBe('push');
  });

  it('zooming, panning and typing replace', () => {
    expect(historyAction(base, { ...base, window: { start: dayToUtcMs('2025-10-11'), end: dayToUtcMs('2025-10-21') } }, null)).toBe('replace');
    expect(historyAction(base, { ...base, query: 'kabul' }, null)).toBe('replace');
  });

  it('embed (set by the framing page, never a reader) replaces, and the link keeps it', () => {
    expect(historyAction(base, { ...base, embed: true }, null)).toBe('replace');
    expect(encodeView({ ...defaultViewState, day: '2025-10-19', embed: true })).toBe('date=2025-10-19&embed=1');
    expect(decodeView('embed=1&date=2025-10-19', BASE)).toEqual({ view: { ...defaultViewState, day: '2025-10-19', embed: true }, ignored: [] });
    expect(decodeView('embed=0', BASE)).toEqual({ view: defaultViewState, ignored: [] });
  });

  it('a deliberate field changed to an equal value (a new, equal list) does not push', () => {
    const a = { ...base, outlets: ['ap-news'] };
    expect(historyAction(a, { ...a, outlets: ['ap-news'] }, null)).toBe('replace');
  });
});
