// Clicks on links to articles and impressions of items, for partners' and apps' own analytics
// (`news-click`, `news-impression`). The widgets send nothing anywhere: they only fire these events.
import type { ReactiveController, ReactiveElement } from 'lit';
import { NewsItemEvent } from '../events/events.js';
import type { NewsItemDetail } from '../events/events.js';

/**
 * The attribute that marks an item in an element's shadow root, with a key its element can look up:
 * on the item's root (`<li>`, `<article>`) it is watched for impressions; on a link (`<a>`) it makes a
 * click on that link a `news-click` for the item.
 */
export const ITEM = 'data-news-item';

/**
 * How much of an item must be visible, and for how long, to count as seen: half of it, or, for an item
 * too tall for that (a long article), half of the viewport's height filled by it.
 */
const RATIO = 0.5;
const SECOND = 1000;
/** Observer thresholds up to RATIO: a tall item reaches half the viewport at a small share of itself. */
const THRESHOLDS = Array.from({ length: 11 }, (_, i) => (i * RATIO) / 10);

const halfSeen = (entry: IntersectionObserverEntry) =>
  entry.isIntersecting &&
  (entry.intersectionRatio >= RATIO ||
    entry.intersectionRect.height >= RATIO * (entry.rootBounds?.height ?? innerHeight));

/**
 * Fires `news-click` before a reader follows a link marked with `ITEM` (cancelable: `preventDefault()`
 * keeps the browser where it is) and `news-impression` once per item and element when at least half of
 * the item (or, for an item taller than that, half of the viewport) has been visible for a second while the
 * page is shown. `detail(key)` gives the event's
 * `{ id, url, position }` for a key, or `undefined` for a key that no longer names an item.
 */
export class ItemTracker implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #detail: (key: string) => NewsItemDetail | undefined;
  /** Ids whose impression has been sent. */
  readonly #seen = new Set<string>();
  /** Items being watched, and the timer of those at least half visible now (0: visible, no timer). */
  readonly #watched = new Set<Element>();
  readonly #visible = new Map<Element, ReturnType<typeof setTimeout> | 0>();
  #observer?: IntersectionObserver;

  constructor(host: ReactiveElement, detail: (key: string) => NewsItemDetail | undefined) {
    this.#host = host;
    this.#detail = detail;
    host.addController(this);
    const click = (event: MouseEvent) => {
      if (event.type === 'auxclick' && event.button !== 1) return;
      const link = (event.composedPath()[0] as Element).closest?.(`a[${ITEM}]`);
      const found = link && this.#detail(link.getAttribute(ITEM)!);
      if (found && !host.dispatchEvent(new NewsItemEvent('news-click', found))) event.preventDefault();
    };
    host.addEventListener('click', click);
    host.addEventListener('auxclick', click);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#arm);
    if (this.#host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#arm);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#watched.clear();
    this.#disarm();
    this.#visible.clear();
  }

  /** Watches the items the last render added and lets go of those it removed. */
  hostUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver(this.#changed, { threshold: THRESHOLDS });
    for (const el of this.#watched) {
      if (!el.isConnected) {
        this.#observer.unobserve(el);
        this.#watched.delete(el);
        clearTimeout(this.#visible.get(el));
        this.#visible.delete(el);
      }
    }
    for (const el of this.#host.renderRoot.querySelectorAll(`[${ITEM}]:not(a)`)) {
      if (!this.#watched.has(el)) {
        this.#watched.add(el);
        this.#observer.observe(el);
      }
    }
  }

  #changed = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const el = entry.target;
      if (halfSeen(entry)) {
        if (!this.#visible.has(el)) this.#visible.set(el, this.#start(el));
      } else {
        clearTimeout(this.#visible.get(el));
        this.#visible.delete(el);
      }
    }
  };

  /** A timer that sends the impression of `el` in a second, unless the page is hidden (0). */
  #start(el: Element) {
    if (document.hidden) return 0;
    return setTimeout(() => {
      this.#visible.set(el, 0);
      const found = this.#detail(el.getAttribute(ITEM) ?? '');
      if (found && !this.#seen.has(found.id) && el.isConnected) {
        this.#seen.add(found.id);
        this.#host.dispatchEvent(new NewsItemEvent('news-impression', found));
      }
    }, SECOND);
  }

  #disarm() {
    for (const timer of this.#visible.values()) clearTimeout(timer);
  }

  /** The page was hidden (time stops counting) or shown again (visible items start a new second). */
  #arm = () => {
    this.#disarm();
    for (const el of this.#visible.keys()) this.#visible.set(el, this.#start(el));
  };
}
