// `news-widgets check <url|file>`: reads an endpoint as an element would (the request layer, format
// detection, the format readers, the native zod schemas) and says what the element would show, every
// problem with its path, and for a URL what partners need from the server (CORS, caching, type, size).
import { pathToFileURL } from 'node:url';
import { resolve as resolvePath } from 'node:path';
import { NewsError } from '../data/errors.js';
import { requestJson } from '../data/request.js';
import { detectFormat } from '../data/formats/detect.js';
import type { Format } from '../data/formats/detect.js';
import { pickItem, toNative } from '../data/formats/readers.js';
import { parseFeed } from '../data/schemas/feed.js';
import type { Validated } from '../data/schemas/feed.js';
import { parseArticle } from '../data/schemas/article.js';
import { parseTags } from '../data/schemas/tags.js';
import { parsePhotos } from '../data/schemas/photos.js';
import type { Photo } from '../data/schemas/photos.js';
import { parseXml } from '../server/read.js';
import { PARTNER_ORIGIN, withCommandFetch } from './source.js';
import type { Answer } from './source.js';

export const ELEMENTS = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'] as const;
export type ElementName = (typeof ELEMENTS)[number];

/** The element that shows each kind of document, when `--element` is not given. */
const ELEMENT_OF = {
  feed: 'latest-news',
  article: 'news-article',
  tags: 'tag-list',
  photos: 'photo-gallery',
} as const satisfies Record<string, ElementName>;
type Kind = keyof typeof ELEMENT_OF;

export interface CheckOptions {
  /** A http(s) URL, a file: URL or a file path. */
  target: string;
  element?: ElementName;
  /** `auto` or a format. */
  format: Format | 'auto';
  /** For an element that shows one item of a feed: the item's id or url. */
  item?: string;
}

export interface Headline {
  title: string;
  publishedAt: string;
  url?: string;
}

export interface ServerFacts {
  url: string;
  status: number;
  contentType: string | null;
  /** Bytes of the body (as declared, or as read when the server declared none). */
  bytes: number;
  ms: number;
  /** Access-Control-Allow-Origin as sent to a request with `Origin: https://partner.example`. */
  cors: { allowOrigin: string | null; exposeHeaders: string | null; ok: boolean };
  caching: { cacheControl: string | null; etag: string | null; lastModified: string | null };
  /** What partners will miss, in plain words. */
  problems: string[];
}

export interface Report {
  ok: boolean;
  target: string;
  source: 'url' | 'file';
  element: ElementName | null;
  format: Format | null;
  warnings: string[];
  errors: string[];
  /** What the document is (feed, article, tags, photos). */
  kind?: Kind;
  title?: string;
  counts?: Record<string, number>;
  headlines?: Headline[];
  /** Tag names (tag-list), or photo URLs (photo-gallery): the first few. */
  names?: string[];
  /** Images that would show, with and without width and height (without: the layout shifts as they load). */
  images?: { total: number; sized: number; unsized: number };
  server?: ServerFacts;
}

const HEADLINES = 5;

/** The URL to request: http(s) as given, anything else as a file path (or a file: URL). */
export function targetUrl(target: string): { url: string; source: 'url' | 'file' } {
  if (/^https?:\/\//i.test(target)) return { url: new URL(target).href, source: 'url' };
  if (/^file:/i.test(target)) return { url: new URL(target).href, source: 'file' };
  return { url: pathToFileURL(resolvePath(target)).href, source: 'file' };
}

/** The document a native response is, by its shape (what the element for it expects). */
function nativeKind(data: unknown): Kind {
  const first = (list: unknown) =>
    Array.isArray(list) && typeof list[0] === 'object' && list[0] !== null
      ? (list[0] as Record<string, unknown>)
      : undefined;
  if (Array.isArray(data)) {
    const entry = first(data);
    if (entry && !('title' in entry) && 'src' in entry) return 'photos';
    if (entry && !('title' in entry) && 'name' in entry) return 'tags';
    return 'feed';
  }
  if (typeof data !== 'object' || data === null) return 'feed';
  if ('items' in data) return 'feed';
  if ('publishedAt' in data || 'body' in data) return 'article';
  if ('photos' in data) return 'photos';
  if ('tags' in data) return 'tags';
  return 'feed';
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : `The data could not be read: ${String(error)}`;

const sized = (images: readonly (Pick<Photo, 'width' | 'height'> | undefined)[]) => {
  const present = images.filter((image) => image !== undefined);
  const withSize = present.filter((image) => image.width && image.height).length;
  return { total: present.length, sized: withSize, unsized: present.length - withSize };
};

const textLength = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;

/** Reads `body` as the element would, filling `report`; throws what the element would show as an error. */
function read(report: Report, options: CheckOptions, body: unknown, url: string, headers: Headers): void {
  const contentType = headers.get('content-type');
  const format = options.format === 'auto' ? detectFormat({ contentType, body }) : options.format;
  if (!format) {
    const sent = contentType?.split(';')[0]?.trim();
    throw new NewsError(
      'invalid',
      `The response is not in a format the widgets read (native JSON, JSON Feed, WordPress, RSS or Atom)${sent ? `: the server sent ${sent}` : ''}.`,
    );
  }
  report.format = format;
  let data = body;
  let kind: Kind;
  const warnings: string[] = [];
  if (format === 'native') {
    if (typeof body === 'string') {
      try {
        data = JSON.parse(body);
      } catch {
        throw new NewsError('not-json', `Expected JSON but the server sent ${contentType || 'text'}.`);
      }
    }
    kind = nativeKind(data);
  } else {
    const reading = toNative(format, body, { url, headers, parseXml });
    ({ kind, data } = reading);
    warnings.push(...reading.warnings);
  }
  report.kind = kind;
  const element = options.element ?? ELEMENT_OF[kind];
  report.element = element;
  if (element !== 'latest-news' && kind === 'feed' && format !== 'native') {
    data = pickItem(data, options.item ?? null);
    if (!data) throw new NewsError('invalid', 'The feed has no items to show.');
  }
  let validated: Validated<unknown>;
  let empty: boolean;
  if (element === 'latest-news') {
    const feed = parseFeed(data, url);
    validated = feed;
    const { items } = feed.value;
    empty = items.length === 0;
    report.title = feed.value.title;
    report.counts = { items: items.length, shown: Math.min(items.length, 10) };
    report.headlines = items
      .slice(0, HEADLINES)
      .map(({ title, publishedAt, url }) => ({ title, publishedAt, url }));
    report.images = sized(items.map((item) => item.image));
  } else if (element === 'news-article') {
    const article = parseArticle(data, url);
    validated = article;
    const { value } = article;
    empty = false;
    report.title = value.title;
    report.headlines = [{ title: value.title, publishedAt: value.publishedAt, url: value.url }];
    report.counts = {
      bodyCharacters: value.body ? textLength(value.body) : 0,
      tags: value.tags.length,
      photos: value.photos.length,
      translations: value.translations.length,
    };
    report.images = sized([value.image, ...value.photos]);
  } else if (element === 'tag-list') {
    const tags = parseTags(data, url);
    validated = tags;
    empty = tags.value.tags.length === 0;
    report.title = tags.value.title;
    report.counts = { tags: tags.value.tags.length };
    report.names = tags.value.tags.slice(0, 10).map((tag) => tag.name);
  } else {
    const photos = parsePhotos(data, url);
    validated = photos;
    empty = photos.value.photos.length === 0;
    report.title = photos.value.title;
    report.counts = { photos: photos.value.photos.length };
    report.names = photos.value.photos.slice(0, HEADLINES).map((photo) => photo.src);
    report.images = sized(photos.value.photos);
  }
  warnings.push(...validated.warnings);
  report.warnings = warnings;
  // As the elements do: nothing valid at all is a response of the wrong shape, not an empty one.
  if (empty && warnings.length) throw new NewsError('invalid', `Every entry was invalid: ${warnings[0]}`);
}

/** What partners need from the server, from what it answered a request with a partner's Origin. */
function serverFacts(answer: Answer): ServerFacts {
  const header = (name: string) => answer.headers.get(name);
  const allowOrigin = header('access-control-allow-origin');
  const cacheControl = header('cache-control');
  const etag = header('etag');
  const lastModified = header('last-modified');
  const declared = Number(header('content-length'));
  const problems: string[] = [];
  const corsOk = allowOrigin?.trim() === '*' || allowOrigin?.trim() === PARTNER_ORIGIN;
  if (!allowOrigin)
    problems.push(
      'No Access-Control-Allow-Origin: pages on other sites cannot read this endpoint. Add `Access-Control-Allow-Origin: *` (or echo the Origin), or serve the widgets from the same origin.',
    );
  else if (!corsOk)
    problems.push(
      `Access-Control-Allow-Origin is "${allowOrigin}": a page on ${PARTNER_ORIGIN} could not read this endpoint.`,
    );
  if (!cacheControl)
    problems.push(
      'No Cache-Control: browsers and CDNs guess how long to keep it. Send e.g. `Cache-Control: public, max-age=60`.',
    );
  else if (/no-store/i.test(cacheControl))
    problems.push('Cache-Control: no-store: every reader of every partner page asks your server again.');
  if (!etag && !lastModified)
    problems.push(
      'No ETag or Last-Modified: a refresh downloads the whole response again instead of getting 304 Not Modified.',
    );
  return {
    url: answer.url,
    status: answer.status,
    contentType: header('content-type'),
    bytes: declared > 0 ? declared : answer.bytes,
    ms: answer.ms,
    cors: { allowOrigin, exposeHeaders: header('access-control-expose-headers'), ok: corsOk },
    caching: { cacheControl, etag, lastModified },
    problems,
  };
}

/** Checks one endpoint or file. Never throws: every failure is in `errors`, and `ok` is false. */
export async function check(options: CheckOptions): Promise<Report> {
  const report: Report = {
    ok: false,
    target: options.target,
    source: 'url',
    element: options.element ?? null,
    format: options.format === 'auto' ? null : options.format,
    warnings: [],
    errors: [],
  };
  const answers: Answer[] = [];
  try {
    const target = targetUrl(options.target);
    report.source = target.source;
    const response = await withCommandFetch(answers, () => requestJson(target.url, { maxAge: 0 }));
    read(report, options, response.data, response.url, response.headers);
  } catch (error) {
    report.errors.push(message(error));
  }
  const last = answers.at(-1);
  if (report.source === 'url' && last) report.server = serverFacts(last);
  report.ok = report.errors.length === 0;
  return report;
}
