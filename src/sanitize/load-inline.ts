// load.ts for the classic CDN file: the sanitiser is in the same script, so no import() (whose lazy
// module wrappers would cost more bytes than they save there).
import * as sanitizer from './sanitize-html.js';

export const importSanitizer = () => Promise.resolve(sanitizer);
