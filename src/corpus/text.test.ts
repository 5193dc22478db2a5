import { describe, expect, it } from 'vitest';
import { displayTitle } from './text';

describe('displayTitle', () => {
  it('drops the aggregator’s trailing dots from a cut title only', () => {
    expect(displayTitle('Become first team to...', true)).toBe('Become first team to');
    expect(displayTitle('But the…', true)).toBe('But the');
    expect(displayTitle('What now...', false)).toBe('What now...');
    expect(displayTitle('No dots here', true)).toBe('No dots here');
    expect(displayTitle('...', true)).toBe('...');
  });
});
