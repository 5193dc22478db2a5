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
 * A dense plot (`transformGestures`: the level of detail the timeline chooses) is not re-rendered during a
 * gesture at all: what is drawn stays, and this hook moves and stretches it with a compositor-only CSS
 * transform on `layer` (an element React renders without a style of its own, so React and this hook never
 * write the same property), from the window React last drew to the one the gesture shows. The gesture's
 * window goes to the store when the gesture rests (REST_MS after its last event); React's re-render and the
 * transform's removal land in the same frame (the store update renders synchronously, the layout effect
 * below clears what is left). The axis follows each frame through the returned `GestureWindow`.
 *
 * Touch: the plot is `touch-action: pan-y`, so a vertical swipe scrolls the page (the browser takes it and
 * cancels the pointer). d3-zoom would cancel every touch move, so it handles the mouse and the wheel only; a
 * horizontal swipe pans and a two-finger pinch zooms through pointer events here, in axis time.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { deferredModule } from '../ui/deferred-module';
import type { TimeWindow } from '../store/view-state';
import type { TimeAxis } from '../corpus/time-axis';
import { fromAxis, toAxis } from '../corpus/time-axis';
import { MIN_SPAN, panWindow, sameWindow, zoomWindow } from '../store/window';
import { gestureTransform, transformForWindow, windowFromTransform } from './scales';

/** A gesture rests this long after its last event: its window then goes to the store (d3-zoom ends a wheel after 150 ms). */
export const REST_MS = 150;

/** The window a gesture over a dense plot shows before the store has it (null: none), for the axis to follow. */
export interface GestureWindow {
  get(): TimeWindow | null;
  subscribe(listener: () => void): () => void;
}

function gestureWindowStore(): GestureWindow & { set(win: TimeWindow | null): void } {
  let current: TimeWindow | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(win) {
      if (win === current) return;
      current = win;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The layer's transform from the window React drew to the gesture's; none without a gesture. */
function placeLayer(el: HTMLElement | null | undefined, drawn: TimeWindow, g: TimeWindow | null, axis: TimeAxis, width: number): void {
  if (!el) return;
  if (g === null) {
    el.style.removeProperty('transform');
    el.style.removeProperty('transform-origin');
    el.style.removeProperty('will-change');
    return;
  }
  const { scale, translate } = gestureTransform(drawn, g, axis, width);
  el.style.transformOrigin = '0 0';
  el.style.willChange = 'transform';
  el.style.transform = `translateX(${translate}px) scaleX(${scale})`;
}

/** Options of the transformed layer: the element, and whether gestures transform it (else React redraws each frame). */
export interface GestureLayer {
  ref: RefObject<HTMLElement | null>;
  transformGestures: boolean;
}

/** d3-zoom and d3-selection, fetched after the timeline's first frame (see use-zoom-d3.ts). */
const d3Zoom = deferredModule(() => import('./use-zoom-d3'));

export function useZoom(
  ref: RefObject<HTMLElement | null>,
  axis: TimeAxis,
  width: number,
  height: number,
  win: TimeWindow,
  onWindow: (win: TimeWindow) => void,
  /** Listen for gestures (false until the timeline has drawn its first frame: d3-zoom is fetched then). */
  listen: boolean,
  layer?: GestureLayer,
): GestureWindow {
  // A chunk that fails to load leaves the plot without wheel and drag gestures (keys and buttons still zoom),
  // rather than taking the drawn plot down with it.
  const d3 = d3Zoom.useModule(listen, 'ignore');
  // The listeners are created once and read the latest values from this ref (as visx-zoom does).
  const transformGestures = layer?.transformGestures ?? false;
  const layerRef = layer?.ref;
  const latest = useRef({ axis, width, win, onWindow, transformGestures, layerRef });
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  // Live: the window a gesture asked for that the store has not been given yet (handed over at the next frame).
  const pending = useRef<TimeWindow | null>(null);
  // Transformed: the window a gesture over a dense plot shows, not in the store until the gesture rests.
  const gesture = useRef<TimeWindow | null>(null);
  const [shown] = useState(gestureWindowStore);

  // After each commit: React drew a new window, so the transform is recomputed from it (or removed when the
  // gesture has rested: the store's window is the one the transform showed).
  // A window set elsewhere during a transformed gesture (a key, a button, the overview, Back) wins: the gesture
  // is dropped, so its window does not overwrite that one when it rests.
  const cancelGesture = useRef<() => void>(() => undefined);
  // The last window this hook handed to the store (a window of its own arriving is not someone else's).
  const sent = useRef<TimeWindow | null>(null);
  useLayoutEffect(() => {
    const external = gesture.current !== null && !sameWindow(latest.current.win, win, 0) && !sameWindow(sent.current, win, 0);
    latest.current = { axis, width, win, onWindow, transformGestures, layerRef };
    if (external) cancelGesture.current();
    placeLayer(layerRef?.current, win, gesture.current, axis, width);
  });

  useEffect(() => {
    const el = ref.current;
    if (!el || !d3) return;
    const { select, zoom } = d3;
    let frame = 0;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      const { layerRef: l, win: drawn, axis: a, width: w } = latest.current;
      placeLayer(l?.current, drawn, gesture.current, a, w);
    };
    const flush = () => {
      frame = 0;
      if (gesture.current !== null) {
        place();
        shown.set(gesture.current);
        return;
      }
      const next = pending.current;
      pending.current = null;
      if (next) {
        sent.current = next;
        latest.current.onWindow(next);
      }
    };
    /** The gesture rests: its window goes to the store; React draws it and the transform goes in the same frame. */
    const settle = () => {
      rest = undefined;
      const g = gesture.current;
      if (g === null) return;
      gesture.current = null;
      sent.current = g;
      latest.current.onWindow(g);
      // The store's update renders before the next paint (and the layout effect places the layer again); if
      // the store already held this window nothing renders, so the transform is removed here.
      place();
      shown.set(null);
    };
    cancelGesture.current = () => {
      clearTimeout(rest);
      rest = undefined;
      gesture.current = null;
      shown.set(null);
    };
    const report = (next: TimeWindow) => {
      if (gesture.current !== null || latest.current.transformGestures) {
        // Transformed: nothing renders until the gesture rests.
        pending.current = null;
        gesture.current = next;
        clearTimeout(rest);
        rest = setTimeout(settle, REST_MS);
      } else pending.current = next;
      if (frame === 0) frame = requestAnimationFrame(flush);
    };
    /** The window the view is heading to: the gesture's, the one waiting for the next frame, else the store's. */
    const current = () => gesture.current ?? pending.current ?? latest.current.win;
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
    // Gestures are listened to from here on (d3-zoom arrives after the first frame): said on the element for
    // whoever needs to know (the end-to-end tests). React renders no such attribute.
    el.dataset.gestures = 'ready';
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
      clearTimeout(rest);
      pending.current = null;
      gesture.current = null;
      place();
      shown.set(null);
      selection.on('.zoom', null);
      delete el.dataset.gestures;
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onEnd);
      el.removeEventListener('pointercancel', onEnd);
      behaviour.current = null;
    };
  }, [ref, shown, d3]);

  // Keep d3-zoom's limits and transform in step with the size, the extent and the store's window.
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    // Mid-gesture (a window waiting for the next frame or for the gesture to rest), d3-zoom is ahead of the
    // store: leave it be.
    if (!el || !z || !d3 || width <= 0 || pending.current !== null || gesture.current !== null) return;
    const { select, zoomIdentity, zoomTransform } = d3;
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
  }, [ref, axis, width, height, win, d3]);

  return shown;
}
