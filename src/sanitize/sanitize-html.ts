// The one place where HTML from data becomes DOM: an article's body. The browser's own parser reads it
// into an inert <template> (nothing loads, nothing runs); then everything outside an allowlist fit for
// news is taken out of that tree, every URL is checked like any other URL from data (http/https only,
// resolved against the endpoint), and the nodes themselves move into the page. No HTML string is made
// from the result, so nothing is parsed twice: the mutation-XSS family, where markup changes meaning on a
// second parse, has nothing to work on.
//
// It was DOMPurify until the classic file's size budget (36 KB gzip with everything in it) had no room
// for its 12.6 KB: with the parsing left to the browser and no configuration to support, what remains is
// the allowlist walk below. DOMPurify's own 218 payloads, the article corpus and a differential test
// against DOMPurify with the same allowlist (test/sanitize/) hold it to the same standard.
import { safeSrcset, safeUrl, withParams } from '../data/url.js';
import { relFor } from '../internal/links.js';

/** The Trusted Types policy name the sanitiser uses; pages that enforce Trusted Types must allow it. */
export const POLICY_NAME = 'news-widgets';

/** The elements an article body may keep. */
export const TAGS = new Set(
  (
    'p br hr h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s sub sup small mark abbr ' +
    'time code pre span div a figure figcaption img table caption thead tbody tfoot tr th td colgroup col'
  ).split(' '),
);
/** The attributes they may keep (URLs are checked besides). */
export const ATTRS = new Set(
  (
    'href src srcset sizes alt title width height lang dir cite datetime colspan rowspan scope headers ' +
    'span start reversed type'
  ).split(' '),
);
/** Elements that go with everything in them: their content is code, styles, another document or form UI. */
const DROP = new Set(
  (
    'script style template noscript iframe frame frameset object embed applet svg math textarea select ' +
    'option title xmp noembed noframes plaintext head meta link base form input button video audio'
  ).split(' '),
);
const XHTML = 'http://www.w3.org/1999/xhtml';

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

let policy: TrustedTypePolicy | null | undefined;

// The untrusted string is parsed into an inert <template> through this policy, and only sanitised nodes
// leave it. The policy object never leaves this module.
function trustedTypesPolicy() {
  if (policy === undefined) {
    policy = null;
    const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
    if (tt) {
      try {
        policy = tt.createPolicy(POLICY_NAME, {
          createHTML: (input: string) => input,
        }) as unknown as TrustedTypePolicy;
      } catch {
        // The page enforces Trusted Types without allowing our policy (or it was created already, by a
        // second copy of this file): parsing will be refused, and the article shows why.
        policy = null;
      }
    }
  }
  return policy;
}

/** The URLs of an element that stays: http(s) only, absolute; then where its link opens, and how. */
function checkUrls(node: Element, { base, site, params, target }: SanitizeOptions) {
  for (const name of ['href', 'src', 'cite']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    // A link to a fragment (a footnote) has no target in the widget: its text stays, without a link.
    const safe = value.trim().startsWith('#') ? undefined : safeUrl(value, base);
    if (safe) node.setAttribute(name, safe);
    else node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) {
    const safe = safeSrcset(srcset, base);
    if (safe) node.setAttribute('srcset', safe);
    else node.removeAttribute('srcset');
  }
  if (node.localName === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  } else if (node.localName === 'a' && node.hasAttribute('href')) {
    const href = node.getAttribute('href')!;
    const home = new URL(href).origin === site;
    if (home) node.setAttribute('href', withParams(href, params));
    if (target) node.setAttribute('target', target);
    // Another site never gets this window; a new browsing context never gets it either.
    const rel = home ? relFor(target) : 'noopener noreferrer';
    if (rel) node.setAttribute('rel', rel);
  }
}

/**
 * Leaves in `parent` only text and allowlisted HTML elements with allowlisted attributes. Comments,
 * processing instructions and elements of other namespaces (SVG, MathML) go; so do the elements in
 * DROP, with their content. Any other element outside the allowlist gives way to its (cleaned) content,
 * and so does one parsed with `is=` (a customized built-in: the page's code would run for it).
 */
function clean(parent: ParentNode, options: SanitizeOptions) {
  for (let node = parent.firstChild; node;) {
    const next = node.nextSibling;
    // Node types by number: a page's own `Node` global is not ours to trust.
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (el.namespaceURI !== XHTML || DROP.has(tag)) el.remove();
      else {
        clean(el, options);
        if (!TAGS.has(tag) || el.hasAttribute('is')) el.replaceWith(...el.childNodes);
        else {
          // Names, not `attributes`: Attr nodes, once read, stay with the element for as long as it lives.
          for (const name of el.getAttributeNames()) if (!ATTRS.has(name)) el.removeAttribute(name);
          checkUrls(el, options);
        }
      }
    } else if (node.nodeType !== 3) node.remove();
    node = next;
  }
}

/**
 * Sanitises `html` into a DocumentFragment that holds only the news allowlist: no script, no event
 * handler, no style, no form, no frame, and only http(s) URLs. Images load lazily.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const policy = trustedTypesPolicy();
  // Parsed in a <template>, whose document is inert: no script runs and nothing loads. (Under a CSP the
  // browser still reports the data's inline handlers and style attributes as blocked while it parses.)
  const template = document.createElement('template');
  template.innerHTML = (policy ? policy.createHTML(html) : html) as string;
  const root = template.content.ownerDocument.createElement('div');
  root.append(template.content);
  clean(root, options);
  // The body's headings sit below the headline: its top level becomes the headline's level + 1, and the
  // others keep their distance to it (capped at h6), so the outline has no gaps.
  const headings = [...root.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((heading) => +heading.localName[1]!));
  const shift = (options.headingLevel ?? 1) + 1 - top;
  if (headings.length && shift) {
    for (const heading of headings) {
      const moved = heading.ownerDocument.createElement(`h${Math.min(6, +heading.localName[1]! + shift)}`);
      for (const name of heading.getAttributeNames()) moved.setAttribute(name, heading.getAttribute(name)!);
      moved.append(...heading.childNodes);
      heading.replaceWith(moved);
    }
  }
  // An image whose URL was unsafe would only show a broken-image icon.
  root.querySelectorAll('img:not([src])').forEach((img) => img.remove());
  const fragment = document.createDocumentFragment();
  fragment.append(...root.childNodes);
  return fragment;
}
