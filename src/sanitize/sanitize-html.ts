// The one place where HTML from data becomes DOM: an article's body. A proven sanitiser takes out
// everything outside the news allowlist (allowlist.ts), in an inert document (nothing loads, nothing
// runs), and its nodes then move into the page; no HTML string is made from them, so nothing is parsed
// twice. Two sanitisers, one allowlist, the same result:
// - the browser's own HTML Sanitizer API (`setHTML` with a `Sanitizer`), where it exists and passes a
//   self-check of its behaviour once per page: those readers download nothing more;
// - else DOMPurify (purify.ts), loaded then, from a file of its own (inline in the classic file).
//
// Then, on the sanitised tree, the steps that make the body fit its page (finish(), below): URLs resolved
// against the endpoint and kept only when http(s), footnote links made inert, `rel`, `target` and link
// parameters on links, lazy images, headings moved below the headline, elements to unwrap (and any with
// `is`) unwrapped, images without a URL left out. They read the DOM through a TreeWalker and the
// prototypes' own methods and getters, never through properties of the nodes, which markup can replace
// (DOM clobbering: a <form>'s controls named `firstChild` or `getAttribute` shadow those on the form).
import { safeSrcset, safeUrl, withParams } from '../data/url.js';
import { relFor } from '../internal/links.js';
import { ELEMENTS, POLICY_NAME, SANITIZER_ATTRIBUTES, UNWRAP, URL_ATTRIBUTES } from './allowlist.js';
import { importPurify } from './load-purify.js';

export { POLICY_NAME };

/** How the body fits its page: where relative URLs point, where links open, where its headings sit. */
export interface SanitizeOptions {
  /** The URL relative URLs in the HTML resolve against (the endpoint's). */
  base?: string;
  /** `target` for every link, e.g. `_blank`. */
  target?: string;
  /** Query parameters for links into the publisher's site (`site`), e.g. `utm_source=partner`. */
  params?: string;
  /** The publisher's origin: links there get `params`; links elsewhere get `rel="noopener noreferrer"`. */
  site?: string;
  /** The level of the article's headline: the body's headings start one level below it. */
  headingLevel?: number;
}

/** Which sanitiser does the work: the browser's HTML Sanitizer API, or DOMPurify. */
export type Engine = 'sanitizer-api' | 'dompurify';

/** The HTML sanitiser, ready: `sanitizeHtml` is synchronous. */
export interface Sanitizer {
  readonly engine: Engine;
  readonly POLICY_NAME: string;
  /**
   * Sanitises `html` into a DocumentFragment that holds only the news allowlist: no script, no event
   * handler, no style, no form, no frame, and only http(s) URLs. Images load lazily.
   */
  sanitizeHtml(html: string, options?: SanitizeOptions): DocumentFragment;
}

/** A sanitiser's own work: the sanitised nodes, in a node of an inert document. */
type Sanitise = (html: string) => Node;

// ---------------------------------------------------------------------------------------------------
// The DOM, read through the prototypes (taken when this module is evaluated), never through the nodes.

const elementProto = Element.prototype;
const getter = (proto: object, name: string) =>
  Object.getOwnPropertyDescriptor(proto, name)!.get as (this: Node) => unknown;
const localNameGetter = getter(elementProto, 'localName');
const childNodesGetter = getter(Node.prototype, 'childNodes');
const { getAttribute, getAttributeNames, setAttribute, removeAttribute, hasAttribute, replaceWith, remove } =
  elementProto;
const { appendChild } = Node.prototype;
const { createTreeWalker, createElement, createDocumentFragment } = Document.prototype;
const localName = (el: Element) => localNameGetter.call(el) as string;
const children = (node: Node) => [...(childNodesGetter.call(node) as NodeListOf<ChildNode>)];
const attr = (el: Element, name: string) => getAttribute.call(el, name);
const set = (el: Element, name: string, value: string) => setAttribute.call(el, name, value);
const unwrap = (el: Element) => replaceWith.apply(el, children(el));

const unwrapped = new Set(UNWRAP);
const HEADING = /^h[1-6]$/;

/**
 * The steps after sanitising, on the sanitised nodes under `root`; returns them in a fragment of this
 * document. (Exported for the tests, which also give it unsanitised, clobbering trees.)
 */
export function finish(
  root: Node,
  { base, site, params, target }: SanitizeOptions,
  level = 1,
): DocumentFragment {
  // Every element first, then the changes: the walk never meets a tree that is changing under it.
  const elements: Element[] = [];
  const walker = createTreeWalker.call(document, root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node; (node = walker.nextNode());) elements.push(node as Element);
  const headings: Element[] = [];
  for (const el of elements) {
    const name = localName(el);
    // An element with `is` would become the page's customized built-in in the document: it gives way to
    // its content, as the elements to unwrap do (DOMPurify keeps those for this step to unwrap).
    if (hasAttribute.call(el, 'is') || unwrapped.has(name)) {
      unwrap(el);
      continue;
    }
    for (const url of URL_ATTRIBUTES) {
      const value = attr(el, url);
      if (value === null) continue;
      // A link to a fragment (a footnote) has no target in the widget: its text stays, without a link.
      const safe = value.trim().startsWith('#') ? undefined : safeUrl(value, base);
      if (safe) set(el, url, safe);
      else removeAttribute.call(el, url);
    }
    const srcset = attr(el, 'srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, base);
      if (safe) set(el, 'srcset', safe);
      else removeAttribute.call(el, 'srcset');
    }
    const href = attr(el, 'href');
    if (name === 'img') {
      // An image whose URL was unsafe would only show a broken-image icon.
      if (!hasAttribute.call(el, 'src')) remove.call(el);
      else {
        set(el, 'loading', 'lazy');
        set(el, 'decoding', 'async');
      }
    } else if (name === 'a' && href !== null) {
      const home = new URL(href).origin === site;
      if (home) set(el, 'href', withParams(href, params));
      if (target) set(el, 'target', target);
      // Another site never gets this window; a new browsing context never gets it either.
      const rel = home ? relFor(target) : 'noopener noreferrer';
      if (rel) set(el, 'rel', rel);
    } else if (HEADING.test(name)) headings.push(el);
  }
  // The body's headings sit below the headline: its top level becomes the headline's level + 1, and the
  // others keep their distance to it (capped at h6), so the outline has no gaps and never an h1.
  const top = Math.min(...headings.map((heading) => +localName(heading)[1]!));
  const shift = level + 1 - top;
  if (shift)
    for (const heading of headings) {
      const moved = createElement.call(document, `h${Math.min(6, +localName(heading)[1]! + shift)}`);
      for (const name of getAttributeNames.call(heading)) set(moved, name, attr(heading, name)!);
      moved.append(...children(heading));
      replaceWith.call(heading, moved);
    }
  const fragment = createDocumentFragment.call(document);
  for (const node of children(root)) appendChild.call(fragment, node);
  return fragment;
}

// ---------------------------------------------------------------------------------------------------
// The HTML Sanitizer API, with a self-check.

/**
 * What the self-check sanitises: one of everything the allowlist must take out, and some it keeps. (No
 * event handler or style attribute: parsing them, even in an inert document, makes a page under a strict
 * CSP report a violation. Attributes outside the allowlist go the same way as they would.)
 */
const PROBE =
  '<div title="t" id="i">a<script>x()</script><img src="x" srcdoc="x" class="c">' +
  '<a href="javascript:x()">l</a><a href=" JaVa&#9;ScRiPt:x()">m</a><x-y>gone</x-y><svg><a href="x">s</a></svg>' +
  '<iframe srcdoc="<b>f</b>"></iframe><form><input name="firstChild"><button>c</button></form>' +
  '<section data-x="1" slot="s"><p><b is="x-y">b</b></p></section><!--c--><?p i?>' +
  '<noscript>n</noscript><style>*{}</style><template><i>t</i></template><math><mi>m</mi></math>' +
  '<select><option>o</option></select><textarea>t</textarea><object data="x"></object>' +
  '<table><td colspan="2" formaction="x">d</td></table></div>';
/** Its result, before the steps after sanitising. */
const EXPECTED =
  '<div title="t">a<img src="x"><a>l</a><a>m</a><p><b is="x-y">b</b></p>' +
  '<table><tbody><tr><td colspan="2">d</td></tr></tbody></table></div>';

/** Makes a dictionary with no prototype, so that a page's additions to Object.prototype are not read. */
const dictionary = <T extends object>(members: T): T => Object.assign(Object.create(null), members) as T;

/** The browser's HTML Sanitizer API set to the allowlist, or `undefined` if there is none that works. */
function sanitizerApi(): Sanitise | undefined {
  const api = globalThis as { Sanitizer?: new (config: object) => object };
  const setHTML = (elementProto as { setHTML?: (html: string, options: object) => void }).setHTML;
  if (typeof api.Sanitizer !== 'function' || typeof setHTML !== 'function') return undefined;
  try {
    const sanitizer = new api.Sanitizer(
      dictionary({
        elements: [...ELEMENTS],
        replaceWithChildrenElements: [...UNWRAP],
        attributes: [...SANITIZER_ATTRIBUTES],
        comments: false,
        processingInstructions: [],
        dataAttributes: false,
      }),
    );
    const options = dictionary({ sanitizer });
    // An element of an inert document: parsing there loads nothing and runs nothing. (`implementation`
    // through the prototype: the page's own markup, `<img name="implementation">`, would shadow it.)
    const inert = (
      getter(Document.prototype, 'implementation').call(document) as DOMImplementation
    ).createHTMLDocument('');
    const sanitise: Sanitise = (html) => {
      const root = inert.createElement('div');
      setHTML.call(root, html, options);
      return root;
    };
    // Trusted only when it does what it must: otherwise DOMPurify does the work.
    const check = sanitise(PROBE) as Element;
    return check.innerHTML === EXPECTED ? sanitise : undefined;
  } catch {
    return undefined;
  }
}

/** The HTML Sanitizer API sanitiser once checked (`null`: none that works here), and DOMPurify's. */
let native: Sanitise | null | undefined;
let purify: Sanitise | undefined;
/** Set by tests (forceFallback): DOMPurify does the work even where the Sanitizer API would. */
let forced = false;

async function loadPurify(): Promise<Sanitise> {
  return (purify ??= (await importPurify()).purifyEngine({
    elements: ELEMENTS,
    unwrap: UNWRAP,
    attributes: SANITIZER_ATTRIBUTES,
    policyName: POLICY_NAME,
  }));
}

const make = (engine: () => [Engine, Sanitise]): Sanitizer => ({
  get engine() {
    return engine()[0];
  },
  POLICY_NAME,
  sanitizeHtml: (html, options = {}) => finish(engine()[1](html), options, options.headingLevel),
});

/** The page's sanitiser: the Sanitizer API's when it passed its self-check, else DOMPurify's. */
const page = make(() => (native && !forced ? ['sanitizer-api', native] : ['dompurify', purify!]));

/**
 * The sanitiser for this page: the browser's HTML Sanitizer API when it passes its self-check (once per
 * page), else DOMPurify, loaded now. Tests may ask for one `engine` in particular (the Sanitizer API's
 * throws where it cannot be used).
 */
export async function loadSanitizer(engine?: Engine): Promise<Sanitizer> {
  if (native === undefined) native = sanitizerApi() ?? null;
  if (engine === 'sanitizer-api') {
    const api = native;
    if (!api) throw new Error('the HTML Sanitizer API is missing here or failed its self-check');
    return make(() => ['sanitizer-api', api]);
  }
  if (engine === 'dompurify' || !native || forced) await loadPurify();
  if (!engine) return page;
  const fallback = purify!;
  return make(() => ['dompurify', fallback]);
}

/**
 * For tests: DOMPurify does the work of every sanitiser loadSanitizer() gave without an engine, the
 * ones elements already hold included (`false`: the self-checked choice again).
 */
export async function forceFallback(on = true): Promise<void> {
  if (on) await loadPurify();
  forced = on;
}

/** For tests: the self-check runs again on the next loadSanitizer() (e.g. with a stubbed Sanitizer). */
export function recheck(): void {
  native = undefined;
}
