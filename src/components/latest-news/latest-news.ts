// <latest-news>: newest headlines as a list, or as the one-line ticker partners embed.
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { parseFeed } from '../../data/schemas/feed.js';
import type { Feed, FeedItem, ListMemo, Validated } from '../../data/schemas/feed.js';
import { dayKey } from '../../format/date.js';
import { pick, plural } from '../../internal/i18n.js';
import { headingLevel } from '../../internal/heading.js';
import { linkAttributes, linkSettings } from '../../internal/links.js';
import { make, whenLoaded } from '../../internal/lazy.js';
import { NewsElement } from '../../internal/news-element.js';
import { ItemTracker } from '../../internal/track.js';
import { details, headlines, skeleton } from './headline.js';
import { build } from './rows.js';
import type { LoadMoreController } from './load-more.js';
import { loadMoreController } from './load-more.load.js';
import { PollController } from './poll.controller.js';
import { strings } from './latest-news.strings.js';
import { latestNewsStyles } from './latest-news.styles.js';
import type { TickerController } from './ticker.controller.js';
import { tickerController } from './ticker.load.js';

export { MIN_REFRESH } from './poll.controller.js';

/**
 * Newest headlines from a feed, as a list or as a one-line scrolling ticker.
 *
 * @summary Newest headlines from a feed, as a list or a scrolling ticker.
 *
 * @prop data - Already-parsed JSON in the feed format. When set, no request is made.
 *
 * @csspart base - The wrapper of everything the element shows; carries `lang`.
 * Parts follow one rule in every element: `item` is one entry of a list (its `<li>`), `title` an entry's
 * title (in a headline row, its link), `heading` the element's own heading, and controls are named after
 * what they do (`previous`, `next`, `pause`, `load-more`, `retry`).
 *
 * In right-to-left text (`dir="rtl"` here, on an ancestor or on the page) the list and the ticker mirror:
 * reading order, the ticker's direction of travel (headlines enter from the left and move right), and its
 * previous / next arrows.
 *
 * @csspart heading - The feed's title, above the list (`<h2>`, or the level `heading-level` gives).
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
 * @csspart load-more - With `load-more`: the button that appends the next page ("Try again" after a
 *   failed page, with `auto` too).
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
 * @cssproperty [--news-color-on-accent=#fff] - Text on accent-colored buttons. Without it, white or black, whichever reads on the accent (white where the browser cannot work it out).
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
 * @cssproperty [--news-latest-news-ticker-bg=transparent] - The ticker's background. `--news-ticker-bg`
 *   is a deprecated alias of it, still honoured.
 * @cssproperty [--news-ticker-bg=transparent] - Deprecated: the old name of `--news-latest-news-ticker-bg`,
 *   which wins when both are set.
 *
 * @cssstate loading - The first load is in flight, or the element waits for `src` or `data`.
 * @cssstate error - The first load failed; the error box shows.
 * @cssstate empty - The feed has no items.
 *
 * @event {NewsLoadEvent} news-load - Data loaded and rendered (also after each refresh). `warnings` lists items left out.
 * @event {NewsErrorEvent} news-error - A load, refresh or `load-more` page failed: `kind`, `status`,
 *   `message`. After a failed page, what is shown stays and the load-more button offers to try again.
 * @event {NewsItemEvent} news-click - Before a reader follows a headline's link (list and ticker; not the
 *   category link): detail `{ id, url, position }`, `position` the 1-based place in the list as shown.
 *   Cancelable: `preventDefault()` keeps the browser on the page, so an app can route the link itself.
 * @event {NewsItemEvent} news-impression - Once per headline, when at least half of it has been visible
 *   for a second while the page is shown: detail `{ id, url, position }`.
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
    loadMore: { attribute: 'load-more', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true, useDefault: true },
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
  /**
   * Older headlines below the list, from the feed's `next` page and each page's `next` after it: `manual`
   * (a button) or `auto` (as the reader nears the end of the list). The list variant only.
   */
  loadMore?: 'manual' | 'auto';
  /** The level of the feed title's heading, 1 to 6 (`<h1>`…`<h6>`); other values give 2. */
  headingLevel = 2;

  /** The ticker's driver, only while the variant is `ticker`. */
  #ticker?: TickerController;
  #more?: LoadMoreController;
  #hover = false;
  #heading?: Element;
  /** The headlines of the last render, in order, and their events' details by id (made on first use). */
  #shown: FeedItem[] = [];
  #details?: [FeedItem[], ReturnType<typeof details>];
  #detail = (id: string) => {
    if (this.#details?.[0] !== this.#shown) this.#details = [this.#shown, details(this.#shown)];
    return this.#details[1].get(id);
  };
  /** A refresh that arrived while the reader was in the list, waiting for the "new stories" button. */
  #incoming?: Feed;
  #incomingCount = 0;
  /** Headlines that just arrived, highlighted for a moment. */
  #fresh = new Set<string>();
  #freshTimer?: ReturnType<typeof setTimeout>;
  #focusFirstFresh = false;
  #polls = new PollController(this, (maxAge) => void this.load(true, maxAge));
  /** The items of the last parse, so that a refresh validates only what changed. */
  #memo: ListMemo<FeedItem> = { entries: new Map() };

  constructor() {
    super();
    // news-click and news-impression for the rows marked data-news-item.
    new ItemTracker(this, this.#detail);
    // The pointer over the list: the reader is in it (see #engaged).
    for (const type of ['pointerenter', 'pointerleave'])
      this.addEventListener(type, () => (this.#hover = type === 'pointerenter'));
  }

  /** `limit`, or 10 when it is not a positive number. */
  get #limit(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  protected override stop(): void {
    super.stop();
    this.#polls.cancel();
    // A highlight ends with the page visit: back on a page, the list is not new any more.
    clearTimeout(this.#freshTimer);
    this.#fresh = new Set();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('refresh') && this.hasUpdated) this.#polls.schedule();
    // The ticker's observers and listeners exist only for the ticker; load-more only for a list. Where
    // they load on demand (src/internal/lazy.ts), the load starts here, while the data is on its way.
    const [Ticker, More] = this.#parts();
    if (Ticker) this.#ticker ??= make(this, Ticker);
    else if (this.#ticker) {
      this.#ticker.remove();
      this.#ticker = undefined;
    }
    if (More) this.#more ??= make(this, More);
  }

  /** The ticker's and load more's classes (or their loads) that this element's settings need. */
  #parts() {
    const ticker = this.variant === 'ticker';
    return [ticker && tickerController(), !ticker && !!this.loadMore && loadMoreController()] as const;
  }

  // The data waits for the parts it is shown with: a ticker appears whole, the list with its button.
  protected override prepare(): Promise<void> | undefined {
    return whenLoaded([...this.#parts()]);
  }

  protected parse(raw: unknown, url: string | undefined): Validated<Feed> {
    return parseFeed(raw, url ?? document.baseURI, this.#memo);
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.items.length === 0;
  }

  protected override async load(refresh = false, maxAge = 0): Promise<boolean> {
    this.#polls.cancel();
    const current = await super.load(refresh, maxAge);
    if (current) this.#polls.schedule();
    return current;
  }

  protected override loadSucceeded(): void {
    this.#polls.loaded(true);
  }

  protected override loadFailed(): void {
    this.#polls.loaded(false);
  }

  protected override sourceChanged(): void {
    this.#dropIncoming();
    this.#more?.reset();
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
    if (this.#hover || this.matches(':focus-within')) return true;
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

  #rows(items: FeedItem[], ticker: boolean) {
    return headlines(
      items,
      {
        locale: this.locale,
        zone: this.zone,
        links: linkSettings(this),
        today: dayKey(new Date(), this.zone),
        s: this.#strings,
        ticker,
        thumbnails: this.thumbnails && !ticker,
      },
      this.#fresh,
    );
  }

  get #strings() {
    return pick(strings, this.locale, 'latest-news');
  }

  protected renderSkeleton(): unknown {
    return skeleton(this.variant === 'ticker', Math.min(this.#limit, 50), this.thumbnails);
  }

  protected renderContent(feed: Feed): unknown {
    const s = this.#strings;
    // A list made a ticker shows as a list until the ticker has loaded.
    if (this.variant === 'ticker' && this.#ticker) {
      const items = (this.#shown = feed.items.slice(0, this.#limit));
      return this.#ticker.render(feed.title ?? s.latest, s, () => this.#rows(items, true));
    }
    const more = this.loadMore ? this.#more : undefined;
    const items = (this.#shown = more ? more.shown(feed, this.#limit) : feed.items.slice(0, this.#limit));
    const waiting = this.#incoming ? plural(this.locale, s.newStories, this.#incomingCount) : '';
    const all = linkAttributes(feed.url, linkSettings(this));
    // A tag cannot be a binding: the heading is made (and kept while its level stays) with build().
    const tag = `h${headingLevel(this.headingLevel)}`;
    // role="list": Safari drops list semantics from lists styled with `list-style: none`.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`
      ${feed.title ? (this.#heading = build([tag, { part: 'heading' }, feed.title], this.#heading)) : nothing}
      ${waiting ? html`<button part="new-button" type="button" @click=${this.#showIncoming}>${waiting}</button>` : nothing}
      <ul part="list" class="list" role="list" tabindex="-1">
        ${this.#rows(items, false)}
      </ul>
      ${more?.render(s)}
      ${all ? html`<a part="more" href=${all.href} target=${all.target ?? nothing} rel=${all.rel ?? nothing}>${s.allNews}</a>` : nothing}
      <div class="vh" aria-live="polite">${waiting}</div>
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}
