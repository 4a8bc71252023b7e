// Registers <tag-list>. Importing this module is the side effect; importing it twice is harmless.
import { TagListElement } from './tag-list.js';

TagListElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'tag-list': TagListElement;
  }
}
