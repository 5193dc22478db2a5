/**
 * The "Export and cite" panel (a lazy chunk): the view's data as CSV or JSON, its picture as SVG or PNG, a
 * citation in three styles with a copy button each, and printing. Everything is built from the view at the
 * moment it is asked for, through the store's selectors.
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from '../store/store';
import { pickView, type ViewState } from '../store/view-state';
import { useCopy } from '../ui/use-copy';
import { formatCount, plural, uiLocale } from '../ui/format';
import { citationInput, plainCitation, todayUtc, type CitationInput } from './citation';
import { CITATION_STYLES } from './citation-styles';
import { exportFileName, headlinesCsv, inWindow, viewExport, viewRows, windowLabelDays } from './data';
import { embedLink, embedSnippet, EMBED_HEIGHT } from './embed';
import { timelinePicture } from './picture';
import { svgDocument } from './svg-tree';
import { pagePalette, plotWidth, saveFile, svgToPng } from './browser';

const button =
  'inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';

function picture(ix: CorpusIndex, view: ViewState, cite: CitationInput) {
  const svg = timelinePicture(ix, view, {
    width: plotWidth(),
    palette: pagePalette(),
    title: `Pakistan–Afghanistan border clashes: ${cite.description}`,
    caption: plainCitation(cite),
    locale: uiLocale(),
  });
  return { doc: svgDocument(svg), width: Number(svg.attrs.width), height: Number(svg.attrs.height) };
}

export default function ExportPanel({ ix }: { ix: CorpusIndex }) {
  const view = useView(useShallow(pickView));
  const rows = viewRows(ix, view);
  const [accessed] = useState(() => todayUtc());
  const cite = citationInput(ix, view, location.href, accessed);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const win = windowLabelDays(ix, view);
  const inView = inWindow(ix.events, win.from, win.to).length;
  const name = (ext: 'csv' | 'json' | 'svg' | 'png') => exportFileName(ix, view, rows, ext);

  const run = async (what: string, make: () => Promise<{ name: string; blob: Blob }> | { name: string; blob: Blob }) => {
    setBusy(true);
    try {
      const file = await make();
      saveFile(file.name, file.blob);
      setStatus(`${what} saved as ${file.name}`);
    } catch (e) {
      setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-6 text-sm leading-relaxed">
      <section aria-labelledby="export-data">
        <h3 id="export-data" className="font-semibold">
          Download
        </h3>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          The data: {plural(rows.length, 'headline')} the list shows (every filter and the selected day), one row each with its outlet, listing day,
          topics, actors, story, key events and the source page and line. The JSON adds the key events and phases in the timeline's window ({plural(inView, 'key event')}
          now), with their sources. The picture: the timeline's window as on screen, with a legend and the citation.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={button} disabled={busy} onClick={() => void run('CSV', () => ({ name: name('csv'), blob: new Blob([headlinesCsv(ix, rows)], { type: 'text/csv;charset=utf-8' }) }))}>
            Download CSV
          </button>
          <button
            type="button"
            className={button}
            disabled={busy}
            onClick={() =>
              void run('JSON', () => ({
                name: name('json'),
                blob: new Blob([`${JSON.stringify(viewExport(ix, view, { link: cite.url, accessed, build: cite.build }), null, 2)}\n`], { type: 'application/json' }),
              }))
            }
          >
            Download JSON
          </button>
          <button type="button" className={button} disabled={busy} onClick={() => void run('SVG', () => ({ name: name('svg'), blob: new Blob([picture(ix, view, cite).doc], { type: 'image/svg+xml' }) }))}>
            Download SVG
          </button>
          <button
            type="button"
            className={button}
            disabled={busy}
            onClick={() =>
              void run('PNG', async () => {
                const p = picture(ix, view, cite);
                return { name: name('png'), blob: await svgToPng(p.doc, p.width, p.height, 2) };
              })
            }
          >
            Download PNG (2×)
          </button>
        </div>
        <p className="mt-2 break-all text-stone-600 dark:text-stone-400">
          File names: <code>{name('csv')}</code> and the same with .json, .svg, .png.
        </p>
        <p role="status" className="mt-1 min-h-5 break-all">
          {status}
        </p>
      </section>

      <section aria-labelledby="export-cite">
        <h3 id="export-cite" className="font-semibold">
          Cite this view
        </h3>
        <p className="mt-1">
          Canonical link (reopens exactly this view):{' '}
          <a href={cite.url} className="break-all text-blue-700 underline dark:text-blue-300">
            {cite.url}
          </a>
        </p>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Corpus <code className="break-all">{cite.source}</code>, build <code>{cite.build}</code> ({formatCount(ix.headlines.length)} headlines); accessed{' '}
          {accessed} (UTC).
        </p>
        <div className="mt-3 space-y-4">
          {CITATION_STYLES.map((s) => (
            <Citation key={s.style} label={s.label} text={s.format(cite)} />
          ))}
        </div>
      </section>

      <section aria-labelledby="export-embed">
        <h3 id="export-embed" className="font-semibold">
          Embed this view
        </h3>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          Paste this into another page to show this view there, compact (the timeline, its key events and the details of what is chosen), {EMBED_HEIGHT} pixels
          high and as wide as its place. Inside it, choices work as here (Back and Forward too), and a link opens the full view. The site that serves this app must
          allow the other page to frame it (see Hosting in the README).
        </p>
        <div className="mt-3">
          <Citation
            label="Embed"
            copyName="Copy embed code"
            text={embedSnippet({ src: embedLink(ix, view, location.href, true), title: `Pakistan–Afghanistan border clashes: ${cite.description}` })}
          />
        </div>
      </section>

      <section aria-labelledby="export-print">
        <h3 id="export-print" className="font-semibold">
          Print
        </h3>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          Prints the timeline, the active filters, the selected item's details and the citation, without the controls, in light colours (A4 or Letter).
        </p>
        <button type="button" className={`${button} mt-2`} onClick={() => window.print()}>
          Print this view
        </button>
      </section>
    </div>
  );
}

/** A text with a copy button (a citation, the embed code). */
function Citation({ label, text, copyName = `Copy ${label} citation` }: { label: string; text: string; copyName?: string }) {
  const id = useId();
  const { state, copy } = useCopy();
  return (
    <figure aria-labelledby={id}>
      <figcaption id={id} className="flex items-center gap-2">
        <span className="font-medium">{label}</span>
        <button type="button" className={button} onClick={() => void copy(text)}>
          {copyName}
        </button>
        <span role="status" className="text-stone-600 dark:text-stone-400">
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text' : ''}
        </span>
      </figcaption>
      <pre className="mt-1 rounded border border-stone-300 bg-white p-2 font-mono text-xs break-words whitespace-pre-wrap dark:border-stone-700 dark:bg-stone-900">{text}</pre>
    </figure>
  );
}
