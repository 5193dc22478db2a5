import type { ReactNode } from 'react';
import type { DeferredModule } from './deferred-module';

/**
 * A place in the view for a part from a deferred module: an empty, busy box (or `fallback`) until `start` has
 * requested the module and it has arrived, then the part. A module that fails to load throws to the error
 * boundary around this place.
 */
export function DeferredPlace<T>({ module, start, className, fallback, children }: { module: DeferredModule<T>; start: boolean; className?: string; fallback?: ReactNode; children: (m: T) => ReactNode }) {
  const m = module.useModule(start);
  if (m) return children(m);
  return fallback === undefined ? <div aria-busy="true" className={className} /> : fallback;
}
