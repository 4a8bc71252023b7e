// The WordPress REST API v2 into the native format: `/wp-json/wp/v2/posts?_embed` (an array of posts) as
// a feed, `/wp-json/wp/v2/posts/<id>?_embed` (one post) as an article, `/wp-json/wp/v2/tags` (an array
// of terms) as tags. The source is the zod schemas below, applied with the native format's own glue.
//
//   id → id     link → url     title.rendered → title (HTML: text, references decoded once)
//   date_gmt → publishedAt (it has no offset: it is UTC)     modified_gmt → updatedAt
//   excerpt.rendered → summary (text)     content.rendered → body
//   _embedded["wp:featuredmedia"][0] → image and photos[0]: source_url → src, media_details.sizes →
//     srcset (the sizes of the same shape, by width: a cropped square thumbnail is not the same picture),
//     media_details.width / height, alt_text → alt, caption.rendered → caption (text)
//   _embedded["wp:term"]: the first category → category (name, link); post tags → tags (name, link)
//   _embedded.author[0].name → source     format "video" → media "video", "gallery" / "image" → "photo"
//   tags: name → name (text), link → url, count → count
//   paging: the `Link: <...>; rel="next"` header, else `X-WP-TotalPages` and the URL's `page` → next
//   the feed's url ("All news") is the site's home: the URL up to `/wp-json/`
import { boolean, number, object, optional, pipe, record, string, transform, union, unknown } from 'zod/mini';
import type { output } from 'zod/mini';
import { NewsError } from '../errors.js';
import { parseWithBase } from '../schemas/common.js';
import { at, check, isRecord, kindOf, own } from '../schemas/validate.js';
import { asUtc } from './dates.js';
import { ItemList, compact, itemDate, join, optionalDate } from './native.js';
import type { Draft, NativeImage, NativeItem, NativeTag, ReadContext, Reading } from './native.js';
import { htmlToText, titleText } from './text.js';

const text = optional(
  pipe(
    string(),
    transform((value: string) => value.trim() || undefined),
  ),
);
const rendered = optional(object({ rendered: string(), protected: optional(boolean()) }));
const pixels = optional(number());

/** One post, as `/wp/v2/posts` serves it (with `_embed`, its author, featured image and terms). */
export const wpPost = object({
  id: union([number(), string()]),
  date_gmt: text,
  modified_gmt: text,
  link: text,
  title: rendered,
  excerpt: rendered,
  content: rendered,
  format: text,
  _embedded: optional(unknown()),
});
export type WpPost = output<typeof wpPost>;

/** An attachment, as `_embedded["wp:featuredmedia"]` holds it. */
export const wpMedia = object({
  source_url: string(),
  alt_text: text,
  caption: rendered,
  media_details: optional(
    object({
      width: pixels,
      height: pixels,
      sizes: optional(record(string(), object({ source_url: string(), width: number(), height: number() }))),
    }),
  ),
});

/** A term: a category or a tag, in `_embedded["wp:term"]` or from `/wp/v2/tags`. */
export const wpTerm = object({ name: string(), link: text, taxonomy: text, count: optional(number()) });

/** An author, in `_embedded.author`. */
export const wpAuthor = object({ name: text });

/** Whether `data` is a WordPress error (`{ code, message, data: { status } }`). */
const wpError = (data: unknown): string | undefined => {
  const code = own(data, 'code');
  const message = own(data, 'message');
  return typeof code === 'string' && typeof message === 'string'
    ? `WordPress answered "${htmlToText(message)}" (${code}).`
    : undefined;
};

/** Reads a WordPress REST API v2 response (parsed JSON) fetched from `ctx.url`. */
export function readWordPress(json: unknown, ctx: ReadContext): Reading {
  return parseWithBase(ctx.url, () => {
    const error = wpError(json);
    if (error) throw new NewsError('invalid', error);
    if (isRecord(json)) {
      if (own(json, 'taxonomy') !== undefined) return readTerms([json]);
      const warnings: string[] = [];
      const post = check(wpPost, json);
      if (!post.value) throw new NewsError('invalid', post.issues.join('; '));
      warnings.push(...post.notes);
      const article = draft(post.value, '', warnings);
      if (!article.publishedAt) throw new NewsError('invalid', warnings[warnings.length - 1]!);
      if (!article.title) throw new NewsError('invalid', 'title.rendered: is required');
      return { kind: 'article', data: article as NativeItem, warnings };
    }
    if (!Array.isArray(json))
      throw new NewsError('invalid', `Expected WordPress posts, one post or tags, got ${kindOf(json)}.`);
    if (json.length && json.every((entry) => own(entry, 'taxonomy') !== undefined)) return readTerms(json);
    const warnings: string[] = [];
    const list = new ItemList(warnings);
    json.forEach((entry, index) => {
      const path = at('items', index);
      const post = check(wpPost, entry, path);
      warnings.push(...post.issues, ...post.notes);
      if (post.value) list.add(path, draft(post.value, path, warnings));
    });
    const home = ctx.url.indexOf('/wp-json/');
    return {
      kind: 'feed',
      data: compact({
        url: home > 0 ? ctx.url.slice(0, home + 1) : undefined,
        next: nextPage(ctx),
        items: list.items,
      }),
      warnings,
    };
  });
}

/** Terms (`/wp/v2/tags`, `/wp/v2/categories`) as native tags. */
function readTerms(json: readonly unknown[]): Reading {
  const warnings: string[] = [];
  const tags: NativeTag[] = [];
  json.forEach((entry, index) => {
    const term = check(wpTerm, entry, at('tags', index));
    warnings.push(...term.issues, ...term.notes);
    const name = term.value && titleText(term.value.name);
    if (!term.value) return;
    if (!name) warnings.push(`${at('tags', index)}.name: expected text, got an empty string`);
    else tags.push(compact({ name, url: term.value.link, count: term.value.count }));
  });
  return { kind: 'tags', data: { tags }, warnings };
}

/** The next page: the `Link` header's `rel="next"`, else `X-WP-TotalPages` against the URL's `page`. */
export function nextPage(ctx: ReadContext): string | undefined {
  const header = ctx.headers?.get('link');
  for (const part of header?.split(/,(?=\s*<)/) ?? []) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]!);
    if (rel && (rel[1] ?? rel[2])!.toLowerCase().split(/\s+/).includes('next')) {
      try {
        return new URL(match[1]!.trim(), ctx.url).href;
      } catch {
        return undefined;
      }
    }
  }
  const total = Number(ctx.headers?.get('x-wp-totalpages'));
  if (!Number.isInteger(total) || total < 2) return undefined;
  try {
    const url = new URL(ctx.url);
    const page = Number(url.searchParams.get('page') || 1);
    if (!Number.isInteger(page) || page < 1 || page >= total) return undefined;
    url.searchParams.set('page', String(page + 1));
    return url.href;
  } catch {
    return undefined;
  }
}

/** The entries of an `_embedded` list, e.g. `_embedded["wp:featuredmedia"]`. */
const embedded = (post: WpPost, key: string): unknown[] => {
  const list = own(post._embedded, key);
  return Array.isArray(list) ? list : [];
};

function draft(post: WpPost, path: string, warnings: string[]): Draft {
  const here = (name: string) => join(path, name);
  const publishedAt = itemDate(path, [['date_gmt', post.date_gmt && asUtc(post.date_gmt)]], warnings);
  const photo = featured(post, here('_embedded.wp:featuredmedia[0]'), warnings);
  const terms: { name: string; url?: string; taxonomy?: string }[] = [];
  embedded(post, 'wp:term').forEach((group, i) => {
    if (!Array.isArray(group)) return;
    group.forEach((entry, j) => {
      const term = check(wpTerm, entry, `${here('_embedded.wp:term')}[${i}][${j}]`);
      warnings.push(...term.issues, ...term.notes);
      const name = term.value && titleText(term.value.name);
      if (name) terms.push(compact({ name, url: term.value!.link, taxonomy: term.value!.taxonomy }));
    });
  });
  const category = terms.find((term) => term.taxonomy === 'category');
  const tags = terms
    .filter((term) => term.taxonomy === 'post_tag')
    .map(({ name, url }) => compact({ name, url }));
  const author = check(wpAuthor, embedded(post, 'author')[0]).value?.name;
  const body = post.content?.rendered.trim();
  return compact({
    id: String(post.id),
    url: post.link,
    title: post.title && titleText(post.title.rendered),
    summary: (post.excerpt && htmlToText(post.excerpt.rendered)) || undefined,
    publishedAt,
    updatedAt: optionalDate(path, 'modified_gmt', post.modified_gmt && asUtc(post.modified_gmt), warnings),
    category: category && compact({ name: category.name, url: category.url }),
    source: author,
    media:
      post.format === 'video'
        ? ('video' as const)
        : post.format === 'gallery' || post.format === 'image'
          ? ('photo' as const)
          : undefined,
    image:
      photo &&
      compact({
        src: photo.src,
        srcset: photo.srcset,
        alt: photo.alt,
        width: photo.width,
        height: photo.height,
      }),
    body: body || undefined,
    tags,
    photos: photo ? [photo] : [],
  });
}

/** The post's featured image, with its sizes as a srcset. */
function featured(post: WpPost, path: string, warnings: string[]) {
  const entry = embedded(post, 'wp:featuredmedia')[0];
  if (entry === undefined) return undefined;
  const error = wpError(entry);
  if (error) {
    warnings.push(`${path}: ${error} (left out)`);
    return undefined;
  }
  const media = check(wpMedia, entry, path);
  warnings.push(...media.issues.map((issue) => `${issue} (left out)`), ...media.notes);
  if (!media.value) return undefined;
  const { source_url: src, alt_text: alt, caption, media_details: details } = media.value;
  const width = details?.width && details.width > 0 ? details.width : undefined;
  const height = details?.height && details.height > 0 ? details.height : undefined;
  return compact({
    src,
    srcset: srcsetOf(src, width, height, details?.sizes),
    width,
    height,
    alt,
    caption: (caption && htmlToText(caption.rendered)) || undefined,
  }) as NativeImage & { caption?: string };
}

/**
 * A srcset of the sizes WordPress made that show the same picture as the original: those within 2% of
 * its shape (the square `thumbnail` is a crop), one per width, smallest first.
 */
function srcsetOf(
  src: string,
  width: number | undefined,
  height: number | undefined,
  sizes: Record<string, { source_url: string; width: number; height: number }> | undefined,
): string | undefined {
  if (!sizes) return undefined;
  const ratio = width && height ? width / height : undefined;
  const byWidth = new Map<number, string>();
  for (const size of Object.values(sizes)) {
    if (!(size.width > 0 && size.height > 0)) continue;
    if (ratio && Math.abs(size.width / size.height / ratio - 1) > 0.02) continue;
    if (!byWidth.has(size.width)) byWidth.set(size.width, size.source_url);
  }
  if (width && !byWidth.has(width)) byWidth.set(width, src);
  if (byWidth.size < 2) return undefined;
  return [...byWidth]
    .sort(([a], [b]) => a - b)
    .map(([w, url]) => `${url} ${w}w`)
    .join(', ');
}
