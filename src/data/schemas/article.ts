// The Article of the wire format: a feed item plus its body (HTML, sanitised at render time, never
// here), tags, photos and the same story in other languages. A bad tag, photo or translation is left
// out and reported; a missing id, title or publishedAt is an error.
import { optional, string } from 'zod/mini';
import type { output } from 'zod/mini';
import { NewsError } from '../errors.js';
import { parseWithBase, record, requiredText, url } from './common.js';
import type { Tag } from './common.js';
import { itemFields, validateList } from './feed.js';
import type { Validated } from './feed.js';
import { validatePhotos } from './photos.js';
import type { Photo } from './photos.js';
import { validateTags } from './tags.js';
import { check, isRecord, kindOf, own } from './validate.js';

/** The same story in another language. */
export const translation = record({ lang: requiredText, title: requiredText, url });
export type Translation = output<typeof translation>;

/** An article's own fields, without its lists: those are validated entry by entry. */
export const articleFields = record({ ...itemFields, body: optional(string()) });

/** One article after validation. `body` is the publisher's HTML as sent: render it only sanitised. */
export type Article = output<typeof articleFields> & {
  tags: Tag[];
  photos: Photo[];
  translations: Translation[];
};

/** Validates article JSON fetched from `base`. Throws a `NewsError` of kind `invalid` if it is unusable. */
export function parseArticle(data: unknown, base?: string): Validated<Article> {
  return parseWithBase(base, () => {
    if (!isRecord(data)) throw new NewsError('invalid', `Expected an article object, got ${kindOf(data)}.`);
    const result = check(articleFields, data);
    if (!result.value) throw new NewsError('invalid', result.issues.join('; '));
    const warnings = result.notes;
    const list = (key: string) => {
      const value = own(data, key);
      if (value == null) return [];
      if (Array.isArray(value)) return value;
      warnings.push(`${key}: expected an array, got ${kindOf(value)} (left out)`);
      return [];
    };
    const article = result.value;
    if (!article.body?.trim()) article.body = undefined;
    return {
      value: {
        ...article,
        tags: validateTags(list('tags'), warnings),
        photos: validatePhotos(list('photos'), warnings),
        translations: validateList(list('translations'), translation, 'translations', warnings),
      },
      warnings,
    };
  });
}
