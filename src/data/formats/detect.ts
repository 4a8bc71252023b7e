// Which format a response is in, from its content type and its shape: what `format="auto"` decides. It is
// small and has no imports, so it can live in the main bundle; the readers (./readers.ts) are loaded only
// when a response is not native.
//
// The shape wins over the content type when it is clear (servers label feeds `text/xml`, `text/html` or
// `application/json` as often as not); the content type decides only between a known format and none.

/** The formats the widgets read. `native` is the project's own JSON (shared/docs/wire-format.md). */
export type Format = 'native' | 'jsonfeed' | 'wordpress' | 'rss' | 'atom';

/** The values the `format` attribute takes: a format, or `auto` to recognise it from the response. */
export const FORMATS: readonly (Format | 'auto')[] = [
  'auto',
  'native',
  'jsonfeed',
  'wordpress',
  'rss',
  'atom',
];

/** A response to recognise: its content type, and its body as text, as parsed JSON, or as an XML Document. */
export interface DetectInput {
  contentType?: string | null;
  body: unknown;
}

const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** `{ rendered: "..." }`, the shape of a WordPress post's title, content and excerpt. */
const isRendered = (value: unknown) => typeof own(value, 'rendered') === 'string';

/** A WordPress post (`title.rendered`...) or term (`taxonomy`), not a native item or tag. */
const isWordPress = (entry: unknown) =>
  isRendered(own(entry, 'title')) ||
  isRendered(own(entry, 'content')) ||
  isRendered(own(entry, 'guid')) ||
  (typeof own(entry, 'taxonomy') === 'string' && own(entry, 'link') !== undefined);

/** The root element's local name in XML text: after the declaration, comments and the doctype. */
function rootName(text: string): string | undefined {
  const match =
    /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*<(?:[\w.-]+:)?([\w.-]+)/i.exec(
      text,
    );
  return match?.[1];
}

/**
 * The format of a response, or `undefined` when it is none of them (an HTML page, plain text, XML that is
 * no feed). JSON that is neither a JSON Feed nor WordPress is `native`: the native parser then says
 * what is wrong with it.
 */
export function detectFormat({ contentType, body }: DetectInput): Format | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let root: string | undefined;
  if (typeof body === 'string') {
    const text = body.replace(/^\ufeff/, '');
    if (/^\s*</.test(text)) root = rootName(text) ?? '';
    else {
      try {
        body = JSON.parse(text);
      } catch {
        return undefined;
      }
    }
  } else if (own(body, 'nodeType') === undefined && (body as Node | null)?.nodeType === 9) {
    root = (body as Document).documentElement?.localName ?? '';
  }
  if (root !== undefined) {
    if (root === 'rss' || root === 'RDF') return 'rss';
    if (root === 'feed') return 'atom';
    if (/^application\/(rss|rdf)\+xml$/.test(type)) return 'rss';
    if (type === 'application/atom+xml') return 'atom';
    return undefined;
  }
  const version = own(body, 'version');
  if (typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//i.test(version)) return 'jsonfeed';
  if (Array.isArray(body) ? body.length > 0 && isWordPress(body[0]) : isWordPress(body)) return 'wordpress';
  if (type === 'application/feed+json') return 'jsonfeed';
  return 'native';
}
