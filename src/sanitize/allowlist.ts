// The article body's allowlist, in one place for both sanitisers: the browser's HTML Sanitizer API
// (sanitize-html.ts) and DOMPurify (purify.ts) are configured from these lists, and the tests read them.
// The names are written as space-separated words (small in the bundle; the tests also recognise the
// sanitiser's files by them).

/** The Trusted Types policy name the sanitiser uses; pages that enforce Trusted Types must allow it. */
export const POLICY_NAME = 'news-widgets';

/**
 * The elements an article body keeps. `h1` is kept as a heading and moved below the headline with the
 * others (sanitize-html.ts), so the output never holds an `h1`.
 */
export const ELEMENTS: readonly string[] = (
  'p br hr h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s sub sup small mark abbr ' +
  'time code pre span div a figure figcaption img table caption thead tbody tfoot tr th td colgroup col'
).split(' ');

/**
 * The elements that give way to their (sanitised) content: page structure, presentational and phrase
 * elements whose text is news but whose element is not needed, and `picture` (its `img` stays, its
 * `source`s go). Every element in neither list is removed with everything in it: script, style, frames,
 * SVG, MathML, media, templates, unknown and custom elements, and `form` and its controls, always.
 */
export const UNWRAP: readonly string[] = (
  'article section header footer main nav aside hgroup address search font center big tt strike acronym ' +
  'ins del kbd samp var dfn bdi bdo data label details summary picture ruby rb rt rp rtc nobr'
).split(' ');

/** The attributes kept elements may keep (URLs are checked and resolved after sanitising). */
export const ATTRIBUTES: readonly string[] = (
  'href src srcset sizes alt title width height lang dir cite datetime colspan rowspan scope headers ' +
  'span start reversed type'
).split(' ');

/** The attributes that hold URLs: http(s) only after sanitising, resolved against the endpoint. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/**
 * Both sanitisers keep `is` too, only so that the step after them can see it: an element parsed with
 * `is` would become the page's customized built-in once in the document (the value stays with the
 * element when the attribute goes), so every element with it gives way to its content there.
 */
export const SANITIZER_ATTRIBUTES: readonly string[] = [...ATTRIBUTES, 'is'];
