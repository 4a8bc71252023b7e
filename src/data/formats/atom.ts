// Atom 1.0 (RFC 4287) into the native feed. The document is read through DOM Level 2 Core (./xml.ts)
// into plain objects, which the zod schemas below check.
//
//   feed title → title     link rel="alternate" (the default rel) → url     link rel="next" → next
//   entry: id → id     link rel="alternate" → url (else an id that is an http(s) URL)
//   title → title: type "text" as it is, "html" as HTML text (references decoded once), "xhtml" as the
//     text of its div
//   summary → summary (text, the same way)     content type "html" → body, "xhtml" → its div's
//     children as HTML, "text" → paragraphs; content with src (elsewhere) → none
//   published, else updated → publishedAt; updated → updatedAt
//   author names (the entry's, else the feed's) → source     category label, else term: the first →
//     category, all → tags     xml:lang → lang     pictures and video: see ./media.ts (link
//     rel="enclosure" is Atom's enclosure)
//   relative URLs (links, images, and those in HTML content) resolve against the xml:base in force
//     where they stand (feed, entry or element), else the URL the feed was fetched from
import { array, object, optional, pipe, string, transform } from 'zod/mini';
import type { output } from 'zod/mini';
import { NewsError } from '../errors.js';
import { parseWithBase } from '../schemas/common.js';
import { at, check } from '../schemas/validate.js';
import { readPictures } from './media.js';
import { ItemList, compact, itemDate, optionalDate, titleFromText } from './native.js';
import type { Draft, ReadContext, Reading } from './native.js';
import { htmlToText, rebaseHtml, textToHtml } from './text.js';
import {
  NS,
  attr,
  baseResolver,
  child,
  children,
  langOf,
  resolve,
  serializeChildren,
  textOf,
  wellFormed,
} from './xml.js';

const text = optional(
  pipe(
    string(),
    transform((value: string) => value.trim() || undefined),
  ),
);

/** One entry as read from the document (text constructs already as text, links resolved). */
export const atomEntry = object({
  id: text,
  title: text,
  link: text,
  summary: text,
  content: optional(string()),
  published: text,
  updated: text,
  author: optional(array(string())),
  category: optional(array(string())),
  lang: text,
});
export type AtomEntry = output<typeof atomEntry>;

/** The feed's own elements. */
export const atomFeed = object({ title: text, link: text, next: text, author: optional(array(string())) });

/** The text of a text construct (title, summary): by its `type`. */
function textConstruct(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = attr(element, 'type') ?? 'text';
  if (type === 'html') return htmlToText(element.textContent ?? '') || undefined;
  const div = type === 'xhtml' ? child(element, NS.xhtml, 'div') : undefined;
  return (div ?? element).textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The HTML of a `content` element, relative URLs made absolute where they stand. */
function contentHtml(element: Element | undefined, baseOf: (e: Element) => string, url: string) {
  if (!element || attr(element, 'src')) return undefined;
  const type = (attr(element, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return serializeChildren(child(element, NS.xhtml, 'div') ?? element, baseOf);
  const value = element.textContent ?? '';
  if (!value.trim()) return undefined;
  if (type === 'html' || type === 'text/html') {
    const base = baseOf(element);
    return base === url ? value : rebaseHtml(value, base);
  }
  // "text", or a text/* media type: text. Other media types (XML, base64) are nothing to show.
  return type === 'text' || type.startsWith('text/') ? textToHtml(value) : undefined;
}

/** The `href` of the first link with this `rel` (`alternate` is the default), preferring HTML ones. */
function linkOf(parent: Element, rel: string, baseOf: (e: Element) => string): string | undefined {
  const links = children(parent, NS.atom, 'link').filter(
    (link) => (attr(link, 'rel') ?? 'alternate') === rel,
  );
  const link = links.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ?? links[0];
  return link && resolve(attr(link, 'href'), baseOf(link));
}

const names = (parent: Element): string[] =>
  children(parent, NS.atom, 'author')
    .map((author) => textOf(child(author, NS.atom, 'name')))
    .filter((name): name is string => !!name);

/** Reads an Atom 1.0 document fetched from `ctx.url` into the native feed. */
export function readAtom(doc: Document, ctx: ReadContext): Reading {
  return parseWithBase(ctx.url, () => {
    const root = wellFormed(doc).documentElement;
    if (!root || root.localName !== 'feed' || root.namespaceURI !== NS.atom)
      throw new NewsError(
        'invalid',
        `Expected an Atom document (feed in the Atom namespace), got <${root?.localName ?? 'nothing'}>.`,
      );
    const baseOf = baseResolver(ctx.url);
    const warnings: string[] = [];
    const head = check(
      atomFeed,
      {
        title: textConstruct(child(root, NS.atom, 'title')),
        link: linkOf(root, 'alternate', baseOf),
        next: linkOf(root, 'next', baseOf),
        author: names(root),
      },
      'feed',
    );
    warnings.push(...head.notes);
    const list = new ItemList(warnings);
    children(root, NS.atom, 'entry').forEach((element, index) => {
      const path = at('items', index);
      const one = (name: string) => child(element, NS.atom, name);
      const contentElement = one('content');
      const summaryElement = one('summary');
      const raw = {
        id: textOf(one('id')),
        title: textConstruct(one('title')),
        link: linkOf(element, 'alternate', baseOf),
        summary: textConstruct(summaryElement),
        content: contentHtml(contentElement, baseOf, ctx.url),
        published: textOf(one('published')),
        updated: textOf(one('updated')),
        author: names(element),
        category: [
          ...new Set(
            children(element, NS.atom, 'category')
              .map((category) => attr(category, 'label') ?? attr(category, 'term'))
              .filter((name): name is string => !!name),
          ),
        ],
        lang: langOf(element),
      };
      const result = check(atomEntry, raw, path);
      warnings.push(...result.issues, ...result.notes);
      if (!result.value) return;
      const entry = result.value;
      const summaryHtml =
        summaryElement && attr(summaryElement, 'type') === 'html'
          ? (summaryElement.textContent ?? '')
          : undefined;
      const pictures = readPictures(
        element,
        children(element, NS.atom, 'link').filter((link) => attr(link, 'rel') === 'enclosure'),
        [
          { html: entry.content, base: contentElement ? baseOf(contentElement) : ctx.url },
          { html: summaryHtml, base: summaryElement ? baseOf(summaryElement) : ctx.url },
        ],
        baseOf,
        path,
        warnings,
      );
      const publishedAt = itemDate(
        path,
        [
          ['published', entry.published],
          ['updated', entry.updated],
        ],
        warnings,
      );
      const url = entry.link ?? (entry.id && /^https?:\/\//i.test(entry.id) ? entry.id : undefined);
      const title = entry.title ?? titleFromText(entry.summary ?? entry.content);
      const authors = entry.author?.length ? entry.author : head.value?.author;
      const draft: Draft = compact({
        id: entry.id ?? url ?? (title && publishedAt && `${publishedAt} ${title}`),
        url,
        lang: entry.lang,
        title,
        summary: entry.summary,
        publishedAt,
        updatedAt:
          entry.published && publishedAt ? optionalDate(path, 'updated', entry.updated, warnings) : undefined,
        category: entry.category?.[0] ? { name: entry.category[0] } : undefined,
        source: authors?.join(', ') || undefined,
        media: pictures.video ? ('video' as const) : undefined,
        image: pictures.image,
        body: entry.content?.trim() ? entry.content : undefined,
        tags: entry.category?.map((name) => ({ name })),
        photos: pictures.photos,
      });
      list.add(path, draft);
    });
    return {
      kind: 'feed',
      data: compact({
        title: head.value?.title,
        url: head.value?.link,
        next: head.value?.next,
        items: list.items,
      }),
      warnings,
    };
  });
}
