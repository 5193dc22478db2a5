import { useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { FiltersPanel } from '../filters/FiltersPanel';
import { SearchBox } from '../filters/SearchBox';
import { Summary } from '../filters/Summary';
import { HeadlineList } from '../headlines/HeadlineList';
import { HeadlineDetail } from '../headlines/HeadlineDetail';
import { Timeline } from '../timeline/Timeline';
import { ThemeToggle } from '../ui/ThemeToggle';
import { Drawer } from '../ui/Drawer';
import { Notices } from '../ui/Notices';
import { CopyLinkButton, HeadlineLinkButton, ShareButton } from '../url/ShareButtons';
import { useUrlSync } from '../url/sync';

/** The loaded app: header, filters (a sidebar, a drawer on phones), the timeline, the list and the detail panel. */
export function MainView({ index }: { index: CorpusIndex }) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  useUrlSync(index);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 border-b border-stone-200 bg-stone-50/95 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
          <h1 className="min-w-0 flex-1 text-base font-semibold leading-tight sm:text-lg">
            Pakistan–Afghanistan border clashes <span className="font-normal text-stone-600 dark:text-stone-400">· October 2025</span>
          </h1>
          <div className="flex items-center gap-2">
            <button
              type="button"
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium lg:hidden dark:border-stone-700"
              aria-haspopup="dialog"
              aria-expanded={filtersOpen}
              onClick={() => setFiltersOpen(true)}
            >
              Filters
            </button>
            <CopyLinkButton />
            <ShareButton />
            <ThemeToggle />
          </div>
          <div className="flex w-full flex-wrap items-center gap-x-4 gap-y-1">
            <SearchBox />
            <Summary index={index} />
          </div>
        </div>
        <Notices />
      </header>
      <div className="mx-auto flex w-full max-w-screen-2xl flex-1 gap-4 px-3 py-3 sm:px-4">
        <aside aria-label="Filters" className="hidden w-72 shrink-0 lg:block">
          <div className="sticky top-28 max-h-[calc(100dvh-8rem)] overflow-y-auto pe-1">
            <FiltersPanel index={index} />
          </div>
        </aside>
        <main className="min-w-0 flex-1 space-y-4">
          <Timeline index={index} />
          <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
            <HeadlineList index={index} />
            <HeadlineDetail index={index}>
              <HeadlineLinkButton />
            </HeadlineDetail>
          </div>
        </main>
      </div>
      <Drawer open={filtersOpen} onClose={() => setFiltersOpen(false)} title="Filters">
        <FiltersPanel index={index} />
      </Drawer>
    </div>
  );
}
