// Parts of an element that some CDN files load on demand (news-widgets.js: the ticker and load more;
// latest-news.js: load more), with import(), so that a page that never uses them never downloads them.
// Each part has a `*.load.ts` module that hands over its class at once (the npm package, the classic
// file) and a `*.load-lazy.ts` twin that scripts/build.js swaps in for those files.
import type { ReactiveControllerHost } from 'lit';
import { NewsError } from '../data/errors.js';

/** A part's class: at once when it is there, else a promise of it (the load starts on the first call). */
export type Part<T> = () => T | Promise<T>;

/**
 * `load` made into a Part: one load for every element on the page (tried twice: a file that failed once
 * is asked for again at once), the class at once after it, and a failed load forgotten, so that the next
 * call (the reader's "Try again") tries again.
 */
export function lazy<T>(load: () => Promise<T>): Part<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return () =>
    loaded ??
    (loading ??= load()
      .catch(load)
      .then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = undefined;
          throw new NewsError('network', `A part of the widget could not be loaded: ${error}`);
        },
      ));
}

/** Undefined when every part given is there; else a promise that settles once they are (or one failed). */
export function whenLoaded(parts: unknown[]): Promise<void> | undefined {
  const loading = parts.filter((part) => part instanceof Promise);
  return loading.length ? Promise.all(loading).then(() => {}) : undefined;
}

/** A controller of class `Part` for `host`; while that loads, none, and `host` renders again once it is there. */
export function make<H extends ReactiveControllerHost, C>(
  host: H,
  Part: (new (host: H) => C) | Promise<unknown>,
): C | undefined {
  if (!(Part instanceof Promise)) return new Part(host);
  Part.then(
    () => host.requestUpdate(),
    () => {},
  );
}
