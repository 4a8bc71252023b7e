// load-purify.ts for the classic CDN file: DOMPurify is in the same script.
// Named imports, not `import * as`: the bundler builds a namespace object with a for…in loop, which on a
// page that polluted Object.prototype picked up its keys and threw.
import { purifyEngine } from './purify.js';

export const importPurify = () => Promise.resolve({ purifyEngine });
