/**
 * The one place d3-zoom touches the DOM: it listens on the plot element (wheel, trackpad, pinch, drag) and
 * reports the window a gesture shows. React never writes to what d3-zoom owns (the element's __zoom state
 * and listeners); d3-zoom never writes nodes React renders.
 *
 * Loop guard: a transform applied from code (`selection.call(zoom.transform, t)`) fires its events with
 * `sourceEvent === null`; only events with a source event (a person's gesture) update the store.
 *
 * One store update per frame: a wheel spun fast or a trackpad sends events faster than the screen draws, and
 * each store update renders the timeline. A gesture's windows are kept here and the latest is handed to the
 * store once per animation frame (d3-zoom keeps the exact transform meanwhile), so the page draws every frame
 * with the newest scale instead of falling behind a queue of renders.
 *
 * Touch: the plot is `touch-action: pan-y`, so a vertical swipe scrolls the page (the browser takes it and
 * cancels the pointer). d3-zoom would cancel every touch move, so it handles the mouse and the wheel only; a
 * horizontal swipe pans and a two-finger pinch zooms through pointer events here, in axis time.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimeWindow } from '../store/view-state';
import type { TimeAxis } from '../corpus/time-axis';
import { fromAxis, toAxis } from '../corpus/time-axis';
import { MIN_SPAN, panWindow, sameWindow, zoomWindow } from '../store/window';
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
  // The window a gesture asked for that the store has not been given yet (handed over at the next frame).
  const pending = useRef<TimeWindow | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const flush = () => {
      frame = 0;
      const next = pending.current;
      pending.current = null;
      if (next) latest.current.onWindow(next);
    };
    const report = (next: TimeWindow) => {
      pending.current = next;
      if (frame === 0) frame = requestAnimationFrame(flush);
    };
    /** The window the view is heading to: the one waiting for the next frame, else the store's. */
    const current = () => pending.current ?? latest.current.win;
    const z = zoom<HTMLElement, unknown>()
      // Wheel and pinch zoom, drag pans; a mostly horizontal wheel (trackpad swipe) pans instead (below).
      .filter((event: Event) => {
        if (event.type.startsWith('touch')) return false;
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          return w.ctrlKey || Math.abs(w.deltaY) >= Math.abs(w.deltaX);
        }
        const m = event as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return;
        const { axis: a, width: w } = latest.current;
        report(windowFromTransform(event.transform, a, w));
      });
    behaviour.current = z;
    const selection = select(el);
    selection.call(z).on('dblclick.zoom', null);
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      const { axis: a, width: w } = latest.current;
      report(panWindow(current(), event.deltaX / Math.max(1, w), a));
    };
    el.addEventListener('wheel', onWheel, { passive: false });

    // Touch pans and pinches, from the positions and the window when the touch began (or changed fingers).
    const touches = new Map<number, number>();
    let from: { win: TimeWindow; xs: number[]; ids: number[] } | null = null;
    const begin = () => {
      const ids = [...touches.keys()].slice(0, 2);
      from = ids.length === 0 ? null : { win: current(), xs: ids.map((id) => touches.get(id)!), ids };
    };
    const local = (e: PointerEvent) => e.clientX - el.getBoundingClientRect().left;
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      touches.set(e.pointerId, local(e));
      begin();
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerType !== 'touch' || !touches.has(e.pointerId) || !from) return;
      touches.set(e.pointerId, local(e));
      const { axis: a, width: w } = latest.current;
      const now = from.ids.map((id) => touches.get(id) ?? 0);
      const span = toAxis(a, from.win.end) - toAxis(a, from.win.start);
      const pxToU = span / Math.max(1, w);
      if (now.length === 1) {
        report(panWindow(from.win, -(now[0]! - from.xs[0]!) / Math.max(1, w), a));
        return;
      }
      const d0 = Math.abs(from.xs[1]! - from.xs[0]!);
      const d1 = Math.abs(now[1]! - now[0]!);
      if (d0 < 4 || d1 < 4) return;
      // The point under the fingers' midpoint stays under it: zoom by the spread, shift by the midpoint's move.
      const anchorU = toAxis(a, from.win.start) + ((from.xs[0]! + from.xs[1]!) / 2) * pxToU;
      const zoomed = zoomWindow(from.win, d1 / d0, a, fromAxis(a, anchorU));
      report(panWindow(zoomed, -(((now[0]! + now[1]!) - (from.xs[0]! + from.xs[1]!)) / 2) / Math.max(1, w), a));
    };
    const onEnd = (e: PointerEvent) => {
      if (!touches.delete(e.pointerId)) return;
      begin();
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onEnd);
    el.addEventListener('pointercancel', onEnd);
    return () => {
      cancelAnimationFrame(frame);
      pending.current = null;
      selection.on('.zoom', null);
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onEnd);
      el.removeEventListener('pointercancel', onEnd);
      behaviour.current = null;
    };
  }, [ref]);

  // Keep d3-zoom's limits and transform in step with the size, the extent and the store's window.
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    // Mid-gesture (a window waiting for the next frame), d3-zoom is ahead of the store: leave it be.
    if (!el || !z || width <= 0 || pending.current !== null) return;
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
