// Locates a locally installed Chrome or Chromium for the browser tests.
//
// The tests never download a browser: they drive the one on the machine through playwright-core.
// `CHROME_PATH` wins when it is set; otherwise the usual install locations are tried in order.
//
// Run directly (`node scripts/find-chrome.js`) it prints the path and exits 0, or prints why it
// found none and exits 1: .ci/run uses that to decide whether to install Chromium.
import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for a headless, quiet browser that makes no requests of its own (no sync, updates or QUIC probes).
 * Playwright adds `--headless` itself from its `headless` option (and must be able to leave it out when
 * it opens a headed debug window), so hand it `PLAYWRIGHT_CHROME_ARGS` instead.
 */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROME_ARGS` without the flags that playwright manages through its own launch options. */
export const PLAYWRIGHT_CHROME_ARGS = CHROME_ARGS.filter((arg) => !arg.startsWith('--headless'));

const HOW_TO_INSTALL =
  'Set CHROME_PATH=/path/to/chrome, or on Debian/Ubuntu run `sudo apt-get install chromium`.';

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @returns {string} the absolute path of the browser executable
 * @throws {Error} when CHROME_PATH points nowhere, or no browser is installed in a known place
 */
export function findChrome(env = process.env, candidates = CANDIDATES) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    const path = resolve(fromEnv);
    if (!isExecutableFile(path)) {
      throw new Error(
        `CHROME_PATH is set to "${fromEnv}", but no executable file is there. ` +
          'Point CHROME_PATH at a Chrome or Chromium binary, or unset it to use an installed one.',
      );
    }
    return path;
  }
  const found = candidates.find(isExecutableFile);
  if (found) return found;
  throw new Error(`No Chrome/Chromium found (looked in: ${candidates.join(', ')}). ${HOW_TO_INSTALL}`);
}

// CLI mode: print the path, or the reason there is none.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
