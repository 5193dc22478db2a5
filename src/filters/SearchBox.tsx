import { useId } from 'react';
import { useView } from '../store/store';

/** The headline search, bound to the store's `query` (matching is case- and accent-insensitive, in the selectors). */
export function SearchBox() {
  const id = useId();
  const query = useView((s) => s.query);
  const setQuery = useView((s) => s.setQuery);
  return (
    <div className="flex w-full min-w-0 items-center gap-2 sm:w-auto sm:max-w-md sm:flex-1">
      {/* On phones the label is read, not shown: the placeholder says it and the row is narrow. */}
      <label htmlFor={id} className="sr-only text-sm font-medium sm:not-sr-only sm:shrink-0">
        Search headlines
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Search titles or outlets"
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-base text-stone-900 sm:text-sm placeholder:text-stone-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
    </div>
  );
}
