import { useDeferredValue, useEffect, useMemo, useRef, useSyncExternalStore, type ComponentProps, type KeyboardEvent } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView, viewStore } from '../store/store';
import { useFiltered, useVisibleWindow } from '../store/use-derived';
import { selectDayBins, selectListedDays } from '../store/selectors';
import { chooseDay } from '../store/intents';
import { defaultWindow, panWindow, zoomWindow } from '../store/window';
import { useSize } from '../ui/use-size';
import { useAfterFirstFrame } from '../ui/use-after-first-frame';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { deferredModule } from '../ui/deferred-module';
import { DeferredPlace } from '../ui/DeferredPlace';
import { countInDays, layoutDays, layoutStories, LIVE_GESTURE_MAX_HEADLINES } from './layout';
import { pxPerDay, STORY_MODE_PX_PER_DAY, windowScale } from './scales';
import { DAY_MS } from '../corpus/dates';
import { useZoom, type GestureWindow } from './use-zoom';
import { dayTicks } from './ticks';
import { TimelineToolbar } from './TimelineToolbar';
import { Axis, AXIS_HEIGHT } from './Axis';
import { DayBars } from './DayBars';
import { StoryMarks } from './StoryMarks';
import { GridLines } from './GridLines';
import { KeyEvents } from './KeyEvents';
import { PhaseBandsBackground, PhaseLabels, PHASE_STRIP } from './PhaseBands';
import { layoutEventTrack, layoutPhases } from './event-layout';

/**
 * The overview and the coverage strip, fetched after the plot's first frame (see UnderPlot.tsx); a failed
 * chunk throws to the boundary around their place, not the plot's.
 */
const underPlot = deferredModule(() => import('./UnderPlot'));

/**
 * The axis of the plot. While a gesture over a dense plot only transforms what is drawn, the axis alone is
 * drawn afresh each frame for the gesture's window (its ticks and labels stay crisp and read true).
 */
function FollowingAxis({ gesture, x, ticks, ...rest }: ComponentProps<typeof Axis> & { gesture: GestureWindow }) {
  const moving = useSyncExternalStore(gesture.subscribe, gesture.get);
  const gx = useMemo(() => (moving === null ? x : windowScale(moving, x.width, x.axis)), [moving, x]);
  const gTicks = useMemo(() => (moving === null ? ticks : dayTicks(gx)), [moving, ticks, gx]);
  return <Axis x={gx} ticks={gTicks} {...rest} />;
}

const DAY_PLOT_HEIGHT = 200;
const MIN_STORY_HEIGHT = 150;
const readyFor = new WeakSet<CorpusIndex>();

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The timeline region: toolbar, the zoomable plot with its axis, the overview brush and the coverage heatmap. */
export function Timeline({ ix }: { ix: CorpusIndex }) {
  const storeWindow = useView((s) => s.window);
  const lanes = useView((s) => s.lanes);
  const day = useView((s) => s.day);
  const headlineId = useView((s) => s.headlineId);
  const eventId = useView((s) => s.eventId);
  const setWindow = useView((s) => s.setWindow);
  const filtered = useFiltered(ix);
  const win = useVisibleWindow(ix);
  // The coverage strip follows the window at low priority: during a gesture React renders the plot each
  // frame and catches the strip up when there is time (an interrupted render is thrown away, never shown).
  const stripWin = useDeferredValue(win);

  const surfaceRef = useRef<HTMLDivElement>(null);
  // What a gesture over a dense plot transforms (React gives it no style of its own; the zoom hook does).
  const layerRef = useRef<HTMLDivElement>(null);
  const { width } = useSize(surfaceRef);
  const storyMode = width > 0 && pxPerDay(win, width, ix.axis) >= STORY_MODE_PX_PER_DAY;
  // The plot's one x scale: the grid, the marks and the axis only map through it.
  const x = useMemo(() => windowScale(win, width, ix.axis), [win, width, ix.axis]);
  const ticks = useMemo(() => dayTicks(x), [x]);

  const selectedRow = headlineId === null ? -1 : (ix.rowById.get(headlineId) ?? -1);
  const expandedStory = selectedRow >= 0 ? ix.storyRow[selectedRow]! : -1;
  const bins = selectDayBins(ix, filtered);
  const stories = useMemo(
    () => (storyMode ? layoutStories(ix, filtered, x, lanes, expandedStory) : null),
    [storyMode, ix, filtered, x, lanes, expandedStory],
  );
  const days = useMemo(() => (storyMode ? null : layoutDays(bins, x, DAY_PLOT_HEIGHT - 24)), [storyMode, bins, x]);
  const plotHeight = stories ? Math.max(MIN_STORY_HEIGHT, stories.height) : DAY_PLOT_HEIGHT;
  const selectedEvent = eventId === null ? -1 : (ix.eventIndex.get(eventId) ?? -1);
  const track = useMemo(() => layoutEventTrack(ix.events, x, selectedEvent), [ix, x, selectedEvent]);
  const { bands, rows: phaseRows } = useMemo(() => layoutPhases(ix.phases, x), [ix, x]);
  // From the top: the phases' names, the key events, the marks, the axis.
  const phaseStrip = phaseRows * PHASE_STRIP;
  const marksTop = phaseStrip + track.height;
  const aboveAxis = marksTop + plotHeight;

  // Level of detail for gestures: a window with many headlines is transformed during a gesture, not redrawn.
  const inWindow = countInDays(ix, filtered.rows, Math.floor(win.start / DAY_MS), Math.ceil(win.end / DAY_MS) - 1);
  const afterFirstFrame = useAfterFirstFrame();
  const gesture = useZoom(surfaceRef, ix.axis, width, aboveAxis + AXIS_HEIGHT, win, setWindow, afterFirstFrame, {
    ref: layerRef,
    transformGestures: inWindow > LIVE_GESTURE_MAX_HEADLINES,
  });

  // The store always ends up holding the visible window: a view opened without one (a link with no from/to,
  // Back to such a link) gets its implied window written in, so later selections never move the timeline.
  useEffect(() => {
    if (storeWindow === null) viewStore.getState().setWindow(win);
  }, [storeWindow, win]);

  useEffect(() => {
    if (width > 0 && !readyFor.has(ix)) {
      readyFor.add(ix);
      performance.mark('timeline:ready');
    }
  }, [ix, width]);

  const zoomBy = (factor: number) => setWindow(zoomWindow(win, factor, ix.axis));
  const reset = () => setWindow(defaultWindow(ix));
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-' || e.key === '_') zoomBy(0.5);
    else if (e.key === '0') reset();
    else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && (e.target === surfaceRef.current || e.shiftKey))
      setWindow(panWindow(win, e.key === 'ArrowLeft' ? -0.2 : 0.2, ix.axis));
    else return;
    e.preventDefault();
  };

  const selectDay = (d: string) => viewStore.getState().run(ix, chooseDay(d));

  return (
    <section id="timeline" tabIndex={-1} aria-label="Timeline" onKeyDown={onKeyDown} className="rounded-lg border border-stone-200 bg-white p-2 shadow-sm sm:p-3 dark:border-stone-800 dark:bg-stone-900">
      <TimelineToolbar ix={ix} win={win} storyMode={storyMode} onZoomIn={() => zoomBy(2)} onZoomOut={() => zoomBy(0.5)} onReset={reset} />
      <div
        ref={surfaceRef}
        dir="ltr"
        tabIndex={0}
        role="group"
        aria-roledescription="zoomable timeline"
        aria-label="Timeline plot. Drag or use the arrow keys to pan; wheel, pinch, plus and minus to zoom; 0 resets."
        className="relative mt-2 touch-pan-y overflow-x-clip overflow-y-visible select-none"
        style={{ height: aboveAxis + AXIS_HEIGHT }}
      >
        {width > 0 && (
          <>
            <div ref={layerRef} className="absolute inset-0">
              <PhaseBandsBackground bands={bands} width={width} height={aboveAxis} />
              <GridLines x={x} ticks={ticks} height={aboveAxis} day={day} listed={selectListedDays(ix)} unlistedTop={marksTop} />
              <PhaseLabels ix={ix} bands={bands} />
              <div className="absolute inset-x-0" style={{ top: phaseStrip, height: track.height }}>
                <KeyEvents ix={ix} track={track} selected={selectedEvent} width={width} />
              </div>
              <div className="absolute inset-x-0" style={{ top: marksTop, height: plotHeight }}>
                {days && <DayBars ix={ix} marks={days} plotHeight={DAY_PLOT_HEIGHT} width={width} day={day} onSelectDay={selectDay} />}
                {stories && <StoryMarks ix={ix} layout={stories} selectedRow={selectedRow} plotHeight={plotHeight} width={width} />}
              </div>
            </div>
            <FollowingAxis gesture={gesture} x={x} ticks={ticks} top={aboveAxis} bins={bins} day={day} listed={selectListedDays(ix)} onSelectDay={selectDay} />
          </>
        )}
      </div>
      <ErrorBoundary name="Overview and coverage strip" resetKey={ix}>
        <DeferredPlace module={underPlot} start={afterFirstFrame} className="mt-3 h-60">
          {(under) => (
            <>
              <under.Overview ix={ix} win={win} bins={bins} day={day} onWindow={setWindow} onSelectDay={selectDay} />
              <under.CoverageStrip ix={ix} filtered={filtered} win={stripWin} width={width} day={day} />
            </>
          )}
        </DeferredPlace>
      </ErrorBoundary>
    </section>
  );
}
