// Shared pieces of the tests that install the package the way an npm user does (pack.e2e.js,
// examples.e2e.js): `npm pack` once per build, scratch folders outside the repo, npm and node commands
// with their output kept for the failure message, and a static server for a built app.
// (Not a test file: node --test only runs *.e2e.js.)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendFile, startServer } from './helpers.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Where packed tarballs are kept between test files and runs: outside the repo. */
const PACK_DIR = join(tmpdir(), 'news-widgets-pack');

/** The version of a tool installed in the repo, so that scratch apps install the very same one. */
export function repoVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * The environment for npm in a scratch folder. Under `npm test` the parent npm exports its settings
 * (`npm_config_local_prefix` pointing at this repo, `npm_package_*`, …); a child npm must not install
 * into the repo because of them. Registry, cache and proxy settings stay.
 */
export function npmEnv() {
  const keep =
    /^npm_config_(registry|cache|userconfig|globalconfig|proxy|https_proxy|noproxy|no_proxy|cafile|strict_ssl|@.*:registry)$/i;
  const env = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.test(key)) continue;
    if (key === 'INIT_CWD') continue;
    env[key] = value;
  }
  env.npm_config_update_notifier = 'false';
  return env;
}

/**
 * Runs a command and resolves to its output; rejects with the command, exit code and output.
 * @returns {Promise<{ stdout: string, stderr: string, ms: number }>}
 */
export function run(command, args, { cwd = root, timeout = 120_000, env = npmEnv() } = {}) {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      timeout,
      // npm is npm.cmd on Windows, which only a shell starts.
      shell: process.platform === 'win32' && command === 'npm',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Date.now() - started;
      if (code === 0) resolvePromise({ stdout, stderr, ms });
      else
        reject(
          new Error(
            `\`${command} ${args.join(' ')}\` in ${cwd} ${signal ? `was killed (${signal}) after ${ms} ms` : `exited with code ${code}`}\n` +
              `--- stdout ---\n${stdout.slice(-8000)}\n--- stderr ---\n${stderr.slice(-8000)}`,
          ),
        );
    });
  });
}

/** Flags for every install: the local npm cache first, and no audit or funding chatter. */
export const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** Runs a tool installed in `dir`'s node_modules with this Node: `bin` is its path inside the package. */
export function runBin(dir, pkg, bin, args, options = {}) {
  return run(process.execPath, [join(dir, 'node_modules', pkg, bin), ...args], { cwd: dir, ...options });
}

function filesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else files.push(path);
  }
  return files.sort();
}

/** A hash of what goes into the tarball: package.json, README, LICENSE and every file in dist/. */
function contentHash() {
  const hash = createHash('sha256');
  const files = [
    ...['package.json', 'README.md', 'LICENSE', 'LICENSE.md', 'custom-elements.json']
      .map((file) => join(root, file))
      .filter((file) => existsSync(file)),
    ...filesUnder(join(root, 'dist')),
  ];
  for (const file of files) {
    hash.update(relative(root, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Fails with a plain reason when the package has not been built. */
export function assertBuilt() {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error(
      'dist/index.js is missing: run `npm run build` first (`npm test` builds before it tests).',
    );
  }
}

/**
 * `npm pack` of the repo as it is built now, made once and shared: the tarball is kept in
 * <tmpdir>/news-widgets-pack/<version>-<hash of its contents>/, so the test files (and later runs of an
 * unchanged build) reuse it. Older tarballs there are removed.
 * @returns {Promise<string>} the tarball's absolute path
 */
export async function packOnce() {
  assertBuilt();
  const key = `${manifest.version}-${contentHash()}`;
  const dir = join(PACK_DIR, key);
  const tarball = join(dir, `${manifest.name}-${manifest.version}.tgz`);
  if (existsSync(tarball)) return tarball;
  await mkdir(PACK_DIR, { recursive: true });
  // Packed into a folder of its own, then moved into place whole: a test file running at the same time
  // sees either no tarball or a complete one.
  const scratch = await mkdtemp(join(PACK_DIR, '.packing-'));
  try {
    // --ignore-scripts: the tarball of what is built now; a prepack script must not rebuild dist/ under
    // the tests' feet.
    const args = ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch];
    const { stdout } = await run('npm', args, { cwd: root });
    const [{ filename }] = JSON.parse(stdout);
    await rename(join(scratch, filename), join(scratch, basename(tarball)));
    try {
      await rename(scratch, dir);
    } catch (error) {
      // Another process got there first with the same contents.
      if (!existsSync(tarball)) throw error;
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  for (const entry of await readdir(PACK_DIR)) {
    if (entry !== key && !entry.startsWith('.')) {
      await rm(join(PACK_DIR, entry), { recursive: true, force: true });
    }
  }
  return tarball;
}

/** A new empty folder under the system's temp folder (never inside the repo). */
export function scratchDir(prefix) {
  return mkdtemp(join(tmpdir(), `news-widgets-${prefix}-`));
}

/** Copies a folder, leaving out installed packages and build output. */
export function copyApp(from, to) {
  return cp(from, to, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  });
}

/** Removes a scratch folder, unless KEEP_E2E_TMP is set (to look at what was built). */
export async function removeScratch(dir) {
  if (!dir) return;
  if (process.env.KEEP_E2E_TMP) {
    console.log(`Kept ${dir}`);
    return;
  }
  await rm(dir, { recursive: true, force: true });
}

/** Serves a built app's folder on 127.0.0.1; `/` and folders get their index.html. */
export function serveDir(dir) {
  return startServer(async (_req, res, url) => {
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    return sendFile(res, dir, path);
  });
}

/** Times a step, for the log: `await timed('npm install', () => …)`. */
export async function timed(label, step) {
  const started = Date.now();
  try {
    return await step();
  } finally {
    console.log(`# ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
