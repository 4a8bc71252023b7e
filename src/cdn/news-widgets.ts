// Entry of dist/cdn/news-widgets.js and news-widgets.iife.js (global `NewsWidgets`): defines every
// element and exposes the page-level API.
import '../define.js';

export { configure } from '../data/config.js';
export { LatestNewsElement } from '../components/latest-news/latest-news.js';
export { NewsArticleElement } from '../components/news-article/news-article.js';
export { TagListElement } from '../components/tag-list/tag-list.js';
export { PhotoGalleryElement } from '../components/photo-gallery/photo-gallery.js';
export { NewsError } from '../data/errors.js';
