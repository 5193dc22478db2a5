/** The document title follows the view: "17 Oct 2025 · AP News · Border Timeline". Pure. */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { ViewState } from '../store/view-state';
import { formatDay } from '../ui/format';

export const APP_TITLE = 'Border Timeline · Pakistan–Afghanistan, October 2025';

const names = (ids: readonly string[], lookup: (id: string) => string | undefined, max = 2) => {
  const found = ids.map(lookup).filter((n): n is string => n !== undefined);
  return found.length <= max ? found.join(', ') : `${found.slice(0, max).join(', ')} +${found.length - max}`;
};

export function viewTitle(view: ViewState, ix: CorpusIndex): string {
  const parts: string[] = [];
  const row = view.headlineId === null ? undefined : ix.rowById.get(view.headlineId);
  if (row !== undefined) {
    const title = ix.headlines[row]!.title;
    parts.push(title.length > 60 ? `${title.slice(0, 59)}…` : title);
  }
  const event = view.eventId === null ? undefined : ix.events[ix.eventIndex.get(view.eventId) ?? -1];
  if (event !== undefined) parts.push(event.title);
  if (view.day !== null) parts.push(formatDay(view.day));
  const outlets = names(view.outlets, (id) => ix.outlets[ix.outletIndex.get(id) ?? -1]?.name);
  if (outlets) parts.push(outlets);
  const topics = names(view.topics, (id) => ix.topics[ix.topicIndex.get(id) ?? -1]?.label);
  if (topics) parts.push(topics);
  const actors = names(view.actors, (id) => ix.actors[ix.actorIndex.get(id) ?? -1]?.name);
  if (actors) parts.push(actors);
  if (view.query.trim() !== '') parts.push(`“${view.query.trim().slice(0, 40)}”`);
  return [...parts, APP_TITLE].join(' · ');
}
