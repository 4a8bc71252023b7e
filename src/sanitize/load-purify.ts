// How the sanitiser gets DOMPurify: a dynamic import, so that news-widgets.js loads it from a file of its
// own, and only where the browser's HTML Sanitizer API cannot do the work. The classic CDN file swaps
// this module for load-purify-inline.ts at build time (scripts/build.js).
export const importPurify = () => import('./purify.js');
