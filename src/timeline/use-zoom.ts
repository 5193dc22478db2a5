/**
 * The one place d3-zoom touches the DOM: it listens on the plot element (wheel, trackpad, pinch, drag) and
 * reports the window a gesture shows. React never writes to what d3-zoom owns (the element's __zoom state
 * and listeners); d3-zoom never writes nodes React renders.
 *
 * Loop guard: a transform applied from code (`selection.call(zoom.transform, t)`) fires its events with
 * `sourceEvent === null`; only events with a source event (a person's gesture) update the store.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimeWindow } from '../store/view-state';
import type { TimeAxis } from '../corpus/time-axis';
import { MIN_SPAN, panWindow, sameWindow } from '../store/window';
import { transformForWindow, windowFromTransform } from './scales';

export function useZoom(
  ref: RefObject<HTMLElement | null>,
  axis: TimeAxis,
  width: number,
  height: number,
  win: TimeWindow,
  onWindow: (win: TimeWindow) => void,
): void {
  // The listeners are created once and read the latest values from this ref (as visx-zoom does).
  const latest = useRef({ axis, width, win, onWindow });
  useLayoutEffect(() => {
    latest.current = { axis, width, win, onWindow };
  });
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const z = zoom<HTMLElement, unknown>()
      // Wheel and pinch zoom, drag pans; a mostly horizontal wheel (trackpad swipe) pans instead (below).
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          return w.ctrlKey || Math.abs(w.deltaY) >= Math.abs(w.deltaX);
        }
        const m = event as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return;
        const { axis: a, width: w, onWindow: report } = latest.current;
        report(windowFromTransform(event.transform, a, w));
      });
    behaviour.current = z;
    const selection = select(el);
    selection.call(z).on('dblclick.zoom', null);
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      const { axis: a, width: w, win, onWindow: report } = latest.current;
      report(panWindow(win, event.deltaX / Math.max(1, w), a));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      selection.on('.zoom', null);
      el.removeEventListener('wheel', onWheel);
      behaviour.current = null;
    };
  }, [ref]);

  // Keep d3-zoom's limits and transform in step with the size, the extent and the store's window.
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    if (!el || !z || width <= 0) return;
    z.scaleExtent([1, axis.total / MIN_SPAN])
      .extent([
        [0, 0],
        [width, Math.max(1, height)],
      ])
      .translateExtent([
        [0, 0],
        [width, Math.max(1, height)],
      ]);
    const current = windowFromTransform(zoomTransform(el), axis, width);
    if (!sameWindow(current, win, 60_000)) {
      const t = transformForWindow(win, axis, width);
      select(el).call(z.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    }
  }, [ref, axis, width, height, win]);
}
