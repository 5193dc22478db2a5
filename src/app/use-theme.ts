import { useEffect } from 'react';
import { useView, type Theme } from '../store/store';
import { readStored, writeStored } from '../ui/storage';

const STORAGE_KEY = 'border-timeline:theme';

/** The theme chosen on an earlier visit; call once before the first render. */
export function readStoredTheme(): Theme {
  const v = readStored(STORAGE_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** Applies the theme (system, light or dark) as a class on <html> and remembers an explicit choice. */
export function useTheme(): void {
  const theme = useView((s) => s.theme);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    };
    apply();
    writeStored(STORAGE_KEY, theme === 'system' ? null : theme);
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
