// How <news-article> gets its JSON-LD writer: a dynamic import, so that bundles split it into its own file
// and pages without `structured-data` never download it. The classic CDN file swaps this module for
// structured-data.load-inline.ts at build time (scripts/build.js), as it does for the sanitiser.
export const importStructuredData = () => import('./structured-data.js');
