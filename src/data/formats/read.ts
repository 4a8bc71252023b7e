// What an element's `format` does with a response that is not plainly native: the entry of the lazily
// loaded readers file (./load.ts imports it; the classic CDN file loads it as a sibling file). It
// recognises the format (`auto`), reads the source into the native format and, for an element that shows
// one item (<news-article>, <tag-list>, <photo-gallery>), picks that item from a feed. The element's
// native parser then validates the result like any native response.
import { NewsError } from '../errors.js';
import { FORMATS, detectFormat } from './detect.js';
import type { Format } from './detect.js';
import { pickItem } from './pick.js';
import { toNative } from './readers.js';

/** A response (or an element's `data`) to read. */
export interface Source {
  /** The element's format: a format, `auto`, or anything else a page wrote into the attribute. */
  format: string;
  /** Parsed JSON, or text (XML, or JSON given as text). */
  body: unknown;
  /** The URL the response came from (relative links resolve against it); without one, the page's. */
  url?: string;
  /** The response's headers: its content type, and WordPress's paging. */
  headers?: { get(name: string): string | null };
}

/**
 * `source` as native JSON for the element's parser, with the warnings of the reading. `item` is the `item`
 * attribute of an element that shows one item of a feed (`null` without one: the newest), or `false` for
 * an element that shows a feed. Throws a `NewsError`: `invalid` for a response in no format the widgets
 * read or of the wrong shape for its format, `not-json` for JSON that does not parse; as `Error`, the
 * caller's NewsError class, when it is not this module's.
 */
export function readSource(
  source: Source,
  item: string | null | false,
  Error: typeof NewsError = NewsError,
): { data: unknown; warnings: string[] } {
  try {
    return read(source, item);
  } catch (error) {
    // The CDN files load this module as a file of its own, with its own NewsError class: its errors are
    // re-made as the caller's, so that their kind survives the caller's `instanceof`.
    const { kind, message, status, url } = error as NewsError;
    throw error instanceof NewsError && Error !== NewsError ? new Error(kind, message, status, url) : error;
  }
}

function read(
  { format: wanted, body, url = document.baseURI, headers }: Source,
  item: string | null | false,
): { data: unknown; warnings: string[] } {
  const type = headers?.get('content-type') ?? undefined;
  const name = wanted.trim().toLowerCase();
  if (!FORMATS.includes(name as Format)) {
    throw new NewsError('invalid', `format="${wanted}" is not one of ${FORMATS.join(', ')}.`, undefined, url);
  }
  const format = name === 'auto' ? detectFormat({ contentType: type, body }) : (name as Format);
  const sent = type?.split(';')[0]?.trim();
  if (!format) {
    throw new NewsError(
      'invalid',
      `The response is not in a format the widgets read (native JSON, JSON Feed, WordPress, RSS or Atom)${sent ? `: the server sent ${sent}` : ''}.`,
      undefined,
      url,
    );
  }
  if (format === 'native') {
    if (typeof body !== 'string') return { data: body, warnings: [] };
    try {
      return { data: JSON.parse(body), warnings: [] };
    } catch {
      throw new NewsError('not-json', `Expected JSON but the server sent ${sent || 'text'}.`, undefined, url);
    }
  }
  const reading = toNative(format, body, { url, headers });
  if (item === false || reading.kind !== 'feed') return reading;
  const picked = pickItem(reading.data, item);
  if (!picked) throw new NewsError('invalid', 'The feed has no items to show.', undefined, url);
  return { data: picked, warnings: reading.warnings };
}
