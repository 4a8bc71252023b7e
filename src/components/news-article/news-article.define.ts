// Registers <news-article>. Importing this module is the side effect; importing it twice is harmless.
import { NewsArticleElement } from './news-article.js';

NewsArticleElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
