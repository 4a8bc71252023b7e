// Entry of dist/cdn/news-widgets-readers.js: the format readers as one ES module of their own, which the
// classic file (news-widgets.iife.js) imports from its own folder when a response is not native
// (src/data/formats/load-classic.ts). The ES files split the same readers into a chunk instead.
export { readSource } from '../data/formats/read.js';
