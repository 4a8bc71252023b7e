// <latest-news>: newest headlines as a list, or as the one-line ticker partners embed.
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { parseFeed } from '../../data/schemas/feed.js';
import type { Feed, FeedItem, ListMemo, Validated } from '../../data/schemas/feed.js';
import { dayKey, formatDay, formatTime } from '../../format/date.js';
import { pick, plural } from '../../internal/i18n.js';
import { linkAttributes, linkKey, linkSettings } from '../../internal/links.js';
import type { LinkSettings } from '../../internal/links.js';
import { NewsElement } from '../../internal/news-element.js';
import { strings } from './latest-news.strings.js';
import type { LatestNewsStrings } from './latest-news.strings.js';
import { latestNewsStyles } from './latest-news.styles.js';
import { rows } from './rows.js';
import type { Spec } from './rows.js';
import { TickerController } from './ticker.controller.js';

/** What every row of one render shares. */
interface RowContext {
  locale: string;
  zone: string | undefined;
  links: LinkSettings;
  /** Today in `zone`, as `dayKey()` writes it: today's headlines show a time, older ones a date. */
  today: string;
  s: LatestNewsStrings;
  ticker: boolean;
  thumbnails: boolean;
}

/** A headline's link, or a `<span>` with the same part when it has no safe URL. */
function link(
  href: string | undefined,
  part: string,
  text: string,
  links: LinkSettings,
  lang?: string,
): Spec {
  const attributes = linkAttributes(href, links, { lang });
  return attributes ? ['a', { part, ...attributes }, text] : ['span', { part, lang }, text];
}

/** The shortest `refresh` honoured, in seconds: faster polling helps no reader and costs every server. */
export const MIN_REFRESH = 15;

const icon = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${d}></path></svg>`;
const PAUSE = 'M4 3h3v10H4zm5 0h3v10H9z';
const PLAY = 'M4 2.5v11l9-5.5z';
const PREV = 'M10.5 2.5 5 8l5.5 5.5 1-1L7 8l4.5-4.5z';
const NEXT = 'M5.5 2.5 11 8l-5.5 5.5-1-1L9 8 4.5 3.5z';

/**
 * Newest headlines from a feed, as a list or as a one-line scrolling ticker.
 *
 * @summary Newest headlines from a feed, as a list or a scrolling ticker.
 *
 * @prop data - Already-parsed JSON in the feed format. When set, no request is made.
 *
 * @csspart base - The wrapper of everything the element shows; carries `lang`.
 * @csspart heading - The feed's title, above the list.
 * @csspart list - The list of headlines (`<ul>`).
 * @csspart item - One headline (`<li>`); also `new` while a new headline is highlighted.
 * @csspart new - A headline that just arrived, while it is highlighted.
 * @csspart time - The `<time>` of a headline: HH:MM today, the date before.
 * @csspart badge - The photo or video badge; also `photo` or `video`.
 * @csspart photo - The badge of a headline with photos (also `badge`).
 * @csspart video - The badge of a headline with a video (also `badge`).
 * @csspart title - The headline's link (a `<span>` when it has no URL).
 * @csspart category - The headline's category (a link when it has a URL).
 * @csspart thumbnail - The headline's image, with the `thumbnails` attribute.
 * @csspart more - The feed's "All news" link.
 * @csspart new-button - "3 new stories": shows headlines that arrived while the reader was in the list.
 * @csspart ticker - The ticker's bar.
 * @csspart viewport - The ticker's visible window onto the moving headlines.
 * @csspart pause - The ticker's pause / play button.
 * @csspart previous - With reduced motion, scrolls the ticker back.
 * @csspart next - With reduced motion, scrolls the ticker on.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - Shown when the feed has no items.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The error box's "Try again" button.
 * @csspart stale - The note shown when a refresh failed and earlier content stays.
 *
 * @cssproperty [--news-font-family=inherit] - Font of all text.
 * @cssproperty [--news-font-size=1rem] - Base font size.
 * @cssproperty [--news-color-text=#1b1c1f] - Text color (dark scheme: #e8eaed).
 * @cssproperty [--news-color-bg=transparent] - Background.
 * @cssproperty [--news-color-muted=#5c6066] - Secondary text: categories, notes (dark: #a8adb4).
 * @cssproperty [--news-color-accent=#0b57d0] - Links on hover, times, buttons (dark: #8ab4f8).
 * @cssproperty [--news-color-on-accent=#fff] - Text on accent-colored buttons.
 * @cssproperty [--news-color-border=#dadce0] - Lines between items (dark: #3c4043).
 * @cssproperty [--news-color-error=#b3261e] - The error box (dark: #f2b8b5).
 * @cssproperty [--news-color-highlight=#fff3c4] - Background of a headline that just arrived (dark: #4a4010).
 * @cssproperty [--news-color-skeleton=#eceef1] - Loading placeholders (dark: #2d2f33).
 * @cssproperty [--news-radius=0.5rem] - Corner radius.
 * @cssproperty [--news-space=0.75rem] - Padding inside boxes.
 * @cssproperty [--news-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssproperty [--news-latest-news-gap=0.75rem] - Space between items.
 * @cssproperty [--news-latest-news-time-color=accent] - Color of item times.
 * @cssproperty [--news-latest-news-thumbnail-size=4.5rem] - Thumbnail size.
 * @cssproperty [--news-ticker-bg=transparent] - The ticker's background.
 *
 * @cssstate loading - The first load is in flight, or the element waits for `src` or `data`.
 * @cssstate error - The first load failed; the error box shows.
 * @cssstate empty - The feed has no items.
 *
 * @event {NewsLoadEvent} news-load - Data loaded and rendered (also after each refresh). `warnings` lists items left out.
 * @event {NewsErrorEvent} news-error - A load or refresh failed: `kind`, `status`, `message`.
 */
export class LatestNewsElement extends NewsElement<Feed> {
  static override tagName = 'latest-news';
  static override styles = [...NewsElement.styles, latestNewsStyles];
  static override properties = {
    ...NewsElement.properties,
    limit: { type: Number, reflect: true, useDefault: true },
    variant: { reflect: true, useDefault: true },
    refresh: { type: Number, reflect: true, useDefault: true },
    linkTarget: { attribute: 'link-target', reflect: true },
    linkParams: { attribute: 'link-params', reflect: true },
    speed: { type: Number, reflect: true, useDefault: true },
    thumbnails: { type: Boolean, reflect: true },
  };

  /** How many headlines to show. */
  limit = 10;
  /** `list` (default) or `ticker`: one line of headlines moving at a constant speed. */
  variant: 'list' | 'ticker' = 'list';
  /** Seconds between polls for new headlines (at least 15, ±20% jitter); 0 or absent: no polling. */
  refresh = 0;
  /** `target` for links into the publisher's site, e.g. `_blank` (which adds `rel="noopener noreferrer"`). */
  linkTarget?: string;
  /** Query parameters added to every link into the publisher's site, e.g. `utm_source=partner`. */
  linkParams?: string;
  /** Ticker speed in pixels per second. */
  speed = 60;
  /** Show each headline's image, when it has one. */
  thumbnails = false;

  #ticker = new TickerController(this);
  /** A refresh that arrived while the reader was in the list, waiting for the "new stories" button. */
  #incoming?: Feed;
  #incomingCount = 0;
  /** Headlines that just arrived, highlighted for a moment. */
  #fresh = new Set<string>();
  #freshTimer?: ReturnType<typeof setTimeout>;
  #focusFirstFresh = false;
  #timer?: ReturnType<typeof setTimeout>;
  #failures = 0;
  #waitingForVisible = false;
  /** The items of the last parse, so that a refresh validates only what changed. */
  #memo: ListMemo<FeedItem> = { entries: new Map() };

  /** `limit`, or 10 when it is not a positive number. */
  get #limit(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.hasUpdated && this.#timer === undefined) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  protected override stop(): void {
    super.stop();
    clearTimeout(this.#timer);
    clearTimeout(this.#freshTimer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('refresh') && this.hasUpdated) this.#schedule();
  }

  protected parse(raw: unknown, url: string | undefined): Validated<Feed> {
    return parseFeed(raw, url ?? document.baseURI, this.#memo);
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.items.length === 0;
  }

  protected override async load(refresh = false, maxAge = 0): Promise<boolean> {
    clearTimeout(this.#timer);
    const current = await super.load(refresh, maxAge);
    if (current) this.#schedule();
    return current;
  }

  protected override loadSucceeded(): void {
    this.#failures = 0;
  }

  protected override loadFailed(): void {
    this.#failures++;
  }

  protected override sourceChanged(): void {
    this.#dropIncoming();
  }

  #dropIncoming() {
    this.#incoming = undefined;
    this.#incomingCount = 0;
  }

  protected override accept(next: Feed, refresh: boolean): void {
    const shown = this.value;
    this.#dropIncoming();
    if (!shown) {
      this.value = next;
      return;
    }
    // Keep the objects of unchanged items, so keyed rendering skips them entirely.
    const known = new Map(shown.items.map((item) => [item.id, item]));
    // Items the parse recognised are the very objects shown; others are compared by content.
    const same = (a: FeedItem, b: FeedItem) => a === b || JSON.stringify(a) === JSON.stringify(b);
    const items = next.items.map((item) => {
      const old = known.get(item.id);
      return old && same(old, item) ? old : item;
    });
    const merged = { ...next, items };
    const arrived = items.slice(0, this.#limit).filter((item) => !known.has(item.id));
    if (!refresh || !arrived.length || this.variant === 'ticker') {
      this.value = merged;
      return;
    }
    if (this.#engaged()) {
      // The reader is in the list: edit what is shown in place, and offer the rest on a button.
      const latest = new Map(items.map((item) => [item.id, item]));
      this.value = { ...shown, items: shown.items.map((item) => latest.get(item.id) ?? item) };
      this.#incoming = merged;
      this.#incomingCount = arrived.length;
    } else {
      this.value = merged;
      this.#highlight(arrived);
    }
  }

  /** Whether the reader is reading or using the list, so that new items must not push it around. */
  #engaged(): boolean {
    if (this.#ticker.hovered || this.matches(':focus-within')) return true;
    const list = this.renderRoot.querySelector('[part~="list"]');
    if (this.scrollTop > 0 || (list?.scrollTop ?? 0) > 0) return true;
    const { top, bottom } = this.getBoundingClientRect();
    return top < 0 && bottom > 0;
  }

  #highlight(items: FeedItem[]) {
    this.#fresh = new Set(items.map((item) => item.id));
    clearTimeout(this.#freshTimer);
    this.#freshTimer = setTimeout(() => {
      this.#fresh = new Set();
      this.requestUpdate();
    }, 4000);
  }

  #showIncoming = () => {
    const incoming = this.#incoming;
    if (!incoming) return;
    const shown = new Set(this.value?.items.map((item) => item.id));
    this.value = incoming;
    this.#highlight(incoming.items.filter((item) => !shown.has(item.id)));
    this.#dropIncoming();
    this.#focusFirstFresh = true;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusFirstFresh) {
      this.#focusFirstFresh = false;
      const root = this.renderRoot;
      (
        root.querySelector<HTMLElement>('[part~="new"] a[part~="title"]') ??
        root.querySelector<HTMLElement>('[part~="list"]')
      )?.focus();
    }
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!(this.refresh > 0) || !this.src || this.data !== undefined || !this.isConnected) return;
    // Backoff after failures, capped at a day (setTimeout cannot wait much longer than 24 days).
    const seconds = Math.min(Math.max(MIN_REFRESH, this.refresh) * Math.min(2 ** this.#failures, 16), 86_400);
    // ±20% jitter, so that a million open pages never poll in the same second.
    this.#timer = setTimeout(this.#poll, seconds * 1000 * (0.8 + Math.random() * 0.4));
  }

  /**
   * A poll. Widgets on the same feed each poll on their own jittered clock; one that polls within half an
   * interval of another takes that response instead of asking the server again.
   */
  #pollNow() {
    void this.load(true, Math.max(MIN_REFRESH, this.refresh) * 500);
  }

  #poll = () => {
    this.#timer = undefined;
    if (document.hidden) this.#waitingForVisible = true;
    else this.#pollNow();
  };

  #onVisibility = () => {
    if (!document.hidden && this.#waitingForVisible) {
      this.#waitingForVisible = false;
      this.#pollNow();
    }
  };

  #row(
    item: FeedItem,
    { locale, zone, links, today, s, ticker, thumbnails }: RowContext,
    isNew: boolean,
  ): Spec {
    const image = thumbnails ? item.image : undefined;
    const date = new Date(item.publishedAt);
    const day = formatDay(date, locale, zone);
    const children: Spec[] = [];
    if (image) {
      children.push([
        'img',
        {
          part: 'thumbnail',
          src: image.src,
          srcset: image.srcset,
          sizes: image.srcset ? '96px' : undefined,
          width: image.width?.toString(),
          height: image.height?.toString(),
          alt: '',
          loading: 'lazy',
          decoding: 'async',
        },
      ]);
    }
    const time = dayKey(date, zone) === today ? formatTime(date, locale, zone) : day;
    children.push(['time', { part: 'time', datetime: item.publishedAt, title: day }, time]);
    if (item.media) children.push(['span', { part: `badge ${item.media}` }, s[item.media]]);
    children.push(link(item.url, 'title', item.title, links, item.lang));
    if (item.category && !ticker)
      children.push(link(item.category.url, 'category', item.category.name, links));
    return ['li', { part: isNew ? 'item new' : 'item', class: image ? 'thumb' : undefined }, children];
  }

  #items(items: FeedItem[]) {
    const ticker = this.variant === 'ticker';
    const context: RowContext = {
      locale: this.locale,
      zone: this.zone,
      links: linkSettings(this),
      today: dayKey(new Date(), this.zone),
      s: pick(strings, this.locale),
      ticker,
      thumbnails: this.thumbnails && !ticker,
    };
    // Everything besides the item that a row depends on; the day makes "today" roll over.
    const stamp = [
      context.locale,
      context.zone,
      linkKey(context.links),
      ticker,
      context.thumbnails,
      context.today,
    ].join('|');
    return rows(
      items,
      (item) => item.id,
      (item) => (this.#fresh.has(item.id) ? `${stamp}|new` : stamp),
      (item) => this.#row(item, context, this.#fresh.has(item.id)),
    );
  }

  protected renderSkeleton(): unknown {
    const rows = Array.from({ length: Math.min(this.#limit, 50) }, () => 0);
    if (this.variant === 'ticker') return html`<div part="ticker"><span class="bone wide"></span></div>`;
    // The heading, the rows and the "All news" link, line for line in the content's sizes: a row is its
    // time, two lines of headline (the common case in a sidebar) and its category.
    const line = html`<span class="line"></span>`;
    return html`<div class="lines heading">${line}</div>
      <ul class="skeleton">
        ${rows.map(
          () =>
            html`<li class=${this.thumbnails ? 'thumb' : ''}>
              ${this.thumbnails ? html`<span class="bone thumbnail"></span>` : nothing}
              <span class="line time"></span>
              <span class="lines">${line}<span class="line short"></span></span>
              <span class="line category"></span>
            </li>`,
        )}
      </ul>
      <div class="lines more">${line}</div>`;
  }

  protected renderContent(feed: Feed): unknown {
    const items = feed.items.slice(0, this.#limit);
    return this.variant === 'ticker' ? this.#renderTicker(feed, items) : this.#renderList(feed, items);
  }

  // role="list": Safari drops list semantics from lists styled with `list-style: none`.
  /* eslint-disable lit-a11y/no-redundant-role */
  #renderList(feed: Feed, items: FeedItem[]) {
    const s = pick(strings, this.locale);
    const waiting = this.#incoming ? plural(this.locale, s.newStories, this.#incomingCount) : '';
    const more = linkAttributes(feed.url, linkSettings(this));
    return html`
      ${feed.title ? html`<h2 part="heading">${feed.title}</h2>` : nothing}
      ${waiting ? html`<button part="new-button" type="button" @click=${this.#showIncoming}>${waiting}</button>` : nothing}
      <ul part="list" class="list" role="list" tabindex="-1">
        ${this.#items(items)}
      </ul>
      ${more ? html`<a part="more" href=${more.href} target=${more.target ?? nothing} rel=${more.rel ?? nothing}>${s.allNews}</a>` : nothing}
      <div class="vh" aria-live="polite">${waiting}</div>
    `;
  }

  #renderTicker(feed: Feed, items: FeedItem[]) {
    const s = pick(strings, this.locale);
    const reduced = this.#ticker.reducedMotion;
    const paused = this.#ticker.userPaused;
    const scroll = (direction: number) => () => {
      const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
      const rtl = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
      viewport?.scrollBy({ left: direction * rtl * viewport.clientWidth * 0.8, behavior: 'smooth' });
    };
    return html`<div
      part="ticker"
      class=${reduced ? 'reduced' : 'moving'}
      role="region"
      aria-label=${feed.title ?? s.latest}
    >
      ${
        reduced
          ? html`<button part="previous" type="button" aria-label=${s.previous} @click=${scroll(-1)}>
              ${icon(PREV)}
            </button>`
          : html`<button
              part="pause"
              type="button"
              aria-label=${paused ? s.play : s.pause}
              @click=${() => this.#ticker.toggle()}
            >
              ${icon(paused ? PLAY : PAUSE)}
            </button>`
      }
      <div part="viewport" class="viewport">
        <div class="track">
          <ul part="list" role="list">
            ${this.#items(items)}
          </ul>
          ${
            reduced
              ? nothing
              : html`<ul aria-hidden="true" inert>
                  ${this.#items(items)}
                </ul>`
          }
        </div>
      </div>
      ${reduced ? html`<button part="next" type="button" aria-label=${s.next} @click=${scroll(1)}>${icon(NEXT)}</button>` : nothing}
    </div>`;
  } /* eslint-enable lit-a11y/no-redundant-role */
}
