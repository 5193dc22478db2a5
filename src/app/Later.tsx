import type { ReactNode } from 'react';
import { deferredModule } from '../ui/deferred-module';
import { DeferredPlace } from '../ui/DeferredPlace';
import type * as PanelsModule from './panels';

type Panels = typeof PanelsModule;
const panels = deferredModule<Panels>(() => import('./panels'));

/**
 * A place in the view for a part from the panels chunk (`./panels`), requested once `after` (the frame after
 * the timeline's first) is true; see DeferredPlace.
 */
export function Later({ after, ...place }: { after: boolean; className?: string; children: (p: Panels) => ReactNode; fallback?: ReactNode }) {
  return <DeferredPlace module={panels} start={after} {...place} />;
}
