import { useMemo, useRef } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useRovingFocus } from './use-roving-focus';
import { viewStore } from '../store/store';
import { showPhase } from '../store/intents';
import { formatDaySpan } from '../ui/format';
import { shownText } from '../ui/bounded-text';
import type { PhaseBand } from './event-layout';

export const PHASE_STRIP = 18;

/** Band tints, alternating so neighbouring phases part visibly; each band is also labelled, so tint is never the only cue. */
const tints = ['fill-amber-100/60 dark:fill-amber-900/25', 'fill-sky-100/60 dark:fill-sky-900/25'];

/** Behind everything: one band per phase over the whole plot height. */
export function PhaseBandsBackground({ bands, width, height }: { bands: readonly PhaseBand[]; width: number; height: number }) {
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute inset-x-0 top-0" width={width} height={height}>
      {bands.map((b) => (
        <rect key={b.key} x={b.x0} y={0} width={Math.max(0, b.x1 - b.x0)} height={height} className={tints[b.index % tints.length]} />
      ))}
    </svg>
  );
}

/**
 * The phases' names in a strip at the top of the plot, each over its band: a button that fits the window to
 * the phase. A name too long for its band is cut with an ellipsis (its full name and dates are its accessible name).
 */
export function PhaseLabels({ ix, bands }: { ix: CorpusIndex; bands: readonly PhaseBand[] }) {
  const ref = useRef<HTMLUListElement>(null);
  const items = useMemo(() => bands.map((b) => ({ key: b.key, x: b.labelX, y: b.row, width: b.labelWidth })), [bands]);
  // One tab stop for the strip; the arrow keys move between phases.
  const roving = useRovingFocus(ref, items, null);
  if (bands.length === 0) return null;
  return (
    <ul ref={ref} aria-label="Phases" onKeyDown={roving.onKeyDown} className="absolute inset-x-0 top-0">
      {bands.map((b) => {
        const p = ix.phases[b.index]!;
        return (
          <li key={b.key} className="absolute flex min-w-0" style={{ left: b.labelX, width: b.labelWidth, top: b.row * PHASE_STRIP }}>
            <button
              type="button"
              data-key={b.key}
              tabIndex={roving.tabIndexFor(b.key)}
              onFocus={() => roving.onFocusKey(b.key)}
              onClick={() => viewStore.getState().run(ix, showPhase(p.id))}
              className="min-w-0 truncate px-1 text-start text-[11px] leading-[18px] font-semibold tracking-wide text-stone-700 uppercase hover:underline dark:text-stone-300"
            >
              {shownText(p.label, 'title')}
              <span className="sr-only">
                , phase, <time dateTime={p.start}>{formatDaySpan(p.start, p.end)}</time>. Show it.
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
