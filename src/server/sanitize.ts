// An article body, sanitised on the server with sanitize-html (a maintained server-side sanitiser, never
// one of our own), configured from the browser's allowlist (src/sanitize/allowlist.ts), then made to fit
// its page as the browser's finish() step does: URLs resolved against the endpoint and kept only when
// http(s), footnote links made plain text, `rel`, `target` and link parameters on links, lazy images,
// headings moved below the headline, elements to unwrap (and any with `is`) unwrapped, images without a
// URL left out. Elements in neither list go with everything in them.
//
// sanitize-html's parser (htmlparser2) builds another tree than a browser from some markup: it keeps an
// <li> in a <div> in an <li> nested, where the browser closes the first <li>, and then each `</div>` it
// writes closes one of the page's own elements, so that the body, and the page after it, leave
// <news-article>. So the body goes in and out as parse5 (the HTML standard's parser, as browsers parse)
// reads it inside a <div> (parse.ts): before, so that the allowlist sees the browser's tree, and after,
// until the text reads back as written, so that every tag closes what it opened. Before, the elements the
// allowlist drops or unwraps by name also leave the tree (prune()): sanitize-html, which still checks
// every element, takes time with the square of the body to remove them itself.
import { defaultTreeAdapter, serialize } from 'parse5';
import sanitizeHtml from 'sanitize-html';
import type { IFrame, IOptions, Transformer } from 'sanitize-html';
import { ATTRIBUTES, ELEMENTS, UNWRAP, URL_ATTRIBUTES } from '../sanitize/allowlist.js';
import { safeSrcset, safeUrl, withParams } from '../data/url.js';
import { relFor } from '../internal/links.js';
import type { SanitizeOptions } from '../sanitize/sanitize-html.js';
import { built, reparse, Swelled } from './parse.js';
import type { ChildNode, ParentNode } from './parse.js';

export type { SanitizeOptions };

/**
 * Stand-in names (and marker attributes): elements to drop with their content, and elements that give
 * way to their content.
 */
const DROP = 'news-drop';
const UNWRAP_TAG = 'news-unwrap';
const kept = new Set(ELEMENTS);
const unwrapped = new Set(UNWRAP);

/**
 * What the allowlist does with an element named `name` (lower case), with an `is` attribute or not: keeps
 * it, unwraps it (also any with `is`), or drops it with everything in it (every element in neither list).
 */
function fate(name: string, hasIs: boolean): 'keep' | 'unwrap' | 'drop' {
  if (!kept.has(name) && !unwrapped.has(name)) return 'drop';
  return unwrapped.has(name) || hasIs ? 'unwrap' : 'keep';
}
const HEADING = /^h[1-6]$/;

/**
 * How many characters of its result sanitize-html may copy as it removes elements. Each element it drops
 * or unwraps cuts its result string, which copies all of it so far: a megabyte of `abcdefghij<img>`
 * (images without `src`) made 70,000 cuts and 24 billion characters of copies (18 s). 2^30 take half a
 * second, or a second and a half when the text needs two bytes a character (`€`); none of the bodies of
 * the real feeds and the test corpora copies more than a few thousand.
 */
const MAX_COPIED = 2 ** 30;

/** Thrown when removing a body's elements would copy more than MAX_COPIED. */
class Slow extends Error {}

/**
 * What the allowlist pass does with an element when it ends (sanitize-html's exclusiveFilter): keeps it
 * (false), drops it with everything in it (true) or unwraps it (`excludeTag`). The stand-ins are known by
 * their marker attribute (sanitize-html gives the filter the tag's original name); the allowlist never
 * lets an attribute of that name through from the HTML.
 */
const removal = (frame: IFrame): boolean | 'excludeTag' =>
  Object.hasOwn(frame.attribs, DROP) || (frame.tag === 'img' && !frame.attribs.src)
    ? true
    : Object.hasOwn(frame.attribs, UNWRAP_TAG)
      ? 'excludeTag'
      : false;

/**
 * The allowlist pass: what sanitize-html keeps, and the URL, link and image steps on the way. With
 * `count`, a pass that removes nothing and counts what it would remove (`count.removals`).
 */
function allowlistOptions(
  { base, site, params, target }: SanitizeOptions,
  count?: { removals: number },
): IOptions {
  let copied = 0;
  const transform: Transformer = (tagName, attribs) => {
    const name = tagName.toLowerCase();
    const what = fate(name, Object.hasOwn(attribs, 'is'));
    if (what === 'drop') return { tagName: DROP, attribs: { [DROP]: '' } };
    if (what === 'unwrap') return { tagName: UNWRAP_TAG, attribs: { [UNWRAP_TAG]: '' } };
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(attribs)) {
      const attr = key.toLowerCase();
      if (!ATTRIBUTES.includes(attr)) continue;
      if (URL_ATTRIBUTES.includes(attr)) {
        // A link to a fragment (a footnote) has no target here: its text stays, without a link.
        const safe = value.trim().startsWith('#') ? undefined : safeUrl(value, base);
        if (safe) out[attr] = safe;
      } else if (attr === 'srcset') {
        const safe = safeSrcset(value, base);
        if (safe) out[attr] = safe;
      } else out[attr] = value;
    }
    if (name === 'img' && out.src) {
      out.loading = 'lazy';
      out.decoding = 'async';
    } else if (name === 'a' && out.href) {
      const home = new URL(out.href).origin === site;
      if (home) out.href = withParams(out.href, params);
      if (target) out.target = target;
      // Another site never gets this window; a new browsing context never gets it either.
      const rel = home ? relFor(target) : 'noopener noreferrer';
      if (rel) out.rel = rel;
    }
    return { tagName: name, attribs: out };
  };
  return {
    allowedTags: [...ELEMENTS, DROP, UNWRAP_TAG],
    // The markers must stay on the stand-ins until the filter; they never reach the output.
    allowedAttributes: {
      '*': [...ATTRIBUTES, DROP, UNWRAP_TAG],
      img: [...ATTRIBUTES, 'loading', 'decoding'],
      a: [...ATTRIBUTES, 'target', 'rel'],
    },
    allowedSchemes: ['http', 'https'],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    allowedClasses: {},
    allowedStyles: {},
    parseStyleAttributes: false,
    disallowedTagsMode: 'discard',
    transformTags: { '*': transform },
    exclusiveFilter: count
      ? (frame) => {
          if (removal(frame)) count.removals++;
          return false;
        }
      : (frame) => {
          const out = removal(frame);
          // The cut copies the result up to the element's tag at least.
          if (out && (copied += frame.tagPosition) > MAX_COPIED) throw new Slow();
          return out;
        },
  };
}

/** Only what sanitize-html already kept: used for the passes over its own output. */
const again = (extra: IOptions): IOptions => ({
  allowedTags: [...ELEMENTS],
  allowedAttributes: {
    '*': [...ATTRIBUTES],
    img: [...ATTRIBUTES, 'loading', 'decoding'],
    a: [...ATTRIBUTES, 'target', 'rel'],
  },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  parseStyleAttributes: false,
  ...extra,
});

/**
 * Takes out of `tree` the elements the allowlist removes, before sanitize-html reads it (which still checks
 * every element, and would remove the same ones): those it drops go with everything in them, those it
 * unwraps give way to their children. sanitize-html cuts its result string at each element it removes,
 * a copy of all of it so far, so that nested ones cost their depth times the body (512 `<font>` around a
 * megabyte: 3 s), and it reads as markup the contents that parse5 holds as text (`<iframe>`,
 * `<noscript>`), nested without Chromium's limit (a megabyte of `<q>` in a `<noscript>`: 80 s). What
 * it still removes itself are images without a URL, which are empty.
 */
function prune(tree: ParentNode): void {
  const parents: ParentNode[] = [tree];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    const children: ChildNode[] = [];
    // The children in order, with an unwrapped element's own children in its place.
    const pending = parent.childNodes.toReversed();
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (!defaultTreeAdapter.isElementNode(node)) {
        children.push(node);
        continue;
      }
      const what = fate(
        node.tagName.toLowerCase(),
        node.attrs.some((attr) => attr.name === 'is'),
      );
      if (what === 'drop') continue;
      if (what === 'unwrap') {
        // Not push(...children): a spread of thousands overflows the call stack.
        for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
        continue;
      }
      children.push(node);
      parents.push(node);
    }
    for (const child of children) child.parentNode = parent;
    parent.childNodes = children;
  }
}

/**
 * Sanitised `html` written out as a browser builds it in a <div>, until it reads back unchanged: a text
 * that parses to the tree it was written from, each end tag closing an element it opened, so that
 * placed in a <div> it stays there. Markup that does not settle in four rounds (none known), or swells,
 * keeps only its text (every element in it is one the allowlist kept), escaped.
 */
function settled(html: string): string {
  let text = html;
  try {
    for (let round = 0; round < 4; round++) {
      const next = reparse(text);
      if (next === text) return text;
      text = next;
    }
  } catch (error) {
    if (!(error instanceof Swelled)) throw error;
  }
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
}

/**
 * A body the parse gave up on goes to sanitize-html as written, which takes time with the square of its
 * nesting depth: only when it has too few tags to nest deeply (20,000 levels: about 0.1 s).
 */
const MAX_TAGS_AS_WRITTEN = 20_000;

/** The number of `<` in `html`: at least its number of tags. */
function tagsAtMost(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) count++;
  return count;
}

/** A body read by `readBody()`: sanitised, or left out. */
export type ReadBody =
  | {
      /** Sanitised and fitted, to be placed in a <div>. */
      html: string;
      /** The tree a browser builds from the body swelled, so sanitize-html read it as written. */
      asWritten: boolean;
      leftOut?: undefined;
    }
  | {
      html?: undefined;
      asWritten?: undefined;
      /**
       * Why the body is left out: `swells`, the tree a browser builds from it swells (so a browser would
       * take seconds too) and it has too many tags to be read as written; `slow`, sanitize-html would
       * take too long to remove the elements outside the allowlist (a browser's sanitiser removes them
       * in time that grows with their number).
       */
      leftOut: 'swells' | 'slow';
    };

/**
 * `html` sanitised to the news allowlist, as HTML text, fitted to its page by `options`, to be placed in a
 * <div> (as the fallback's body is). sanitize-html reads the body as the browser would build it (pruned),
 * or as written when that tree swells. A body that cannot be read in time that grows with its length is
 * left out: one that swells and has more than 20,000 tags, or whose removals as written could copy more
 * than 2^30 characters; one whose images without a URL make sanitize-html copy more than that.
 */
export function readBody(html: string, options: SanitizeOptions = {}): ReadBody {
  let input = html;
  let asWritten = false;
  try {
    const tree = built(html);
    prune(tree);
    input = serialize(tree);
  } catch (error) {
    if (!(error instanceof Swelled)) throw error;
    if (tagsAtMost(html) > MAX_TAGS_AS_WRITTEN) return { leftOut: 'swells' };
    asWritten = true;
    // As written, each element sanitize-html removes may copy its result at its longest, which a pass
    // that removes nothing measures.
    const count = { removals: 0 };
    const longest = sanitizeHtml(input, allowlistOptions(options, count)).length;
    if (count.removals * longest > MAX_COPIED) return { leftOut: 'swells' };
  }
  let clean: string;
  try {
    clean = sanitizeHtml(input, allowlistOptions(options));
  } catch (error) {
    if (!(error instanceof Slow)) throw error;
    return { leftOut: asWritten ? 'swells' : 'slow' };
  }
  return { html: settled(fitted(clean, options)), asWritten };
}

/** `readBody()`'s HTML, with nothing for a body it leaves out. */
export function sanitizeBody(html: string, options: SanitizeOptions = {}): string {
  return readBody(html, options).html ?? '';
}

/** `clean`, sanitised, with its headings moved below the headline. */
function fitted(clean: string, options: SanitizeOptions): string {
  // The body's headings sit below the headline: its top level becomes the headline's level + 1, and the
  // others keep their distance to it (capped at h6), so the outline has no gaps and never an h1.
  const levels: number[] = [];
  sanitizeHtml(
    clean,
    again({
      onOpenTag: (name) => {
        if (HEADING.test(name)) levels.push(+name[1]!);
      },
    }),
  );
  if (!levels.length) return clean;
  const shift = (options.headingLevel ?? 2) + 1 - Math.min(...levels);
  if (!shift) return clean;
  const heading: Transformer = (tagName, attribs) => ({
    tagName: `h${Math.min(6, +tagName[1]! + shift)}`,
    attribs,
  });
  return sanitizeHtml(
    clean,
    again({ transformTags: Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`h${n}`, heading])) }),
  );
}
