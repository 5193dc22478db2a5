/**
 * "Embed this view": the `<iframe>` snippet a host page pastes, for the view's canonical link with `embed=1`.
 * Pure; attribute values are escaped, so a link or title holding `&`, `"` or `<` stays one attribute.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { ViewState } from '../store/view-state';
import { canonicalLink } from '../url/codec';

/** The snippet's height in CSS pixels: the compact view's timeline, its key events and a short detail. */
export const EMBED_HEIGHT = 480;

/** Escape text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The canonical link of a view, shown compact (`embed=1`) or full (without it). */
export function embedLink(ix: CorpusIndex, view: ViewState, base: string, embed: boolean): string {
  return canonicalLink(ix, { ...view, embed }, base);
}

export function embedSnippet({ src, title, height = EMBED_HEIGHT }: { src: string; title: string; height?: number }): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
