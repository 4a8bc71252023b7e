// Text out of the HTML that feeds put in titles, excerpts and summaries, without an HTML parser: parsing
// untrusted HTML in the page (innerHTML, DOMParser 'text/html') is a Trusted Types sink, and these
// strings only ever become text nodes. Entities are decoded exactly once, after the tags are taken out,
// so `&amp;lt;b&amp;gt;` shows as `&lt;b&gt;` and `&lt;b&gt;` as `<b>`, never as a tag.

// The Latin-1 names, for U+00A0 to U+00FF in order (German and French feeds use &auml;, &eacute;...).
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The named entities feeds use: Latin-1, then punctuation; any other name is left as it is written. */
const NAMED: Record<string, string> = Object.fromEntries([
  ...LATIN1.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)]),
  ...Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    ensp: '\u2002',
    emsp: '\u2003',
    thinsp: '\u2009',
    hellip: '…',
    mdash: '—',
    ndash: '–',
    lsquo: '‘',
    rsquo: '’',
    sbquo: '‚',
    ldquo: '“',
    rdquo: '”',
    bdquo: '„',
    lsaquo: '‹',
    rsaquo: '›',
    bull: '•',
    prime: '′',
    trade: '™',
    euro: '€',
    dagger: '†',
    OElig: 'Œ',
    oelig: 'œ',
    Scaron: 'Š',
    scaron: 'š',
  }),
]);

/** Decodes character references once: numeric ones, and the named ones above. */
export function decodeEntities(value: string): string {
  return value.replace(
    /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));?/g,
    (match, dec, hex, name) => {
      if (name) return Object.hasOwn(NAMED, name) && match.endsWith(';') ? NAMED[name]! : match;
      const code = dec ? parseInt(dec, 10) : parseInt(hex, 16);
      // As HTML does: no NUL, no surrogates, nothing past Unicode; those become U+FFFD.
      return code && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    },
  );
}

// Elements whose content is no text to show, and those that break a line (a space between their text).
const HIDDEN = /<(script|style|template|noscript|iframe|object|svg|math)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const BLOCK =
  /^\/?(p|br|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|figure|figcaption|pre|hr|section|article|header|footer|aside)$/i;
const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[!?][^>]*>?|<(\/?[a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

/** White space as HTML collapses it: not the no-break space, which is there on purpose. */
const SPACE = /[ \t\n\r\f]+/g;

/** The text of an HTML fragment: tags and comments out, entities decoded once, white space collapsed. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(HIDDEN, '')
      .replace(TAG, (_, cdata: string | undefined, name: string | undefined) =>
        cdata !== undefined ? cdata : name && BLOCK.test(name) ? ' ' : '',
      ),
  )
    .replace(SPACE, ' ')
    .trim();
}

/** Text that may hold markup or character references (a WordPress or RSS title): decoded as HTML. */
export const looksLikeHtml = (value: string): boolean =>
  /<\/?[a-zA-Z][^>]*>|&(#\d+|#[xX][\da-fA-F]+|[a-zA-Z][a-zA-Z\d]*);/.test(value);

/** Text as a title: markup and references read as HTML when it has them, white space collapsed. */
export const titleText = (value: string): string =>
  looksLikeHtml(value) ? htmlToText(value) : value.replace(SPACE, ' ').trim();

/** Text made safe to put in HTML as text. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text as HTML paragraphs: blank lines part them, single newlines break lines. */
export const textToHtml = (value: string): string =>
  value
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one start tag (`<img src="a.jpg" alt="x">`), their values decoded once. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[a-zA-Z][\w:-]*/, '').replace(/\/?>$/, '');
  for (const [, name, a, b, c] of inner.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(a ?? b ?? c ?? ''));
  }
  return attributes;
}

/**
 * The first `<img>` of an HTML fragment (its `src`, `alt`, `width`, `height`), for a list's thumbnail
 * when a feed names no image of its own. The URL is checked later, like every URL.
 */
export function firstImage(
  html: string,
): { src: string; alt?: string; width?: number; height?: number } | undefined {
  for (const [tag, , name] of html.matchAll(TAG)) {
    if (name?.toLowerCase() !== 'img') continue;
    const attributes = attributesOf(tag);
    const src = attributes.get('src')?.trim();
    // Lazy-loading pages put a data: placeholder in src (and the real image in a <noscript>).
    if (!src || /^data:/i.test(src)) continue;
    const size = (key: string) => {
      const n = Number(attributes.get(key));
      return Number.isInteger(n) && n > 0 ? n : undefined;
    };
    return { src, alt: attributes.get('alt'), width: size('width'), height: size('height') };
  }
  return undefined;
}

/**
 * Makes the relative `href`, `src` and `srcset` URLs of an HTML fragment absolute against `base` (an
 * Atom entry's `xml:base` that differs from the URL the feed came from, which the sanitiser resolves
 * against). Only the URL is rewritten; the sanitiser still checks every one.
 */
export function rebaseHtml(html: string, base: string): string {
  const resolve = (value: string) => {
    try {
      return new URL(decodeEntities(value).trim(), base).href;
    } catch {
      return decodeEntities(value);
    }
  };
  return html.replace(TAG, (tag: string, cdata: string | undefined, name: string | undefined) => {
    if (cdata !== undefined || !name || name.startsWith('/')) return tag;
    return tag.replace(
      /(\s(href|src|srcset|poster)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi,
      (_, prefix: string, key: string, a?: string, b?: string, c?: string) => {
        const value = a ?? b ?? c ?? '';
        const rebased =
          key.toLowerCase() === 'srcset'
            ? value
                .split(',')
                .map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolve(url)))
                .join(', ')
            : resolve(value);
        return `${prefix}"${escapeHtml(rebased)}"`;
      },
    );
  });
}
