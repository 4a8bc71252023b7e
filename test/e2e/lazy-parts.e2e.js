// End-to-end: the parts of <latest-news> that the ES CDN files load on demand (src/internal/lazy.ts,
// scripts/build.js): news-widgets.js fetches the ticker and load more only for elements that use them,
// latest-news.js (the partner's file) only load more. Each is fetched once per page, while the data is on
// its way, and the content shows with its part, never without it; a part that fails to load is a
// `news-error` and an error box whose "Try again" loads it again. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const chunk = (prefix) => {
  const found = readdirSync(cdnDir).filter((file) => file.startsWith(prefix) && file.endsWith('.js'));
  assert.ok(found.length, `no ${prefix}*.js in dist/cdn: run \`npm run build\` first`);
  return found;
};

const item = (n) => ({
  id: `n${n}`,
  url: `https://news.example/en/news/${n}`,
  title: `Headline number ${n}`,
  publishedAt: `2026-03-03T${String(10 + (n % 10)).padStart(2, '0')}:00:00+04:00`,
});
const page1 = { title: 'Latest News', items: [1, 2, 3].map(item), next: '/api/page2' };
const page2 = { items: [4, 5, 6].map(item) };

// Every news-load and news-error, with what the element's shadow root showed at that moment.
const RECORDER = `<script>
  window.__seen = [];
  for (const type of ['news-load', 'news-error'])
    document.addEventListener(type, (event) => {
      const root = event.target.shadowRoot;
      window.__seen.push({
        type,
        kind: event.kind,
        ticker: !!root.querySelector('[part~="ticker"]'),
        list: !!root.querySelector('[part~="list"]'),
        loadMore: !!root.querySelector('[part~="load-more"]'),
        items: root.querySelectorAll('[part~="item"]').length,
      });
    });
</script>`;

/** What the recorder notes for a news-load whose shadow root shows a list or ticker of `items`. */
const loaded = (shown) => ({ type: 'news-load', kind: undefined, list: true, ...shown });

describe('<latest-news> parts loaded on demand (built CDN files)', () => {
  let server;
  let browser;
  /** Per test: how the server answers a part's file (`fail` n times with 503) and the feed's delay. */
  let failParts = 0;
  let feedDelay = 0;
  let log = [];
  let body = '';
  let script = 'news-widgets.js';

  before(async () => {
    browser = await launchBrowser();
    server = await startServer(async (req, res, url) => {
      const path = url.pathname;
      log.push({ path, at: performance.now() });
      if (path === '/')
        return sendHtml(
          res,
          `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>lazy parts</title><link rel="icon" href="data:,">${RECORDER}
        <script type="module" src="/cdn/${script}"></script></head><body>${body}</body></html>`,
        );
      if (path === '/api/latest') {
        await new Promise((resolve) => setTimeout(resolve, feedDelay));
        log.push({ path: 'feed sent', at: performance.now() });
        return sendJson(res, page1);
      }
      if (path === '/api/page2') return sendJson(res, page2);
      if (path.startsWith('/cdn/')) {
        const file = path.slice(5);
        if (/^(ticker|load-more)/.test(file) && failParts > 0) {
          failParts--;
          res.writeHead(503, { 'Cache-Control': 'no-store' }).end();
          return;
        }
        return sendFile(res, cdnDir, file);
      }
      return false;
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (html, { file = 'news-widgets.js', delay = 0, fail = 0 } = {}) => {
    body = html;
    script = file;
    feedDelay = delay;
    failParts = fail;
    log = [];
    const opened = await openPage(browser);
    await opened.page.goto(`${server.origin}/`);
    return opened;
  };
  const seen = (opened, count = 1) =>
    opened.page
      .waitForFunction((n) => window.__seen.length >= n, count, { timeout: 15_000 })
      .then(() => opened.page.evaluate(() => window.__seen));
  const parts = () =>
    log.map((entry) => entry.path).filter((path) => /^\/cdn\/(ticker|load-more)/.test(path));

  it('news-widgets.js: a list downloads neither the ticker nor load more', async () => {
    const opened = await open('<latest-news src="/api/latest"></latest-news>');
    const [load] = await seen(opened);
    assert.deepEqual(load, loaded({ ticker: false, loadMore: false, items: 3 }));
    assert.deepEqual(parts(), []);
    await opened.close();
  });

  it('news-widgets.js: tickers fetch the ticker once, while the data is on its way, and show with it', async () => {
    const opened = await open(
      // Narrower than its headlines: a ticker whose line fits stands still.
      '<style>latest-news { display: block; width: 320px }</style>' +
        '<latest-news variant="ticker" src="/api/latest"></latest-news><latest-news variant="ticker" src="/api/latest"></latest-news>',
      { delay: 400 },
    );
    const events = await seen(opened, 2);
    for (const event of events) assert.deepEqual(event, loaded({ ticker: true, loadMore: false, items: 6 }));
    assert.deepEqual(
      parts(),
      chunk('ticker.controller-').map((file) => `/cdn/${file}`),
    );
    const requested = log.find((entry) => entry.path.startsWith('/cdn/ticker')).at;
    const sent = log.find((entry) => entry.path === 'feed sent').at;
    assert.ok(requested < sent, 'the ticker was requested before the data came');
    // It moves: the track's animation runs.
    const running = await opened.page.waitForFunction(
      () =>
        document
          .querySelector('latest-news')
          .shadowRoot.getAnimations()
          .some((a) => a.playState === 'running'),
      null,
      { timeout: 5000 },
    );
    assert.ok(await running.jsonValue());
    assert.deepEqual(opened.pageErrors, []);
    await opened.close();
  });

  it('news-widgets.js: data given as a property waits for the ticker too', async () => {
    const opened = await open('<latest-news variant="ticker"></latest-news>');
    await opened.page.evaluate(async (feed) => {
      await customElements.whenDefined('latest-news');
      document.querySelector('latest-news').data = feed;
    }, page1);
    const [load] = await seen(opened);
    assert.equal(load.ticker, true);
    assert.equal(parts().length, 1);
    await opened.close();
  });

  it('news-widgets.js: a list made a ticker keeps its headlines until the ticker is there', async () => {
    const opened = await open('<latest-news src="/api/latest"></latest-news>');
    await seen(opened);
    const shapes = await opened.page.evaluate(async () => {
      const el = document.querySelector('latest-news');
      const shapes = [];
      const read = () => {
        const root = el.shadowRoot;
        shapes.push([
          root.querySelectorAll('[part~="item"]').length,
          !!root.querySelector('[part~="ticker"]'),
        ]);
      };
      el.variant = 'ticker';
      await el.updateComplete;
      read();
      const started = performance.now();
      while (!el.shadowRoot.querySelector('[part~="ticker"]') && performance.now() - started < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        read();
      }
      return shapes;
    });
    assert.ok(
      shapes.every(([items]) => items >= 3),
      `headlines on screen all along: ${JSON.stringify(shapes)}`,
    );
    assert.equal(shapes.at(-1)[1], true, 'the ticker came');
    await opened.close();
  });

  for (const file of ['news-widgets.js', 'latest-news.js']) {
    it(`${file}: load more comes with the list, and pages on`, async () => {
      const opened = await open('<latest-news load-more="manual" src="/api/latest"></latest-news>', { file });
      const [load] = await seen(opened);
      assert.deepEqual(load, loaded({ ticker: false, loadMore: true, items: 3 }));
      assert.equal(parts().length, 1);
      assert.match(parts()[0], /^\/cdn\/load-more-/);
      await opened.page.locator('latest-news').locator('[part~="load-more"]').click();
      await opened.page.waitForFunction(
        () =>
          document.querySelector('latest-news').shadowRoot.querySelectorAll('[part~="item"]').length === 6,
      );
      assert.deepEqual(opened.pageErrors, []);
      await opened.close();
    });
  }

  it('latest-news.js: a ticker is one file, with no part to fetch', async () => {
    const opened = await open('<latest-news variant="ticker" src="/api/latest"></latest-news>', {
      file: 'latest-news.js',
    });
    const [load] = await seen(opened);
    assert.equal(load.ticker, true);
    assert.deepEqual(
      log.map((entry) => entry.path).filter((path) => path.startsWith('/cdn/')),
      ['/cdn/latest-news.js'],
    );
    await opened.close();
  });

  it('a part that fails to load is a network error with "Try again", which loads it', async () => {
    // Every request for it fails until the error is shown (one failure alone heals itself: below).
    const opened = await open('<latest-news variant="ticker" src="/api/latest"></latest-news>', {
      fail: Infinity,
    });
    const [error] = await seen(opened);
    assert.equal(error.type, 'news-error');
    assert.equal(error.kind, 'network');
    const box = opened.page.locator('latest-news').locator('[part~="error"]');
    assert.equal(await box.getAttribute('role'), 'alert');
    const failed = parts().length;
    assert.ok(failed >= 2, `asked for twice before giving up: ${failed}`);
    failParts = 0;
    await box.locator('[part~="retry"]').click();
    const events = await seen(opened, 2);
    assert.deepEqual(events[1], loaded({ ticker: true, loadMore: false, items: 6 }));
    assert.equal(parts().length, failed + 1, 'asked for again by "Try again"');
    await opened.close();
  });

  it('a part whose file fails once is asked for again at once, unseen', async () => {
    const opened = await open('<latest-news variant="ticker" src="/api/latest"></latest-news>', { fail: 1 });
    const [load] = await seen(opened);
    assert.deepEqual(load, loaded({ ticker: true, loadMore: false, items: 6 }));
    assert.equal(parts().length, 2);
    await opened.close();
  });
});
