import { describe, expect, it } from 'vitest';
import { topicSwatchClass } from './topic-colour';

describe('topicSwatchClass', () => {
  it('gives topic i the colour --color-topic-i, cycling past the eight colours', () => {
    expect(topicSwatchClass(0)).toBe('bg-topic-0');
    expect(topicSwatchClass(7)).toBe('bg-topic-7');
    expect(topicSwatchClass(8)).toBe('bg-topic-0');
    expect(topicSwatchClass(-1)).toBe('bg-topic-7');
  });
});
