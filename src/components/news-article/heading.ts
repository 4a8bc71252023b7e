// An element's own heading at its `heading-level` (news-article's headline, tag-list's and
// photo-gallery's titles). A tag name cannot be a binding in a Lit template, so the heading element is
// made here and kept while its level stays. TODO(merge): shared by three elements; src/internal is the
// place for it once that folder is free to change.

/** The default `heading-level`. */
export const DEFAULT_LEVEL = 2;

/** `heading-level` as 1–6; anything else (0, 7, 2.5, NaN) is the default, 2. */
export const headingLevel = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_LEVEL;
};

/** One heading element with `part` (and `id`), remade only when its level changes. */
export class Heading {
  #el?: HTMLElement;
  constructor(
    readonly part: string,
    readonly id?: string,
  ) {}

  /** The `<hN>` for `level` (checked by `headingLevel()`) holding `text`, as text. */
  render(level: unknown, text: string): HTMLElement {
    const tag = `h${headingLevel(level)}`;
    let el = this.#el;
    if (el?.localName !== tag) {
      el = this.#el = document.createElement(tag);
      el.setAttribute('part', this.part);
      if (this.id) el.id = this.id;
    }
    if (el.textContent !== text) el.textContent = text;
    return el;
  }
}
