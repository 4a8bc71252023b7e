// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the native feed. The source is a zod
// schema below; it is applied with the native format's own glue (own properties only, optional fields
// that fail left out with a note), one item at a time, so one bad item never sinks the feed.
//
//   title → title            home_page_url → url           next_url → next
//   items[].id → id          url → url (external_url when there is no url)
//   title → title (text: references decoded once; a title-less post takes the start of its text)
//   summary → summary (text)  content_html → body (content_text as paragraphs when there is no HTML)
//   date_published → publishedAt (date_modified when there is none), date_modified → updatedAt
//   image → image, and banner_image; both → photos     tags → tags
//   authors / author (1.1 / 1.0; the item's, else the feed's) → source     language → lang
//   an attachment of type video/* → media "video"
import { array, number, object, optional, pipe, regex, string, transform, union, unknown } from 'zod/mini';
import type { output } from 'zod/mini';
import { NewsError } from '../errors.js';
import { parseWithBase } from '../schemas/common.js';
import { at, check, isRecord, kindOf, own } from '../schemas/validate.js';
import { ItemList, compact, itemDate, optionalDate, titleFromText } from './native.js';
import type { Draft, NativeFeed, ReadContext, Reading } from './native.js';
import { htmlToText, textToHtml, titleText } from './text.js';

/** Text, or nothing when blank. */
const text = optional(
  pipe(
    string(),
    transform((value: string) => value.trim() || undefined),
  ),
);

const author = object({ name: text, url: text });

/** Tags are strings; anything else in the list is dropped. */
const tags = optional(
  pipe(
    array(unknown()),
    transform((list: unknown[]) =>
      list.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '').map((t) => t.trim()),
    ),
  ),
);

/** `authors` (1.1) or `author` (1.0): the names, joined. */
const authorsOf = (authors: unknown, one: unknown): string | undefined => {
  const names = (Array.isArray(authors) ? authors : [one])
    .map((entry) => check(author, entry).value?.name)
    .filter(Boolean);
  return names.join(', ') || undefined;
};

/** One JSON Feed item, as the spec has it. */
export const jsonFeedItem = object({
  id: optional(union([string(), number()])),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  tags,
  language: text,
  authors: optional(array(unknown())),
  author: optional(unknown()),
  attachments: optional(array(unknown())),
});
export type JsonFeedItem = output<typeof jsonFeedItem>;

/** A JSON Feed: `version` says which; the items are checked one by one. */
export const jsonFeed = object({
  // Some publishers write http: (Pixel Envy's feed does): the same version.
  version: string().check(
    regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/, 'expected a JSON Feed version URL'),
  ),
  title: text,
  home_page_url: text,
  feed_url: text,
  next_url: text,
  language: text,
  authors: optional(array(unknown())),
  author: optional(unknown()),
  items: array(unknown()),
});

/** Reads a JSON Feed (parsed JSON) fetched from `ctx.url` into the native feed. */
export function readJsonFeed(json: unknown, ctx: ReadContext): Reading {
  return parseWithBase(ctx.url, () => {
    if (!isRecord(json)) throw new NewsError('invalid', `Expected a JSON Feed object, got ${kindOf(json)}.`);
    const feed = check(jsonFeed, json);
    if (!feed.value) throw new NewsError('invalid', feed.issues.join('; '));
    const warnings = feed.notes;
    const source = feed.value;
    const feedAuthor = authorsOf(own(json, 'authors'), own(json, 'author'));
    const list = new ItemList(warnings);
    const items = own(json, 'items') as unknown[];
    items.forEach((entry, index) => {
      const path = at('items', index);
      const result = check(jsonFeedItem, entry, path);
      warnings.push(...result.issues, ...result.notes);
      if (!result.value) return;
      list.add(path, draft(result.value, path, warnings, source.language, feedAuthor));
    });
    const data: NativeFeed = compact({
      title: source.title && titleText(source.title),
      url: source.home_page_url,
      next: source.next_url,
      items: list.items,
    });
    return { kind: 'feed', data, warnings };
  });
}

function draft(
  item: JsonFeedItem,
  path: string,
  warnings: string[],
  feedLanguage: string | undefined,
  feedAuthor: string | undefined,
): Draft {
  const body = item.content_html ?? (item.content_text && textToHtml(item.content_text));
  const publishedAt = itemDate(
    path,
    [
      ['date_published', item.date_published],
      ['date_modified', item.date_modified],
    ],
    warnings,
  );
  const images = [item.image, item.banner_image].filter((src): src is string => !!src);
  const video = (item.attachments ?? []).some((attachment) => {
    const type = own(attachment, 'mime_type');
    return typeof type === 'string' && /^video\//i.test(type);
  });
  return compact({
    id: item.id === undefined ? item.url : String(item.id),
    url: item.url ?? item.external_url,
    lang: item.language ?? feedLanguage,
    title: item.title ? titleText(item.title) : titleFromText(item.summary ?? body),
    summary: item.summary && htmlToText(item.summary),
    publishedAt,
    updatedAt:
      item.date_published && publishedAt
        ? optionalDate(path, 'date_modified', item.date_modified, warnings)
        : undefined,
    source: authorsOf(item.authors, item.author) ?? feedAuthor,
    media: video ? ('video' as const) : undefined,
    image: images[0] ? { src: images[0] } : undefined,
    body,
    tags: item.tags?.map((name) => ({ name })),
    photos: images.length ? [...new Set(images)].map((src) => ({ src })) : undefined,
  });
}
