/**
 * What choosing a coverage cell does, composed from the store's intents (store/intents.ts): the origin filter
 * set to that origin alone, and the event filter to that event (the window fitted to its days) or the day
 * selected (and brought into view). The other filters stay.
 */
import { chooseDay, filterToEvent, showEvents, type Intent } from '../store/intents';

/** An event row's cell: that origin's headlines on that event. */
export const focusOriginEvent =
  (origin: string, eventId: string): Intent =>
  (ix, view) => {
    if (!ix.eventIndex.has(eventId)) return view;
    const filtered = filterToEvent(eventId)(ix, { ...view, origins: [origin], day: null, headlineId: null });
    return showEvents([eventId])(ix, filtered);
  };

/** A day row's cell: that origin's headlines of that listing day. */
export const focusOriginDay =
  (origin: string, day: string): Intent =>
  (ix, view) =>
    chooseDay(day)(ix, { ...view, origins: [origin], events: [], day: null, headlineId: null });

/**
 * A framing term (and, from a cell, an origin): the headlines whose titles use it, every other filter that
 * would hide some of them (origin, event, day) cleared so the count on the button is the count shown, and the
 * window left to what the view implies. The term is one of the corpus's lexicon (the region offers no other).
 */
export const focusTerm =
  (term: string, origin: string | null): Intent =>
  (_ix, view) => ({ ...view, framing: [term], origins: origin === null ? [] : [origin], events: [], outlets: [], topics: [], actors: [], query: '', day: null, headlineId: null, window: null });
