// RSS 2.0 (and 0.91 / 0.92, the same elements) and RSS 1.0 (RDF) into the native feed. The document is
// read through DOM Level 2 Core (./xml.ts) into plain objects, which the zod schemas below check.
//
//   channel title → title (text)     channel link → url     atom:link rel="next" → next
//   item: guid (RSS 1.0: rdf:about) → id, else link     link → url (else a guid that is a permalink URL)
//   title → title: text, read as HTML when it holds markup or references (WordPress and many others
//     escape titles once more); an item without a title takes the start of its description
//   description → summary (text)     content:encoded → body
//   pubDate, else dc:date → publishedAt (RFC 822 read by hand; named zones are fixed offsets)
//   source (the agency), else dc:creator, else author (its name, not its e-mail) → source
//   category and dc:subject: the first → category, all → tags (so <tag-list> shows an item's categories)
//   channel language / dc:language → lang     pictures and video: see ./media.ts
//   relative URLs resolve against xml:base where they stand, else the URL the feed was fetched from
import { array, object, optional, pipe, string, transform } from 'zod/mini';
import type { output } from 'zod/mini';
import { NewsError } from '../errors.js';
import { parseWithBase } from '../schemas/common.js';
import { at, check } from '../schemas/validate.js';
import { readPictures } from './media.js';
import { ItemList, compact, itemDate, titleFromText } from './native.js';
import type { Draft, ReadContext, Reading } from './native.js';
import { htmlToText, rebaseHtml, titleText } from './text.js';
import { NS, attr, baseResolver, child, children, resolve, textOf, wellFormed } from './xml.js';

const text = optional(
  pipe(
    string(),
    transform((value: string) => value.trim() || undefined),
  ),
);
const texts = optional(array(string()));

/** One RSS item as read from the document (element names as the keys). */
export const rssItem = object({
  about: text,
  title: text,
  link: text,
  guid: text,
  guidIsPermaLink: text,
  description: text,
  'content:encoded': text,
  pubDate: text,
  'dc:date': text,
  source: text,
  'dc:creator': texts,
  author: text,
  category: texts,
  'dc:language': text,
});
export type RssItem = output<typeof rssItem>;

/** The channel's own elements. */
export const rssChannel = object({
  title: text,
  link: text,
  language: text,
  next: text,
});

/** Reads an RSS 2.0 or RSS 1.0 (RDF) document fetched from `ctx.url` into the native feed. */
export function readRss(doc: Document, ctx: ReadContext): Reading {
  return parseWithBase(ctx.url, () => {
    const root = wellFormed(doc).documentElement;
    const rdf = root?.localName === 'RDF' && root.namespaceURI === NS.rdf;
    // RSS 2.0 lives in no namespace (rarely in a default one: the root's); RSS 1.0 and 0.90 in their own.
    const ns = rdf
      ? ([NS.rss1, NS.rss090].find((uri) => child(root, uri, 'channel')) ?? NS.rss1)
      : root?.namespaceURI || null;
    const channel = root && child(root, ns, 'channel');
    if (!root || (!rdf && root.localName !== 'rss') || !channel)
      throw new NewsError(
        'invalid',
        `Expected an RSS document (rss, channel), got <${root?.localName ?? 'nothing'}>.`,
      );
    const baseOf = baseResolver(ctx.url);
    const warnings: string[] = [];
    const one = (parent: Element, uri: string | null, name: string) => textOf(child(parent, uri, name));
    const next = children(channel, NS.atom, 'link').find((link) => attr(link, 'rel') === 'next');
    const head = check(
      rssChannel,
      {
        title: one(channel, ns, 'title'),
        link: resolve(one(channel, ns, 'link'), baseOf(channel)),
        language: one(channel, ns, 'language') ?? one(channel, NS.dc, 'language'),
        next: next && resolve(attr(next, 'href'), baseOf(next)),
      },
      'channel',
    );
    warnings.push(...head.notes);
    const list = new ItemList(warnings);
    const items = children(rdf ? root : channel, ns, 'item');
    items.forEach((element, index) => {
      const path = at('items', index);
      const guid = child(element, ns, 'guid');
      const many = (uri: string | null, name: string) =>
        children(element, uri, name)
          .map(textOf)
          .filter((value): value is string => !!value);
      const raw = {
        about: element.getAttributeNS(NS.rdf, 'about') || undefined,
        title: one(element, ns, 'title'),
        link: resolve(one(element, ns, 'link'), baseOf(element)),
        guid: textOf(guid),
        guidIsPermaLink: guid && attr(guid, 'isPermaLink'),
        description: one(element, ns, 'description'),
        'content:encoded': one(element, NS.content, 'encoded'),
        pubDate: one(element, ns, 'pubDate'),
        'dc:date': one(element, NS.dc, 'date'),
        source: one(element, ns, 'source'),
        'dc:creator': many(NS.dc, 'creator'),
        author: one(element, ns, 'author'),
        category: [...new Set([...many(ns, 'category'), ...many(NS.dc, 'subject')])],
        'dc:language': one(element, NS.dc, 'language'),
      };
      const result = check(rssItem, raw, path);
      warnings.push(...result.issues, ...result.notes);
      if (!result.value) return;
      const item = result.value;
      const description = child(element, ns, 'description');
      const encoded = child(element, NS.content, 'encoded');
      const pictures = readPictures(
        element,
        children(element, ns, 'enclosure'),
        [
          { html: item['content:encoded'], base: encoded ? baseOf(encoded) : ctx.url },
          { html: item.description, base: description ? baseOf(description) : ctx.url },
        ],
        baseOf,
        path,
        warnings,
      );
      const publishedAt = itemDate(
        path,
        [
          ['pubDate', item.pubDate],
          ['dc:date', item['dc:date']],
        ],
        warnings,
      );
      // A guid is a permalink unless it says otherwise; many are not URLs at all, so only an http(s) one counts.
      const permalink =
        item.guid && item.guidIsPermaLink !== 'false' && /^https?:\/\//i.test(item.guid)
          ? item.guid
          : undefined;
      const url = item.link ?? permalink;
      const title = item.title
        ? titleText(item.title)
        : titleFromText(item.description ?? item['content:encoded']);
      const body = item['content:encoded'];
      const draft: Draft = compact({
        id: item.guid ?? item.about ?? url ?? (title && publishedAt && `${publishedAt} ${title}`),
        url,
        lang: item['dc:language'] ?? head.value?.language,
        title,
        summary: item.description && (htmlToText(item.description) || undefined),
        publishedAt,
        category: item.category?.[0] ? { name: titleText(item.category[0]) } : undefined,
        source: item.source ?? (item['dc:creator']?.join(', ') || authorName(item.author)),
        media: pictures.video ? ('video' as const) : undefined,
        image: pictures.image,
        body: body && encoded && baseOf(encoded) !== ctx.url ? rebaseHtml(body, baseOf(encoded)) : body,
        tags: item.category?.map((name) => ({ name: titleText(name) })),
        photos: pictures.photos,
      });
      list.add(path, draft);
    });
    return {
      kind: 'feed',
      data: compact({
        title: head.value?.title && titleText(head.value.title),
        url: head.value?.link,
        next: head.value?.next,
        items: list.items,
      }),
      warnings,
    };
  });
}

/** RSS's `author` is an e-mail address, often with the name in parentheses: the name, never the address. */
function authorName(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const named = /\(([^)]+)\)\s*$/.exec(author);
  if (named) return named[1]!.trim();
  return /^\S+@\S+$/.test(author) ? undefined : author;
}
