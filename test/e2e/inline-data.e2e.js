// End-to-end: content before script. An element's children are its fallback and a child
// <script type="application/json"> its initial data, with the built CDN files: without JavaScript, with
// the module file, with a script that fails to load, with the classic file in <head> while the page is
// still streaming in (no request, no layout shift), and on a strict-CSP page.
// Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendJson, startServer } from './helpers.js';

const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const firstTitle = feed.items[0].title;

/** The data, safe inside a <script>: `<` escaped, so nothing in it can close the element. */
const INLINE = `<script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>`;
const FALLBACK = (style = '') =>
  `<div class="fallback"${style ? ` style="${style}"` : ''}><h2>Latest news</h2><ul>${feed.items
    .slice(0, 3)
    .map((item) => `<li><a href="${item.url}">${item.title}</a></li>`)
    .join('')}</ul></div>`;

// Records layout shifts from the first paint on; an external file, so that the strict page may load it.
const RECORDER = `window.__shift = 0; window.__violations = []; window.__loads = 0; window.__skeleton = false;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('news-load', () => window.__loads++);
(function watch() {
  for (const el of document.querySelectorAll('latest-news'))
    if (el.shadowRoot && el.shadowRoot.querySelector('[part~="loading"]')) window.__skeleton = true;
  if (!window.__loads) requestAnimationFrame(watch);
})();`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('content before script', () => {
  let site;
  let browser;
  /** The widget's own height with the data: the server-rendered fallback is made that tall. */
  let height = 0;
  const feedRequests = () => site.requests.filter((path) => path.startsWith('/latest.json')).length;

  before(async () => {
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice(5));
      if (url.pathname === '/recorder.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(RECORDER);
        return true;
      }
      if (url.pathname === '/latest.json') {
        sendJson(res, feed);
        return true;
      }
      const head = (scripts) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>inline</title>
        <script src="/recorder.js"></script>${scripts}</head><body>`;
      const module = '<script type="module" src="/cdn/latest-news.js"></script>';
      const page = {
        '/module.html': `${head(module)}<latest-news src="/latest.json">${INLINE}${FALLBACK()}</latest-news><p id="after">After</p>`,
        '/broken.html': `${head('<script type="module" src="/cdn/missing.js"></script>')}<latest-news src="/latest.json">${INLINE}${FALLBACK()}</latest-news>`,
        '/strict.html': `${head(module)}<latest-news src="/latest.json">${INLINE}${FALLBACK()}</latest-news>`,
      }[url.pathname];
      if (page) {
        const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
        if (url.pathname === '/strict.html') {
          headers['Content-Security-Policy'] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";
        }
        res.writeHead(200, headers).end(page);
        return true;
      }
      if (url.pathname === '/streamed.html') {
        // The classic file in <head>; the body comes in pieces, with a pause right after the element's
        // start tag: the element is upgraded before its children exist.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.write(
          `${head('<script src="/cdn/news-widgets.iife.js"></script>')}<latest-news src="/latest.json">`,
        );
        // A whole packet, so that the browser parses and paints what it has during the pause.
        res.write(`<!--${' '.repeat(2048)}-->`);
        await sleep(600);
        res.write(`${INLINE}${FALLBACK(`height: ${height}px; overflow: hidden`)}`);
        await sleep(300);
        res.end('</latest-news><p id="after">After</p></body></html>');
        return true;
      }
      return false;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const titles = (page) =>
    page.evaluate(() =>
      [...document.querySelector('latest-news').shadowRoot.querySelectorAll('[part~="title"]')].map((a) =>
        a.textContent.trim(),
      ),
    );

  it('without JavaScript, the fallback is visible and readable', { timeout: 30_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/module.html`);
      const link = page.locator('latest-news .fallback a').first();
      assert.equal(await link.isVisible(), true);
      assert.equal(await link.textContent(), firstTitle);
      assert.ok((await page.locator('latest-news').innerText()).includes(firstTitle));
    } finally {
      await context.close();
    }
  });

  it('the module file renders the inline data with no request', { timeout: 30_000 }, async () => {
    const opened = await openPage(browser);
    try {
      const before = feedRequests();
      await opened.page.goto(`${site.origin}/module.html`);
      await opened.page.waitForFunction(() => window.__loads === 1, null, { timeout: 15_000 });
      assert.equal((await titles(opened.page))[0], firstTitle);
      assert.equal(await opened.page.locator('latest-news .fallback').isVisible(), false);
      height = await opened.page.evaluate(
        () => document.querySelector('latest-news').getBoundingClientRect().height,
      );
      assert.ok(height > 50, `the widget's height: ${height}`);
      await sleep(300);
      assert.equal(feedRequests(), before, 'no request for the feed');
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('a script that fails to load leaves the fallback on screen', { timeout: 30_000 }, async () => {
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${site.origin}/broken.html`, { waitUntil: 'load' });
      const link = opened.page.locator('latest-news .fallback a').first();
      assert.equal(await link.isVisible(), true);
      assert.equal(await link.textContent(), firstTitle);
    } finally {
      await opened.close();
    }
  });

  it(
    'the classic file in <head>: no request, no skeleton, no layout shift',
    { timeout: 30_000 },
    async () => {
      assert.ok(height > 0, 'measured by the module test');
      const opened = await openPage(browser);
      try {
        const before = feedRequests();
        await opened.page.goto(`${site.origin}/streamed.html`, { waitUntil: 'load' });
        await opened.page.waitForFunction(() => window.__loads === 1, null, { timeout: 15_000 });
        assert.equal((await titles(opened.page))[0], firstTitle);
        // Two frames for the last shifts to be reported.
        await opened.page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const { shift, skeleton } = await opened.page.evaluate(() => ({
          shift: window.__shift,
          skeleton: window.__skeleton,
        }));
        assert.equal(skeleton, false, 'no skeleton over the fallback');
        assert.equal(shift, 0, 'layout shift');
        await sleep(300);
        assert.equal(feedRequests(), before, 'no request for the feed');
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );

  it('on a strict-CSP page: renders, no request, no violation', { timeout: 30_000 }, async () => {
    const opened = await openPage(browser);
    try {
      const before = feedRequests();
      await opened.page.goto(`${site.origin}/strict.html`);
      await opened.page.waitForFunction(() => window.__loads === 1, null, { timeout: 15_000 });
      assert.equal((await titles(opened.page))[0], firstTitle);
      await sleep(300);
      assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
      assert.equal(feedRequests(), before);
      assert.deepEqual(opened.consoleErrors, []);
    } finally {
      await opened.close();
    }
  });
});
