import { lazy, Suspense, useState } from 'react';
import { useView, viewStore } from '../store/store';
import { closeEvent, closeHeadline } from '../store/intents';
import { SidePane, type SideTab } from './SidePane';
import { SkipLinks } from './SkipLinks';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useSearchPreparation } from '../corpus/use-search-preparation';
import type { MonthsHeld } from '../corpus/use-corpus-data';
import { monthsText } from '../corpus/months-text';
import { SearchBox } from '../filters/SearchBox';
import { Summary } from '../filters/Summary';
import { ActiveFilters } from '../filters/ActiveFilters';
import { Timeline } from '../timeline/Timeline';
import { ThemeToggle } from './ThemeToggle';
import { Drawer } from '../ui/Drawer';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notices } from './Notices';
import { readStored, writeStored } from '../ui/storage';
import { SplitPane } from '../ui/SplitPane';
import { useMediaQuery } from '../ui/use-media-query';
import { useAfterFirstFrame } from '../ui/use-after-first-frame';
import { periodLabel } from '../ui/format';
import { CopyLinkButton, HeadlineLinkButton, ShareButton } from '../url/ShareButtons';
import { useUrlSync } from '../url/sync';
import { ExportButton } from '../export/ExportControls';
import { EmbedView } from './EmbedView';
import { Later } from './Later';
import { trackFocusOutsidePanels } from '../ui/use-focus-handoff';

// Where the reader's focus was before a detail panel took it (the panels arrive later, in their own chunk).
trackFocusOutsidePanels();

const COLLAPSE_KEY = 'border-timeline:background-collapsed';
/** The Coverage region (`?coverage=`): its own chunk, fetched only when opened. */
const CoverageRegion = lazy(() => import('../coverage/CoverageRegion'));
const headerButton = 'rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium dark:border-stone-700';

type MainViewProps = { ix: CorpusIndex; progress?: { loaded: number; total: number } | null; months?: MonthsHeld | null };

/** The loaded app: the full view, or the compact one a link with `embed=1` asks for (to sit in an `<iframe>`). */
export function MainView(props: MainViewProps) {
  const embed = useView((s) => s.embed);
  useUrlSync(props.ix);
  useSearchPreparation(props.ix);
  return embed ? <EmbedView ix={props.ix} /> : <FullView {...props} />;
}

/**
 * The full view. Wide screens: filters | timeline and list | a side pane with the details of what is selected
 * (docked beside the timeline) and the background article, as tabs (resizable, collapsible). Narrower: filters
 * and background open as drawers, and the details of a selection rise as a bottom sheet.
 */
function FullView({ ix, progress = null, months = null }: MainViewProps) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [backgroundOpen, setBackgroundOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [collapsed, setCollapsedState] = useState(() => readStored(COLLAPSE_KEY) === '1');
  const hasSidebar = useMediaQuery('(min-width: 1024px)');
  const wide = useMediaQuery('(min-width: 1280px)');
  const after = useAfterFirstFrame();
  const hasBackground = ix.corpus.background !== null;
  const setCollapsed = (v: boolean) => {
    setCollapsedState(v);
    writeStored(COLLAPSE_KEY, v ? '1' : '0');
  };

  // What is selected decides the side pane's tab: a new selection shows its details, clearing it the article.
  const headlineId = useView((s) => s.headlineId);
  const eventId = useView((s) => s.eventId);
  const bgSection = useView((s) => s.bgSection);
  const coverage = useView((s) => s.coverage);
  const selection = headlineId ?? eventId;
  const [tab, setTab] = useState<SideTab>(selection !== null || !hasBackground ? 'details' : 'background');
  const [seen, setSeen] = useState({ selection, bgSection });
  if (seen.selection !== selection || seen.bgSection !== bgSection) {
    // Adjusting state to a change of the store, during render (React's pattern for derived state).
    setSeen({ selection, bgSection });
    if (seen.selection !== selection) setTab(selection !== null || !hasBackground ? 'details' : 'background');
    else if (bgSection !== null && hasBackground) setTab('background');
    if (selection !== null && collapsed) setCollapsedState(false);
  }
  const closeSelection = () => viewStore.getState().run(ix, (i, v) => closeEvent()(i, closeHeadline()(i, v)));

  const details = (
    <div data-detail-panel className="space-y-4">
      <ErrorBoundary name="Event details" resetKey={ix}>
        <Later after={after}>{(p) => <p.EventDetail ix={ix} />}</Later>
      </ErrorBoundary>
      <ErrorBoundary name="Headline details" resetKey={ix}>
        <Later after={after}>
          {(p) => (
            <p.HeadlineDetail ix={ix} hideWhenEmpty={eventId !== null}>
              <HeadlineLinkButton />
            </p.HeadlineDetail>
          )}
        </Later>
      </ErrorBoundary>
    </div>
  );
  const docked = wide && !collapsed;

  const main = (
    <main className="@container min-w-0 flex-1 space-y-4">
      {coverage !== null && (
        <ErrorBoundary name="Coverage" resetKey={ix}>
          <Suspense fallback={<div aria-busy="true" className="min-h-64" />}>
            <CoverageRegion ix={ix} />
          </Suspense>
        </ErrorBoundary>
      )}
      <ErrorBoundary name="Timeline" resetKey={ix}>
        <Timeline ix={ix} />
      </ErrorBoundary>
      <div className="min-w-0">
        <ErrorBoundary name="Headlines" resetKey={ix}>
          <Later after={after} className="min-h-96">
            {(p) => <p.HeadlineList ix={ix} />}
          </Later>
        </ErrorBoundary>
      </div>
    </main>
  );

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLinks background={hasBackground && docked} />
      <header className="z-30 border-b border-stone-200 bg-stone-50 lg:sticky lg:top-0 dark:border-stone-800 dark:bg-stone-950">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
          <h1 className="min-w-[12rem] flex-1 text-base leading-tight font-semibold sm:text-lg">
            Pakistan–Afghanistan border clashes <span className="font-normal text-stone-600 dark:text-stone-400">· {periodLabel(ix.firstDay, ix.lastDay)}</span>
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            {!hasSidebar && (
              <button type="button" className={headerButton} aria-haspopup="dialog" aria-expanded={filtersOpen} onClick={() => setFiltersOpen(true)}>
                Filters
              </button>
            )}
            {hasBackground && (!wide || collapsed) && (
              <button
                type="button"
                className={headerButton}
                aria-haspopup={wide ? undefined : 'dialog'}
                aria-expanded={wide ? false : backgroundOpen}
                onClick={() => (wide ? setCollapsed(false) : setBackgroundOpen(true))}
              >
                {wide ? 'Show side panel' : 'Background'}
              </button>
            )}
            <button type="button" className={headerButton} aria-pressed={coverage !== null} onClick={() => viewStore.getState().setCoverage(coverage === null ? 'events' : null)}>
              Coverage by origin
            </button>
            <button type="button" className={headerButton} aria-haspopup="dialog" aria-expanded={aboutOpen} onClick={() => setAboutOpen(true)}>
              About this data
            </button>
            <ExportButton ix={ix} />
            <CopyLinkButton />
            <ShareButton />
            <ThemeToggle />
          </div>
          <div className="flex w-full flex-wrap items-center gap-x-4 gap-y-1">
            <SearchBox />
            <Summary ix={ix} />
            <ActiveFilters ix={ix} />
            {progress && progress.loaded < progress.total && (
              <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
                Loading months: {progress.loaded} of {progress.total}
              </p>
            )}
            {months && monthsText(months) !== null && (
              <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
                {monthsText(months)}
              </p>
            )}
          </div>
        </div>
        <Notices />
      </header>
      <div className="mx-auto flex w-full max-w-screen-2xl flex-1 gap-4 px-3 py-3 sm:px-4">
        {hasSidebar && (
          <aside aria-label="Filters" className="w-72 shrink-0">
            <div className="sticky top-28 max-h-[calc(100dvh-8rem)] overflow-y-auto pe-1">
              <ErrorBoundary name="Filters" resetKey={ix}>
                <Later after={after}>{(p) => <p.FiltersPanel ix={ix} />}</Later>
              </ErrorBoundary>
            </div>
          </aside>
        )}
        {docked ? (
          <SplitPane
            label="Resize the side panel"
            storageKey="border-timeline:background-share"
            start={main}
            end={
              <div className="sticky top-28 max-h-[calc(100dvh-8rem)] overflow-y-auto">
                <SidePane
                  tab={tab}
                  onTab={setTab}
                  hasBackground={hasBackground}
                  onCollapse={() => setCollapsed(true)}
                  details={details}
                  background={
                    <ErrorBoundary name="Background" resetKey={ix}>
                      <Later after={after}>{(p) => <p.BackgroundPanel ix={ix} />}</Later>
                    </ErrorBoundary>
                  }
                />
              </div>
            }
          />
        ) : (
          main
        )}
      </div>
      {!docked && (
        <Drawer open={selection !== null} onClose={closeSelection} title="Details" side="bottom">
          {details}
        </Drawer>
      )}
      {!hasSidebar && (
        <Drawer open={filtersOpen} onClose={() => setFiltersOpen(false)} title="Filters">
          <ErrorBoundary name="Filters" resetKey={ix}>
            <Later after>{(p) => <p.FiltersPanel ix={ix} />}</Later>
          </ErrorBoundary>
        </Drawer>
      )}
      {hasBackground && !wide && (
        <Drawer open={backgroundOpen} onClose={() => setBackgroundOpen(false)} title="Background" wide>
          <ErrorBoundary name="Background" resetKey={ix}>
            <Later after>{(p) => <p.BackgroundPanel ix={ix} />}</Later>
          </ErrorBoundary>
        </Drawer>
      )}
      <ErrorBoundary name="Citation" resetKey={ix}>
        <Later after={after} fallback={null}>
          {(p) => <p.PrintCitation ix={ix} />}
        </Later>
      </ErrorBoundary>
      <Drawer open={aboutOpen} onClose={() => setAboutOpen(false)} title="About this data" wide>
        <ErrorBoundary name="About this data" resetKey={ix}>
          <Later after>{(p) => <p.AboutData ix={ix} />}</Later>
        </ErrorBoundary>
      </Drawer>
    </div>
  );
}
