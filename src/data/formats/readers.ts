// The format readers in one module: the file the elements load lazily, only when a response is not in
// the native format (the detection itself, ./detect.ts, is in the main bundle). Everything here turns a
// source into the native format's JSON; the native parsers then validate it like any other response.
//
//   const format = detectFormat({ contentType, body });          // or the element's `format`
//   const { kind, data, warnings } = toNative(format, body, { url, headers });
//   parseFeed(data, url)  /  parseArticle(pickItem(data, item), url)  /  parseTags(...)
import { NewsError } from '../errors.js';
import type { Format } from './detect.js';
import { readAtom } from './atom.js';
import { readJsonFeed } from './jsonfeed.js';
import type { ReadContext, Reading } from './native.js';
import { readRss } from './rss.js';
import { readWordPress } from './wordpress.js';
import { parseXml } from './xml.js';
import type { XmlParser } from './xml.js';

export { readAtom } from './atom.js';
export { readJsonFeed } from './jsonfeed.js';
export { readRss } from './rss.js';
export { readWordPress, nextPage } from './wordpress.js';
export { pickItem } from './pick.js';
export { parseXml } from './xml.js';
export { readDate } from './dates.js';
export type { XmlParser } from './xml.js';
export type {
  NativeFeed,
  NativeImage,
  NativeItem,
  NativePhoto,
  NativeTag,
  NativeTags,
  ReadContext,
  Reading,
} from './native.js';

/** Where to read from, and for XML text outside the browser, the parser to use (a Node XML DOM). */
export interface ToNativeContext extends ReadContext {
  parseXml?: XmlParser;
}

const isDocument = (body: unknown): body is Document =>
  typeof body === 'object' &&
  body !== null &&
  (body as Node).nodeType === 9 &&
  !Object.hasOwn(body, 'nodeType');

/**
 * Reads `body` in `format` into the native format. `body` is the response as text, or already parsed:
 * JSON for `jsonfeed` and `wordpress`, an XML Document for `rss` and `atom`. Throws a `NewsError` of kind
 * `not-json` for JSON that does not parse, `invalid` for XML that does not, or for a source of the wrong
 * shape.
 */
export function toNative(format: Exclude<Format, 'native'>, body: unknown, ctx: ToNativeContext): Reading {
  try {
    return read(format, body, ctx);
  } catch (error) {
    if (error instanceof NewsError) throw error;
    // Data that cannot be read (a getter that throws, a revoked Proxy, a DOM that is not one) is not usable.
    throw new NewsError(
      'invalid',
      `The ${format} response could not be read (${String((error as Error)?.message ?? error)}).`,
    );
  }
}

function read(format: Exclude<Format, 'native'>, body: unknown, ctx: ToNativeContext): Reading {
  if (format === 'rss' || format === 'atom') {
    let doc: Document;
    if (isDocument(body)) doc = body;
    else if (typeof body === 'string') doc = parseXml(body.replace(/^\ufeff/, ''), ctx.parseXml);
    else throw new NewsError('invalid', `Expected an ${format === 'rss' ? 'RSS' : 'Atom'} document.`);
    return format === 'rss' ? readRss(doc, ctx) : readAtom(doc, ctx);
  }
  let json = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new NewsError('not-json', `The response is not valid JSON (${(error as Error).message}).`);
    }
  }
  return format === 'jsonfeed' ? readJsonFeed(json, ctx) : readWordPress(json, ctx);
}
