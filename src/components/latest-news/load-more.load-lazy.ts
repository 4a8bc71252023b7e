// load-more.load.ts for the ES CDN files: load more from a file of its own, loaded when a list with
// `load-more` connects (while its data is on its way).
import { lazy } from '../../internal/lazy.js';

export const loadMoreController = lazy(() =>
  import('./load-more.js').then((module) => module.LoadMoreController),
);
