// load.ts for the ES CDN files (news-widgets.js, latest-news.js): the readers from news-widgets-readers.js
// in the same folder (see load-sibling.ts).
import { readersFrom } from './load-sibling.js';

export const importReaders = () => readersFrom(import.meta.url);
