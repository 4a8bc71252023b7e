// Photos of the wire format: `{ title?, photos: [...] }`, a bare array of photos, or an article (its
// `photos`; an article without photos is an empty gallery). A photo whose only URL is unsafe or missing
// is left out and reported; the rest render.
import type { output } from 'zod/mini';
import { dimension, link, parseWithBase, record, srcset, text } from './common.js';
import { containerFields, listIn, validateList } from './feed.js';
import type { Validated } from './feed.js';
import { isRecord, own } from './validate.js';

/** One photo: `src` is an absolute http(s) URL; `alt` and `caption` stay apart. */
export const photo = record({
  src: link,
  srcset,
  sizes: text,
  width: dimension,
  height: dimension,
  alt: text,
  caption: text,
  credit: text,
});
export type Photo = output<typeof photo>;

/** A gallery's own field: its heading. */
export const photosFields = record({ title: text });

/** A validated set of photos. */
export type Photos = output<typeof photosFields> & { photos: Photo[] };

/** Validates a photos list (already extracted from its container) against the URL base in force. */
export const validatePhotos = (list: readonly unknown[], warnings: string[], name = 'photos'): Photo[] =>
  validateList(list, photo, name, warnings);

/** Whether `data` is an article (it has a publication date): its title is its headline, not a heading. */
export const isArticle = (data: unknown): boolean => isRecord(data) && own(data, 'publishedAt') !== undefined;

/** The list under `key`, or none for an article that has none. */
export const listOrNone = (data: unknown, key: string, noun: string, container: string): unknown[] =>
  isArticle(data) && own(data, key) == null ? [] : listIn(data, key, noun, container);

/** Validates gallery JSON fetched from `base`: `{ title?, photos }`, a bare array, or an article. */
export function parsePhotos(data: unknown, base?: string): Validated<Photos> {
  return parseWithBase(base, () => {
    const list = listOrNone(data, 'photos', 'photos', 'a gallery object');
    const warnings: string[] = [];
    const fields = isArticle(data) ? {} : containerFields(photosFields, data, warnings);
    return { value: { title: undefined, ...fields, photos: validatePhotos(list, warnings) }, warnings };
  });
}
