// How an element gets the HTML sanitiser: a dynamic import, so that bundles split it into its own file
// and pages without an article body never download it. It then loads DOMPurify (load-purify.ts) only
// where the browser's HTML Sanitizer API is missing or fails its self-check. The classic CDN file, which
// is one script by definition, swaps this module for load-inline.ts at build time (scripts/build.js).
import type { Sanitizer } from './sanitize-html.js';

export const importSanitizer = (): Promise<Sanitizer> =>
  import('./sanitize-html.js').then(({ loadSanitizer }) => loadSanitizer());
