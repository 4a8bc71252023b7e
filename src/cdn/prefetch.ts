// news-widgets.js and the classic file define their elements one per task (news-widgets.ts); the
// requests of the elements already on the page start before that, all at once, so that the last element
// defined does not start its request tens of milliseconds after the first (src/data/request.ts,
// prefetchJson).
import { resolveSrc } from '../data/config.js';
import { prefetchJson } from '../data/request.js';
import { INLINE } from '../internal/news-element.js';

export function prefetch(tags: string[]): void {
  for (const el of document.querySelectorAll(tags.join())) {
    const src = el.getAttribute('src');
    // Elements with data of their own (set before they were defined, or inline) make no request.
    if (src && !Object.hasOwn(el, 'data') && !el.querySelector(INLINE))
      try {
        prefetchJson(resolveSrc(src), el.hasAttribute('with-credentials') ? 'include' : 'omit');
      } catch {
        // Not a URL: the element reports it.
      }
  }
}
