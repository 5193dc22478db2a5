/**
 * How many headlines of a split corpus the app holds at once (corpus/load-plan.ts plans within it). Its own
 * small module: the app shell reads it at start-up, and the load plan itself loads only with a split corpus.
 */
/**
 * Headlines a split corpus holds at once. Measured on the synthetic year of 1,000,000 (npm run bench, the JS
 * heap after a forced collection once each pan has settled): about 110 MB for the app and the manifest, and
 * 0.9–1.2 KB more per headline held (headline and story objects, the index, folded search text): 192 MB
 * holding December (87,000), 331 MB holding October (240,000, more than the budget, so held alone). V8 lets
 * garbage pile up well past that before it collects, so the budget is set well under the 400 MB target. A
 * corpus within the budget (100,000 headlines) is held whole, as before.
 */
export const HEADLINE_BUDGET = 150_000;

/** Where a reader (or a test) may set another budget: a whole number of headlines. */
export const BUDGET_KEY = 'border-timeline:headline-budget';

/** The budget stored under BUDGET_KEY when it is a whole number from 100 to 10,000,000; else the default. */
export function budgetFrom(stored: string | null): number {
  const n = stored !== null && /^\d{3,8}$/.test(stored.trim()) ? Number(stored.trim()) : NaN;
  return n >= 100 && n <= 10_000_000 ? n : HEADLINE_BUDGET;
}
