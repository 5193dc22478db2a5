/**
 * The parts of the timeline region under the plot: the overview brush and the coverage strip. Their own chunk,
 * requested once the plot has drawn its first frame (the first view fetches only what it draws).
 */
import { memo } from 'react';
import { Heatmap } from './Heatmap';

export { Overview } from './Overview';
/** Re-rendered only when its own inputs change (its window is deferred, in Timeline). */
export const CoverageStrip = memo(Heatmap);
