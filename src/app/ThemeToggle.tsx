import { useSyncExternalStore } from 'react';
import { useView } from '../store/store';

const query = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  const m = window.matchMedia(query);
  m.addEventListener('change', cb);
  return () => m.removeEventListener('change', cb);
};
const systemDark = () => window.matchMedia(query).matches;

/** "Dark mode" on or off. Until the reader chooses, the theme follows the system. */
export function ThemeToggle() {
  const theme = useView((s) => s.theme);
  const setTheme = useView((s) => s.setTheme);
  const system = useSyncExternalStore(subscribe, systemDark, () => false);
  const dark = theme === 'dark' || (theme === 'system' && system);
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      title={theme === 'system' ? 'Following the system theme' : 'Your choice; the system theme no longer applies'}
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium dark:border-stone-700"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      Dark mode
    </button>
  );
}
