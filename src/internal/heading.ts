// An element's own heading at its `heading-level` (news-article's headline, tag-list's and
// photo-gallery's titles; the server renderer's too). A tag name cannot be a binding in a Lit template, so
// the heading element is made here and kept while its level stays; each element names its part where it
// takes a new one, in its own folder, where test/e2e/parts.js reads the parts an element renders.

/** The default `heading-level`. */
export const DEFAULT_LEVEL = 2;

/** `heading-level` as 1–6; anything else (0, 7, 2.5, NaN) is the default, 2. */
export const headingLevel = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_LEVEL;
};

/**
 * `el` when it is the `<hN>` for `level` (checked by `headingLevel()`), else a new one; either way
 * holding `text`, as text. A new element has no part yet.
 */
export function heading(el: HTMLElement | undefined, level: unknown, text: string): HTMLElement {
  const tag = `h${headingLevel(level)}`;
  if (el?.localName !== tag) el = document.createElement(tag);
  if (el.textContent !== text) el.textContent = text;
  return el;
}
