// Registers <news-article>. Importing this module is the side effect; importing it twice is harmless.
import { NewsArticleElement } from './news-article.js';
// An article shows its further photos in a <photo-gallery>.
import '../photo-gallery/photo-gallery.define.js';

NewsArticleElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
