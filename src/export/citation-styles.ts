/**
 * The citation styles beyond plain text (APA-like, BibTeX): only the export panel's chunk needs them.
 */
import { dayParts, plainCitation, WORK_AUTHOR, WORK_KIND, WORK_TITLE, type CitationInput } from './citation';

/** "December 3, 2026". */
function usDay(day: string): string {
  const { y, m, d } = dayParts(day);
  return `${m} ${d}, ${y}`;
}

/** APA-like (7th edition, a web page without a date that changes over time: "Retrieved …, from"). */
export function apaCitation(c: CitationInput): string {
  return `${WORK_AUTHOR}. (n.d.). ${WORK_TITLE}: ${c.description} [${WORK_KIND}; corpus ${c.source}, build ${c.build}]. Retrieved ${usDay(c.accessed)}, from ${c.url}`;
}

/** Text for a BibTeX field: TeX's special characters escaped, braces balanced. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${ch}`;
    }
  });
}

/** A URL for a BibTeX `url` field (read verbatim by `\url`): only what breaks the field is escaped. */
export function bibtexUrl(url: string): string {
  return url.replace(/[\\{}%#]/g, (ch) => `\\${ch}`);
}

export function bibtexCitation(c: CitationInput): string {
  const key = `border-timeline-${c.accessed}`;
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(WORK_AUTHOR)}}`],
    ['title', `{${bibtexEscape(`${WORK_TITLE}: ${c.description}`)}}`],
    ['howpublished', bibtexEscape(WORK_KIND)],
    ['note', bibtexEscape(`Corpus ${c.source}, build ${c.build}. Accessed ${c.accessed}`)],
    ['url', bibtexUrl(c.url)],
    ['urldate', c.accessed],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

export type CitationStyle = 'plain' | 'apa' | 'bibtex';

export const CITATION_STYLES: readonly { readonly style: CitationStyle; readonly label: string; readonly format: (c: CitationInput) => string }[] = [
  { style: 'plain', label: 'Plain text', format: plainCitation },
  { style: 'apa', label: 'APA-like', format: apaCitation },
  { style: 'bibtex', label: 'BibTeX', format: bibtexCitation },
];

