// load.ts for the classic CDN file: the sanitiser is in the same script, so no import() (whose lazy
// module wrappers would cost more bytes than they save there).
// Named imports, not `import * as`: the bundler builds a namespace object with a for…in loop, which on a
// page that polluted Object.prototype picked up its keys and threw.
import { loadSanitizer } from './sanitize-html.js';
import type { Sanitizer } from './sanitize-html.js';

export const importSanitizer = (): Promise<Sanitizer> => loadSanitizer();
