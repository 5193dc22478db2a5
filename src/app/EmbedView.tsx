/**
 * The compact view for an `<iframe>` on another site (`embed=1`): a one-line header (title, count, "Open full
 * view"), the timeline with its key events, and the details of what is chosen, beside it when the frame is
 * wide (each scrolling on its own), under it when narrow. No filters panel, side pane, list or header buttons. It fills the frame's
 * viewport; only the content area scrolls. Choices still go into the frame's own history (Back and Forward
 * work inside it), and the link the frame shows keeps `embed=1`.
 */
import { useShallow } from 'zustand/react/shallow';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { pickView } from '../store/view-state';
import { Summary } from '../filters/Summary';
import { ActiveFilters } from '../filters/ActiveFilters';
import { Timeline } from '../timeline/Timeline';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { periodLabel } from '../ui/format';
import { embedLink } from '../export/embed';
import { Notices } from './Notices';
import { Later } from './Later';

/** The same view, full, in a new tab: its canonical link without `embed`. */
function FullViewLink({ ix }: { ix: CorpusIndex }) {
  const view = useView(useShallow(pickView));
  return (
    <a
      href={embedLink(ix, view, location.href, false)}
      target="_blank"
      rel="noopener"
      className="shrink-0 text-sm font-medium text-blue-800 underline dark:text-blue-300"
    >
      Open full view<span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

export function EmbedView({ ix }: { ix: CorpusIndex }) {
  const headlineId = useView((s) => s.headlineId);
  const eventId = useView((s) => s.eventId);
  const selection = headlineId ?? eventId;
  return (
    // `relative` on the box and each scroller: an absolutely placed descendant (a visually hidden label) stays
    // inside them, instead of stretching the page past the frame.
    <div className="relative flex h-dvh flex-col overflow-hidden">
      <header className="shrink-0 border-b border-stone-200 bg-stone-50 px-2 py-1 dark:border-stone-800 dark:bg-stone-950">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="min-w-0 truncate text-sm font-semibold">
            Pakistan–Afghanistan border clashes <span className="font-normal text-stone-600 dark:text-stone-400">· {periodLabel(ix.firstDay, ix.lastDay)}</span>
          </h1>
          <Summary ix={ix} />
          <ActiveFilters ix={ix} />
          <FullViewLink ix={ix} />
        </div>
        <Notices />
      </header>
      <div className="@container min-h-0 flex-1">
        {/* Narrow: one column that scrolls. Wide: the timeline and the details side by side, each scrolling. */}
        <main className="relative flex h-full flex-col gap-2 overflow-y-auto p-2 @4xl:flex-row @4xl:overflow-hidden">
          <div className="relative min-w-0 flex-1 @4xl:h-full @4xl:overflow-y-auto">
            <ErrorBoundary name="Timeline" resetKey={ix}>
              <Timeline ix={ix} />
            </ErrorBoundary>
          </div>
          {selection !== null && (
            <div data-detail-panel className="relative space-y-2 @4xl:h-full @4xl:w-96 @4xl:shrink-0 @4xl:overflow-y-auto">
              <ErrorBoundary name="Event details" resetKey={ix}>
                <Later after>{(p) => <p.EventDetail ix={ix} />}</Later>
              </ErrorBoundary>
              <ErrorBoundary name="Headline details" resetKey={ix}>
                <Later after>{(p) => <p.HeadlineDetail ix={ix} hideWhenEmpty />}</Later>
              </ErrorBoundary>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
