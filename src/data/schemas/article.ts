// The Article of the wire format: a feed item plus its body (HTML, sanitised at render time, never
// here), tags, photos and the same story in other languages. A bad tag, photo or translation is left
// out and reported; a missing id, title or publishedAt is an error.
import { NewsError } from '../errors.js';
import { check, isRecord, object, own } from './check.js';
import { parseWithBase, requiredText, url } from './common.js';
import type { Tag } from './common.js';
import { feedItem, validateList } from './feed.js';
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
    const warnings = result.notes;
    const list = (key: string) => {
      const value = own(data, key);
      if (value != null && !Array.isArray(value)) warnings.push(`${key}: expected an array (left out)`);
      return array(value);
    };
    const raw = own(data, 'body');
    const body = typeof raw === 'string' && raw.trim() ? raw : undefined;
    if (raw != null && typeof raw !== 'string') warnings.push('body: expected HTML text (left out)');
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
