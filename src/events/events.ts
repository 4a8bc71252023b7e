// One typed Event class per event. All bubble and are composed, so a page can listen on `document`.
import type { NewsError, NewsErrorKind } from '../data/errors.js';
import type { Photo } from '../data/schemas/photos.js';

/** Fired after every successful load (an empty feed included), once the data is rendered. */
export class NewsLoadEvent<T = unknown> extends Event {
  constructor(
    /** The validated data now shown. */
    readonly data: T,
    /** Entries left out because they failed validation, in plain words (e.g. `items[3].publishedAt: expected an RFC 3339 date-time with an offset`). */
    readonly warnings: readonly string[],
    /** The URL the data came from; `undefined` when it was set through the `data` property. */
    readonly url?: string,
  ) {
    super('news-load', { bubbles: true, composed: true });
  }
  /** The same as `{ data, warnings, url }`, for code written for CustomEvent. */
  get detail(): { data: T; warnings: readonly string[]; url?: string } {
    return { data: this.data, warnings: this.warnings, url: this.url };
  }
}

/** Fired when a load fails: the request, the response or the data. Content already shown stays. */
export class NewsErrorEvent extends Event {
  constructor(readonly error: NewsError) {
    super('news-error', { bubbles: true, composed: true });
  }
  /** `network`, `timeout`, `http`, `not-json` or `invalid`. */
  get kind(): NewsErrorKind {
    return this.error.kind;
  }
  /** The HTTP status, for `kind === 'http'`. */
  get status(): number | undefined {
    return this.error.status;
  }
  /** What went wrong, in plain words. */
  get message(): string {
    return this.error.message;
  }
  /** The same as `{ kind, status, message }`, for code written for CustomEvent. */
  get detail(): { kind: NewsErrorKind; status?: number; message: string } {
    return { kind: this.kind, status: this.status, message: this.message };
  }
}

/** The lightbox events of `<photo-gallery>`, for analytics. */
export type NewsPhotoEventType = 'news-photo-open' | 'news-photo-change' | 'news-photo-close';

/**
 * Fired by `<photo-gallery>` when its lightbox opens (`news-photo-open`), shows another photo
 * (`news-photo-change`) or closes (`news-photo-close`).
 */
export class NewsPhotoEvent<K extends NewsPhotoEventType = NewsPhotoEventType> extends Event {
  declare readonly type: K;
  constructor(
    type: K,
    /** The photo's position in the gallery, from 0. For `news-photo-close`, the photo shown when it closed. */
    readonly index: number,
    /** The photo itself, as validated. */
    readonly photo: Photo,
  ) {
    super(type, { bubbles: true, composed: true });
  }
  /** The same as `{ index, photo }`, for code written for CustomEvent. */
  get detail(): { index: number; photo: Photo } {
    return { index: this.index, photo: this.photo };
  }
}

/** What `news-click` and `news-impression` say about an item. */
export interface NewsItemDetail {
  /** The item's `id`. */
  id: string;
  /** The article's URL as the data gives it (without `link-params`), when it has one. */
  url?: string;
  /** The item's 1-based place in the element's list; absent for a single article. */
  position?: number;
}

/** The item events, for partners' and apps' own analytics. */
export type NewsItemEventType = 'news-click' | 'news-impression';

/**
 * Fired by every element for an item: `news-click` before a reader follows a link to its article
 * (cancelable: `preventDefault()` keeps the browser from navigating, so an app can route the link itself),
 * `news-impression` once per item and element when at least half of the item has been visible for a second.
 */
export class NewsItemEvent<K extends NewsItemEventType = NewsItemEventType> extends Event {
  declare readonly type: K;
  constructor(
    type: K,
    /** `{ id, url, position }` of the item. */
    readonly detail: NewsItemDetail,
  ) {
    super(type, { bubbles: true, composed: true, cancelable: type === 'news-click' });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-photo-open': NewsPhotoEvent<'news-photo-open'>;
    'news-photo-change': NewsPhotoEvent<'news-photo-change'>;
    'news-photo-close': NewsPhotoEvent<'news-photo-close'>;
    'news-click': NewsItemEvent<'news-click'>;
    'news-impression': NewsItemEvent<'news-impression'>;
  }
}
