// An article body as a browser builds it in a <div>, with parse5 (the HTML standard's parser), within a
// budget: src/server/sanitize.ts reads bodies through it before and after sanitize-html, whose own parser
// builds other trees from some markup. The budget keeps the work in proportion to the body's length.
import { defaultTreeAdapter, parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type ParentNode = DefaultTreeAdapterMap['parentNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** The element the body is parsed in: the widget's body wrapper is a <div>. */
const CONTEXT = parseFragment('<div></div>').childNodes[0] as DefaultTreeAdapterMap['element'];

/** Elements whose first newline the parser drops, and parse5 does not write back. */
const FIRST_NEWLINE = new Set(['pre', 'textarea', 'listing']);

/** Puts back the newline the parser took from the start of each <pre> below `node` (as browsers write it). */
function keepNewlines(node: ParentNode): void {
  // A loop, not recursion: a body can nest deeper than the call stack goes.
  const stack: ParentNode[] = [node];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    for (const child of parent.childNodes) {
      if (!('childNodes' in child)) continue;
      const first = child.childNodes[0];
      if (FIRST_NEWLINE.has(child.nodeName) && first?.nodeName === '#text') {
        const text = first as TextNode;
        if (text.value.startsWith('\n')) text.value = `\n${text.value}`;
      }
      stack.push(child);
    }
  }
}

/** Thrown by a parse whose tree would be far larger than its text, or nest deeper than Chromium's. */
export class Swelled extends Error {}

/** Chromium's parser nests elements no deeper than this: deeper ones become their parent's siblings. */
const MAX_DEPTH = 512;

type Node = DefaultTreeAdapterMap['node'];
export type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * `html` parsed as a browser builds it in a <div>, within a budget. The parser re-opens formatting elements
 * after each block (`<p><b title=1>…<b title=500></p>` then many paragraphs), so that 30 KB made 80 MB
 * and 9 s of work. The parse stops once its elements, written out (tags and attributes, text aside),
 * would take more than six times the body and 4 KB: a body that spells out its tree takes about once.
 * Elements nest no deeper than in Chromium, where sanitize-html would take time with the square of the
 * depth (a megabyte of `<q>`: minutes).
 */
function parse(html: string): ParentNode {
  let budget = 6 * html.length + 4096;
  const depths = new WeakMap<Node, number>();
  /** Where `node` goes when the parser puts it in `parent`, and its depth there. */
  const place = (parent: ParentNode, node: Node): ParentNode => {
    let depth = depths.get(parent) ?? 0;
    const up = 'parentNode' in parent ? parent.parentNode : null;
    if (depth >= MAX_DEPTH && up) {
      parent = up;
      depth--;
    }
    depths.set(node, depth + 1);
    return parent;
  };
  return parseFragment(CONTEXT, html, {
    treeAdapter: {
      ...defaultTreeAdapter,
      createElement(tagName, namespaceURI, attrs) {
        budget -= 2 * tagName.length + 5;
        for (const { name, value } of attrs) budget -= name.length + value.length + 4;
        if (budget < 0) throw new Swelled();
        return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
      },
      appendChild(parent, node) {
        defaultTreeAdapter.appendChild(place(parent, node), node);
      },
      insertBefore(parent, node, reference) {
        const into = place(parent, node);
        if (into === parent) defaultTreeAdapter.insertBefore(parent, node, reference);
        else defaultTreeAdapter.appendChild(into, node);
      },
      setTemplateContent(template, content) {
        // A template's content goes on from the template's depth, not from 0.
        depths.set(content, depths.get(template) ?? 0);
        defaultTreeAdapter.setTemplateContent(template, content);
      },
    },
  });
}

/**
 * Whether `tree` nests deeper than Chromium's limit allows anywhere, template contents included. The
 * parse keeps what it inserts within it, but the adoption agency moves whole subtrees (each
 * `<b><p><p><p><div>…</b>` took a hundred levels deeper), so the tree is measured once it is built.
 */
function tooDeep(tree: ParentNode): boolean {
  const stack: Array<[ParentNode, number]> = [[tree, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > MAX_DEPTH) return true;
    const content = 'content' in node ? (node.content as ParentNode) : undefined;
    if (content) stack.push([content, depth]);
    for (const child of node.childNodes) if ('childNodes' in child) stack.push([child, depth + 1]);
  }
  return false;
}

/** `html` as a browser builds it in a <div>; throws Swelled. */
export function built(html: string): ParentNode {
  const tree = parse(html);
  if (tooDeep(tree)) throw new Swelled();
  keepNewlines(tree);
  return tree;
}

/** `html` as a browser builds it in a <div>, written out again; throws Swelled. */
export function reparse(html: string): string {
  // No deeper than 512 levels: parse5's serializer, which recurses, never meets the call stack's end.
  return serialize(built(html));
}
