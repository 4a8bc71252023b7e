// The sanitiser that always works: DOMPurify, for browsers without the HTML Sanitizer API (or whose
// Sanitizer failed the self-check in sanitize-html.ts). It is its own module so that news-widgets.js
// loads it, in a file of its own, only then; the classic file has it inline (scripts/build.js).
//
// Its own instance, DOMPurify(window): a page's DOMPurify, its hooks and its configuration never meet
// ours. It is given the string and returns a fragment (RETURN_DOM_FRAGMENT: its main path, which parses
// in an inert document of its own), configured from allowlist.ts like the Sanitizer API path, and set
// so that both paths give the same result:
// - KEEP_CONTENT off: an element outside the allowlist goes with its content, as the Sanitizer API
//   removes it; the elements to unwrap are allowed here and unwrapped afterwards by sanitize-html.ts.
// - The string is parsed in the body from its first character, in no-quirks mode, as setHTML parses it
//   in an element (PREFIX, below).
// - URLs are checked afterwards, on both paths, by one rule (safeUrl/safeSrcset: http(s) only, resolved
//   against the endpoint; sanitize-html.ts). DOMPurify's own URI rule would also read lang, datetime or
//   headers values as URIs, and drop some relative paths that ours resolves, so it is told that any
//   value passes: our rule is the stricter one (an absolute http(s) URL or nothing).
// - SAFE_FOR_XML off: it guards markup that is serialised into XML later; these nodes are never
//   serialised, they move into the page as they are.
import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';

const PREFIX = '<!doctype html><br>';

/** Where DOMPurify's configuration comes from: allowlist.ts, passed in so this file imports none of ours. */
export interface PurifyLists {
  elements: readonly string[];
  unwrap: readonly string[];
  attributes: readonly string[];
  policyName: string;
}

/**
 * A DOMPurify sanitiser for `lists`: it returns the sanitised nodes in a fragment of an inert document.
 * Throws when the page enforces Trusted Types without allowing `policyName`.
 */
export function purifyEngine(lists: PurifyLists): (html: string) => DocumentFragment {
  const purify = DOMPurify(window);
  let policy: Pick<TrustedTypePolicy, 'createHTML' | 'createScriptURL'> | null = null;
  const tt = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  let refused: unknown;
  if (tt) {
    try {
      // DOMPurify parses the string with DOMParser, a Trusted Types sink: it gets our policy, so it never
      // creates one of its own (it asks for both functions; it never loads a script).
      policy = tt.createPolicy(lists.policyName, {
        createHTML: (input: string) => input,
        createScriptURL: () => '',
      });
    } catch (error) {
      // The page's `trusted-types` directive does not allow our name (or a second copy of this file made
      // it already). Where Trusted Types are enforced, parsing a string is refused.
      refused = error;
    }
  }
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS: ['#text', ...lists.elements, ...lists.unwrap],
    ALLOWED_ATTR: [...lists.attributes],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^/,
    KEEP_CONTENT: false,
    SAFE_FOR_XML: false,
    RETURN_DOM_FRAGMENT: true,
    // null, not undefined, when there is none: DOMPurify would otherwise try to create one of its own.
    TRUSTED_TYPES_POLICY: policy as TrustedTypePolicy | null,
  };
  /** Whether parsing a string is refused here: only asked when our policy could not be made. */
  let enforced: boolean | undefined;
  return (html) => {
    if (refused && enforced === undefined) {
      try {
        new DOMParser().parseFromString('', 'text/html');
        enforced = false;
      } catch {
        enforced = true;
      }
    }
    // DOMPurify would swallow the refusal and return nothing: say why instead. (A page with a
    // `trusted-types` list but no `require-trusted-types-for` parses strings as usual.)
    if (enforced) throw new Error(`this page's Trusted Types policy does not allow "${lists.policyName}"`);
    // The string is parsed as a document in no-quirks mode whose body begins with a <br>: from the
    // first character of `html` on, the parser is in the body, as setHTML's is in an element (a leading
    // <noscript>, <style> or <meta> does not open <head>; a <frameset> cannot replace the body; a <table>
    // closes an open <p>). The <br> then goes.
    const fragment = purify.sanitize(PREFIX + html, config);
    const first = fragment.firstChild;
    if (first?.nodeName === 'BR') fragment.removeChild(first);
    return fragment;
  };
}
