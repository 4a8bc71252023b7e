// The format readers for the CDN files, as one file of their own: news-widgets-readers.js, imported from
// the folder of the file that needs it, only when a response is not native. Not a chunk the bundler
// splits off: a chunk shares modules (zod's) with its entry, and the parts of them only the readers use
// would land in the entry, over latest-news.js's budget (1.1 KB gzip measured); the sibling carries its
// own copies instead. The element passes its NewsError class to readSource, which re-makes its errors
// as that class's.
import type * as Readers from './read.js';

/** The readers' module, news-widgets-readers.js beside the script at `base` (import() takes the URL as text). */
export const readersFrom = (base: string): Promise<Pick<typeof Readers, 'readSource'>> =>
  import(/* @vite-ignore */ new URL('news-widgets-readers.js', base) as unknown as string);
