// Reading data on the server as the elements read it: the format detected (or given), the format
// readers into the native format (an XML DOM from @xmldom/xmldom for RSS and Atom), one item picked from a
// feed for the elements that show one, and the element's zod schema. What comes out is validated native
// data, with absolute http(s) URLs only.
import { DOMParser } from '@xmldom/xmldom';
import { NewsError } from '../data/errors.js';
import { detectFormat } from '../data/formats/detect.js';
import type { Format } from '../data/formats/detect.js';
import { pickItem, toNative } from '../data/formats/readers.js';
import { parseArticle } from '../data/schemas/article.js';
import type { Article } from '../data/schemas/article.js';
import { parseFeed } from '../data/schemas/feed.js';
import type { Feed, Validated } from '../data/schemas/feed.js';
import { parsePhotos } from '../data/schemas/photos.js';
import type { Photos } from '../data/schemas/photos.js';
import { parseTags } from '../data/schemas/tags.js';
import type { Tags } from '../data/schemas/tags.js';

export const ELEMENTS = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'] as const;
export type ElementName = (typeof ELEMENTS)[number];

/** The validated data each element shows. */
export interface DataOf {
  'latest-news': Feed;
  'news-article': Article;
  'tag-list': Tags;
  'photo-gallery': Photos;
}

export interface ReadOptions {
  /** The URL the data came from: relative URLs in it resolve against this (default: none, so they drop). */
  url?: string;
  /** `auto` (default) or a format. */
  format?: Format | 'auto';
  /** The response's content type, when known: it helps `auto`. */
  contentType?: string | null;
  /** For an element that shows one item of a feed: the item's id or url (default: the newest). */
  item?: string | null;
}

export interface Reading<T> extends Validated<T> {
  format: Format;
}

/**
 * An XML DOM for Node (the renderer's and `news-widgets check`'s): a document that is not well-formed is an
 * error, never a partial document.
 */
export function parseXml(text: string): Document {
  let problem: string | undefined;
  try {
    return new DOMParser({
      onError(level, message) {
        if (level === 'warning') return;
        problem ??= message;
        throw new Error(message);
      },
    }).parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    // The reason alone: toNative() says it as a NewsError ("The response is not well-formed XML (…)").
    throw new Error(problem ?? (error as Error).message);
  }
}

/**
 * Reads `input` (a response's text, or JSON already parsed) for `element`. Throws a `NewsError` with what
 * the element would show as its error; `warnings` lists the entries left out.
 */
export function readFor<E extends ElementName>(
  element: E,
  input: unknown,
  { url, format = 'auto', contentType = null, item = null }: ReadOptions = {},
): Reading<DataOf[E]> {
  const detected = format === 'auto' ? detectFormat({ contentType, body: input }) : format;
  if (!detected)
    throw new NewsError(
      'invalid',
      'The data is not in a format the widgets read (native JSON, JSON Feed, WordPress, RSS or Atom).',
    );
  let data = input;
  const warnings: string[] = [];
  let kind = 'feed';
  if (detected === 'native') {
    if (typeof input === 'string') {
      try {
        data = JSON.parse(input);
      } catch {
        throw new NewsError('not-json', 'Expected JSON, but the text does not parse as JSON.');
      }
    }
  } else {
    const reading = toNative(detected, input, { url: url ?? '', parseXml });
    ({ kind, data } = reading);
    warnings.push(...reading.warnings);
  }
  if (element !== 'latest-news' && kind === 'feed' && detected !== 'native') {
    data = pickItem(data, item);
    if (!data) throw new NewsError('invalid', 'The feed has no items to show.');
  }
  const parse = {
    'latest-news': parseFeed,
    'news-article': parseArticle,
    'tag-list': parseTags,
    'photo-gallery': parsePhotos,
  }[element] as (data: unknown, base?: string) => Validated<DataOf[E]>;
  const validated = parse(data, url);
  warnings.push(...validated.warnings);
  const value = validated.value as Partial<Feed & Tags & Photos>;
  const empty = {
    'latest-news': () => value.items!.length === 0,
    'news-article': () => false,
    'tag-list': () => value.tags!.length === 0,
    'photo-gallery': () => value.photos!.length === 0,
  }[element]();
  // As the elements do: nothing valid at all is data of the wrong shape, not an empty list.
  if (empty && warnings.length) throw new NewsError('invalid', `Every entry was invalid: ${warnings[0]}`);
  return { value: validated.value, warnings, format: detected };
}
