// One headline row of <latest-news> (made with DOM calls: see rows.ts), the keyed rows of a render, and
// the placeholder rows shown while loading.
import { html, nothing } from 'lit';
import { dayKey, formatDay, formatTime } from '../../format/date.js';
import type { FeedItem } from '../../data/schemas/feed.js';
import type { NewsItemDetail } from '../../events/events.js';
import { linkAttributes, linkKey } from '../../internal/links.js';
import type { LinkSettings } from '../../internal/links.js';
import { ITEM } from '../../internal/track.js';
import type { LatestNewsStrings } from './latest-news.strings.js';
import { add, rows } from './rows.js';

/** What every row of one render shares. */
export interface RowContext {
  locale: string;
  zone: string | undefined;
  links: LinkSettings;
  /** Today in `zone`, as `dayKey()` writes it: today's headlines show a time, older ones a date. */
  today: string;
  s: LatestNewsStrings;
  ticker: boolean;
  thumbnails: boolean;
}

/**
 * A link in `parent`, or a `<span>` with the same part when it has no safe URL. `item`: the id that makes
 * a click on it a `news-click` (headline links only).
 */
function link(
  parent: Element,
  href: string | undefined,
  part: string,
  text: string,
  links: LinkSettings,
  lang?: string,
  item?: string,
): void {
  const a = linkAttributes(href, links);
  // prettier-ignore
  (a
    ? add(parent, 'a', 'part', part, 'href', a.href, 'target', a.target, 'rel', a.rel, 'lang', lang,
        ITEM, item)
    : add(parent, 'span', 'part', part, 'lang', lang)
  ).textContent = text;
}

/** The element of one headline. Text is only ever set as text. */
function row(
  item: FeedItem,
  { locale, zone, links, today, s, ticker, thumbnails }: RowContext,
  isNew: boolean,
): Element {
  const image = thumbnails ? item.image : undefined;
  const date = new Date(item.publishedAt);
  const key = dayKey(date, zone);
  const day = formatDay(date, locale, zone, key);
  // prettier-ignore
  const li = add(null, 'li', 'part', isNew ? 'item new' : 'item', 'class', image ? 'thumb' : undefined,
    ITEM, item.id);
  if (image) {
    // src before loading="lazy", as ever: the order of the attributes is the markup's.
    // prettier-ignore
    add(li, 'img', 'part', 'thumbnail', 'src', image.src, 'srcset', image.srcset,
      'sizes', image.srcset ? '96px' : undefined, 'width', image.width?.toString(),
      'height', image.height?.toString(), 'alt', '', 'loading', 'lazy', 'decoding', 'async');
  }
  add(li, 'time', 'part', 'time', 'datetime', item.publishedAt, 'title', day).textContent =
    key === today ? formatTime(date, locale, zone) : day;
  if (item.media) add(li, 'span', 'part', `badge ${item.media}`).textContent = s[item.media];
  link(li, item.url, 'title', item.title, links, item.lang, item.id);
  if (item.category && !ticker) link(li, item.category.url, 'category', item.category.name, links);
  return li;
}

/** The `news-click` / `news-impression` details of `items` by id; `position` is the 1-based place shown. */
export const details = (items: readonly FeedItem[]): Map<string, NewsItemDetail> =>
  new Map(items.map(({ id, url }, i) => [id, { id, url, position: i + 1 }]));

/** The keyed rows of `items`; `fresh` holds the ids of headlines highlighted as new. */
export function headlines(items: readonly FeedItem[], context: RowContext, fresh: Set<string>): unknown {
  // Everything besides the item that a row depends on; the day makes "today" roll over, and the badges'
  // words are the rows' only strings (configure({ strings }) may change them after a render).
  const stamp = [
    context.locale,
    context.zone,
    linkKey(context.links),
    context.ticker,
    context.thumbnails,
    context.today,
    context.s.photo,
    context.s.video,
  ].join('|');
  return rows(
    items,
    (item) => item.id,
    (item) => (fresh.has(item.id) ? `${stamp}|new` : stamp),
    (item) => row(item, context, fresh.has(item.id)),
  );
}

/** The placeholder while loading: the ticker's bar, or `count` rows of the list's. */
export function skeleton(ticker: boolean, count: number, thumbnails: boolean): unknown {
  if (ticker) return html`<div part="ticker"><span class="bone wide"></span></div>`;
  // The heading, the rows and the "All news" link, line for line in the content's sizes: a row is its
  // time, two lines of headline (the common case in a sidebar) and its category.
  const line = html`<span class="line"></span>`;
  return html`<div class="lines heading">${line}</div>
    <ul class="skeleton">
      ${Array.from(
        { length: count },
        () =>
          html`<li class=${thumbnails ? 'thumb' : ''}>
            ${thumbnails ? html`<span class="bone thumbnail"></span>` : nothing}
            <span class="line time"></span>
            <span class="lines">${line}<span class="line short"></span></span>
            <span class="line category"></span>
          </li>`,
      )}
    </ul>
    <div class="lines more">${line}</div>`;
}
