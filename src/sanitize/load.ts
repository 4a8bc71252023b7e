// How an element gets the HTML sanitiser: a dynamic import, so that bundles split it into its own file
// and pages without an article body never download it. The classic CDN file, which is one script by
// definition, swaps this module for load-inline.ts at build time (scripts/build.js).
export const importSanitizer = () => import('./sanitize-html.js');
