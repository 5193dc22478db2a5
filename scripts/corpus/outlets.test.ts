import { describe, expect, it } from 'vitest';
import { resolveOutlet } from './outlets';
import { parseListLine } from './page';
import { seedLine, seedTables } from './testing';

const tables = seedTables();
const resolve = (rest: string) => resolveOutlet(rest, tables);
const restOf = (n: number) => parseListLine(seedLine(n))?.rest ?? '';

describe('resolveOutlet', () => {
  it('takes the longest known suffix: ABC News with its tagline', () => {
    const r = resolve(restOf(41));
    expect(r.kind).toBe('known');
    if (r.kind !== 'known') return;
    expect(r.outlet.id).toBe('abc-news');
    expect(r.raw).toBe('ABC News - Breaking News, Latest News and Videos');
    expect(r.title).toBe('Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting');
  });
  it('The Sentinel with its motto', () => {
    const r = resolve(restOf(57));
    expect(r.kind === 'known' && [r.outlet.name, r.title]).toEqual(['The Sentinel', 'Iran says ready to help ease Pakistan-Afghanistan tensions']);
  });
  it('merges "Times of India" and "The Times of India"', () => {
    const a = resolve(restOf(48));
    const b = resolve(restOf(88));
    expect(a.kind === 'known' && a.outlet.id).toBe('the-times-of-india');
    expect(b.kind === 'known' && b.outlet.id).toBe('the-times-of-india');
    expect(a.kind === 'known' && a.raw).toBe('Times of India');
    expect(b.kind === 'known' && b.raw).toBe('The Times of India');
  });
  it.each([
    ['The Diplomat Asia-Pacific Current Affairs Magazine', 'the-diplomat', 'US'],
    ['yahoo.com', 'yahoo-news', 'US'],
    ['Euronews.com', 'euronews', 'France'],
    ['kurdistan24.net', 'kurdistan24', 'Iraq'],
    ['emro.who.int', 'who-regional-office-for-the-eastern-mediterranean', 'Egypt'],
    ['vijesti.me', 'vijesti', 'Montenegro'],
    ['Australian Broadcasting Corporation', 'australian-broadcasting-corporation', 'Australia'],
    ['AP News', 'ap-news', 'US'],
    ['Al Jazeera', 'al-jazeera', 'Qatar'],
    ['TRT World', 'trt-world', 'Türkiye'],
  ])('alias %s → %s (%s)', (raw, id, country) => {
    const r = resolve(`Some title - ${raw}`);
    expect(r.kind === 'known' && [r.outlet.id, r.outlet.country, r.title]).toEqual([id, country, 'Some title']);
  });
  it('keeps ABC News (US) apart from the Australian Broadcasting Corporation', () => {
    const us = resolve('T - ABC News');
    const au = resolve('T - Australian Broadcasting Corporation');
    expect(us.kind === 'known' && us.outlet.country).toBe('US');
    expect(au.kind === 'known' && au.outlet.country).toBe('Australia');
    expect(us.kind === 'known' && au.kind === 'known' && us.outlet.id !== au.outlet.id).toBe(true);
  });
  it('keeps " - " inside the title when the outlet is known', () => {
    const r = resolve('Pakistan - Afghanistan: the border - explained - Al Jazeera');
    expect(r.kind === 'known' && r.title).toBe('Pakistan - Afghanistan: the border - explained');
  });
  it('matches aliases regardless of case and punctuation', () => {
    const r = resolve('T - the times of india');
    expect(r.kind === 'known' && r.outlet.id).toBe('the-times-of-india');
  });
  it('an unknown last segment is a new outlet', () => {
    const r = resolve('Something happened - Kabul Daily Star');
    expect(r).toEqual({ kind: 'unknown', title: 'Something happened', raw: 'Kabul Daily Star', id: 'kabul-daily-star' });
  });
  it('no outlet: no separator, an ellipsis, or not a name, each with its own reason', () => {
    expect(resolve(restOf(34))).toMatchObject({ kind: 'none', title: restOf(34), why: expect.stringMatching(/no " - "/) as unknown as string });
    expect(resolve('Just a title')).toMatchObject({ kind: 'none', title: 'Just a title', why: expect.stringMatching(/no " - "/) as unknown as string });
    expect(resolve('A title - and then the...')).toMatchObject({ kind: 'none', title: 'A title - and then the...', why: expect.stringMatching(/ellipsis/) as unknown as string });
    expect(resolve('A title - and then the…')).toMatchObject({ kind: 'none', title: 'A title - and then the…' });
    expect(resolve('A - ???')).toMatchObject({ kind: 'none', title: 'A - ???', why: expect.stringMatching(/no letter or digit/) as unknown as string });
  });
  it('a long lowercase last part is ambiguous, and the reason says so', () => {
    const long = 'A - this part is far too long to be the name of any news outlet at all';
    const r = resolve(long);
    expect(r).toMatchObject({ kind: 'none', title: long });
    expect(r.kind === 'none' && r.why).toBe('ambiguous: the last " - " part, "this part is far too long to be the name of any news outlet at all" (16 words), could be an outlet or the end of the title; it does not read as the name of an organisation, so it stays in the title');
  });
  it.each([
    ['Ministry of Foreign Affairs of the Islamic Republic of Pakistan', 10],
    ['University of Engineering and Technology Peshawar Department of Social Sciences', 10],
    ['Office for the Coordination of Humanitarian Affairs in Afghanistan (OCHA)', 10],
    ['Institute for Conflict Management and Peace Studies of the Hindu Kush', 11],
  ])('a long name in the outlet position is an outlet: %s', (raw, words) => {
    expect(raw.split(' ')).toHaveLength(words);
    const r = resolve(`Statement on the border closure at Torkham - ${raw}`);
    expect(r).toEqual({ kind: 'unknown', title: 'Statement on the border closure at Torkham', raw, id: raw.toLowerCase().replace(/[()]/g, '').replace(/ /g, '-') });
  });
  it('a long title-case tail that names no organisation stays in the title', () => {
    const line = 'Explainer - Why Pakistan And Afghanistan Keep Fighting Over The Durand Line Again';
    const r = resolve(line);
    expect(r).toMatchObject({ kind: 'none', title: line, why: expect.stringMatching(/^ambiguous: .*\(11 words\)/) as unknown as string });
  });
  it('stays linear on a line of many separators', () => {
    const rest = Array.from({ length: 20_000 }, (_, i) => `part ${i}`).join(' - ');
    const t0 = performance.now();
    const r = resolve(`${rest} - Dawn`);
    expect(r.kind === 'known' && r.outlet.id).toBe('dawn');
    // Not a timing assertion: 20,000 separators with the quadratic scan take seconds; this is a smoke bound.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
