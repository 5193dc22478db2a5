/**
 * Growth: the builder stays near-linear on pathological inputs, so that no page can hang it. Each shape is
 * built at size n and 10n (the minimum of 3 runs each, after a warm-up run; CPU time of this process, not
 * wall time, so that other processes on a busy machine do not count), and the test fails when
 * t(10n) / t(n) is worse than 3× the linear expectation, i.e. above 30. Quadratic steps show ratios of 50 to
 * 140 here (before the fixes: "A. " repeated in a paragraph 138×, "Mr. Abc " 137×, ` – ` in an article title
 * 56×, parentheses in a caption 46×, cut copies of one outlet's headlines of one day 58×). The sizes are
 * chosen so that t(n) is tens of milliseconds, well above timer noise. The figures are logged.
 */
import { describe, expect, it } from 'vitest';
import { buildPages, type PageInput } from './build';
import { seedTables } from './testing';

const tables = seedTables();
const D = 'October 21st, 2025';
const head = (title: string, outlet = 'Dawn') => `- ${title} - ${outlet} - ${D} [${D}]`;
const PARA = 'The first paragraph of the article, long enough to be a paragraph and not a heading of any kind at all.';
const LIST = head('Border talks resume after the ceasefire');
/** A page with an article (title, `lines`) and a one-headline list. */
const article = (...lines: string[]) => [`A test article about the border – Example Review`, ...lines, 'Originally posted here:', LIST].join('\n');
const one = (text: string): PageInput[] => [{ name: 'page.txt', text }];

interface Shape {
  name: string;
  /** The size n (10n is built too). */
  n: number;
  pages: (n: number) => PageInput[];
}

const SHAPES: Shape[] = [
  // One list line.
  { name: 'list line: " - " separators', n: 10_000, pages: (n) => one(head(`Talks${' - a'.repeat(n)}`)) },
  { name: 'list line: a run of dots', n: 100_000, pages: (n) => one(head(`Talks ${'.'.repeat(n)} end`)) },
  { name: 'list line: "A. " repeated', n: 20_000, pages: (n) => one(head(`Talks ${'A. '.repeat(n)}end`)) },
  { name: 'list line: "( " repeated', n: 100_000, pages: (n) => one(head(`Talks ${'( '.repeat(n)}end`)) },
  { name: 'list line: " | " separators', n: 20_000, pages: (n) => one(head(`Talks${' | a'.repeat(n)}`)) },
  { name: 'list line: dates repeated', n: 6_000, pages: (n) => one(head(`Talks${` - ${D}`.repeat(n)}`)) },
  { name: 'list line: a very long word', n: 50_000, pages: (n) => one(`${head(`Talks ${'a'.repeat(n)}`)}\n${head(`Talks ${'a'.repeat(n)}b`, 'NPR')}`) },
  { name: 'list line: \'..."\' repeated', n: 20_000, pages: (n) => one(head(`Talks "${'..."'.repeat(n)}`)) },
  { name: 'list line: "[" repeated', n: 100_000, pages: (n) => one(head(`Talks ${'['.repeat(n)}`)) },
  // One article line.
  { name: 'paragraph: "A. " repeated', n: 10_000, pages: (n) => one(article(PARA, `Start ${'A. '.repeat(n)}end.`)) },
  { name: 'paragraph: a run of dots', n: 100_000, pages: (n) => one(article(PARA, `Start ${'.'.repeat(n)}`)) },
  { name: 'paragraph: ". " repeated', n: 40_000, pages: (n) => one(article(PARA, `Start ${'. '.repeat(n)}`)) },
  { name: 'paragraph: "Mr. Abc " repeated', n: 5_000, pages: (n) => one(article(PARA, `Start ${'Mr. Abc '.repeat(n)}end.`)) },
  { name: 'paragraph: "U.S." repeated', n: 6_000, pages: (n) => one(article(PARA, `Start ${'U.S.'.repeat(n)} End.`)) },
  { name: 'paragraph: years repeated', n: 4_000, pages: (n) => one(article(PARA, `In ${'2015, '.repeat(n)}end.`)) },
  { name: 'paragraph: a very long word', n: 100_000, pages: (n) => one(article(PARA, `Start ${'a'.repeat(n)}.`)) },
  { name: 'article title: " - " separators', n: 30_000, pages: (n) => one([`Title${' - a'.repeat(n)}`, PARA, PARA, LIST].join('\n')) },
  { name: 'article title: " – " separators', n: 10_000, pages: (n) => one([`Title${' – a'.repeat(n)}`, PARA, PARA, LIST].join('\n')) },
  { name: 'article title: " | " separators', n: 20_000, pages: (n) => one([`Title${' | a'.repeat(n)}`, PARA, PARA, LIST].join('\n')) },
  { name: 'caption: "(" repeated', n: 50_000, pages: (n) => one([`Title – Example Review`, `Cap ${'('.repeat(n)}x PHOTO: AFP`, PARA, LIST].join('\n')) },
  { name: 'caption: "( " repeated', n: 40_000, pages: (n) => one([`Title – Example Review`, `Cap ${'( '.repeat(n)}PHOTO: AFP`, PARA, LIST].join('\n')) },
  { name: 'caption: "PHOTO: " repeated', n: 6_000, pages: (n) => one([`Title – Example Review`, `Cap ${'PHOTO: '.repeat(n)}x`, PARA, LIST].join('\n')) },
  // Many lines, many pages.
  {
    name: 'lines: one outlet\'s distinct headlines of one day',
    n: 300,
    pages: (n) => one(Array.from({ length: n }, (_, i) => head(`Border crossing number ${i} reopens after talks`)).join('\n')),
  },
  {
    name: 'lines: one outlet\'s cut copies of one day',
    n: 300,
    pages: (n) => one(Array.from({ length: n }, (_, i) => head(`Border crossing number ${i} reopens after...`)).join('\n')),
  },
  {
    name: 'pages: one page given n times',
    n: 50,
    pages: (n) => Array.from({ length: n }, (_, i) => ({ name: `p${String(i).padStart(5, '0')}.txt`, text: article(PARA, PARA) + `\n${head('Envoys meet in Doha', 'Reuters')}` })),
  },
];

/** CPU time (user + system) of this process, in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of `runs` builds of the pages, in CPU ms. */
function fastest(pages: readonly PageInput[], runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = cpuMs();
    buildPages(pages, tables);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

describe('the builder grows near-linearly on pathological inputs (t(10n) / t(n) ≤ 30)', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const small = shape.pages(shape.n);
    const large = shape.pages(shape.n * 10);
    fastest(shape.pages(Math.max(1, Math.round(shape.n / 10))), 1); // warm-up
    const t1 = fastest(small, 3);
    const t10 = fastest(large, 3);
    const ratio = t10 / t1;
    const chars = (p: readonly PageInput[]) => p.reduce((s, x) => s + x.text.length, 0);
    console.log(`growth: ${shape.name}: n=${shape.n} (${chars(small)} chars) ${t1.toFixed(1)} ms, 10n (${chars(large)} chars) ${t10.toFixed(1)} ms, ×${ratio.toFixed(1)}`);
    expect(ratio).toBeLessThanOrEqual(30);
  }, 120_000);
});
