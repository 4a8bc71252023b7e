// Load more for <latest-news>, at once. The ES CDN files swap in load-more.load-lazy.ts
// (scripts/build.js), so that lists without `load-more` never download it; the classic file keeps it in.
import type { Part } from '../../internal/lazy.js';
import { LoadMoreController } from './load-more.js';

export const loadMoreController: Part<typeof LoadMoreController> = () => LoadMoreController;
