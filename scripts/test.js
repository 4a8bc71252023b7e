// `npm test`: build, then the browser unit tests (web-test-runner), then the end-to-end tests of the
// built CDN files (node:test + playwright-core), and one closing line that adds them up:
//
//   tests: 57 passed, 0 failed
//
// Extra arguments go to web-test-runner (`npm test -- --files test/format.test.ts`). `--watch` and
// `--manual` run web-test-runner alone, interactively. Options read here and not passed on:
//   --no-build   skip scripts/build.js      --no-unit   skip web-test-runner
//   --no-e2e     skip test/e2e
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const OWN_FLAGS = new Set(['--no-build', '--no-unit', '--no-e2e']);
const argv = process.argv.slice(2);
const own = new Set(argv.filter((arg) => OWN_FLAGS.has(arg)));
const wtrArgs = argv.filter((arg) => !OWN_FLAGS.has(arg));
const interactive = wtrArgs.some((arg) => arg === '--watch' || arg === '--manual');

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
if (process.stdout.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined)
  env.FORCE_COLOR = '1';

let current = null;
for (const [signal, code] of [
  ['SIGHUP', 129],
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    if (!current) process.exit(code);
    // SIGTERM whatever came in: web-test-runner shuts down its browser on SIGTERM, but may outlive a
    // SIGHUP when the terminal goes away.
    current.once('close', () => process.exit(code));
    current.kill('SIGTERM');
    setTimeout(() => process.exit(code), 5000).unref();
  });
}

function header(text) {
  console.log(`\n=== ${text} ===\n`);
}

// ANSI escapes out, so that the summary lines can be matched whatever the colours.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * Runs a command with its output streamed live; each complete stdout line is handed to `onLine`.
 * @returns {Promise<number>} the exit code (1 when killed by a signal)
 */
function run(command, args, { onLine, stdio } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: stdio ?? ['inherit', onLine ? 'pipe' : 'inherit', 'inherit'],
    });
    current = child;
    if (onLine && child.stdout) {
      let partial = '';
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines) onLine(line.replace(ANSI, '').trim());
      });
      child.stdout.on('end', () => {
        if (partial) onLine(partial.replace(ANSI, '').trim());
      });
    }
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => {
      current = null;
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

function binOf(pkg, name) {
  // Not require.resolve(`${pkg}/package.json`): packages with an "exports" map may not export it.
  const manifestPath = join(root, 'node_modules', pkg, 'package.json');
  if (!existsSync(manifestPath)) {
    console.error(`${pkg} is not installed: run \`npm ci\` first.`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(dirname(manifestPath), bin);
}

function listE2eFiles(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listE2eFiles(path));
    else if (/\.e2e\.(c|m)?js$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

// 1. A browser, or a plain reason why not.
header('Browser');
try {
  console.log(`Using ${findChrome()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// 2. Build (dist/ and dist/cdn/ for the end-to-end tests).
if (own.has('--no-build') || interactive) {
  console.log(`\nSkipping the build (${interactive ? 'watch/manual mode' : '--no-build'}).`);
} else if (!existsSync(join(root, 'scripts/build.js'))) {
  console.log('\nscripts/build.js does not exist yet: skipping the build.');
} else {
  header('Build: node scripts/build.js');
  const code = await run(process.execPath, ['scripts/build.js']);
  if (code !== 0) {
    console.error(`\nThe build failed (exit code ${code}); not running the tests.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(code || 1);
  }
}

// 3. Unit and component tests in the browser.
if (!own.has('--no-unit')) {
  const wtr = binOf('@web/test-runner', 'web-test-runner');
  const args = [wtr, '--config', 'web-test-runner.config.js', ...wtrArgs];
  header(`Unit: web-test-runner ${args.slice(1).join(' ')}`);
  if (interactive) {
    // Watch and manual modes need the terminal itself and never end on their own.
    const code = await run(process.execPath, args, { stdio: 'inherit' });
    process.exit(code);
  }
  let unit = null;
  const code = await run(process.execPath, args, {
    onLine(line) {
      const match = /^unit: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(line);
      if (match) unit = { passed: +match[1], failed: +match[2], skipped: +(match[3] ?? 0) };
    },
  });
  if (!unit) {
    unit = { passed: 0, failed: 1, skipped: 0 };
    problems.push(`web-test-runner exited with code ${code} without reporting any test results.`);
  } else if (code !== 0 && unit.failed === 0) {
    unit.failed = 1;
    problems.push(`web-test-runner exited with code ${code} although no test failed (see its output above).`);
  }
  totals.passed += unit.passed;
  totals.failed += unit.failed;
  totals.skipped += unit.skipped;
}

// 4. End-to-end tests of the built files.
if (!own.has('--no-e2e')) {
  const files = listE2eFiles(join(root, 'test/e2e')).map((file) => relative(root, file));
  header(`E2E: node --test ${files.join(' ')}`);
  if (files.length === 0) {
    problems.push('No end-to-end tests found (test/e2e/**/*.e2e.js).');
    totals.failed += 1;
  } else {
    const counts = {};
    const code = await run(process.execPath, ['--test', '--test-reporter=spec', ...files], {
      onLine(line) {
        const match = /^(?:ℹ|#) (tests|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line);
        if (match) counts[match[1]] = +match[2];
      },
    });
    const e2e = {
      passed: counts.pass ?? 0,
      failed: (counts.fail ?? 0) + (counts.cancelled ?? 0),
      skipped: (counts.skipped ?? 0) + (counts.todo ?? 0),
    };
    if (counts.pass === undefined) {
      problems.push(`node --test exited with code ${code} without reporting any test results.`);
      e2e.failed = Math.max(1, e2e.failed);
    } else if (code !== 0 && e2e.failed === 0) {
      problems.push(`node --test exited with code ${code} although no test failed (see its output above).`);
      e2e.failed = 1;
    }
    totals.passed += e2e.passed;
    totals.failed += e2e.failed;
    totals.skipped += e2e.skipped;
  }
}

// 5. One closing line.
console.log('');
for (const problem of problems) console.error(problem);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
