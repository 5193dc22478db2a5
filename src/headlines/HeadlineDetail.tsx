import type { CorpusIndex } from '../corpus/corpus-index';
// Placeholder until the detail panel lands.
export function HeadlineDetail(_props: { index: CorpusIndex }) {
  return null;
}
