import type { CorpusEvent } from '../corpus/schema';
import { EventSymbol } from './EventSymbol';
import { eventKindLabels } from './event-kinds';
import { formatDaySpan } from './format';

/**
 * A key event as a button that opens it: its symbol, title and (visibly or not) its days and kind. `look`:
 * `chip` (a bordered chip, days for screen readers) or `link` (underlined, days shown).
 */
export function EventButton({ event: e, pressed, onChoose, look }: { event: CorpusEvent; pressed: boolean; onChoose: () => void; look: 'chip' | 'link' }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onChoose}
      className={
        look === 'chip'
          ? 'inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-2 py-0.5 text-start hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
          : 'inline-flex items-start gap-1.5 text-start text-blue-800 underline dark:text-blue-300'
      }
    >
      <EventSymbol kind={e.kind} size={look === 'chip' ? 12 : 13} className={look === 'link' ? 'mt-1' : ''} />
      <span className="break-words">
        {e.title}
        {look === 'link' ? (
          <>
            , <time dateTime={e.start}>{formatDaySpan(e.start, e.end)}</time>
            <span className="sr-only"> ({eventKindLabels[e.kind]}): show it on the timeline</span>
          </>
        ) : (
          <span className="sr-only">, key event of {formatDaySpan(e.start, e.end)}</span>
        )}
      </span>
    </button>
  );
}
