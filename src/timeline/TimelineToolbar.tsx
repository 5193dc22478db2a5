import { useId } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { topicColour } from '../ui/topic-colour';
import { useView } from '../store/store';
import { lanesModes, type LanesMode, type TimeWindow } from '../store/view-state';
import { formatUtcMs } from '../ui/format';
import { axisSpan, windowParts } from '../corpus/time-axis';

interface ToolbarProps {
  ix: CorpusIndex;
  win: TimeWindow;
  storyMode: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

const laneLabels: Record<LanesMode, string> = { topic: 'Topic', origin: 'Origin', outlet: 'Outlet' };
const button =
  'inline-flex h-8 min-w-8 items-center justify-center rounded-md border border-stone-300 bg-white px-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-600 dark:bg-stone-800 dark:hover:bg-stone-700';

/** The window as the days it shows: from the first day in a period to the last (a break at either end shows none). */
function windowLabel(ix: CorpusIndex, win: TimeWindow): string {
  const parts = windowParts(ix.axis, win);
  const w = parts.length > 0 ? { start: parts[0]!.start, end: parts[parts.length - 1]!.end } : win;
  const last = w.end - 1;
  const sameYear = new Date(w.start).getUTCFullYear() === new Date(last).getUTCFullYear();
  const a = formatUtcMs(w.start, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
  const b = formatUtcMs(last, { day: 'numeric', month: 'short', year: 'numeric' });
  return a === formatUtcMs(last, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' }) ? b : `${a} – ${b}`;
}

/** Zoom buttons, the visible window, the lanes switch and the topic legend. */
export function TimelineToolbar({ ix, win, storyMode, onZoomIn, onZoomOut, onReset }: ToolbarProps) {
  const lanes = useView((s) => s.lanes);
  const laneHintId = useId();
  const setLanes = useView((s) => s.setLanes);
  const span = axisSpan(ix.axis, win);
  const full = span >= ix.axis.total - 1000;
  const narrowest = span <= 86_400_000 + 1000;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex items-center gap-1">
          <button type="button" className={button} onClick={onZoomIn} disabled={narrowest} aria-label="Zoom in" title="Zoom in (+)">
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" className={button} onClick={onZoomOut} disabled={full} aria-label="Zoom out" title="Zoom out (−)">
            <span aria-hidden="true">−</span>
          </button>
          <button type="button" className={button} onClick={onReset} title="Reset zoom (0)">
            Reset zoom
          </button>
        </div>
        <p className="text-sm font-semibold tabular-nums">
          {windowLabel(ix, win)}
        </p>
        {/* Lanes only exist when stories are drawn: until then the switch is disabled and says why. */}
        <fieldset disabled={!storyMode} aria-describedby={storyMode ? undefined : laneHintId} className="ms-auto flex items-center gap-1 text-sm disabled:opacity-60">
          <legend className="sr-only">Lanes</legend>
          <span aria-hidden="true" className="me-1 text-stone-600 dark:text-stone-400">
            Lanes
          </span>
          {lanesModes.map((mode) => (
            <label
              key={mode}
              className={`rounded-md border px-2 py-1 ${storyMode ? 'cursor-pointer' : 'cursor-not-allowed'} has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-600 ${
                lanes === mode ? 'border-blue-700 bg-blue-700 text-white dark:border-blue-300 dark:bg-blue-300 dark:text-stone-950' : 'border-stone-300 dark:border-stone-600'
              }`}
            >
              <input type="radio" name="timeline-lanes" value={mode} checked={lanes === mode} onChange={() => setLanes(mode)} className="sr-only" />
              {laneLabels[mode]}
            </label>
          ))}
          {!storyMode && (
            <span id={laneHintId} className="ms-1 text-xs text-stone-600 dark:text-stone-400">
              zoom in to use lanes
            </span>
          )}
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-700 dark:text-stone-300">
        <span className="sr-only">Topic colours:</span>
        {ix.topics.map((t, i) => (
          <span key={t.id} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: topicColour(i) }} />
            {t.label}
          </span>
        ))}
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm border border-stone-300 bg-[repeating-linear-gradient(45deg,var(--color-stone-300)_0_2px,transparent_2px_5px)] dark:border-stone-600 dark:bg-[repeating-linear-gradient(45deg,var(--color-stone-600)_0_2px,transparent_2px_5px)]" />
          not listed by the source
        </span>
        <span className="text-stone-600 dark:text-stone-400">{storyMode ? '· one mark per story; select one to expand it' : '· one bar per day; zoom in for stories'}</span>
      </div>
    </div>
  );
}
