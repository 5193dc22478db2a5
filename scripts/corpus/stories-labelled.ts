/**
 * A labelled set for story grouping: which headlines of the seed page (data/source/000_233a2449546a15fa.txt,
 * 80 headlines, 13–21 October 2025) tell the SAME story, decided by reading every headline of the page
 * before the grouping was changed, and not adjusted to its output since. Titles are the seed's titles
 * exactly as the builder keeps them (outlet and section split off); a title stands for every seed headline
 * with that title.
 *
 * Labelling criteria — a story is one news item, as the outlets that carry it word it:
 * - SAME story: the same development (one event, announcement or statement) AND the same headline claim:
 *   who did or said what, with the details that single it out (a temporary/48-hour truce vs a new ceasefire,
 *   the numbers, the quote). What does not matter: wording and word order, abbreviations ("Afghan FM"),
 *   attribution ("…, Qatar says", "Afghanistan says it has killed 58 …" = "Afghanistan kills 58 …"), the
 *   circumstance the claim is hung on ("after talks in Doha", "mediated by Qatar and Turkey", "after a week of
 *   deadly clashes"), a kicker ("Lasting truce?", "News Wrap:") or an explainer tail after a news lead
 *   ("Heres what we know", "Why the two Islamic nations are fighting").
 * - DIFFERENT stories, though on the same topic and within days:
 *   - a different development: the 48-hour truce of 15 October (reported by the 17th) vs the Doha ceasefire of
 *     19 October; the truce extended; talks beginning; Trump's remarks of the 13th vs those of the 19th;
 *   - the same development with a different claim: a follow-up act ("pledge to respect ceasefire" the day
 *     after agreeing to it); each side's claim about one night of fighting ("Afghanistan says it has killed
 *     58 Pakistani soldiers" vs "Pakistan claims over 200 Taliban forces killed" vs "War breaks out"); one
 *     side's toll vs an overall toll ("a dozen civilians killed" vs "Dozens killed, injured");
 *   - explainers, analyses, opinion and question pieces ("What we know about … ceasefire, will it hold?",
 *     "Why are Afghanistan and Pakistan clashing on border?", "Who blinked first …?"): each its own story;
 *   - a cut teaser whose news comes after the cut ("… announced a cease-fire on Sunday, … But the...").
 *   A bare headline ("Pakistan and Afghanistan agree to a ceasefire") belongs with the development its date
 *   places it in (listed two days after the Doha agreement, six after the 48-hour truce: the Doha agreement).
 * Every pair of seed headlines not in one SAME_STORY group is a negative.
 *
 * SAME_EVENT groups the reports of one development across its several stories (each a superset of the
 * stories it contains). It is NOT a positive label — the events layer (data/events.json), not story
 * grouping, ties the reports of one event together — and serves only to tell, among wrong merges, near
 * misses (two reports of one event) from real errors.
 */

/** Groups of titles that are the same story (77 positive pairs over 29 headlines). */
export const SAME_STORY: readonly (readonly string[])[] = [
  // The Doha agreement (18–19 October), as the outcome of the talks, as Qatar announced it, or as the end
  // of the fighting.
  [
    'Pakistan and Afghanistan agree to immediate ceasefire after peace talks in Doha',
    'Lasting truce? Pakistan, Afghanistan agree to immediate ceasefire after Qatar talks',
    'Afghanistan and Pakistan agree ceasefire after talks in Qatar',
    'Afghanistan, Pakistan Agree to Ceasefire Mediated by Qatar and Turkey',
    'Afghanistan and Pakistan agree to immediate ceasefire on border',
    'Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says',
    'Qatar says Afghanistan and Pakistan have agreed to an immediate ceasefire',
    'Ceasefire agreed between Afghanistan and Pakistan after deadly clashes',
    'Pakistan and Afghanistan agree to new ceasefire after more than a week of deadly clashes',
    'Pakistan and Afghanistan agree to a ceasefire',
  ],
  // The follow-up: both sides pledge to respect it (AP copies on the 19th and 21st).
  ['Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting'],
  // The 48-hour truce of 15 October, reported by the 17th.
  [
    'Afghanistan and Pakistan agree ceasefire after trading their deadliest fire in years. Heres what we know',
    'Pakistan and Afghanistan agree to a temporary ceasefire after days of deadly clashes',
    'News Wrap: Pakistan and Afghanistan agree to a 48-hour ceasefire after days of clashes',
    'Pakistan and Afghanistan agree to temporary ceasefire after deadly violence along border',
    'Pakistan agrees to ceasefire with Afghanistan after days of bloodshed',
  ],
  // Afghan foreign minister Muttaqi, 12–13 October: open to peace, but "we have other options/means".
  [
    "'We have other options': Afghan Foreign Minister warns amid Afghanistan-Pakistan conflict",
    'Afghanistan is free now, but if Pakistan rejects peace, we have other options: Afghan FM',
    'Afghanistan open to talks with Pakistan, but we have other means: Muttaqi',
  ],
  // Afghanistan's claim of 58 Pakistani soldiers killed (12 October).
  [
    'Afghanistan says it has killed 58 Pakistani soldiers in overnight border operations',
    'Afghanistan kills 58 Pakistani soldiers: Why the two Islamic nations are fighting as Afghan foreign minist',
  ],
  // Trump's "I'm good at making peace / solving wars" remarks of the 13th, turned to this conflict.
  [
    'Im good at making peace: Trump turns attention to border skirmishes between Pakistan and Afghanistan',
    'Im Good at Solving Wars: Is Trump Now Eyeing Pakistan-Afghanistan Conflict?',
  ],
  // Afghanistan's claim of a dozen civilians killed by Pakistani fire (15 October).
  [
    'Afghanistan says more than a dozen civilians killed in renewed border fighting with Pakistan',
    'Over 12 civilians killed in attacks on Afghanistan by Pakistani forces',
  ],
];

/** Reports of one development in several stories (diagnostic only, see the module comment). */
export const SAME_EVENT: readonly (readonly string[])[] = [
  // The Doha ceasefire, 18–21 October: the agreement, the pledges to respect it, a teaser.
  [
    ...(SAME_STORY[0] ?? []),
    'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting',
    'Afghanistan and Pakistan announced a cease-fire on Sunday, after the worst outbreak of violence between the neighboring countries in years. But the...',
  ],
  // The fighting of 14–15 October and its toll.
  [
    'Afghanistan says more than a dozen civilians killed in renewed border fighting with Pakistan',
    'Over 12 civilians killed in attacks on Afghanistan by Pakistani forces',
    'Clashes on the Afghanistan-Pakistan border: At least 15 civilians and six paramilitary members killed?',
    'Dozens killed, injured in new Pakistan-Afghanistan border clashes',
    'Pakistan and Afghanistan Engage in Border Clashes with Conflicting Claims',
  ],
  // The fighting of 11–12 October and the two sides' claims.
  [
    'Afghanistan says it has killed 58 Pakistani soldiers in overnight border operations',
    'Afghanistan kills 58 Pakistani soldiers: Why the two Islamic nations are fighting as Afghan foreign minist',
    'Pakistan claims over 200 Taliban forces killed in deadly border clash; claims Afghanistan facilitating t',
    'War breaks out between Pakistan and Afghanistan',
    'Fierce Fighting, High Number Of Casualties Reported Along Pakistan-Afghanistan Border',
  ],
];

export interface PairScore {
  /** Pairs grouped together that the labels say are the same story. */
  truePositives: number;
  /** Pairs grouped together that the labels say are different stories. */
  falsePositives: number;
  /** Same-story pairs left apart. */
  falseNegatives: number;
  /** Of the false positives, those whose two headlines are reports of one event (SAME_EVENT). */
  nearMisses: number;
  precision: number;
  recall: number;
}

/**
 * Pairwise precision and recall of a grouping against labels. `titles[i]` and `groupOf[i]` are headline i's
 * title and group (equal values = grouped together); `same` and `event` are label groups of titles.
 */
export function scorePairs(
  titles: readonly string[],
  groupOf: readonly string[],
  same: readonly (readonly string[])[] = SAME_STORY,
  event: readonly (readonly string[])[] = SAME_EVENT,
): PairScore {
  const labelOf = groupIndex(same);
  const eventsOf = new Map<string, number[]>();
  event.forEach((g, k) => g.forEach((t) => eventsOf.set(t, [...(eventsOf.get(t) ?? []), k])));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let near = 0;
  const n = titles.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      // All pairs: fine for the 80 labelled headlines (the grouping itself never does this).
      const a = titles[i] ?? '';
      const b = titles[j] ?? '';
      const labelled = labelOf.has(a) && labelOf.get(a) === labelOf.get(b);
      const grouped = groupOf[i] === groupOf[j];
      if (labelled && grouped) tp++;
      else if (labelled) fn++;
      else if (grouped) {
        fp++;
        const ea = eventsOf.get(a) ?? [];
        if ((eventsOf.get(b) ?? []).some((k) => ea.includes(k))) near++;
      }
    }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    nearMisses: near,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Each title's group index; throws on a title in two groups. */
function groupIndex(groups: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>();
  groups.forEach((g, k) =>
    g.forEach((t) => {
      if (out.has(t) && out.get(t) !== k) throw new Error(`"${t}" is in two groups`);
      out.set(t, k);
    }),
  );
  return out;
}

/** One line for the test log: `stories: precision 100% (24/24), recall 83% (24/29)`. */
export function formatScore(s: PairScore): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `stories: precision ${pct(s.precision)} (${s.truePositives}/${s.truePositives + s.falsePositives}), ` +
    `recall ${pct(s.recall)} (${s.truePositives}/${s.truePositives + s.falseNegatives})` +
    (s.falsePositives > 0 ? `; ${s.nearMisses} of ${s.falsePositives} wrong merges join two reports of one event` : '')
  );
}
