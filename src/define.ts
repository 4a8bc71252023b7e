// Registers every news element under its default tag. Safe to import more than once.
import './components/latest-news/latest-news.define.js';
import './components/news-article/news-article.define.js';
import './components/tag-list/tag-list.define.js';
import './components/photo-gallery/photo-gallery.define.js';
