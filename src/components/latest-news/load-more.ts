// Load more for <latest-news load-more="manual|auto">: the page at the feed's `next`, appended below what
// is shown, read exactly like the first page (the same request layer, format readers and validation).
// Pages stay when a refresh changes the top; an item is never shown twice; a `next` seen before ends it.
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig } from '../../data/config.js';
import { NewsError } from '../../data/errors.js';
import { importReaders } from '../../data/formats/load.js';
import { needsReaders } from '../../data/formats/native-shape.js';
import { requestJson } from '../../data/request.js';
import { parseFeed } from '../../data/schemas/feed.js';
import type { Feed, FeedItem } from '../../data/schemas/feed.js';
import { NewsErrorEvent } from '../../events/events.js';
import { plural } from '../../internal/i18n.js';
import { ITEM } from '../../internal/track.js';
import type { LatestNewsStrings } from './latest-news.strings.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    loadMore?: string;
    format?: string;
    withCredentials: boolean;
    locale: string;
    renderRoot: ParentNode;
  };

export class LoadMoreController implements ReactiveController {
  #host: Host;
  /** Items of the pages loaded so far, in order (a refresh adds the first page's items it pushed out). */
  #extra: FeedItem[] = [];
  /** The feed and limit `#shown` was made from, and what was shown. */
  #feed?: Feed;
  #limit = 0;
  #shown: FeedItem[] = [];
  /** The next page: `undefined` while none was loaded (the first page's `next` counts), `null`: the end. */
  #next?: string | null;
  #seen = new Set<string>();
  #busy?: AbortController;
  #failed = false;
  /** What screen readers hear after a page was added. */
  #said = '';
  /** The first new headline, to focus after a page the reader asked for. */
  #focus?: string;
  #observer?: IntersectionObserver;
  #end?: Element;
  #s?: LatestNewsStrings;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    // The first page's URL, as loaded: a page whose `next` leads back to it ends the paging.
    host.addEventListener('news-load', (event) => event.url && this.#seen.add(event.url));
  }

  /** The headlines to show: the first page capped at `limit`, then the pages loaded, each id once. */
  shown(feed: Feed, limit: number): FeedItem[] {
    if (feed === this.#feed && limit === this.#limit) return this.#shown;
    const top = feed.items.slice(0, limit);
    const ids = new Set(top.map((item) => item.id));
    const latest = new Map(feed.items.map((item) => [item.id, item]));
    // After a refresh, what was shown below the new first page stays (in its latest version).
    if (this.#feed && this.#extra.length)
      this.#extra = this.#shown.map((item) => latest.get(item.id) ?? item);
    this.#feed = feed;
    this.#limit = limit;
    return (this.#shown = [...top, ...this.#extra.filter((item) => !ids.has(item.id) && ids.add(item.id))]);
  }

  /** Forgets the pages: the element shows another source. */
  reset(): void {
    this.#busy?.abort();
    this.#busy = this.#feed = this.#next = this.#focus = undefined;
    this.#extra = [];
    this.#failed = false;
    this.#said = '';
  }

  get #url(): string | null | undefined {
    return this.#next === undefined ? this.#feed?.next : this.#next;
  }

  /** Loads the next page; `asked`: the reader pressed the button, so focus goes to the first new headline. */
  async load(asked: boolean): Promise<void> {
    const url = this.#url;
    if (!url || this.#busy) return;
    const host = this.#host;
    const controller = (this.#busy = new AbortController());
    this.#failed = false;
    host.requestUpdate();
    const format = host.format || getConfig().format || 'auto';
    try {
      const response = await requestJson(url, {
        signal: controller.signal,
        credentials: host.withCredentials ? 'include' : 'omit',
      });
      const { url: at, headers } = response;
      let { data } = response;
      if (needsReaders(format, data)) {
        const { readSource } = await importReaders();
        ({ data } = readSource({ format, body: data, url: at, headers }, false, NewsError));
      }
      const { value, warnings } = parseFeed(data, at);
      if (!value.items.length && warnings.length) throw new NewsError('invalid', warnings[0]!, undefined, at);
      if (controller !== this.#busy) return;
      this.#seen.add(url).add(at);
      const ids = new Set(this.#shown.map((item) => item.id));
      const added = value.items.filter((item) => !ids.has(item.id) && ids.add(item.id));
      this.#extra.push(...added);
      this.#feed = undefined;
      this.#next = value.next && !this.#seen.has(value.next) ? value.next : null;
      this.#say(plural(host.locale, this.#s!.added, added.length));
      this.#focus = asked ? added[0]?.id : undefined;
    } catch (error) {
      if (controller !== this.#busy) return;
      this.#failed = true;
      this.#say(this.#s!.moreFailed);
      host.dispatchEvent(
        new NewsErrorEvent(error instanceof NewsError ? error : new NewsError('invalid', String(error))),
      );
    }
    this.#busy = undefined;
    host.requestUpdate();
  }

  /**
   * Puts `text` in the status region. The same words twice ("5 more headlines" after another page of 5)
   * would change nothing there, and screen readers would say nothing: the second time they end in a
   * no-break space.
   */
  #say(text: string) {
    this.#said = this.#said === text ? `${text}\u00a0` : text;
  }

  /** The button (or, for `auto`, the end of the list that loads when near), and the status. */
  render(s: LatestNewsStrings): unknown {
    this.#s = s;
    const button =
      this.#failed || (this.#host.loadMore !== 'auto' && this.#url)
        ? html`<button
            part="load-more"
            type="button"
            aria-busy=${this.#busy ? 'true' : nothing}
            @click=${() => this.load(true)}
          >
            ${this.#failed ? s.moreFailed : s.more}
          </button>`
        : this.#url
          ? html`<div class="end"></div>`
          : nothing;
    return html`${button}
      <div class="vh" role="status">${this.#said}</div>`;
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    if (this.#focus !== undefined) {
      const id = CSS.escape(this.#focus);
      this.#focus = undefined;
      (
        root.querySelector<HTMLElement>(`a[${ITEM}="${id}"]`) ??
        root.querySelector<HTMLElement>('[part~="list"]')
      )?.focus();
    }
    const end = root.querySelector('.end') ?? undefined;
    // Watched again after every page: a page that added nothing leaves the end in view, and must go on.
    if (end !== this.#end || !this.#busy) {
      this.#observer ??= new IntersectionObserver(
        (entries) => entries.some((entry) => entry.isIntersecting) && void this.load(false),
        { rootMargin: '0px 0px 400px' },
      );
      this.#observer.disconnect();
      this.#end = end;
      if (end) this.#observer.observe(end);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#end = undefined;
  }
}
