// The one place where HTML from data becomes DOM: an article's body. DOMPurify (its own instance, so a
// page's DOMPurify configuration and hooks never meet ours) keeps an allowlist fit for news, then every
// URL is checked like any other URL from data (http/https only, resolved against the endpoint).
//
// This module is loaded lazily (`import()`), so bundles without an article body never carry DOMPurify.
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';
import { safeSrcset, safeUrl, withParams } from '../data/url.js';
import { relFor } from '../internal/links.js';

/** The Trusted Types policy name the sanitiser uses; pages that enforce Trusted Types must allow it. */
export const POLICY_NAME = 'news-widgets';

const TAGS = (
  'p br hr h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s sub sup small mark abbr ' +
  'time code pre span div a figure figcaption img table caption thead tbody tfoot tr th td colgroup col'
).split(' ');
const ATTRS = (
  'href src srcset sizes alt title width height lang dir cite datetime colspan rowspan scope headers ' +
  'span start reversed type'
).split(' ');

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

let purifier: Purifier | undefined;
let policy: TrustedTypePolicy | null | undefined;
/** The options of the sanitize call in progress (sanitizing is synchronous). */
let current: SanitizeOptions = {};

// The untrusted string is parsed into an inert <template> through this policy, and only sanitised nodes
// leave it; DOMPurify gets the same policy so that it never creates one of its own. The policy object
// never leaves this module.
function trustedTypesPolicy() {
  if (policy === undefined) {
    policy = null;
    const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
    if (tt) {
      try {
        policy = tt.createPolicy(POLICY_NAME, {
          createHTML: (input: string) => input,
          createScriptURL: () => '',
          // The typings want every method of a policy; DOMPurify calls only these two.
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

function instance(): Purifier {
  if (purifier) return purifier;
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of ['href', 'src', 'cite'] as const) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      // A link to a fragment (a footnote) has no target in the widget: its text stays, without a link.
      const safe = value.trim().startsWith('#') ? undefined : safeUrl(value, current.base);
      if (safe) node.setAttribute(name, safe);
      else node.removeAttribute(name);
    }
    const srcset = node.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, current.base);
      if (safe) node.setAttribute('srcset', safe);
      else node.removeAttribute('srcset');
    }
    if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    } else if (node.localName === 'a' && node.hasAttribute('href')) {
      const href = node.getAttribute('href')!;
      const home = new URL(href).origin === current.site;
      if (home) node.setAttribute('href', withParams(href, current.params));
      if (current.target) node.setAttribute('target', current.target);
      // Another site never gets this window; a new browsing context never gets it either.
      const rel = home ? relFor(current.target) : 'noopener noreferrer';
      if (rel) node.setAttribute('rel', rel);
    }
  });
  return (purifier = purify);
}

/**
 * Sanitises `html` into a DocumentFragment that holds only the news allowlist: no script, no event
 * handler, no style, no form, no frame, and only http(s) URLs. Images load lazily.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const purify = instance();
  const policy = trustedTypesPolicy();
  // Parsed in a <template>, whose document is inert: no script runs and nothing loads. (Under a CSP the
  // browser still reports the data's inline handlers and style attributes as blocked while it parses.)
  const template = document.createElement('template');
  template.innerHTML = (policy ? policy.createHTML(html) : html) as string;
  const root = template.content.ownerDocument.createElement('div');
  root.append(template.content);
  const previous = current;
  current = options;
  try {
    purify.sanitize(root, {
      ALLOWED_TAGS: TAGS,
      ALLOWED_ATTR: ATTRS,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      IN_PLACE: true,
      // null, not undefined, when there is no policy: DOMPurify would otherwise create one of its own.
      TRUSTED_TYPES_POLICY: policy,
    });
  } finally {
    current = previous;
  }
  // In place, DOMPurify can only blank an `is` attribute (is=""): the element keeps the name it was parsed
  // with and would become the page's customized built-in (`<b is="x-widget">`), running the page's code,
  // once in the document. Such an element gives way to its content.
  root.querySelectorAll('[is]').forEach((el) => el.replaceWith(...el.childNodes));
  // The body's headings sit below the headline: its top level becomes the headline's level + 1, and the
  // others keep their distance to it (capped at h6), so the outline has no gaps.
  const headings = [...root.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((heading) => +heading.localName[1]!));
  const shift = (options.headingLevel ?? 1) + 1 - top;
  if (headings.length && shift) {
    for (const heading of headings) {
      const moved = heading.ownerDocument.createElement(`h${Math.min(6, +heading.localName[1]! + shift)}`);
      for (const attr of heading.attributes) moved.setAttribute(attr.name, attr.value);
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
