// End-to-end: news-widgets.js and the classic file define their elements one per task, and start the
// requests of the elements already on the page at once, before their turn (src/cdn/prefetch.ts): each
// endpoint is asked once, even when its answers may not be cached; the last element's request no longer
// waits for the others to be defined; a configure() in the same module graph applies to them; elements
// with data of their own ask nothing. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const article = JSON.parse(readFileSync(new URL('./fixtures/article.json', import.meta.url), 'utf8'));

// When each element was defined and first loaded, after the page's start.
const RECORDER = `<script>
  window.__at = {};
  for (const tag of ['photo-gallery', 'news-article', 'tag-list', 'latest-news'])
    customElements.whenDefined(tag).then(() => (window.__at[tag + ' defined'] = performance.now()));
  window.__loads = 0;
  document.addEventListener('news-load', (event) => {
    window.__loads++;
    window.__at[event.target.localName + ' ' + event.type] ??= performance.now();
  });
  document.addEventListener('news-error', (event) => (window.__at[event.target.localName + ' ' + event.type] ??= performance.now()));
</script>`;

const PAGE = `<news-article src="/api/article"></news-article>
  <photo-gallery src="/api/article"></photo-gallery>
  <tag-list src="/api/article"></tag-list>
  <latest-news src="/api/latest"></latest-news>`;

describe('requests before the elements are defined (built CDN files)', () => {
  let server;
  let browser;
  let log = [];
  let head = '';
  let body = '';

  before(async () => {
    browser = await launchBrowser();
    server = await startServer(async (req, res, url) => {
      const path = url.pathname;
      log.push({ path: path + url.search, cookie: req.headers.cookie ?? '' });
      if (path === '/') {
        res.setHeader('Set-Cookie', 'session=1; Path=/; SameSite=Lax');
        return sendHtml(
          res,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>prefetch</title>
          <link rel="icon" href="data:,">${RECORDER}${head}</head><body>${body}</body></html>`,
        );
      }
      // Answers no cache may keep: only a request in flight, or the one started early, can be shared.
      if (path.endsWith('/api/article')) return sendJson(res, article, { 'Cache-Control': 'no-store' });
      if (path.endsWith('/api/latest')) return sendJson(res, feed, { 'Cache-Control': 'no-store' });
      if (path.startsWith('/cdn/')) return sendFile(res, cdnDir, path.slice(5));
      return false;
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (scripts, html = PAGE, loads = 4) => {
    head = scripts;
    body = html;
    log = [];
    const opened = await openPage(browser);
    await opened.page.goto(`${server.origin}/`);
    await opened.page.waitForFunction((n) => window.__loads >= n, loads, { timeout: 15_000 });
    return opened;
  };
  const asked = () => log.map((entry) => entry.path).filter((path) => path.includes('/api/'));

  for (const script of [
    '<script type="module" src="/cdn/news-widgets.js"></script>',
    '<script src="/cdn/news-widgets.iife.js" defer></script>',
  ]) {
    const file = script.includes('iife') ? 'news-widgets.iife.js' : 'news-widgets.js';
    it(`${file}: each endpoint once, the last element's request before its turn`, async () => {
      const opened = await open(script);
      assert.deepEqual(asked().sort(), ['/api/article', '/api/latest']);
      const { started, defined } = await opened.page.evaluate(() => ({
        started: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/api/latest'))
          .startTime,
        defined: window.__at['latest-news defined'],
      }));
      assert.ok(
        started < defined,
        `/api/latest asked at ${started} ms, before <latest-news> was defined at ${defined} ms`,
      );
      assert.deepEqual(opened.pageErrors, []);
      await opened.close();
    });
  }

  it('a configure() in the same module graph applies to the early requests', async () => {
    const opened = await open(
      `<script type="module">
        import { configure } from '/cdn/news-widgets.js';
        configure({ baseUrl: '/v2/' });
      </script>`,
      PAGE.replaceAll('"/api/', '"api/'),
    );
    assert.deepEqual(asked().sort(), ['/v2/api/article', '/v2/api/latest']);
    await opened.close();
  });

  it('the classic file in <head>, configure() after it: every element asks at its base URL', async () => {
    const opened = await open(
      `<script src="/cdn/news-widgets.iife.js"></script>
      <script>NewsWidgets.configure({ baseUrl: '/v2/' });</script>`,
      PAGE.replaceAll('"/api/', '"api/'),
    );
    // Elements the parser had not reached when the script ran make their own requests (no early ones,
    // so none can go to another base); with answers no cache may keep, two of them can ask one endpoint.
    assert.deepEqual([...new Set(asked())].sort(), ['/v2/api/article', '/v2/api/latest']);
    await opened.close();
  });

  it('elements with data of their own ask nothing; with-credentials asks on its own, with cookies', async () => {
    const opened = await open(
      '<script type="module" src="/cdn/news-widgets.js"></script>',
      // Data set before the element is defined, as an app may.
      `<latest-news id="app" src="/api/latest?app"></latest-news>
      <script>document.querySelector('#app').data = ${JSON.stringify(feed)};</script>
      <latest-news src="/api/latest?inline"><script type="application/json">${JSON.stringify(feed)}</script></latest-news>
      <latest-news src="/api/latest"></latest-news>
      <latest-news src="/api/latest" with-credentials></latest-news>`,
    );
    const requests = log.filter((entry) => entry.path.includes('/api/'));
    assert.deepEqual(requests.map((entry) => [entry.path, entry.cookie]).sort(), [
      ['/api/latest', ''],
      ['/api/latest', 'session=1'],
    ]);
    await opened.close();
  });
});
