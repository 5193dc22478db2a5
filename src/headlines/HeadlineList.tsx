import type { CorpusIndex } from '../corpus/corpus-index';
// Placeholder until the headline list lands.
export function HeadlineList(_props: { index: CorpusIndex }) {
  return null;
}
