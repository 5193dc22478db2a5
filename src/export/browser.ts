/** The browser's side of exporting: saving a file, the theme's colours, the plot's width, SVG to PNG. */
import { DARK, LIGHT, TOPIC_COLOURS, type Palette } from './picture';

/** Save `data` as a file named `name` (an object URL on a temporary link with `download`). */
export function saveFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The current theme's palette: light or dark as the page is, topic colours as index.css defines them. */
export function pagePalette(): Palette {
  const root = document.documentElement;
  const base = root.classList.contains('dark') ? DARK : LIGHT;
  const style = getComputedStyle(root);
  const topics = TOPIC_COLOURS.map((fallback, i) => {
    const v = style.getPropertyValue(`--color-topic-${i}`).trim();
    return /^#[0-9a-f]{3,8}$/i.test(v) ? v : fallback;
  });
  return { ...base, topics };
}

/** The timeline plot's width on screen (px), or a default when it is not drawn. */
export function plotWidth(): number {
  const plot = document.querySelector<HTMLElement>('[aria-roledescription="zoomable timeline"]');
  return plot && plot.clientWidth > 0 ? plot.clientWidth : 1000;
}

/**
 * An SVG document drawn into a canvas at `scale` (2: for slides), as PNG. The SVG is loaded from a data: URL
 * (the page's policy allows `img-src data:`); it references nothing outside itself and uses system fonts, so
 * nothing is fetched and the canvas stays readable.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.width = width;
  img.height = height;
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a picture (no 2D canvas).');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png'));
}
