import type { EventKind } from '../corpus/schema';
import { eventKindShapes } from './event-kinds';

/** The shape of an event kind, decorative (the kind is always said in text beside it or in the name). */
export function EventSymbol({ kind, size = 14, className = '' }: { kind: EventKind; size?: number; className?: string }) {
  const shape = eventKindShapes[kind];
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 16 16" className={`shrink-0 ${className}`}>
      <path
        d={shape.d}
        fill={shape.fill ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={shape.fill ? 1 : 1.8}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
