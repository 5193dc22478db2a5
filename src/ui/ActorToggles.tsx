/**
 * Actors as toggle buttons for the actor filter ("Pakistan", pressed while it filters). Presentational: the
 * caller says which are on and what a toggle does.
 */
export function ActorToggles({ actors, selected, onToggle }: { actors: readonly { id: string; name: string }[]; selected: readonly string[]; onToggle: (id: string) => void }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {actors.map((a) => {
        const on = selected.includes(a.id);
        return (
          <li key={a.id}>
            <button
              type="button"
              aria-pressed={on}
              onClick={() => onToggle(a.id)}
              title={on ? `Stop filtering by ${a.name}` : `Show only headlines naming ${a.name}`}
              className={`rounded-full border px-2.5 py-0.5 break-words ${
                on
                  ? 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
                  : 'border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
              }`}
            >
              {on && <span aria-hidden="true">✓ </span>}
              {a.name}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
