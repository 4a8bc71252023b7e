// `npm run bench`: the performance figures of the issue, measured in the machine's Chromium through
// playwright-core against pages served on 127.0.0.1, printed as markdown and saved to bench/results.md.
//
//   npm run bench                  the full run (about 2–3 minutes on 2 cores), saved
//   npm run bench -- --quick       fewer runs and shorter windows, printed but not saved
//   npm run bench -- --only=render,sizes   some suites (render, cold, publisher, ssr, ticker, memory, sizes)
//   npm run bench -- --build       build first even when dist/cdn/ looks current; --no-build never builds
//   npm run bench -- --save / --no-save
//
// The CDN files are built with `npm run build` when dist/cdn/ is missing or older than a file in src/;
// the run then works on a copy of them, so a build started meanwhile cannot change files under it.
// It reports and never asserts: it exits 1 only when a suite fails to run (2 for a bad option).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { launchBrowser } from '../../test/e2e/helpers.js';
import { renderReport } from './lib/report.js';
import { startBenchServer } from './lib/server.js';
import { coldSuite } from './suites/cold.js';
import { memorySuite } from './suites/memory.js';
import { publisherSuite } from './suites/publisher.js';
import { renderSuite } from './suites/render.js';
import { sizesSuite } from './suites/sizes.js';
import { ssrSuite } from './suites/ssr.js';
import { tickerSuite } from './suites/ticker.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CDN = `${root}dist/cdn/`;
const RESULTS = `${root}bench/results.md`;
const SUITES = {
  sizes: sizesSuite,
  render: renderSuite,
  cold: coldSuite,
  publisher: publisherSuite,
  ssr: ssrSuite,
  ticker: tickerSuite,
  memory: memorySuite,
};

const USAGE = `Usage: npm run bench -- [--quick] [--only=${Object.keys(SUITES).join(',')}] [--build | --no-build] [--save | --no-save]`;

function parseArgs(args) {
  const options = { quick: false, only: Object.keys(SUITES), build: 'auto', save: undefined };
  for (const arg of args) {
    const [flag, value] = arg.split(/=(.*)/s);
    if (flag === '--quick') options.quick = true;
    else if (flag === '--build') options.build = 'always';
    else if (flag === '--no-build') options.build = 'never';
    else if (flag === '--save') options.save = true;
    else if (flag === '--no-save') options.save = false;
    else if (flag === '--only' && value) {
      options.only = value.split(',').filter(Boolean);
      const unknown = options.only.filter((name) => !(name in SUITES));
      if (unknown.length) throw new Error(`Unknown suite ${unknown.join(', ')}.`);
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}.`);
  }
  // Only a full run of every suite replaces the committed figures, unless asked.
  options.save ??= !options.quick && options.only.length === Object.keys(SUITES).length;
  return options;
}

/** The newest file under `dir`, by modification time. */
function newest(dir) {
  let found = { path: undefined, mtime: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newest(path) : { path, mtime: statSync(path).mtimeMs };
    if (candidate.mtime > found.mtime) found = candidate;
  }
  return found;
}

/** Builds when asked, or when dist/cdn/ is missing or older than src/. Returns what it did, in words. */
function ensureBuilt(mode) {
  const manifest = `${CDN}manifest.json`;
  let reason;
  if (mode === 'always') reason = 'asked to build';
  else if (!existsSync(manifest)) reason = 'dist/cdn/ was missing';
  else {
    const changed = newest(`${root}src`);
    if (changed.mtime > statSync(manifest).mtimeMs)
      reason = `${relative(root, changed.path)} changed since the last build`;
  }
  if (!reason || mode === 'never') {
    if (!existsSync(manifest))
      throw new Error('dist/cdn/ is missing: run `npm run build`, or leave out --no-build.');
    return `built ${new Date(statSync(manifest).mtimeMs).toISOString().slice(0, 16).replace('T', ' ')} UTC, used as they were${reason ? ` (${reason}, but --no-build)` : ''}`;
  }
  console.log(`Building (${reason}): npm run build`);
  const started = Date.now();
  try {
    execFileSync(process.execPath, [`${root}scripts/build.js`], { cwd: root, stdio: 'inherit' });
  } catch (error) {
    // The build writes every file before it fails on a budget; anything else is a real failure.
    if (!existsSync(manifest) || statSync(manifest).mtimeMs < started) throw error;
    console.log('The build reported a file over its budget; measuring the files it wrote.');
    return `built by this run (${reason}); the build reported a file over its budget`;
  }
  return `built by this run (${reason})`;
}

/** A private copy of dist/cdn/, checked against its manifest (a build may be rewriting it meanwhile). */
async function snapshot() {
  for (let attempt = 1; ; attempt++) {
    const dir = `${mkdtempSync(join(os.tmpdir(), 'news-widgets-bench-cdn-'))}/`;
    try {
      cpSync(CDN, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8'));
      const ok = Object.entries(manifest).every(
        ([file, { bytes }]) =>
          existsSync(dir + file) && statSync(dir + file).size === bytes && existsSync(`${dir + file}.map`),
      );
      if (ok) return dir;
    } catch {
      // Copied while a build was replacing the folder: try again.
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt === 5) throw new Error('dist/cdn/ kept changing while it was copied: is a build running?');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

const load = () => os.loadavg()[0].toFixed(2);

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  const started = Date.now();
  const loadStart = load();
  const build = ensureBuilt(options.build);
  const cdnDir = await snapshot();
  const settings = options.quick
    ? { runs: 4, warmups: 1, traceRuns: 1, publisherRuns: 1, seconds: 5, cycles: 30 }
    : { runs: 20, warmups: 2, traceRuns: 3, publisherRuns: 10, seconds: 10, cycles: 100 };

  const server = await startBenchServer({ cdnDir });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    rmSync(cdnDir, { recursive: true, force: true });
    throw error;
  }
  const chromium = browser.version();
  const results = {};
  const failures = [];
  const log = (line) => console.log(line);
  try {
    for (const name of options.only) {
      const suiteStarted = Date.now();
      console.log(`${name}…`);
      try {
        results[name] = await SUITES[name]({ browser, server, cdnDir, log, ...settings });
        console.log(`  (${((Date.now() - suiteStarted) / 1000).toFixed(0)} s)`);
      } catch (error) {
        failures.push(`${name}: ${error.message.split('\n')[0]}`);
        console.error(`  ${name} failed to run:\n${error.stack}`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const cpus = os.cpus();
  const loadEnd = load();
  const command = [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  const meta = {
    command,
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    machine: `${os.type()} ${os.arch()}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`,
    browser: `Chromium ${chromium} headless (software compositing: --disable-gpu)`,
    node: process.versions.node,
    loadStart,
    loadEnd,
    busy: Math.max(Number(loadStart), Number(loadEnd)) > cpus.length * 0.75,
    runs: options.quick
      ? `Quick run: ${settings.warmups} warm-up + ${settings.runs} measured runs per case`
      : `${settings.warmups} warm-ups + ${settings.runs} measured runs per case, ${settings.traceRuns} traced`,
    build,
    took: `${((Date.now() - started) / 1000).toFixed(0)} s`,
    failures,
  };
  const file = RESULTS;
  const markdown = await prettier.format(renderReport(meta, results), {
    ...(await prettier.resolveConfig(file)),
    filepath: file,
  });
  console.log(`\n${markdown}`);
  if (options.save) {
    mkdirSync(`${root}bench`, { recursive: true });
    writeFileSync(file, markdown);
    console.log(`Saved to ${relative(process.cwd(), file)}.`);
  } else console.log('Not saved (a quick or partial run; --save saves it).');
  rmSync(cdnDir, { recursive: true, force: true });
  if (failures.length) {
    console.error(`\n${failures.length} suite(s) failed to run:\n${failures.join('\n')}`);
    process.exit(1);
  }
}

try {
  await main();
} catch (error) {
  console.error(`The bench could not run: ${error.stack ?? error}`);
  process.exit(1);
}
