/** The corpus the app serves, read from disk so tests compute their expectations from the data. */
import { readFileSync } from 'node:fs';
import type { Corpus } from '../src/corpus/schema';

export const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
export const total = corpus.headlines.length;
export const outletName = (id: string | null) => corpus.outlets.find((o) => o.id === id)?.name ?? 'Unknown outlet';
export const headlinesOf = (pred: (h: Corpus['headlines'][number]) => boolean) => corpus.headlines.filter(pred);
