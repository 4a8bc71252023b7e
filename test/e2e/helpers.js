// Shared pieces of the end-to-end tests: tiny HTTP servers on 127.0.0.1 and a browser from the machine.
// (Not a test file: node --test only runs *.e2e.js.)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome, PLAYWRIGHT_CHROME_ARGS } from '../../scripts/find-chrome.js';

const MIME_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Starts an HTTP server on 127.0.0.1 with a free port.
 * `handler(req, res, url)` returns false when it has not answered (then the server sends a 404).
 * @returns {Promise<{ origin: string, port: number, requests: string[], close(): Promise<void> }>}
 */
export async function startServer(handler) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    try {
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const handled = await handler(req, res, url);
      if (handled === false && !res.headersSent) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: ${url.pathname}`);
      }
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends a file from `dir` for `relPath`, refusing paths that leave `dir`. Returns false if missing. */
export async function sendFile(res, dir, relPath) {
  const path = normalize(join(dir, decodeURIComponent(relPath)));
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
  let body;
  try {
    body = await readFile(path);
  } catch {
    return false;
  }
  res.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(path)] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
  return true;
}

export function sendJson(res, value, headers = {}) {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function sendHtml(res, html) {
  const body = Buffer.from(html);
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Launches the machine's Chrome/Chromium through playwright-core (nothing is downloaded). */
export function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), args: PLAYWRIGHT_CHROME_ARGS });
}

/**
 * Opens a page in a fresh context and records what a person would see in the devtools console.
 * @returns {Promise<{ page: import('playwright-core').Page, consoleErrors: string[], pageErrors: string[], close(): Promise<void> }>}
 */
export async function openPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.stack ?? error)));
  return { page, consoleErrors, pageErrors, close: () => context.close() };
}

/**
 * A script for the top of a test page: records every `news-load` and `news-error` that reaches the
 * document (both bubble and are composed), with the error's kind wherever the event carries it.
 */
export const EVENT_RECORDER = `<script>
  window.__newsEvents = [];
  for (const type of ['news-load', 'news-error']) {
    document.addEventListener(type, (event) => {
      const error = event.error ?? event.detail?.error ?? event.detail ?? {};
      window.__newsEvents.push({
        type,
        tag: event.target && event.target.localName,
        kind: event.kind ?? error.kind,
        status: event.status ?? error.status,
        message: event.message ?? error.message,
      });
    }, true);
  }
</script>`;

/**
 * Waits until the page has recorded a news event and returns the first one, or fails with what the
 * console said if none came.
 */
export async function waitForNewsEvent(opened, timeout = 15_000) {
  try {
    await opened.page.waitForFunction(() => window.__newsEvents && window.__newsEvents.length > 0, null, {
      timeout,
    });
  } catch (error) {
    throw new Error(
      `No news-load or news-error event within ${timeout} ms.\n` +
        `Console errors: ${JSON.stringify(opened.consoleErrors)}\nPage errors: ${JSON.stringify(opened.pageErrors)}`,
      { cause: error },
    );
  }
  return opened.page.evaluate(() => window.__newsEvents[0]);
}

/**
 * The demo's Vite dev server (vite.config.ts: the demo pages and the sample endpoint) on 127.0.0.1 with
 * a free port, quiet. Close it with `server.close()`.
 * @returns {Promise<{ vite: import('vite').ViteDevServer, origin: string }>}
 */
export async function startDemoServer() {
  const { createServer: createVite } = await import('vite');
  const vite = await createVite({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    server: { host: '127.0.0.1', port: 0, strictPort: true },
    logLevel: 'error',
    clearScreen: false,
  });
  await vite.listen();
  return { vite, origin: `http://127.0.0.1:${vite.httpServer.address().port}` };
}

/**
 * The code blocks of README.md's section headed `## title` (its ### parts included), in `lang` (`html`,
 * `js`, `sh`, …), or in any language when `lang` is left out. Fails when the README has no such section.
 */
export function readmeBlocks(title, lang = '\\w*') {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replaceAll('\r\n', '\n');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${title}"`);
  const end = readme.indexOf('\n## ', start + 4);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp('\\n```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}
