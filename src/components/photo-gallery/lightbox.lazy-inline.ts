// lightbox.lazy.ts for the classic CDN file (scripts/build.js swaps it in): the lightbox is in the same
// script, so each gallery makes its own at once, as before the lightbox loaded lazily.
export { Lightbox as LazyLightbox } from './lightbox.js';
