// The one place where HTML from data becomes DOM: an article's body. DOMPurify (its own instance, so a
// page's DOMPurify configuration and hooks never meet ours) keeps an allowlist fit for news, then every
// URL is checked like any other URL from data (http/https only, resolved against the endpoint).
//
// This module is loaded lazily (`import()`), so bundles without an article body never carry DOMPurify.
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';
import { safeSrcset, safeUrl } from '../data/url.js';

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

/** Where links in the body go: the base that relative URLs resolve against, and the link target. */
export interface SanitizeOptions {
  /** The URL relative URLs in the HTML resolve against (the endpoint's). */
  base?: string;
  /** `target` for every link, e.g. `_blank`. */
  target?: string;
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
        // The page allows Trusted Types policies but not ours: sanitise without one, and fail at the
        // sink, where the browser reports it, rather than here.
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
      const safe = safeUrl(value, current.base);
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
      const href = new URL(node.getAttribute('href')!);
      if (current.target) node.setAttribute('target', current.target);
      if (href.origin !== location.origin || current.target === '_blank') {
        node.setAttribute('rel', 'noopener noreferrer');
      }
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
  // Parsed in a <template>, whose document is inert: no script runs, nothing loads, and the page's
  // Content-Security-Policy is not asked about the handlers and styles about to be removed (a DOMParser
  // document would report each one as a violation to the publisher's CSP endpoint).
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
      TRUSTED_TYPES_POLICY: policy ?? undefined,
    });
  } finally {
    current = previous;
  }
  // In place, DOMPurify can only blank an `is` attribute (is=""): the element keeps the name it was parsed
  // with and would become the page's customized built-in (`<b is="x-widget">`), running the page's code,
  // once in the document. Such an element gives way to its content.
  root.querySelectorAll('[is]').forEach((el) => el.replaceWith(...el.childNodes));
  // An image whose URL was unsafe would only show a broken-image icon.
  root.querySelectorAll('img:not([src])').forEach((img) => img.remove());
  const fragment = document.createDocumentFragment();
  fragment.append(...root.childNodes);
  return fragment;
}
