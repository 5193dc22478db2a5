import type { ReactNode } from 'react';
import { deferredModule } from '../ui/deferred-module';
import type * as PanelsModule from './panels';

type Panels = typeof PanelsModule;
const panels = deferredModule<Panels>(() => import('./panels'));

/**
 * A place in the view for a part from the panels chunk (`./panels`): an empty, busy box until `after` (the
 * frame after the timeline's first) has requested the chunk and it has arrived, then the part. A chunk that
 * fails to load throws to the error boundary around this place.
 */
export function Later({ after, className, children, fallback }: { after: boolean; className?: string; children: (p: Panels) => ReactNode; fallback?: ReactNode }) {
  const p = panels.useModule(after);
  if (p) return children(p);
  return fallback === undefined ? <div aria-busy="true" className={className} /> : fallback;
}
