/**
 * User intents: what a choice does to the view, as pure functions of (corpus index, view) → next view. The
 * views only say which intent the reader expressed (`run(ix, chooseDay(d))`); none works out a window. Each
 * intent also decides the window its choice implies, so the timeline moves in the same update as the selection
 * (one history entry, one render). Tested against plain objects, like OWID grapher's TimelineController.
 *
 * An intent that changes nothing returns the view it was given (the same object), so the store stays still.
 */
import type { ViewState } from './view-state';
import type { CorpusIndex } from '../corpus/corpus-index';
import { effectiveWindow, revealWindow, windowForDay, windowForEvent, type WindowIndex } from './window';

/** What intents read of the corpus index. */
export type IntentIndex = WindowIndex & Pick<CorpusIndex, 'rowEvents' | 'phases'>;
export type Intent = (ix: IntentIndex, view: ViewState) => ViewState;

/**
 * The window as the reader sees it, written into the view: a choice that leaves the window alone must not let
 * it jump to whatever the new selection would imply.
 */
function pinned(ix: IntentIndex, view: ViewState): ViewState['window'] {
  return view.window ?? effectiveWindow(ix, view);
}

/** The view with a headline selected; a selected day follows it (so the list, which shows that day, holds it). */
function withHeadline(view: ViewState, id: string, date: string): ViewState {
  return { ...view, headlineId: id, day: view.day !== null && view.day !== date ? date : view.day };
}

/**
 * A day chosen on the axis, the overview or a day bar: the day with a day either side comes into view. Choosing
 * the selected day again clears it and leaves the window where it is.
 */
export const chooseDay =
  (day: string): Intent =>
  (ix, view) =>
    view.day === day ? { ...view, day: null, window: pinned(ix, view) } : { ...view, day, window: windowForDay(day, ix.axis) };

/** A "+N more" summary opened: that day alone fills the timeline, so its stories have room. */
export const openDay =
  (day: string): Intent =>
  (ix, view) => ({ ...view, day, window: windowForDay(day, ix.axis, 0) });

/** "Show every day": the day is cleared, the window stays. */
export const clearDay = (): Intent => (ix, view) => (view.day === null ? view : { ...view, day: null, window: pinned(ix, view) });

/**
 * A headline chosen in the list or in a detail panel: selected, and its day brought into view (the window
 * stays when the day is visible with stories drawn, else it becomes the day's window). Unknown ids change nothing.
 */
export const revealHeadline =
  (id: string): Intent =>
  (ix, view) => {
    const row = ix.rowById.get(id);
    if (row === undefined) return view;
    const date = ix.headlines[row]!.date;
    return { ...withHeadline(view, id, date), window: revealWindow(ix, view.window, date) ?? pinned(ix, view) };
  };

/**
 * A mark chosen on the timeline, standing for `rows` (earliest first) of one story. A story opens on its
 * earliest headline (the selected one, when the story already holds the selection), so the detail panel shows
 * who reported first; a single headline of an expanded story chosen again is deselected. The window stays where
 * the reader put it.
 */
export const chooseMark =
  (rows: readonly number[], kind: 'story' | 'headline'): Intent =>
  (ix, view) => {
    const selectedRow = view.headlineId === null ? undefined : ix.rowById.get(view.headlineId);
    const row = kind === 'headline' ? rows[0] : (rows.find((r) => r === selectedRow) ?? rows[0]);
    if (row === undefined) return view;
    const h = ix.headlines[row]!;
    const win = pinned(ix, view);
    if (kind === 'headline' && view.headlineId === h.id) return { ...view, headlineId: null, window: win };
    return { ...withHeadline(view, h.id, h.date), window: win };
  };

/** The detail panel closed: no headline selected, the window stays. */
export const closeHeadline = (): Intent => (ix, view) => (view.headlineId === null ? view : { ...view, headlineId: null, window: pinned(ix, view) });

/** A coverage-strip cell: that outlet alone, that day selected and in view. */
export const focusOutletDay =
  (outletId: string, day: string): Intent =>
  (ix, view) => ({ ...view, outlets: [outletId], day, window: windowForDay(day, ix.axis) });

/**
 * A key event chosen (on the track, in a list, from the reader): its panel opens and the window fits its days.
 * A selected headline stays only if it reports the event. Choosing the selected event again closes it, the
 * window staying. Unknown ids change nothing.
 */
export const chooseEvent =
  (id: string): Intent =>
  (ix, view) => {
    const k = ix.eventIndex.get(id);
    if (k === undefined) return view;
    if (view.eventId === id) return { ...view, eventId: null, window: pinned(ix, view) };
    const row = view.headlineId === null ? undefined : ix.rowById.get(view.headlineId);
    const keepHeadline = row !== undefined && ix.rowEvents[row]!.includes(k);
    return { ...view, eventId: id, headlineId: keepHeadline ? view.headlineId : null, window: windowForEvent(ix.events[k]!, ix.axis) };
  };

/** The event panel closed: the window stays. */
export const closeEvent = (): Intent => (ix, view) => (view.eventId === null ? view : { ...view, eventId: null, window: pinned(ix, view) });

/** "Show its headlines": the event filter set to this event alone (the other filters stay). */
export const filterToEvent =
  (id: string): Intent =>
  (ix, view) =>
    ix.eventIndex.has(id) ? { ...view, events: [id], window: pinned(ix, view) } : view;

/** A "+N" summary of key events opened: the window fits all of them, so their titles have room. */
export const showEvents =
  (ids: readonly string[]): Intent =>
  (ix, view) => {
    const events = ids.flatMap((id) => ix.events[ix.eventIndex.get(id) ?? -1] ?? []);
    if (events.length === 0) return view;
    const start = events.reduce((m, e) => (e.start < m ? e.start : m), events[0]!.start);
    const end = events.reduce((m, e) => (e.end > m ? e.end : m), events[0]!.end);
    return { ...view, window: windowForEvent({ start, end }, ix.axis) };
  };

/** A phase's name chosen: the window fits the phase. */
export const showPhase =
  (id: string): Intent =>
  (ix, view) => {
    const phase = ix.phases.find((p) => p.id === id);
    return phase ? { ...view, window: windowForEvent(phase, ix.axis) } : view;
  };
