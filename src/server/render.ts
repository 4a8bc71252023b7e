// The server renderer: an element's HTML with its attributes, its data as an inline
// <script type="application/json"> (validated native data, so the browser never needs the format
// readers) and its fallback: semantic HTML that the element shows until it has content, and that reads
// well without any CSS. With the fallback CSS (styles.ts) it has the widget's size, so nothing moves when
// the widget takes over. It mirrors the shadow DOM (structure, `part` names, classes) for that reason.
// Text is always escaped; every URL is http(s) (the schemas, and linkAttributes() again); an article's
// body is sanitised with sanitize-html from the browser's allowlist (sanitize.ts).
import { NewsError } from '../data/errors.js';
import type { Format } from '../data/formats/detect.js';
import { FORMATS } from '../data/formats/detect.js';
import type { Article } from '../data/schemas/article.js';
import type { Feed, FeedItem } from '../data/schemas/feed.js';
import type { Photo, Photos } from '../data/schemas/photos.js';
import type { Tags } from '../data/schemas/tags.js';
import { dayKey, formatDay, formatTime, sameDay } from '../format/date.js';
import { autonym, fill, pick, stringsFor } from '../internal/i18n.js';
import { linkAttributes } from '../internal/links.js';
import { headingLevel } from '../internal/heading.js';
import type { LinkSettings } from '../internal/links.js';
import { strings as latestStrings } from '../components/latest-news/latest-news.strings.js';
import { strings as articleStrings } from '../components/news-article/news-article.strings.js';
import { strings as tagStrings } from '../components/tag-list/tag-list.strings.js';
import { strings as galleryStrings } from '../components/photo-gallery/photo-gallery.strings.js';
import { el, escapeHtml, jsonForScript } from './html.js';
import type { Attributes } from './html.js';
import { ELEMENTS, readFor } from './read.js';
import type { DataOf, ElementName, ReadOptions } from './read.js';
import { readBody } from './sanitize.js';
import { FALLBACK_CLASS, fallbackCssFor, fallbackCss } from './styles.js';

export { ELEMENTS, fallbackCss, fallbackCssFor, FALLBACK_CLASS, readFor };
export type { DataOf, ElementName, ReadOptions };
export { sanitizeBody } from './sanitize.js';
export { jsonForScript, escapeHtml } from './html.js';

const COMMON = [
  'src',
  'format',
  'time-zone',
  'with-credentials',
  'lang',
  'id',
  'class',
  'title',
  'hidden',
  'dir',
  'slot',
];
const LINKS = ['link-target', 'link-params'];

/** The attributes of each element (their JSDoc in src/components/), besides `data-*` and `aria-*`. */
export const ATTRIBUTES_OF: Record<ElementName, readonly string[]> = {
  'latest-news': [
    ...COMMON,
    ...LINKS,
    'limit',
    'variant',
    'refresh',
    'speed',
    'thumbnails',
    'load-more',
    'heading-level',
  ],
  'news-article': [...COMMON, ...LINKS, 'heading-level', 'structured-data', 'item'],
  'tag-list': [...COMMON, ...LINKS, 'variant', 'counts', 'heading-level', 'item'],
  'photo-gallery': [...COMMON, 'variant', 'layout', 'deep-link', 'heading-level', 'item'],
};

export interface RenderOptions extends Omit<ReadOptions, 'format' | 'item'> {
  /** The element's attributes, as they would be written in HTML: `{ limit: '5', 'link-target': '_blank' }`. */
  attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** `inline`: the element's fallback CSS in a `<style>` before it. `none` (default): link the CSS file once. */
  styles?: 'inline' | 'none';
  /** A CSP nonce for the inline `<style>`. */
  nonce?: string;
  /** The language when the element has no `lang` attribute (default `en`); the page's, ideally. */
  locale?: string;
  /** "Now", for the list's rule that today's headlines show a time and older ones a date. */
  now?: Date;
}

export interface Rendered {
  /** The element's HTML. */
  html: string;
  format: Format;
  /** Entries left out, as `news-widgets check` lists them. */
  warnings: string[];
}

/** What every part of one render shares. */
interface Context {
  locale: string;
  zone: string | undefined;
  links: LinkSettings;
  attrs: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** The reading's warnings, and the renderer's own. */
  warnings: string[];
}

/** A language tag Intl accepts: `en_US` becomes `en-US`; garbage becomes `en` (as the elements do). */
function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** An element's attributes, checked: only its own (and `data-*`, `aria-*`), never an event handler. */
export function checkAttributes(
  tag: ElementName,
  given: RenderOptions['attributes'] = {},
): Record<string, string | undefined> {
  // No prototype: a polluted Object.prototype (`variant`, `onclick`) adds nothing.
  const out: Record<string, string | undefined> = Object.create(null);
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined || value === false) continue;
    const known = ATTRIBUTES_OF[tag].includes(name) || /^(data|aria)-[a-z0-9-]+$/.test(name);
    if (!known)
      throw new TypeError(`<${tag}> has no attribute "${name}" (it has ${ATTRIBUTES_OF[tag].join(', ')}).`);
    out[name] = value === true ? '' : String(value);
  }
  return out;
}

/** A link made by `linkAttributes()`, or a `<span>` with the same part when there is no safe URL. */
function anchor(
  href: string | undefined,
  part: string,
  content: string,
  links: LinkSettings,
  extra: { lang?: string; hreflang?: string; label?: string; class?: string } = {},
): string {
  const link = linkAttributes(href, links, extra);
  return link
    ? el('a', { part, class: extra.class, ...link }, content)
    : el('span', { part, class: extra.class, lang: extra.lang }, content);
}

// ---------------------------------------------------------------------------------------------------
// <latest-news>

function row(item: FeedItem, ctx: Context, ticker: boolean, thumbnails: boolean): string {
  const s = pick(latestStrings, ctx.locale, 'latest-news');
  const image = thumbnails ? item.image : undefined;
  const date = new Date(item.publishedAt);
  const day = formatDay(date, ctx.locale, ctx.zone);
  const today = dayKey(ctx.now, ctx.zone);
  const children: string[] = [];
  if (image)
    children.push(
      el('img', {
        part: 'thumbnail',
        src: image.src,
        srcset: image.srcset,
        sizes: image.srcset ? '96px' : undefined,
        width: image.width,
        height: image.height,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
      }),
    );
  const time = dayKey(date, ctx.zone) === today ? formatTime(date, ctx.locale, ctx.zone) : day;
  children.push(el('time', { part: 'time', datetime: item.publishedAt, title: day }, escapeHtml(time)));
  if (item.media) children.push(el('span', { part: `badge ${item.media}` }, escapeHtml(s[item.media])));
  children.push(anchor(item.url, 'title', escapeHtml(item.title), ctx.links, { lang: item.lang }));
  if (item.category && !ticker)
    children.push(anchor(item.category.url, 'category', escapeHtml(item.category.name), ctx.links));
  // A space between the parts: without CSS, "14:34 Headline Category" reads as a line of words.
  return el('li', { part: 'item', class: image ? 'thumb' : undefined }, children.join(' '));
}

function latestNews(feed: Feed, ctx: Context): string {
  const s = pick(latestStrings, ctx.locale, 'latest-news');
  const limit = Number(ctx.attrs.limit);
  const items = feed.items.slice(0, limit > 0 ? Math.floor(limit) : 10);
  if (ctx.attrs.variant === 'ticker') {
    const list = el(
      'ul',
      { part: 'list', role: 'list' },
      ...items.map((item) => row(item, ctx, true, false)),
    );
    return el(
      'div',
      { part: 'ticker', role: 'region', 'aria-label': feed.title ?? s.latest },
      el('span', { class: 'spacer', 'aria-hidden': 'true' }),
      el('div', { part: 'viewport', class: 'viewport' }, el('div', { class: 'track' }, list)),
    );
  }
  const thumbnails = ctx.attrs.thumbnails !== undefined;
  const more = linkAttributes(feed.url, ctx.links);
  return [
    feed.title ? headingOf(ctx, feed.title) : '',
    el(
      'ul',
      { part: 'list', class: 'list', role: 'list' },
      ...items.map((item) => row(item, ctx, false, thumbnails)),
    ),
    // The load-more button's place (it needs the script): its text, kept from view and from readers.
    ctx.attrs['load-more'] === 'manual' && feed.next
      ? el('span', { part: 'load-more', class: 'stand-in', 'aria-hidden': 'true' }, escapeHtml(s.more))
      : '',
    more
      ? el('a', { part: 'more', href: more.href, target: more.target, rel: more.rel }, escapeHtml(s.allNews))
      : '',
  ].join('');
}

/** An element's own heading (`part="heading"`) at its `heading-level`, as the elements make it. */
const headingOf = (ctx: Context, text: string, attrs: Attributes = {}): string =>
  el(`h${headingLevel(ctx.attrs['heading-level'])}`, { part: 'heading', ...attrs }, escapeHtml(text));

// ---------------------------------------------------------------------------------------------------
// <news-article>

/** A photo's `<figcaption>` (caption and credit, as the elements show them), or nothing. */
function captionOf(photo: Photo): string {
  return photo.caption || photo.credit
    ? el(
        'figcaption',
        {},
        [
          photo.caption ? el('span', { part: 'caption' }, escapeHtml(photo.caption)) : '',
          photo.credit ? el('span', { part: 'credit' }, escapeHtml(photo.credit)) : '',
        ]
          .filter(Boolean)
          .join(' '),
      )
    : '';
}

function figure(photo: Photo, lead: boolean, lang?: string): string {
  const caption = captionOf(photo);
  return el(
    'figure',
    { part: lead ? 'figure lead' : 'figure', lang },
    el('img', {
      part: 'image',
      src: photo.src,
      srcset: photo.srcset,
      sizes: photo.srcset ? (photo.sizes ?? '(min-width: 50rem) 50rem, 100vw') : undefined,
      width: photo.width,
      height: photo.height,
      alt: photo.alt ?? '',
      loading: lead ? 'eager' : 'lazy',
      decoding: 'async',
    }),
    caption,
  );
}

function times(article: Article, ctx: Context): string {
  const s = pick(articleStrings, ctx.locale, 'news-article');
  const { locale, zone } = ctx;
  const published = new Date(article.publishedAt);
  const updated = article.updatedAt ? new Date(article.updatedAt) : undefined;
  const changed = updated && updated.getTime() !== published.getTime() ? updated : undefined;
  const [before = '', after = ''] = s.updated.split('#');
  const time = el(
    'time',
    { part: 'time', datetime: article.publishedAt },
    escapeHtml(`${formatDay(published, locale, zone)}, ${formatTime(published, locale, zone)}`),
  );
  if (!changed) return time;
  const when = `${sameDay(changed, published, zone) ? '' : `${formatDay(changed, locale, zone)}, `}${formatTime(changed, locale, zone)}`;
  return `${time} ${el(
    'span',
    { part: 'updated' },
    escapeHtml(before),
    el('time', { datetime: article.updatedAt }, escapeHtml(when)),
    escapeHtml(after),
  )}`;
}

function newsArticle(article: Article, ctx: Context, base: string | undefined): string {
  const s = pick(articleStrings, ctx.locale, 'news-article');
  const { links } = ctx;
  const lead = article.photos[0] ?? article.image;
  const more = article.photos.slice(1);
  const translations = article.translations.filter((t) => t.url);
  const lang = article.lang;
  const level = headingLevel(ctx.attrs['heading-level']);
  const origin = article.url ?? base;
  const read = article.body
    ? readBody(article.body, {
        base,
        target: links.target,
        params: links.params,
        site: origin ? new URL(origin).origin : undefined,
        headingLevel: level,
      })
    : undefined;
  // A body whose tree swells would take the reader's browser seconds to build, or more memory than it
  // has, when the element reads its inline data: the data (the renderer's own copy) gets the body as
  // sanitised here, which builds the tree it spells out, or none. One that is only slow to sanitise here
  // stays in the data: the browser's sanitiser removes its elements in time that grows with their number.
  if (read?.leftOut === 'swells') {
    ctx.warnings.push(
      `body: left out: its markup builds a tree far larger than itself (${article.body!.length} characters)`,
    );
    delete article.body;
  } else if (read?.leftOut === 'slow') {
    ctx.warnings.push(
      `body: left out of the fallback: it has too many elements to remove for the server to sanitise it in time (${article.body!.length} characters); the widget sanitises it in the browser`,
    );
  } else if (read?.asWritten) {
    ctx.warnings.push(
      `body: rewritten: its markup builds a tree far larger than itself (${article.body!.length} characters); the page gets it as sanitised here`,
    );
    article.body = read.html;
  }
  const body = read?.html;
  const header = el(
    'header',
    { part: 'header' },
    el(
      'p',
      { part: 'meta' },
      [
        article.category
          ? anchor(article.category.url, 'category', escapeHtml(article.category.name), links, { lang })
          : '',
        times(article, ctx),
      ]
        .filter(Boolean)
        .join(' '),
    ),
    el(`h${level}`, { part: 'title', lang }, escapeHtml(article.title)),
    article.summary ? el('p', { part: 'summary', lang }, escapeHtml(article.summary)) : '',
  );
  // The gallery as the widget shows it: a <photo-gallery> (with its own fallback and data), in the
  // article's language.
  const gallery = more.length
    ? renderData(
        'photo-gallery',
        { photos: more },
        {
          ...ctx,
          locale: lang ? canonicalLocale(lang) : ctx.locale,
          attrs: { part: 'gallery', lang, 'time-zone': ctx.attrs['time-zone'] },
        },
      )
    : '';
  const footer = el(
    'footer',
    { part: 'footer' },
    article.source
      ? el(
          'p',
          { part: 'source' },
          fill(escapeHtml(s.source), el('span', { lang }, escapeHtml(article.source))),
        )
      : '',
    article.tags.length
      ? el(
          'ul',
          { part: 'tags', role: 'list', 'aria-label': s.tags },
          ...article.tags.map((tag) =>
            el('li', {}, anchor(tag.url, 'tag', escapeHtml(tag.name), links, { lang })),
          ),
        )
      : '',
    translations.length
      ? el(
          'nav',
          { part: 'translations', 'aria-label': s.alsoIn },
          el('span', { 'aria-hidden': 'true' }, escapeHtml(s.alsoIn)),
          ' ',
          translations
            .map((t) =>
              anchor(
                t.url,
                'translation',
                `${escapeHtml(autonym(t.lang))}${el('span', { class: 'vh' }, escapeHtml(`: ${t.title}`))}`,
                links,
                { lang: t.lang, hreflang: t.lang },
              ),
            )
            .join(' '),
        )
      : '',
    // The share button needs the script: until then, its line stays empty.
    article.url ? el('p', { class: 'share', 'aria-hidden': 'true' }) : '',
  );
  // The article's language on its content only: the words around it are in the element's language.
  return el(
    'article',
    { part: 'article' },
    header,
    lead ? figure(lead, true, lang) : '',
    typeof body === 'string' ? el('div', { part: 'body', class: 'body', lang }, body) : '',
    gallery,
    footer,
  );
}

// ---------------------------------------------------------------------------------------------------
// <tag-list> and <photo-gallery>

function tagList(value: Tags, ctx: Context): string {
  const bar = ctx.attrs.variant === 'bar';
  const counts = ctx.attrs.counts !== undefined;
  const heading = value.title ? headingOf(ctx, value.title) : '';
  const list = el(
    'ul',
    {
      part: 'list',
      class: bar ? 'bar' : 'wrap',
      role: 'list',
      'aria-label': value.title ?? pick(tagStrings, ctx.locale, 'tag-list').tags,
    },
    ...value.tags.map((tag) =>
      el(
        'li',
        { part: 'item' },
        anchor(
          tag.url,
          'tag',
          escapeHtml(tag.name) +
            (counts && tag.count !== undefined
              ? ` ${el('span', { part: 'count' }, escapeHtml(tag.count.toLocaleString(ctx.locale)))}`
              : ''),
          ctx.links,
        ),
      ),
    ),
  );
  return bar ? el('div', { class: 'row' }, heading, list) : heading + list;
}

function photoGallery({ title, photos }: Photos, ctx: Context): string {
  const s = pick(galleryStrings, ctx.locale, 'photo-gallery');
  const strip = (ctx.attrs.variant ?? ctx.attrs.layout) === 'strip';
  const list = el(
    'ul',
    {
      part: 'list',
      class: strip ? 'strip' : 'grid',
      role: 'list',
      'aria-labelledby': title ? 'heading' : undefined,
      'aria-label': title ? undefined : s.photos,
    },
    ...photos.map((photo, i) => {
      const caption = captionOf(photo);
      // Without the script, a thumbnail links to its photo (the lightbox needs the script).
      return el(
        'li',
        { part: 'item' },
        el(
          'figure',
          { part: 'figure' },
          el(
            'a',
            {
              part: 'open',
              href: photo.src,
              'aria-label': photo.alt ? undefined : fill(s.openPhoto, i + 1, photos.length),
            },
            el('img', {
              part: 'image',
              src: photo.src,
              srcset: photo.srcset,
              sizes: photo.srcset ? (photo.sizes ?? '50vw') : undefined,
              width: photo.width,
              height: photo.height,
              alt: photo.alt ?? '',
              loading: 'lazy',
              decoding: 'async',
            }),
          ),
          caption,
        ),
      );
    }),
  );
  return (title ? headingOf(ctx, title, { id: 'heading' }) : '') + list;
}

// ---------------------------------------------------------------------------------------------------

/** The element for validated data: attributes, inline data, fallback. */
function renderData<E extends ElementName>(tag: E, value: DataOf[E], ctx: Context, base?: string): string {
  let fallback: string;
  const list = (value as Partial<Feed & Tags & Photos>)[
    ({ 'latest-news': 'items', 'tag-list': 'tags', 'photo-gallery': 'photos' } as const)[
      tag as Exclude<ElementName, 'news-article'>
    ]
  ];
  // No entries: the element's own empty state.
  if (list?.length === 0)
    fallback = el('p', { part: 'empty', role: 'status' }, escapeHtml(stringsFor(ctx.locale).empty));
  else if (tag === 'latest-news') fallback = latestNews(value as Feed, ctx);
  else if (tag === 'news-article') fallback = newsArticle(value as Article, ctx, base);
  else if (tag === 'tag-list') fallback = tagList(value as Tags, ctx);
  else fallback = photoGallery(value as Photos, ctx);
  return el(
    tag,
    ctx.attrs as Attributes,
    el('div', { class: FALLBACK_CLASS, part: 'base', lang: ctx.locale }, fallback),
    `<script type="application/json">${jsonForScript(value)}</script>`,
  );
}

/** A `<style>` with `css`, for a page's `<head>` or before the first element. */
export function styleElement(css: string = fallbackCss(), nonce?: string): string {
  // The CSS is ours, never data.
  return `<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${css}</style>`;
}

/**
 * The HTML of `<tag>` for `input` (a response's text, or JSON already parsed, in any format the elements
 * read): the element with its attributes, its data inline and its fallback. Throws a `NewsError` when
 * the element would show an error for this data, and a `TypeError` for an unknown element or attribute.
 */
export function renderElement(tag: ElementName, input: unknown, options: RenderOptions = {}): Rendered {
  if (!ELEMENTS.includes(tag)) throw new TypeError(`Not an element of news-widgets: ${String(tag)}`);
  const attrs = checkAttributes(tag, options.attributes);
  const format = attrs.format ?? 'auto';
  if (!FORMATS.includes(format as Format))
    throw new TypeError(`format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  const url = options.url ?? (attrs.src && /^https?:/i.test(attrs.src) ? attrs.src : undefined);
  const reading = readFor(tag, input, {
    url,
    format: format as Format | 'auto',
    contentType: options.contentType,
    item: attrs.item || null,
  });
  const ctx: Context = {
    locale: canonicalLocale(attrs.lang || options.locale || 'en'),
    zone: attrs['time-zone'] || undefined,
    links: { target: attrs['link-target'] || undefined, params: attrs['link-params'] || undefined },
    attrs,
    now: options.now ?? new Date(),
    warnings: [...reading.warnings],
  };
  let html = renderData(tag, reading.value, ctx, url);
  if (options.styles === 'inline') {
    const css =
      tag === 'news-article'
        ? `${fallbackCssFor(tag)}\n${fallbackCssFor('photo-gallery')}`
        : fallbackCssFor(tag);
    html = styleElement(css, options.nonce) + html;
  }
  return { html, format: reading.format, warnings: ctx.warnings };
}

export { NewsError };
