// load.ts for the classic CDN file (news-widgets.iife.js): the readers from news-widgets-readers.js in
// the folder the classic file was loaded from (see load-sibling.ts). A classic script has no
// import.meta: its own URL is document.currentScript's, read while it runs (it is gone by the time a
// response comes). Without one (the script inlined into the page), the page's URL.
import { readersFrom } from './load-sibling.js';

const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const importReaders = () => readersFrom(base);
