// The headline rows of <latest-news>, built with DOM calls rather than a Lit template per row. A list may
// hold a thousand headlines; a template instance per row (a clone, a walk for its parts, nested
// templates for its links, two marker comments per row for keyed rendering) cost ≈ 1.5× what
// hand-written DOM code takes for the same markup (bench/results.md). Lit still renders everything
// around the rows: the list element, the ticker, the states.
import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ChildPart } from 'lit/directive.js';

/** An element to make: its tag, its attributes (`undefined`: absent) and its text. */
export type Spec = readonly [
  tag: string,
  attributes: Readonly<Record<string, string | undefined>>,
  text?: string,
];

/**
 * Makes `el` (when it has the spec's tag; else a new element) match `spec`, and returns it: an element
 * that stays is updated in place (see `morph`). Text is only ever set as text.
 */
export function build([tag, attributes, text = '']: Spec, el?: Element | null): Element {
  // Own entries only: a page that added an enumerable `onclick` to Object.prototype adds nothing here.
  const node = add(null, tag, ...Object.entries(attributes).flat());
  node.textContent = text;
  return morph(el, node);
}

/**
 * A new `tag` element, appended to `parent` when there is one, with the attributes `attributes` gives:
 * name, value, name, value… (`undefined`: absent).
 */
export function add(parent: Element | null, tag: string, ...attributes: (string | undefined)[]): Element {
  const el = document.createElement(tag);
  for (let i = 0; i < attributes.length; i += 2) {
    const value = attributes[i + 1];
    if (value !== undefined) el.setAttribute(attributes[i]!, value);
  }
  parent?.append(el);
  return el;
}

/**
 * Makes `el` match `next` (a new element), when it has the same tag, and returns it; else returns `next`.
 * Elements that stay are updated in place (only what differs), so a link the reader has focused keeps
 * focus when its headline is edited; a child of another tag is replaced.
 */
export function morph(el: Element | null | undefined, next: Element): Element {
  if (el?.localName !== next.localName) return next;
  // Names, not `attributes`: reading Attr nodes makes the element keep them for as long as it lives.
  for (const name of el.getAttributeNames()) if (!next.hasAttribute(name)) el.removeAttribute(name);
  for (const name of next.getAttributeNames()) {
    const value = next.getAttribute(name)!;
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  const children = [...next.children];
  if (!children.length) {
    if (el.textContent !== next.textContent) el.textContent = next.textContent;
    return el;
  }
  children.forEach((child, index) => {
    const old = el.children[index];
    const kept = morph(old, child);
    if (!old) el.append(kept);
    else if (kept !== old) old.replaceWith(kept);
  });
  while (el.children.length > children.length) el.lastElementChild!.remove();
  return el;
}

interface Row<T> {
  item: T;
  stamp: string;
  node: Element;
}

class RowsDirective<T> extends Directive {
  /** Used in an element's content only (`<ul>${rows(…)}</ul>`), by <latest-news>. */
  #rows = new Map<string, Row<T>>();

  render(
    _items: readonly T[],
    _key: (item: T) => string,
    _stamp: (item: T) => string,
    _row: (item: T) => Element,
  ) {
    return noChange;
  }

  /**
   * Keyed: a row whose item (the same object) and stamp are unchanged is left alone; a changed one is
   * updated in place; rows are moved only when the order changed, and new ones inserted where they go.
   */
  override update(
    part: ChildPart,
    [items, key, stamp, row]: [readonly T[], (item: T) => string, (item: T) => string, (item: T) => Element],
  ) {
    const parent = part.parentNode as Element;
    // In the order of `items` (a Map keeps the order of insertion).
    const next = new Map<string, Row<T>>();
    for (const item of items) {
      const k = key(item);
      if (next.has(k)) continue;
      const old = this.#rows.get(k);
      const s = stamp(item);
      const node = old && old.item === item && old.stamp === s ? old.node : morph(old?.node, row(item));
      next.set(k, { item, stamp: s, node });
    }
    for (const [k, old] of this.#rows) if (next.get(k)?.node !== old.node) old.node.remove();
    let cursor = part.startNode ? part.startNode.nextSibling : parent.firstChild;
    for (const { node } of next.values()) {
      if (node === cursor) cursor = cursor.nextSibling;
      else parent.insertBefore(node, cursor);
    }
    this.#rows = next;
    return noChange;
  }
}

/**
 * Keyed rows from `items`: `key` names an item, `row` makes its element, and `stamp` is everything else
 * its element depends on (a row is made again only when its item or its stamp changes, and the element
 * shown is then updated to match: `morph`).
 */
export const rows = directive(RowsDirective) as <T>(
  items: readonly T[],
  key: (item: T) => string,
  stamp: (item: T) => string,
  row: (item: T) => Element,
) => unknown;
