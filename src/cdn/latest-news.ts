// Entry of dist/cdn/latest-news.js, the partner file: <latest-news> and its ticker alone.
import '../components/latest-news/latest-news.define.js';

export { configure } from '../data/config.js';
export { LatestNewsElement } from '../components/latest-news/latest-news.js';
