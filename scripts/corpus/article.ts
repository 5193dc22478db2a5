/**
 * The background article at the top of an aggregator page:
 *
 *   title – Outlet            (first line; the outlet after the last ` – `/` — `/` | `, else ` - `)
 *   standfirst                 (optional)
 *   caption PHOTO: CREDIT      (optional; within the two lines after the title)
 *   paragraphs, with short lines between them: section headings or inline related-article links
 *   Name Surname is a/an ...   (optional author bio, the last line)
 *
 * Which short line is a heading and which a link cannot be told from the text: data/articles.json says it
 * per article (keyed by `normKey(title)`), with the year the page does not state. A short line the
 * annotation does not name (or every short line of an unannotated article) is taken as a heading and
 * reported as an `unannotated-line` anomaly; an unannotated article also gets one on its title line, its
 * year being guessed (the latest year it names that is not after the headlines, else the headlines' year).
 * A "short line" has at most 14 words and 100 characters and does not end like a sentence of prose
 * (`.`, `,`, `;`, `:`); an annotated line is classified by the annotation whatever its length.
 */
import type { Anomaly, Background, Paragraph, Section } from '../../src/corpus/schema';
import type { ActorMatcher } from './actors';
import type { PageLine } from './page';
import type { ArticleAnnotation, OutletEntry } from './table-schemas';
import { normKey, slug } from './text';

export interface ArticleContext {
  articles: ReadonlyMap<string, ArticleAnnotation>;
  outletByAlias: ReadonlyMap<string, OutletEntry>;
  actors: ActorMatcher;
  /** Year of the earliest headline: the upper bound when an unannotated article's year is guessed. */
  fallbackYear: number;
}

export interface ArticleResult {
  background: Background | null;
  anomalies: Anomaly[];
  /** Actor ids named anywhere in the article (title, standfirst, caption, headings, links, paragraphs, bio). */
  actorIds: Set<string>;
}

/**
 * Where the last separator of a kind starts: the first ` X ` (X one of `marks`) that no other starts after
 * the end of, as `/ [X] (?!.* [X] )/` finds it, but scanning from the right once (that regex is quadratic
 * in the separators of a line). Two separators may share a space (` – – `): the left one wins, as there.
 */
function lastSeparator(line: string, marks: string): number {
  const isSep = (i: number) => line.charCodeAt(i) === 32 && marks.includes(line[i + 1] ?? '\u0000') && line.charCodeAt(i + 2) === 32;
  for (let i = line.length - 3; i >= 0; i--) {
    if (isSep(i)) return i >= 2 && isSep(i - 2) ? i - 2 : i;
  }
  return -1;
}

/** Split `Title – Outlet`. The outlet is null when there is no separator. */
export function splitTitleLine(line: string): { title: string; outlet: string | null } {
  for (const marks of ['–—|', '-']) {
    const at = lastSeparator(line, marks);
    if (at >= 0) {
      const title = line.slice(0, at).trim();
      const outlet = line.slice(at + 3).trim();
      if (title !== '' && /[\p{L}\p{N}]/u.test(outlet)) return { title, outlet };
    }
  }
  return { title: line, outlet: null };
}

const CAPTION = /^(.*?\S)[\s(]*(?:FILE )?(?:PHOTO|IMAGE|PICTURE|Photo|Image|Picture)(?: CREDIT| credit)?\s?:\s*([^:()]*?)\)?$/;

/** A caption is a line or two under a photo: longer lines are text (and CAPTION's cost grows with the square of a line's parentheses). */
const MAX_CAPTION = 1000;

/** `caption PHOTO: CREDIT` → caption and credit (null when empty), or null when the line is no caption. */
export function parseCaption(line: string): { caption: string; credit: string | null } | null {
  if (line.length > MAX_CAPTION || !line.includes(':')) return null;
  const m = CAPTION.exec(line);
  if (!m) return null;
  const credit = (m[2] ?? '').trim();
  return { caption: (m[1] ?? '').trim(), credit: credit === '' ? null : credit };
}

/** At most 14 words and 100 characters, not ending like prose (`.`, `,`, `;`, `:` before closing quotes). */
export function isShortLine(line: string): boolean {
  if (line.length > 100 || line.split(' ').length > 14) return false;
  const end = line.replace(/["'’”)\]]+$/, '');
  return !/[.,;:]$/.test(end) || /\.\.\.$/.test(end);
}

const NOT_A_NAME = new Set(['the', 'this', 'that', 'it', 'he', 'she', 'they', 'there', 'what', 'who', 'why', 'how', 'which', 'here']);
const BIO = /^((?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|bin|ibn|al|de|del|van|von|ul|ud|ur)){1,4}) (?:is|was) (?:a|an|the)\b/u;
const WRITER = /^the (writer|author|columnist|contributor)s? (is|was|are) /i;

/** An author bio line: `Name Surname is a/an/the ...` (2–5 name words, not an actor), or `The writer is ...`. */
export function parseBio(line: string, actors: ActorMatcher): { author: string | null } | null {
  if (line.length > 400) return null;
  if (WRITER.test(line)) return { author: null };
  const m = BIO.exec(line);
  const name = m?.[1];
  if (name === undefined) return null;
  if (NOT_A_NAME.has(name.split(' ')[0]?.toLowerCase() ?? '')) return null;
  if (actors.mentions(name).length > 0) return null;
  return { author: name };
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen lt col capt sgt maj gov sen rep rev jr sr no nos vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx est fig pp op'.split(' '),
);
// Only from the start of a run of end marks (the lookbehind): tried from inside a long run ("......"), the
// match would fail again for every mark of it, a cost quadratic in the run.
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'’”)\]]*(?=\s+["'‘“([]?[\p{Lu}\p{N}])/gu;
const LETTER_OR_DOT = /^[\p{L}.]$/u;

/** The run of letters and dots that ends at `end` (not before `from`), read backwards: its cost is its length. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const low = text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i - 2 >= from ? 2 : 1; // a letter beyond the BMP
    if (!LETTER_OR_DOT.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i, end);
}

/** Split prose into sentences; abbreviations, initials and dotted acronyms (U.S.) do not end one. Linear in the text. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0].startsWith('.') && !m[0].startsWith('...')) {
      // (Not a regex over text.slice(start, m.index): after many abbreviations, that slice is most of the text, every time.)
      const before = wordBefore(text, start, m.index);
      if (before.length === 1 || before.includes('.') || ABBREVIATIONS.has(before.toLowerCase())) continue;
    }
    const end = m.index + m[0].length;
    const s = text.slice(start, end).trim();
    if (s !== '') out.push(s);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last !== '') out.push(last);
  return out;
}

/** Years 1900–2099 as whole words (not part of a longer number, a decimal or a word). */
const YEAR = /(?<![\p{L}\p{N}]|\p{N}[.,])(?:19|20)\d\d(?![\p{L}\p{N}]|[.,]\p{N})/gu;

export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[0]));
}

function mentionedYears(texts: { text: string; paragraphId: string | null }[]): Background['mentionedYears'] {
  const byYear = new Map<number, { text: string; paragraphId: string | null }[]>();
  for (const t of texts) {
    for (const sentence of splitSentences(t.text)) {
      for (const year of new Set(yearsIn(sentence))) {
        const list = byYear.get(year) ?? [];
        if (!list.some((s) => s.text === sentence && s.paragraphId === t.paragraphId)) list.push({ text: sentence, paragraphId: t.paragraphId });
        byYear.set(year, list);
      }
    }
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, sentences]) => ({ year, sentences }));
}

/** Parse the article lines of a page. Null background when there is no paragraph. Never throws. */
export function parseArticle(lines: readonly PageLine[], repeatedTitle: PageLine | null, ctx: ArticleContext): ArticleResult {
  const anomalies: Anomaly[] = [];
  const actorIds = new Set<string>();
  const first = lines[0];
  if (first === undefined) return { background: null, anomalies, actorIds };
  const noteActors = (text: string) => ctx.actors.actorIds(text).forEach((id) => actorIds.add(id));

  // Title and outlet.
  const { title, outlet: ownOutlet } = splitTitleLine(first.text);
  const outlet = ownOutlet ?? (repeatedTitle !== null ? splitTitleLine(repeatedTitle.text).outlet : null);
  const outletName = outlet === null ? 'Unknown' : (ctx.outletByAlias.get(slug(outlet))?.name ?? outlet);

  // Standfirst and caption.
  let next = 1;
  let standfirst: string | null = null;
  let image: Background['image'] = null;
  const c1 = lines[1] ? parseCaption(lines[1].text) : null;
  const c2 = !c1 && lines[2] ? parseCaption(lines[2].text) : null;
  if (c1) {
    image = c1;
    next = 2;
  } else if (c2) {
    standfirst = lines[1]?.text ?? null;
    image = c2;
    next = 3;
  } else if (lines.length > 2) {
    // No caption: the line after the title is a standfirst when it is one short sentence followed by a longer paragraph.
    const a = lines[1]?.text ?? '';
    const b = lines[2]?.text ?? '';
    if (a.length <= 300 && /[.!?]["'’”]?$/.test(a) && splitSentences(a).length <= 2 && b.length > a.length) {
      standfirst = a;
      next = 2;
    }
  }

  // Body and bio. A copy of the title line (a page without the "Originally posted here:" marker repeats
  // it just before the list) is not part of the body.
  const titleKey = normKey(first.text);
  const body = lines.slice(next).filter((l) => normKey(l.text) !== titleKey);
  let author: string | null = null;
  let authorBio: string | null = null;
  const lastLine = body[body.length - 1];
  if (lastLine !== undefined && body.length > 1) {
    const bio = parseBio(lastLine.text, ctx.actors);
    if (bio) {
      author = bio.author;
      authorBio = lastLine.text;
      body.pop();
    }
  }

  const annotation = ctx.articles.get(normKey(title)) ?? null;
  const headingKeys = new Set(annotation?.headings.map(normKey) ?? []);
  const linkKeys = new Set(annotation?.relatedLinks.map(normKey) ?? []);

  const sections: Section[] = [];
  const relatedLinks: string[] = [];
  const usedIds = new Set<string>();
  let current: Section | null = null;
  let paragraphCount = 0;
  const yearTexts: { text: string; paragraphId: string | null }[] = [{ text: title, paragraphId: null }];
  if (standfirst !== null) yearTexts.push({ text: standfirst, paragraphId: null });
  if (image !== null) yearTexts.push({ text: image.caption, paragraphId: null });

  const openSection = (heading: string | null): Section => {
    const base = heading === null ? 'opening' : slug(heading) || 'section';
    let id = base;
    for (let k = 2; usedIds.has(id) || (heading !== null && id === 'opening'); k++) id = `${base}-${k}`;
    usedIds.add(id);
    const s: Section = { id, heading, paragraphs: [] };
    sections.push(s);
    return s;
  };

  for (const l of body) {
    const key = normKey(l.text);
    if (linkKeys.has(key)) {
      relatedLinks.push(l.text);
      noteActors(l.text);
      continue;
    }
    let isHeading = headingKeys.has(key);
    if (!isHeading && isShortLine(l.text)) {
      isHeading = true;
      anomalies.push({
        kind: 'unannotated-line',
        line: l.line,
        message: `short line "${l.text}" is not annotated in data/articles.json: taken as a section heading`,
      });
    }
    if (isHeading) {
      current = openSection(l.text);
      noteActors(l.text);
      continue;
    }
    current ??= openSection(null);
    const id = `p${++paragraphCount}`;
    const mentions = ctx.actors.mentions(l.text);
    const paragraph: Paragraph = { id, text: l.text, actors: ctx.actors.actorIds(l.text), mentions };
    paragraph.actors.forEach((a) => actorIds.add(a));
    current.paragraphs.push(paragraph);
    yearTexts.push({ text: l.text, paragraphId: id });
  }
  if (paragraphCount === 0) return { background: null, anomalies: [], actorIds: new Set() };

  for (const t of [title, standfirst, image?.caption, authorBio]) if (t) noteActors(t);
  const years = mentionedYears(yearTexts);
  let year = annotation?.year;
  if (year === undefined) {
    const named = years.map((y) => y.year).filter((y) => y <= ctx.fallbackYear);
    year = named.length > 0 ? named.reduce((a, b) => Math.max(a, b)) : ctx.fallbackYear;
    anomalies.unshift({
      kind: 'unannotated-line',
      line: first.line,
      message: `article "${title}" is not annotated in data/articles.json: year guessed as ${year}`,
    });
  }

  return {
    background: { title, outlet: outletName, year, author, authorBio, standfirst, image, sections, relatedLinks, mentionedYears: years },
    anomalies,
    actorIds,
  };
}
