import type { CorpusIndex } from '../corpus/corpus-index';
// Placeholder until the filters panel lands.
export function FiltersPanel(_props: { index: CorpusIndex }) {
  return null;
}
