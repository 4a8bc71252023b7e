// How an element gets the format readers: a dynamic import, so that bundles split them into a file of
// their own, fetched only when a response is not native. The CDN files swap this module for
// load-module.ts or load-classic.ts at build time (scripts/build.js), which import them from
// news-widgets-readers.js beside themselves. The caller takes `readSource` by name: a namespace object
// built by a bundler breaks on a page that polluted Object.prototype, a real module's does not.
export const importReaders = () => import('./read.js');
