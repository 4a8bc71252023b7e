// End-to-end: the built CDN files, loaded the way a site owner or a partner loads them, in the machine's
// Chrome. The page comes from one origin (server A) and the JSON feed from another (server B), so the
// widget's request is a real cross-origin one. Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EVENT_RECORDER,
  launchBrowser,
  openPage,
  sendFile,
  sendHtml,
  sendJson,
  startServer,
  waitForNewsEvent,
} from './helpers.js';

// E2E_CDN_DIR points the tests at another copy of the CDN files (e.g. a release candidate).
const cdnDir = process.env.E2E_CDN_DIR
  ? resolve(process.env.E2E_CDN_DIR) + sep
  : fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const article = JSON.parse(readFileSync(new URL('./fixtures/article.json', import.meta.url), 'utf8'));

function assertBuilt(file) {
  assert.ok(
    existsSync(`${cdnDir}${file}`),
    `${relative(process.cwd(), cdnDir + file)} is missing: run \`npm run build\` first (\`npm test\` builds before it tests).`,
  );
}

function pageHtml(head, body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>news-widgets e2e</title>
    <link rel="icon" href="data:," />
    ${EVENT_RECORDER}
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/** What the test reads from the element's open shadow root. Runs in the page. */
function readLatestNews() {
  const host = document.querySelector('latest-news');
  const root = host && host.shadowRoot;
  if (!root) return null;
  const linkOf = (el) => (el ? (el.closest('a[href]') ?? el.querySelector('a[href]')) : null);
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const more = root.querySelector('[part~="more"]');
  const error = root.querySelector('[part~="error"]');
  return {
    items: [...root.querySelectorAll('[part~="item"]')].map((item) => {
      const title = item.querySelector('[part~="title"]') ?? item;
      const time = item.querySelector('time[datetime]');
      return {
        title: text(title),
        href: linkOf(title)?.href ?? null,
        datetime: time ? time.getAttribute('datetime') : null,
      };
    }),
    times: [...root.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime')),
    more: more ? { text: text(more), href: linkOf(more)?.href ?? null } : null,
    ticker: root.querySelector('[part~="ticker"]') !== null,
    links: [...root.querySelectorAll('a[href]')].map((a) => ({
      href: a.href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel') ?? '',
    })),
    error: error ? { role: error.getAttribute('role'), text: text(error) } : null,
  };
}

/** The checks shared by the ES module and the classic-script builds. */
function assertRendersFeed(view) {
  assert.ok(view, '<latest-news> has no open shadow root');
  assert.equal(view.items.length, feed.items.length, 'one [part~="item"] per feed item');
  view.items.forEach((item, i) => {
    assert.ok(
      item.title.includes(feed.items[i].title),
      `item ${i} shows "${item.title}", expected "${feed.items[i].title}"`,
    );
    assert.equal(item.href, feed.items[i].url, `item ${i} links to its article`);
  });
  assert.ok(view.times.length > 0, 'a <time datetime> is rendered');
  const first = view.items[0].datetime ?? view.times[0];
  assert.equal(
    Date.parse(first),
    Date.parse(feed.items[0].publishedAt),
    `<time datetime="${first}"> is the same instant as ${feed.items[0].publishedAt}`,
  );
  assert.ok(view.more, 'the "All news" link ([part~="more"]) is rendered');
  assert.equal(view.more.href, feed.url, '"All news" links to the feed\'s url');
}

describe('CDN builds in a real browser', () => {
  let site; // server A: pages and dist/cdn
  let api; // server B: the JSON feed, another origin
  let browser;
  const pages = new Map();

  before(async () => {
    api = await startServer((req, res, url) => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        });
        res.end();
        return true;
      }
      if (url.pathname === '/latest.json') {
        sendJson(res, feed, { 'Access-Control-Allow-Origin': '*' });
        return true;
      }
      if (url.pathname === '/article.json') {
        sendJson(res, article, { 'Access-Control-Allow-Origin': '*' });
        return true;
      }
      if (url.pathname === '/latest-nocors.json') {
        sendJson(res, feed); // no Access-Control-Allow-Origin: the browser must refuse it
        return true;
      }
      return false;
    });
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice('/cdn/'.length));
      const html = pages.get(url.pathname);
      if (!html) return false;
      sendHtml(res, html);
      return true;
    });

    const src = `${api.origin}/latest.json`;
    pages.set(
      '/module.html',
      pageHtml(
        '<script type="module" src="/cdn/news-widgets.js"></script>',
        `<latest-news src="${src}"></latest-news>`,
      ),
    );
    pages.set(
      '/classic.html',
      pageHtml(
        '<script src="/cdn/news-widgets.iife.js"></script>',
        `<latest-news src="${src}"></latest-news>`,
      ),
    );
    pages.set(
      '/ticker.html',
      pageHtml(
        '<script type="module" src="/cdn/latest-news.js"></script>',
        `<latest-news src="${src}" variant="ticker" link-target="_blank" link-params="utm_source=partner"></latest-news>`,
      ),
    );
    pages.set(
      '/no-cors.html',
      pageHtml(
        '<script type="module" src="/cdn/news-widgets.js"></script>',
        `<latest-news src="${api.origin}/latest-nocors.json"></latest-news>`,
      ),
    );

    pages.set(
      '/article.html',
      pageHtml(
        '<script type="module" src="/cdn/news-widgets.js"></script>',
        `<news-article src="${api.origin}/article.json"></news-article>`,
      ),
    );
    pages.set(
      '/classic-article.html',
      pageHtml(
        '<script src="/cdn/news-widgets.iife.js"></script>',
        `<news-article src="${api.origin}/article.json"></news-article>`,
      ),
    );

    browser = await launchBrowser();
  });

  it(
    'keeps the sanitiser out of latest-news.js, and out of news-widgets.js until an article body needs it',
    { timeout: 30_000 },
    async () => {
      assertBuilt('latest-news.js');
      const manifest = JSON.parse(readFileSync(`${cdnDir}manifest.json`, 'utf8'));
      const chunk = Object.keys(manifest).find((file) => file.startsWith('sanitize-html-'));
      const purify = Object.keys(manifest).find((file) => file.startsWith('purify-'));
      assert.ok(chunk, `the manifest lists the sanitiser chunk (${Object.keys(manifest)})`);
      assert.ok(purify, `the manifest lists the DOMPurify chunk (${Object.keys(manifest)})`);
      // The sanitiser's allowlist: not in the partner file or the main ES file; in the chunk and inline
      // in the classic file. DOMPurify: in its own chunk and inline in the classic file, nowhere else.
      const ALLOWLIST = /sub sup small mark abbr/;
      const DOMPURIFY = /DOMPurify/;
      const code = (file) => readFileSync(cdnDir + file, 'utf8');
      for (const file of ['latest-news.js', 'news-widgets.js']) {
        assert.doesNotMatch(code(file), ALLOWLIST, `${file} holds no sanitiser`);
        assert.doesNotMatch(code(file), DOMPURIFY, `${file} holds no DOMPurify`);
      }
      assert.match(code(chunk), ALLOWLIST);
      assert.doesNotMatch(code(chunk), DOMPURIFY, 'the sanitiser chunk leaves DOMPurify to its own file');
      assert.match(code(purify), DOMPURIFY);
      assert.match(code('news-widgets.iife.js'), ALLOWLIST, 'the classic file has the sanitiser inline');
      assert.match(code('news-widgets.iife.js'), DOMPURIFY, 'and DOMPurify');
      // The classic file takes neither with import(): it is one script. Its one import() is of the format
      // readers, news-widgets-readers.js beside it, for responses that are not native.
      assert.deepEqual(code('news-widgets.iife.js').match(/\bimport\([^,]*/g), [
        'import(new URL("news-widgets-readers.js"',
      ]);

      const cdnRequests = (from) => site.requests.slice(from).filter((path) => path.startsWith('/cdn/'));
      const paragraphs = (opened) =>
        opened.page.evaluate(
          () => document.querySelector('news-article').shadowRoot.querySelectorAll('[part~="body"] p').length,
        );
      const opened = await openPage(browser);
      try {
        const before = site.requests.length;
        await opened.page.goto(`${site.origin}/module.html`);
        await waitForNewsEvent(opened);
        assert.deepEqual(
          cdnRequests(before),
          ['/cdn/news-widgets.js'],
          'a page without an article body loads one file',
        );
        // This Chromium has the HTML Sanitizer API: the article loads the sanitiser, and not DOMPurify.
        assert.equal(await opened.page.evaluate(() => typeof Element.prototype.setHTML), 'function');
        const mid = site.requests.length;
        await opened.page.goto(`${site.origin}/article.html`);
        const event = await waitForNewsEvent(opened);
        assert.equal(event.type, 'news-load');
        assert.deepEqual(cdnRequests(mid).sort(), ['/cdn/news-widgets.js', `/cdn/${chunk}`].sort());
        assert.ok((await paragraphs(opened)) >= 2);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }

      // A browser without the Sanitizer API: the sanitiser loads DOMPurify from its own file; the classic
      // file needs no other file.
      for (const [page, files] of [
        ['article.html', ['/cdn/news-widgets.js', `/cdn/${chunk}`, `/cdn/${purify}`]],
        ['classic-article.html', ['/cdn/news-widgets.iife.js']],
      ]) {
        const old = await openPage(browser);
        try {
          await old.page.addInitScript(() => {
            delete window.Sanitizer;
            delete Element.prototype.setHTML;
          });
          const before = site.requests.length;
          await old.page.goto(`${site.origin}/${page}`);
          const event = await waitForNewsEvent(old);
          assert.equal(event.type, 'news-load', page);
          assert.deepEqual(cdnRequests(before).sort(), files.sort(), page);
          assert.ok((await paragraphs(old)) >= 2, `${page}: the body rendered`);
          assert.deepEqual(old.pageErrors, [], page);
        } finally {
          await old.close();
        }
      }
    },
  );

  it('ships Lit’s production build: no dev-mode code, no console warnings on a partner’s page', () => {
    for (const file of ['latest-news.js', 'news-widgets.js', 'news-widgets.iife.js']) {
      assertBuilt(file);
      const code = readFileSync(cdnDir + file, 'utf8');
      assert.doesNotMatch(
        code,
        /litIssuedWarnings|Lit is in dev mode|lit\.dev\/msg/,
        `${file}: Lit's dev mode`,
      );
      const map = JSON.parse(readFileSync(`${cdnDir}${file}.map`, 'utf8'));
      const dev = map.sources.filter((source) => /node_modules\/.*\/development\//.test(source));
      assert.deepEqual(dev, [], `${file} bundles no development build`);
    }
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('news-widgets.js (ES module) renders a cross-origin feed', { timeout: 30_000 }, async () => {
    assertBuilt('news-widgets.js');
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${site.origin}/module.html`);
      const event = await waitForNewsEvent(opened);
      assert.equal(event.type, 'news-load', `expected news-load, got ${JSON.stringify(event)}`);
      assert.equal(event.tag, 'latest-news');
      assertRendersFeed(await opened.page.evaluate(readLatestNews));
      assert.deepEqual(opened.pageErrors, [], 'no uncaught errors in the page');
      assert.deepEqual(opened.consoleErrors, [], 'no errors in the console');
    } finally {
      await opened.close();
    }
  });

  it(
    'news-widgets.iife.js (classic script) works alone and defines window.NewsWidgets',
    { timeout: 30_000 },
    async () => {
      assertBuilt('news-widgets.iife.js');
      const opened = await openPage(browser);
      try {
        const requestsBefore = site.requests.length;
        await opened.page.goto(`${site.origin}/classic.html`);
        const event = await waitForNewsEvent(opened);
        assert.equal(event.type, 'news-load', `expected news-load, got ${JSON.stringify(event)}`);
        assertRendersFeed(await opened.page.evaluate(readLatestNews));
        const global = await opened.page.evaluate(() => ({
          type: typeof window.NewsWidgets,
          defined: customElements.get('latest-news') !== undefined,
        }));
        assert.ok(['object', 'function'].includes(global.type), `window.NewsWidgets is ${global.type}`);
        assert.ok(global.defined, '<latest-news> is defined');
        const cdnRequests = site.requests.slice(requestsBefore).filter((path) => path.startsWith('/cdn/'));
        assert.deepEqual(
          cdnRequests,
          ['/cdn/news-widgets.iife.js'],
          'the classic script needs no other file',
        );
        assert.deepEqual(opened.pageErrors, [], 'no uncaught errors in the page');
        assert.deepEqual(opened.consoleErrors, [], 'no errors in the console');
      } finally {
        await opened.close();
      }
    },
  );

  it(
    'latest-news.js renders the partner ticker with target and link params',
    { timeout: 30_000 },
    async () => {
      assertBuilt('latest-news.js');
      const opened = await openPage(browser);
      try {
        await opened.page.goto(`${site.origin}/ticker.html`);
        const event = await waitForNewsEvent(opened);
        assert.equal(event.type, 'news-load', `expected news-load, got ${JSON.stringify(event)}`);
        const view = await opened.page.evaluate(readLatestNews);
        assert.ok(view, '<latest-news> has no open shadow root');
        assert.ok(view.ticker, 'the ticker ([part~="ticker"]) is rendered');
        assert.ok(view.links.length > 0, 'the ticker has links');
        const articleUrls = new Set(feed.items.map((item) => item.url));
        for (const link of view.links) {
          assert.equal(link.target, '_blank', `${link.href} opens in a new tab`);
          const rel = link.rel.split(/\s+/);
          assert.ok(
            rel.includes('noopener') && rel.includes('noreferrer'),
            `${link.href} has rel="${link.rel}"`,
          );
          const url = new URL(link.href);
          assert.equal(
            url.searchParams.get('utm_source'),
            'partner',
            `${link.href} carries utm_source=partner`,
          );
          url.searchParams.delete('utm_source');
          if (url.origin === 'https://news.example' && url.pathname !== '/en/news/') {
            assert.ok(articleUrls.has(url.href), `${link.href} is one of the feed's articles`);
          }
        }
        assert.deepEqual(opened.pageErrors, [], 'no uncaught errors in the page');
        assert.deepEqual(opened.consoleErrors, [], 'no errors in the console');
      } finally {
        await opened.close();
      }
    },
  );

  it(
    'a feed without CORS headers shows the error box and fires news-error (network)',
    { timeout: 45_000 },
    async () => {
      assertBuilt('news-widgets.js');
      const opened = await openPage(browser);
      try {
        await opened.page.goto(`${site.origin}/no-cors.html`);
        const event = await waitForNewsEvent(opened);
        assert.equal(event.type, 'news-error', `expected news-error, got ${JSON.stringify(event)}`);
        assert.equal(event.kind, 'network', `news-error kind: ${JSON.stringify(event)}`);
        // The error is rendered with the event or right after it.
        await opened.page.waitForFunction(
          () => document.querySelector('latest-news')?.shadowRoot?.querySelector('[part~="error"]'),
          null,
          { timeout: 5_000 },
        );
        const view = await opened.page.evaluate(readLatestNews);
        assert.ok(view.error, 'the error box ([part~="error"]) is shown');
        assert.equal(view.error.role, 'alert', 'the error box has role="alert"');
        assert.ok(view.error.text.length > 0, 'the error box says what failed');
        assert.equal(view.items.length, 0, 'no items are shown');
        // Chrome logs the CORS refusal itself, so console errors are expected here; uncaught ones are not.
        assert.deepEqual(opened.pageErrors, [], 'no uncaught errors in the page');
      } finally {
        await opened.close();
      }
    },
  );
});

// The format readers: news-widgets-readers.js, beside each CDN file, fetched only when a response is
// not native (src/data/formats/load-sibling.ts).
describe('CDN builds and the format readers', () => {
  let site;
  let api;
  let browser;
  const pages = new Map();
  const rss = readFileSync(new URL('../fixtures/real-feeds/rss2-livemint.xml', import.meta.url), 'utf8');
  const FIRST = 'PM Modi-Xi Jinping informal summit in Varanasi this October: Report';
  const scripts = {
    module: '<script type="module" src="/cdn/news-widgets.js"></script>',
    partner: '<script type="module" src="/cdn/latest-news.js"></script>',
    classic: '<script src="/cdn/news-widgets.iife.js"></script>',
  };

  before(async () => {
    api = await startServer((req, res, url) => {
      const cors = { 'Access-Control-Allow-Origin': '*' };
      if (url.pathname === '/latest.json') {
        sendJson(res, feed, cors);
        return true;
      }
      if (url.pathname === '/feed.rss') {
        res.writeHead(200, { ...cors, 'Content-Type': 'application/rss+xml; charset=utf-8' });
        res.end(rss);
        return true;
      }
      return false;
    });
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice('/cdn/'.length));
      const html = pages.get(url.pathname);
      if (!html) return false;
      sendHtml(res, html);
      return true;
    });
    for (const [name, script] of Object.entries(scripts)) {
      pages.set(
        `/${name}-native.html`,
        pageHtml(script, `<latest-news src="${api.origin}/latest.json"></latest-news>`),
      );
      pages.set(
        `/${name}-rss.html`,
        pageHtml(script, `<latest-news src="${api.origin}/feed.rss"></latest-news>`),
      );
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  /** Opens `path`, waits for its news event, and returns it with the CDN files the page fetched. */
  async function visit(path) {
    const opened = await openPage(browser);
    try {
      const before = site.requests.length;
      await opened.page.goto(`${site.origin}${path}`);
      const event = await waitForNewsEvent(opened);
      const titles = await opened.page.evaluate(() =>
        [...document.querySelector('latest-news').shadowRoot.querySelectorAll('[part~="title"]')].map((el) =>
          el.textContent.trim(),
        ),
      );
      const files = site.requests.slice(before).filter((p) => p.startsWith('/cdn/'));
      return { event, titles, files, errors: [...opened.pageErrors, ...opened.consoleErrors] };
    } finally {
      await opened.close();
    }
  }

  for (const name of Object.keys(scripts)) {
    it(
      `${name}: a native feed never fetches the readers; an RSS feed fetches them and renders`,
      { timeout: 40_000 },
      async () => {
        assertBuilt('news-widgets-readers.js');
        const native = await visit(`/${name}-native.html`);
        assert.equal(native.event.type, 'news-load', JSON.stringify(native.event));
        assert.ok(native.titles.length > 0);
        assert.ok(
          !native.files.some((file) => file.includes('readers')),
          `native JSON loaded ${native.files.join(', ')}`,
        );
        assert.deepEqual(native.errors, []);
        const feedPage = await visit(`/${name}-rss.html`);
        assert.equal(feedPage.event.type, 'news-load', JSON.stringify(feedPage.event));
        assert.equal(feedPage.titles[0], FIRST);
        assert.ok(feedPage.files.includes('/cdn/news-widgets-readers.js'), feedPage.files.join(', '));
        assert.deepEqual(feedPage.errors, []);
      },
    );
  }
});
