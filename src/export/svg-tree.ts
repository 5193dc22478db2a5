/**
 * A tiny SVG tree and its serializer. Corpus text only ever enters as a text child, escaped here (the string
 * equivalent of a DOM text node): no corpus string is ever parsed as markup. Attribute values are escaped too.
 */

export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly SvgNode[];
}
/** A text node. */
export type SvgNode = SvgElement | string;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element; `children` strings are text nodes. */
export function el(tag: string, attrs: Record<string, string | number | undefined> = {}, children: readonly SvgNode[] = []): SvgElement {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = typeof v === 'number' ? round(v) : v;
  return { tag, attrs: clean, children };
}

const round = (v: number) => Math.round(v * 100) / 100;

/** XML 1.0 allows neither most C0 controls nor lone surrogates: they are dropped from text and attributes. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Only names made of letters, digits, `-`, `_` and `:` are written as tags or attributes. */
const NAME = /^[A-Za-z_][A-Za-z0-9_:.-]*$/;

export function serialize(node: SvgNode): string {
  if (typeof node === 'string') return escapeText(node);
  if (!NAME.test(node.tag)) throw new Error(`bad tag name ${node.tag}`);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => {
      if (!NAME.test(k) || /^on/i.test(k)) throw new Error(`bad attribute name ${k}`);
      return ` ${k}="${escapeAttr(String(v))}"`;
    })
    .join('');
  const inner = node.children.map(serialize).join('');
  return inner === '' ? `<${node.tag}${attrs}/>` : `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** A standalone SVG document. */
export function svgDocument(root: SvgElement): string {
  const withNs = root.attrs.xmlns ? root : { ...root, attrs: { xmlns: SVG_NS, ...root.attrs } };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(withNs)}\n`;
}

/** Every text child of a tree, in document order (for tests and for checking what a picture says). */
export function textsOf(node: SvgNode): string[] {
  return typeof node === 'string' ? [node] : node.children.flatMap(textsOf);
}
