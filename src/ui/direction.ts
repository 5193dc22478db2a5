/**
 * Writing direction from the reader's locale: right-to-left for locales written in a right-to-left script
 * (Arabic, Hebrew, Persian, Urdu, Thaana, Syriac, N'Ko…), left-to-right otherwise. The page's text stays English
 * (`lang` is kept); the layout mirrors. The timeline's time axis stays left-to-right (its containers say so).
 */

/** ISO 15924 codes of the scripts written right to left. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** Languages whose usual script is right-to-left, for engines without `Intl.Locale#maximize`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export type Direction = 'ltr' | 'rtl';

/** The direction of a BCP 47 locale tag; 'ltr' for anything unreadable. */
export function directionOf(locale: string): Direction {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return 'ltr';
  }
  // An explicit script decides (sr-Latn, pa-Arab, ku-Arab); else the likely script of the language and region.
  let script = tag.script;
  if (script === undefined && typeof tag.maximize === 'function') {
    try {
      script = tag.maximize().script;
    } catch {
      script = undefined;
    }
  }
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(tag.language) ? 'rtl' : 'ltr';
}

/** The reader's locale: the browser's language (the one dates and numbers are formatted in, see format.ts). */
export function readerLocale(nav: Pick<Navigator, 'language' | 'languages'> | undefined = typeof navigator === 'undefined' ? undefined : navigator): string {
  return nav?.language || nav?.languages?.[0] || 'en';
}

/**
 * Set `dir` on the root element from the reader's locale; `lang` (the language of the page's text) is left
 * as it is. Returns the direction set.
 */
export function applyDocumentDirection(root: Pick<HTMLElement, 'dir'> = document.documentElement, locale: string = readerLocale()): Direction {
  const dir = directionOf(locale);
  root.dir = dir;
  return dir;
}
