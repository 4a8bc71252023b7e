// Registers <latest-news>. Importing this module is the side effect; importing it twice is harmless.
import { LatestNewsElement } from './latest-news.js';

LatestNewsElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'latest-news': LatestNewsElement;
  }
}
