/**
 * Topic colours: topic i (its index in the corpus's `topics`) is `--color-topic-{i}` from index.css.
 * The classes are spelled out in full so Tailwind generates them; topics past the eighth reuse the palette.
 */
const swatches = ['bg-topic-0', 'bg-topic-1', 'bg-topic-2', 'bg-topic-3', 'bg-topic-4', 'bg-topic-5', 'bg-topic-6', 'bg-topic-7'] as const;

/** The Tailwind background class of topic `index`. */
export function topicSwatchClass(index: number): string {
  const n = swatches.length;
  return swatches[((index % n) + n) % n]!;
}

/** The CSS colour of topic `index`, for inline styles (SVG fills, stacked segments). */
export function topicColour(index: number): string {
  const n = swatches.length;
  return `var(--color-topic-${((index % n) + n) % n})`;
}
