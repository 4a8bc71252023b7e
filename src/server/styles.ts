// The fallback's CSS, made from the elements' own shadow styles (src/internal/styles.ts and each
// element's *.styles.ts), so that the fallback has the widget's metrics by construction: the same fonts,
// line heights, paddings, gaps and aspect ratios, and the same `--news-*` custom properties. The fallback
// mirrors the shadow DOM's structure and `part` names (render.ts), so each rule is scoped to it:
// `:host` becomes the element when it holds a fallback, and every other selector is put under
// `<tag> > .news-fallback`. Rules for what the
// fallback never shows (placeholders, error box, buttons, lightbox, animations) are left out.
import type { CSSResult } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { latestNewsStyles } from '../components/latest-news/latest-news.styles.js';
import { tickerStyles } from '../components/latest-news/ticker.styles.js';
import { newsArticleStyles } from '../components/news-article/news-article.styles.js';
import { tagListStyles } from '../components/tag-list/tag-list.styles.js';
import { photoGalleryStyles } from '../components/photo-gallery/photo-gallery.styles.js';
import type { ElementName } from './read.js';

/** The class of the fallback's wrapper, the light-DOM twin of the shadow root's `[part~="base"]`. */
export const FALLBACK_CLASS = 'news-fallback';

/** Selectors for what only the live widget shows. */
const LIVE_ONLY =
  /\.(?:bones?|lines?|skeleton|tile|reduced|still|moving)\b|\b(?:button|dialog|svg)\b|part~='(?:error|error-detail|retry|stale|loading|new|new-button|pause|previous|next|placeholder|lightbox|lightbox-image|counter|close|stage|share-status)'/;

/** Splits `text` at top-level `separator`s (not inside parentheses, brackets or quotes). */
function split(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The rules of a style sheet (or of an at-rule's block): `[prelude, block]` pairs. */
function rules(text: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    let depth = 1;
    let quote = '';
    let j = open + 1;
    for (; j < text.length && depth; j++) {
      const char = text[j]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '{') depth++;
      else if (char === '}') depth--;
    }
    out.push([text.slice(i, open).trim(), text.slice(open + 1, j - 1).trim()]);
    i = j;
  }
  return out;
}

/** `selector` under `scope`, outside any nested element of ours (`exclude`). */
function scoped(selector: string, tag: string, exclude: string): string | undefined {
  const s = selector.trim();
  if (!s || LIVE_ONLY.test(s)) return undefined;
  // The host: an element with a fallback, at no specificity (the page's own rules win, as over :host).
  const host = /^:host(?:\(([^)]*)\))?/.exec(s);
  if (host) return `:where(${tag}${host[1] ?? ''}:has(>.${FALLBACK_CLASS}))${s.slice(host[0].length)}`;
  const full = `${tag}>.${FALLBACK_CLASS} ${s}`;
  if (!exclude) return full;
  // `:not(… *)` before a pseudo-element, which must come last.
  const pseudo = full.search(/::[a-z-]+$/);
  const not = `:not(${exclude} *)`;
  return pseudo === -1 ? full + not : full.slice(0, pseudo) + not + full.slice(pseudo);
}

function scopeSheet(text: string, tag: string, exclude: string): string {
  let out = '';
  for (const [prelude, block] of rules(text.replace(/\/\*[^]*?\*\//g, ''))) {
    if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
      const inner = scopeSheet(block, tag, exclude);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (!prelude.startsWith('@')) {
      const selectors = split(prelude, ',')
        .map((selector) => scoped(selector, tag, exclude))
        .filter((selector) => selector !== undefined);
      if (selectors.length) out += `${selectors.join(',')}{${block}}`;
    }
  }
  return out;
}

const minify = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .replace(/: /g, ':')
    .trim();

/** What only the fallback needs, beyond the shadow styles: its stand-ins for the live widget's controls. */
const EXTRA: Record<ElementName, string> = {
  // The ticker's pause button takes this place, so the headlines start where the widget's do.
  // The load-more button's stand-in keeps its place and says nothing (the button needs the script).
  'latest-news': `.spacer{flex:none;width:2em;height:2em}.stand-in{visibility:hidden}`,
  // The share button's line (a button: one line of text, its padding and border).
  'news-article': `.share{min-height:calc(1.9em + 2px)}`,
  // A thumbnail links to its photo: the photo's own width and height give it its shape (3:2 until an
  // image without them has loaded, as in the widget).
  'photo-gallery': `[part~='image']{height:auto}[part~='image']:not([width][height]){aspect-ratio:auto 3/2}.strip [part~='image']{width:auto;height:100%}`,
  'tag-list': '',
};

const SHEETS: Record<ElementName, CSSResult | CSSResult[]> = {
  // The ticker's rules are its own (ticker.styles.ts); the fallback of a ticker needs them too.
  'latest-news': [latestNewsStyles, tickerStyles],
  'news-article': newsArticleStyles,
  'tag-list': tagListStyles,
  'photo-gallery': photoGalleryStyles,
};

/** Elements of ours that another's fallback may hold, with their own fallback and rules. */
const NESTED: Partial<Record<ElementName, string>> = { 'news-article': 'photo-gallery' };

/** The fallback CSS of one element. */
export function fallbackCssFor(tag: ElementName): string {
  const sheets = [baseStyles, SHEETS[tag]].flat().map((result) => result.cssText);
  const sheet = `${sheets.join('\n')}\n${EXTRA[tag]}`;
  return minify(scopeSheet(sheet, tag, NESTED[tag] ?? ''));
}

let all: string | undefined;

/** The fallback CSS of all four elements: `news-widgets-fallback.css`. */
export const fallbackCss = (): string =>
  (all ??= (['latest-news', 'news-article', 'tag-list', 'photo-gallery'] as const)
    .map(fallbackCssFor)
    .join('\n'));
