// Photos of the wire format: `{ title?, photos: [...] }`, a bare array of photos, or an article (its
// `photos`). A photo whose only URL is unsafe or missing is left out and reported; the rest render.
import { object, own, report } from './check.js';
import type { Field } from './check.js';
import { dimension, parseWithBase, srcset, text, url } from './common.js';
import { listIn, looseText, validateList } from './feed.js';
import type { Validated } from './feed.js';

/** One photo after validation: `src` is an absolute http(s) URL; `alt` and `caption` stay apart. */
export interface Photo {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
  credit?: string;
}

const fields = object<Partial<Photo>>({
  src: url,
  srcset,
  sizes: text,
  width: dimension,
  height: dimension,
  alt: text,
  caption: text,
  credit: text,
});

export const photo: Field<Photo> = (value, path, found) => {
  const kept = fields(value, path, found);
  if (kept && !kept.src) report(found.issues, `${path}.src`, 'expected an http(s) URL');
  return kept as Photo;
};

/** A validated set of photos. */
export interface Photos {
  title?: string;
  photos: Photo[];
}

/** Validates a photos list (already extracted from its container) against the URL base in force. */
export const validatePhotos = (list: readonly unknown[], warnings: string[], name = 'photos'): Photo[] =>
  validateList(list, photo, name, warnings);

/** Validates gallery JSON fetched from `base`: `{ title?, photos }`, a bare array, or an article. */
export function parsePhotos(data: unknown, base?: string): Validated<Photos> {
  return parseWithBase(base, () => {
    const list = listIn(data, 'photos', 'photos', 'a gallery object');
    const warnings: string[] = [];
    const photos = validatePhotos(list, warnings);
    const title = looseText(own(data, 'title'));
    return { value: { title, photos }, warnings };
  });
}
