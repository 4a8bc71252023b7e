// Unit and component tests in a real browser: `npm test` (all of it) or `npx wtr` (these alone).
//
// The browser is the Chrome or Chromium installed on the machine (scripts/find-chrome.js), driven by
// playwright; nothing is downloaded. The dev server also serves misbehaving endpoints under /fault/
// (test/server/fault-middleware.js) for the network-failure tests.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome, PLAYWRIGHT_CHROME_ARGS } from './scripts/find-chrome.js';
import { plainSummaryReporter } from './scripts/wtr-summary-reporter.js';
import { faultMiddleware } from './test/server/fault-middleware.js';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??= '1';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const concurrency = Number.parseInt(process.env.WTR_CONCURRENCY ?? '', 10) || 1;

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  // The machine has 2 cores: one test file at a time keeps the timing-sensitive tests (timeouts,
  // drip-fed responses, refresh intervals) honest. WTR_CONCURRENCY=2 trades that for speed.
  concurrentBrowsers: 1,
  concurrency,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 5 * 60_000,
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // Passed so that esbuild follows the project's class-field settings (useDefineForClassFields).
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, args: PLAYWRIGHT_CHROME_ARGS },
    }),
  ],
  middleware: [faultMiddleware],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
