/**
 * Framing words: which contested terms a headline's title uses ("martyred" or "killed", "Khawarij" or "TTP",
 * "Durand Line" or "border"), by the lexicon of data/framing.json. A term matches when one of its forms stands
 * in the title as whole words: case ignored, letters or digits on neither side (so "killed" is not found in
 * "skilled", nor "terrorist" in "counterterrorism"), a space or hyphen between a phrase's words either way
 * ("Fitna al Khawarij" = "Fitna al-Khawarij"), and the last word with an optional plural "-s" or "-es"
 * ("militants", "borders"). `compileFraming` checks every term against its own examples and counter-examples,
 * so a form that stops doing what its note says stops the build.
 *
 * A term says which word a headline chose, never whether the headline is right.
 *
 * Pure.
 */
import type { FramingFile } from './table-schemas';

export interface FramingTerm {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  readonly note: string;
  readonly sources: FramingFile['groups'][number]['terms'][number]['sources'];
  readonly re: RegExp;
}

export interface FramingTable {
  readonly groups: readonly { readonly id: string; readonly label: string }[];
  readonly terms: readonly FramingTerm[];
  /** The ids of the terms a title uses, in the table's order. */
  termsOf(title: string): string[];
}

/** No lexicon: no headline is tagged (a data folder without framing.json). */
export const NO_FRAMING: FramingTable = { groups: [], terms: [], termsOf: () => [] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of one form: whole words, spaces or hyphens between them, a plural on the last. */
export function formPattern(form: string): string {
  const words = form
    .trim()
    .split(/[\s\u2010\u2011-]+/)
    .map((w) => escape(w).replace(/['’]/g, "['’]"));
  return `(?<![\\p{L}\\p{N}])${words.join('[\\s\\u2010\\u2011-]+')}(?:e?s)?(?![\\p{L}\\p{N}])`;
}

/** Compile and check the lexicon. Throws an Error naming the term and the title that fails. */
export function compileFraming(file: FramingFile): FramingTable {
  const seen = new Set<string>();
  const groupIds = new Set<string>();
  const terms: FramingTerm[] = [];
  for (const g of file.groups) {
    if (groupIds.has(g.id)) throw new Error(`framing.json: duplicate group "${g.id}"`);
    groupIds.add(g.id);
    for (const t of g.terms) {
      if (seen.has(t.id)) throw new Error(`framing.json: duplicate term "${t.id}"`);
      seen.add(t.id);
      const re = new RegExp(t.forms.map(formPattern).join('|'), 'iu');
      for (const ex of t.examples) if (!re.test(ex)) throw new Error(`framing.json: term "${t.id}" does not match its example "${ex}"`);
      for (const ex of t.counterExamples) if (re.test(ex)) throw new Error(`framing.json: term "${t.id}" matches its counter-example "${ex}"`);
      terms.push({ id: t.id, label: t.label, group: g.id, note: t.note, sources: t.sources, re });
    }
  }
  return {
    groups: file.groups.map((g) => ({ id: g.id, label: g.label })),
    terms,
    termsOf: (title) => terms.filter((t) => t.re.test(title)).map((t) => t.id),
  };
}
