// Registers <photo-gallery>. Importing this module is the side effect; importing it twice is harmless.
import { PhotoGalleryElement } from './photo-gallery.js';

PhotoGalleryElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'photo-gallery': PhotoGalleryElement;
  }
}
