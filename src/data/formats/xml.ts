// Reading RSS and Atom documents through DOM Level 2 Core only (childNodes, localName, namespaceURI,
// textContent, getAttribute / getAttributeNS, getElementsByTagNameNS), never querySelector or
// innerHTML: so the same readers take the browser's DOMParser document or a Node XML DOM
// (@xmldom/xmldom, for the command line), and no markup from a feed is ever parsed as HTML here.
import { NewsError } from '../errors.js';
import { escapeHtml } from './text.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** The element's namespace, `null` for none (some DOMs say `''`). */
const nsOf = (node: Element): string | null => node.namespaceURI || null;

/** The child elements of `parent`, all of them or those named `name` in `ns` (`null`: no namespace). */
export function children(parent: Node, ns?: string | null, name?: string): Element[] {
  const found: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType !== 1) continue;
    if (ns !== undefined && (nsOf(node as Element) !== ns || (node as Element).localName !== name)) continue;
    found.push(node as Element);
  }
  return found;
}

/** The first child element named `name` in `ns`. */
export const child = (parent: Node, ns: string | null, name: string): Element | undefined =>
  children(parent, ns, name)[0];

/** An element's text, trimmed; `undefined` when it is absent or blank. */
export function textOf(element: Element | undefined): string | undefined {
  const text = element?.textContent?.trim();
  return text || undefined;
}

/** An attribute's value, trimmed; `undefined` when it is absent or blank. */
export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name)?.trim();
  return value || undefined;
}

/** Elements anywhere under `root` named `name` in `ns`, in document order. */
export function descendants(root: Document | Element, ns: string, name: string): Element[] {
  const list = root.getElementsByTagNameNS(ns, name);
  const found: Element[] = [];
  for (let i = 0; i < list.length; i++) found.push(list[i]!);
  return found;
}

/**
 * The base URL in force at `element`: its `xml:base` and its ancestors', resolved from the document's
 * own URL down (XML Base). Memoised per element for one document.
 */
export function baseResolver(documentUrl: string): (element: Element) => string {
  const bases = new Map<Node, string>();
  const baseOf = (node: Node | null): string => {
    if (!node || node.nodeType !== 1) return documentUrl;
    const known = bases.get(node);
    if (known !== undefined) return known;
    const parent = baseOf(node.parentNode);
    const own = (node as Element).getAttributeNS(NS.xml, 'base')?.trim();
    let base = parent;
    if (own) {
      try {
        base = new URL(own, parent).href;
      } catch {
        // An xml:base that is no URL adds nothing.
      }
    }
    bases.set(node, base);
    return base;
  };
  return baseOf;
}

/** `value` resolved against `base`; as written when it cannot be (the native parser then says why). */
export function resolve(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** The language in force at `element` (`xml:lang` on it or an ancestor). */
export function langOf(element: Element): string | undefined {
  for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
    const lang = (node as Element).getAttributeNS(NS.xml, 'lang')?.trim();
    if (lang) return lang;
  }
  return undefined;
}

const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
const URL_ATTRIBUTES = /^(href|src|poster|cite|action)$/;

/**
 * The children of an Atom `type="xhtml"` element as an HTML string, for the sanitiser: elements by their
 * local name, attributes without namespace declarations or `xml:` ones, text escaped, and relative URLs
 * made absolute against the `xml:base` in force where they stand.
 */
export function serializeChildren(parent: Element, baseOf: (element: Element) => string): string {
  let html = '';
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 3 || node.nodeType === 4) html += escapeHtml(node.nodeValue ?? '');
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    let attributes = '';
    for (let j = 0; j < element.attributes.length; j++) {
      const attribute = element.attributes.item(j)!;
      if (attribute.namespaceURI === NS.xml || /^xmlns(:|$)/.test(attribute.name)) continue;
      const key = attribute.localName.toLowerCase();
      const value = URL_ATTRIBUTES.test(key)
        ? (resolve(attribute.value.trim(), baseOf(element)) ?? '')
        : attribute.value;
      attributes += ` ${key}="${escapeHtml(value)}"`;
    }
    html += VOID.test(name)
      ? `<${name}${attributes}>`
      : `<${name}${attributes}>${serializeChildren(element, baseOf)}</${name}>`;
  }
  return html;
}

/** The text of a parse error document, or `undefined` when `doc` parsed. */
export function parseErrorOf(doc: Document): string | undefined {
  const root = doc.documentElement;
  if (!root) return 'the document is empty';
  // Chromium and WebKit put a <parsererror> (XHTML namespace) in the partial document; Firefox makes it the
  // root, in its own namespace.
  for (const element of [root, ...descendants(doc, '*', 'parsererror')]) {
    if (element.localName !== 'parsererror') continue;
    const ns = nsOf(element);
    if (ns === NS.xhtml || ns === 'http://www.mozilla.org/newlayout/xml/parsererror.xml')
      return (element.textContent ?? '').replace(/\s+/g, ' ').trim() || 'not well-formed';
  }
  return undefined;
}

/** A function that parses XML text into a DOM Document (the browser's DOMParser, or a Node XML DOM). */
export type XmlParser = (text: string) => Document;

/**
 * Parses `text` as XML with `parse` (default: the browser's DOMParser). A document that is not
 * well-formed is an invalid response.
 */
export function parseXml(text: string, parse?: XmlParser): Document {
  let doc: Document;
  try {
    if (parse) doc = parse(text);
    else if (typeof DOMParser === 'function') doc = new DOMParser().parseFromString(text, 'application/xml');
    else throw new Error('There is no XML parser here: pass one as parseXml.');
  } catch (error) {
    throw new NewsError('invalid', `The response is not well-formed XML (${(error as Error).message}).`);
  }
  return wellFormed(doc);
}

/** `doc`, unless it is the browser's parse error document: then the response is invalid. */
export function wellFormed(doc: Document): Document {
  const problem = parseErrorOf(doc);
  if (problem) throw new NewsError('invalid', `The response is not well-formed XML (${problem}).`);
  return doc;
}
