// structured-data.load.ts for the classic CDN file: the writer is in the same script. Named imports, not
// a namespace: the bundler builds a namespace object with a for…in loop, which on a page that polluted
// Object.prototype picked up its keys and threw.
import { jsonLd, jsonLdScript } from './structured-data.js';

export const importStructuredData = () => Promise.resolve({ jsonLd, jsonLdScript });
