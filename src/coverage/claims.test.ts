import { describe, expect, it } from 'vitest';
import type { Headline } from '../corpus/schema';
import { claimEchoes, repeatsClaim, titleNumbers } from './claims';

const taliban58 = { figures: [{ value: 58, what: 'Pakistani soldiers killed' }, { value: 30, what: 'Pakistani soldiers wounded' }] };
const ispr200 = { figures: [{ value: 200, what: 'Taliban and affiliated fighters killed (stated as more than 200)' }] };
const civilians12 = { figures: [{ value: 12, what: 'Afghan civilians killed (stated as more than 12)' }] };
const ispr15 = { figures: [{ value: 15, what: 'Afghan Taliban killed (lower bound)' }] };
const office15 = { figures: [{ value: 15, what: 'Afghan civilians killed' }] };

describe('repeatsClaim', () => {
  it('finds a claim’s number beside a word of what it counts, attributed or not', () => {
    expect(repeatsClaim('Afghanistan says it has killed 58 Pakistani soldiers in overnight border operations', taliban58)).toBe(true);
    expect(repeatsClaim('Afghanistan kills 58 Pakistani soldiers: Why the two Islamic nations are fighting', taliban58)).toBe(true);
    expect(repeatsClaim('Pakistan claims over 200 Taliban forces killed in deadly border clash', ispr200)).toBe(true);
    expect(repeatsClaim('Afghanistan says more than a dozen civilians killed in renewed border fighting with Pakistan', civilians12)).toBe(true);
  });

  it('a number counting something else is no repeat', () => {
    expect(repeatsClaim('Afghanistan rewrite records and thrash Bangladesh by 200 runs', ispr200)).toBe(false);
    expect(repeatsClaim('At least 15 civilians and six paramilitary members killed?', ispr15)).toBe(false);
    expect(repeatsClaim('At least 15 civilians and six paramilitary members killed?', office15)).toBe(true);
    expect(repeatsClaim('Dozens killed, injured in new border clashes', civilians12)).toBe(false);
  });

  it('reads digits with thousands separators and number words', () => {
    expect(titleNumbers('1,200 families flee; twelve villages emptied').map((n) => n.value)).toEqual([1200, 12]);
  });
});

describe('claimEchoes', () => {
  const h = (id: string, title: string, attributedBy: string[]): Headline =>
    ({ id, title, attributedBy, section: null, outletId: null, date: '2025-10-13', listedDate: '2025-10-13', truncated: false, storyId: 's', topics: ['t'], actors: [], sourceLine: 1 }) as Headline;
  it('splits each claim’s repeats by attribution and leaves out claims without figures or repeats', () => {
    const a = h('a', 'Afghanistan says it has killed 58 Pakistani soldiers', ['says']);
    const b = h('b', 'Afghanistan kills 58 Pakistani soldiers', []);
    const c = h('c', 'War breaks out', []);
    const echoes = claimEchoes([{ figures: [] }, taliban58, ispr200], [a, b, c]);
    expect(echoes).toEqual([{ claim: 1, attributed: [a], unattributed: [b] }]);
  });
});
