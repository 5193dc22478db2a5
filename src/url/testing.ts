/** Test support for the codec tests: one corpus's facts. Not imported by the app. */
import { dayToUtcMs } from '../corpus/dates';
import type { CorpusFacts } from '../store/view-state';

/** A page URL under a sub-path, for the corpus-origin check. */
export const TEST_BASE = 'https://timeline.example/app/index.html';

/** What a small October 2025 corpus knows. */
export const testFacts: CorpusFacts = {
  outlets: new Set(['ap-news', 'reuters']),
  origins: new Set(['western', 'pakistan']),
  topics: new Set(['fighting']),
  actors: new Set(['ttp']),
  headlines: new Set(['abc123']),
  sections: new Set(['opening']),
  events: new Set(['doha-ceasefire']),
  framing: new Set(['durand-line']),
  range: { start: '2025-10-13', end: '2025-10-21' },
  extent: [dayToUtcMs('2025-10-01'), dayToUtcMs('2025-11-01')],
};
