// Entry of dist/cdn/news-widgets.js and news-widgets.iife.js (global `NewsWidgets`): defines every
// element and exposes the page-level API.
import { LatestNewsElement } from '../components/latest-news/latest-news.js';
import { NewsArticleElement } from '../components/news-article/news-article.js';
import { PhotoGalleryElement } from '../components/photo-gallery/photo-gallery.js';
import { TagListElement } from '../components/tag-list/tag-list.js';
import { prefetch } from './prefetch.js';

// One element per task: defining an element upgrades and renders every instance of it on the page, and
// all four in the script's own task made one long task (> 50 ms) on a page with five widgets. Until its
// turn an element is `:not(:defined)`, which the README's page CSS gives its placeholder's size. A
// gallery, an article and its tags often read one endpoint: they go one after the other, so that the
// later ones join the first one's request while it is in flight.
const elements = [PhotoGalleryElement, NewsArticleElement, TagListElement, LatestNewsElement];
// The requests of the elements already on the page do not wait for their turn (prefetch.ts): they start
// once the script (and a configure() in the same module graph or script) has run. Not while the page is
// still being parsed (the classic file in <head> or the middle of <body>): the elements it has not
// reached yet are defined before they are parsed, and make their own requests as they arrive.
if (document.readyState != 'loading') {
  const tags = elements.map((element) => element.tagName);
  queueMicrotask(() => prefetch(tags));
}
const defineNext = () => {
  elements.shift()?.define();
  if (elements.length) setTimeout(defineNext);
};
defineNext();

export { configure } from '../data/config.js';
export { LatestNewsElement, NewsArticleElement, TagListElement, PhotoGalleryElement };
export { NewsError } from '../data/errors.js';
