// The Article of the wire format: a feed item plus its body (HTML, sanitised at render time, never
// here), tags, photos and the same story in other languages. A bad tag, photo or translation is left
// out and reported; a missing id, title or publishedAt is an error.
import { NewsError } from '../errors.js';
import { check, object } from './check.js';
import { parseWithBase, requiredText, url } from './common.js';
import type { Tag } from './common.js';
import { feedItem, isRecord, validateList } from './feed.js';
import type { FeedItem, Validated } from './feed.js';
import { validatePhotos } from './photos.js';
import type { Photo } from './photos.js';
import { validateTags } from './tags.js';

/** The same story in another language. */
export interface Translation {
  lang: string;
  title: string;
  url?: string;
}

export const translation = object<Translation>({ lang: requiredText, title: requiredText, url });

/** One article after validation. `body` is the publisher's HTML as sent: render it only sanitised. */
export interface Article extends FeedItem {
  body?: string;
  tags: Tag[];
  photos: Photo[];
  translations: Translation[];
}

const array = (value: unknown) => (Array.isArray(value) ? value : []);

/** Validates article JSON fetched from `base`. Throws a `NewsError` of kind `invalid` if it is unusable. */
export function parseArticle(data: unknown, base?: string): Validated<Article> {
  return parseWithBase(base, () => {
    if (!isRecord(data)) {
      throw new NewsError(
        'invalid',
        `Expected an article object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}.`,
      );
    }
    const result = check(feedItem, data);
    if (result.issues.length) throw new NewsError('invalid', result.issues.join('; '));
    const warnings: string[] = [];
    const list = (key: string) => {
      if (data[key] != null && !Array.isArray(data[key])) warnings.push(`${key}: expected an array`);
      return array(data[key]);
    };
    const body = typeof data.body === 'string' && data.body.trim() ? data.body : undefined;
    if (data.body != null && typeof data.body !== 'string') warnings.push('body: expected HTML text');
    return {
      value: {
        ...result.value,
        body,
        tags: validateTags(list('tags'), warnings),
        photos: validatePhotos(list('photos'), warnings),
        translations: validateList(list('translations'), translation, 'translations', warnings),
      },
      warnings,
    };
  });
}
