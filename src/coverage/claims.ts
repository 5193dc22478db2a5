/**
 * Which headlines repeat a side's claim, and whether they attribute it. A claim of the event layer carries its
 * figures as numbers ("58 Pakistani soldiers killed"); a headline of the event repeats the claim when its title
 * gives one of the claim's numbers (digits, or a number word such as "a dozen") next to a word of what the
 * figure counts ("soldiers", "civilians", "Taliban"), so "Afghanistan kills 58 Pakistani soldiers" repeats the
 * Taliban spokesman's 58 and "Over 12 civilians killed" his 12 civilians. A headline repeats it with
 * attribution when the attribution rules found it attributed (`attributedBy` not empty).
 *
 * A reviewable heuristic, not a reading: a headline that gives the claim in words without its number is not
 * found, and a number shared by two claims of the same thing matches both.
 *
 * Pure.
 */
import type { Claim, Headline } from '../corpus/schema';

/** Number words a headline may use for a figure. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  dozen: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};

/** Words of a figure's `what` that say nothing of who or what was counted. */
const GENERIC = new Set(['killed', 'wounded', 'injured', 'dead', 'at', 'least', 'stated', 'as', 'more', 'than', 'lower', 'upper', 'bound', 'incl', 'and', 'in', 'on', 'of', 'the', 'other', 'later', 'report']);

const wordsOf = (text: string) => text.toLowerCase().replace(/['’]/g, '').match(/[a-z0-9]+/g) ?? [];
const singular = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** The numbers a title gives, with each number's position among its words. */
export function titleNumbers(title: string): { value: number; at: number }[] {
  const words = wordsOf(title.replace(/(\d),(\d{3})/g, '$1$2'));
  const out: { value: number; at: number }[] = [];
  words.forEach((w, at) => {
    if (/^\d+$/.test(w)) out.push({ value: Number(w), at });
    else if (NUMBER_WORDS[w] !== undefined) out.push({ value: NUMBER_WORDS[w]!, at });
  });
  return out;
}

/** Whether a title repeats one of a claim's figures: its number, and a word of what it counts within 4 words. */
export function repeatsClaim(title: string, claim: Pick<Claim, 'figures'>): boolean {
  const words = wordsOf(title).map(singular);
  const numbers = titleNumbers(title);
  return claim.figures.some((f) => {
    const what = new Set(wordsOf(f.what).map(singular).filter((w) => !GENERIC.has(w) && !/^\d/.test(w)));
    return numbers.some((n) => n.value === f.value && words.slice(Math.max(0, n.at - 4), n.at + 5).some((w) => what.has(w)));
  });
}

export interface ClaimEcho {
  /** Index of the claim in the event's `claims`. */
  readonly claim: number;
  /** Headlines that repeat it, split by whether they attribute it (in the order given). */
  readonly attributed: readonly Headline[];
  readonly unattributed: readonly Headline[];
}

/** For each claim with figures, the given headlines (an event's) that repeat it. Claims no headline repeats are left out. */
export function claimEchoes(claims: readonly Pick<Claim, 'figures'>[], headlines: readonly Headline[]): ClaimEcho[] {
  return claims.flatMap((c, claim) => {
    if (c.figures.length === 0) return [];
    const hits = headlines.filter((h) => repeatsClaim(h.title, c));
    if (hits.length === 0) return [];
    return [{ claim, attributed: hits.filter((h) => (h.attributedBy?.length ?? 0) > 0), unattributed: hits.filter((h) => (h.attributedBy?.length ?? 0) === 0) }];
  });
}
