import type { CorpusIndex } from '../corpus/corpus-index';
// Placeholder until the timeline lands.
export function Timeline(_props: { index: CorpusIndex }) {
  return <section aria-label="Timeline" />;
}
