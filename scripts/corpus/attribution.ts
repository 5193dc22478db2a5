/**
 * Attribution: whether a headline puts what it reports in someone's mouth ("Pakistan says…", "…, UN warns",
 * "according to", a quoted statement, "statement: Speaker") or states it in the outlet's own voice. The rules
 * live in data/attribution.json, each with the titles it must and must not match; `compileAttribution` checks
 * them all when the table loads, so a rule that stops doing what its note says stops the build.
 *
 * Pure: the same title always gives the same rule ids.
 */
import type { AttributionFile } from './table-schemas';

export interface AttributionRule {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly re: RegExp;
}

export interface AttributionTable {
  readonly rules: readonly AttributionRule[];
  /** The ids of the rules a title matches, in the table's order; empty: the outlet's own voice. */
  classify(title: string): string[];
  /** Names of wire agencies that are no outlet (data/attribution.json `agencies`), each with its aliases. */
  readonly agencies: AttributionFile['agencies'];
}

/** An empty table: every headline unclassified (a data folder without attribution.json). */
export const NO_ATTRIBUTION: AttributionTable = { rules: [], classify: () => [], agencies: [] };

/** Compile and check the table. Throws an Error naming the rule and the example that fails. */
export function compileAttribution(file: AttributionFile): AttributionTable {
  const seen = new Set<string>();
  const rules: AttributionRule[] = file.rules.map((r) => {
    if (seen.has(r.id)) throw new Error(`attribution.json: duplicate rule "${r.id}"`);
    seen.add(r.id);
    let re: RegExp;
    try {
      re = new RegExp(r.pattern, r.caseSensitive ? '' : 'i');
    } catch (e) {
      throw new Error(`attribution.json: rule "${r.id}": bad pattern /${r.pattern}/: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    for (const ex of r.examples) if (!re.test(ex)) throw new Error(`attribution.json: rule "${r.id}" does not match its example "${ex}"`);
    for (const ex of r.counterExamples) if (re.test(ex)) throw new Error(`attribution.json: rule "${r.id}" matches its counter-example "${ex}"`);
    return { id: r.id, label: r.label, note: r.note, re };
  });
  return {
    rules,
    classify: (title) => rules.filter((r) => r.re.test(title)).map((r) => r.id),
    agencies: file.agencies,
  };
}
