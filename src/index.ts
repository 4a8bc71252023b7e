// The package root: classes, types, the data API and events, with no side effects. Import
// `news-widgets/define` (or one element's `…/define`) to register the elements.
export { LatestNewsElement, MIN_REFRESH } from './components/latest-news/latest-news.js';
export { NewsArticleElement } from './components/news-article/news-article.js';
export { TagListElement } from './components/tag-list/tag-list.js';
export { PhotoGalleryElement, SWIPE_THRESHOLD } from './components/photo-gallery/photo-gallery.js';
export { NewsElement } from './internal/news-element.js';
export type { NewsStatus } from './internal/news-element.js';
export { configure, getConfig, resetConfig } from './data/config.js';
export type { NewsConfig, PluralForms, StringOverrides } from './data/config.js';
export { NewsError } from './data/errors.js';
export type { NewsErrorKind } from './data/errors.js';
export { requestJson, clearRequestCache } from './data/request.js';
export type { JsonResponse, RequestOptions } from './data/request.js';
export { parseFeed } from './data/schemas/feed.js';
export type { Feed, FeedItem, Validated } from './data/schemas/feed.js';
export type { Category, Image, Tag } from './data/schemas/common.js';
export { parseArticle } from './data/schemas/article.js';
export type { Article, Translation } from './data/schemas/article.js';
export { parseTags } from './data/schemas/tags.js';
export type { Tags } from './data/schemas/tags.js';
export { parsePhotos } from './data/schemas/photos.js';
export type { Photo, Photos } from './data/schemas/photos.js';
export { safeUrl, withParams } from './data/url.js';
export { NewsErrorEvent, NewsItemEvent, NewsLoadEvent, NewsPhotoEvent } from './events/events.js';
export type { NewsItemDetail, NewsItemEventType, NewsPhotoEventType } from './events/events.js';
