// The site-owner and partner snippets for <latest-news> (load-more, news-click / news-impression sent to a
// partner's own analytics with sendBeacon, an app routing clicks itself), pasted into pages that load the
// built dist/cdn/latest-news.js, with a local server standing in for the site, the CDN and the partner.
// Also: the widgets themselves request nothing beyond the endpoints, and set no cookies and no storage.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const LOAD_MORE = `<script type="module" src="https://cdn.example/news-widgets/latest-news.js"></script>
<latest-news src="https://your-site.example/api/news.json" limit="5" load-more="manual"></latest-news>`;

export const ANALYTICS = `<script>
  // Your own analytics: the widgets only fire these events; sending them anywhere is up to you.
  const endpoint = 'https://partner.example/collect';
  for (const type of ['news-click', 'news-impression']) {
    document.addEventListener(type, (event) => {
      const { id, url, position } = event.detail;
      const widget = event.target.localName;
      navigator.sendBeacon(endpoint, JSON.stringify({ type, widget, id, url, position }));
    });
  }
</script>`;

export const ROUTING = `<!-- after the <latest-news> element -->
<script>
  document.querySelector('latest-news').addEventListener('news-click', (event) => {
    const { id } = event.detail;
    event.preventDefault(); // the browser stays; the app shows the article itself
    history.pushState({ id }, '', '/articles/' + encodeURIComponent(id));
    showArticle(id); // your app's own function
  });
</script>`;

const story = (n) => ({
  id: `s${n}`,
  url: `/news/story-${n}`,
  title: `Story ${n}`,
  publishedAt: new Date(Date.parse('2026-03-03T10:00:00Z') - n * 60_000).toISOString(),
});
const pageOf = (from, to, next) => ({
  title: 'Latest',
  items: Array.from({ length: to - from + 1 }, (_, i) => story(from + i)),
  ...(next ? { next } : {}),
});

describe('<latest-news> snippets in README.md', () => {
  // The README shows exactly the code these tests run, so the two cannot drift apart.
  const readme = readFileSync(`${root}README.md`, 'utf8').replaceAll('\r\n', '\n');
  for (const [name, snippet] of Object.entries({ LOAD_MORE, ANALYTICS, ROUTING })) {
    it(`README.md contains the ${name} snippet verbatim, as a code block`, () => {
      assert.ok(readme.includes(`\n\`\`\`html\n${snippet}\n\`\`\`\n`), `README.md has the ${name} snippet`);
    });
  }
});

describe('<latest-news> snippets (built latest-news.js)', () => {
  let site;
  let browser;
  const pages = {};
  const beacons = [];

  before(async () => {
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/news-widgets/'))
        return sendFile(res, `${root}dist/cdn/`, url.pathname.slice('/news-widgets/'.length));
      if (url.pathname === '/api/news.json') {
        const page = Number(url.searchParams.get('page') ?? 1);
        // Relative next links: resolved against the page they came in.
        const body = page === 1 ? pageOf(1, 8, 'news.json?page=2') : pageOf(9, 12);
        return sendJson(res, body, { 'Access-Control-Allow-Origin': '*' });
      }
      if (url.pathname === '/collect' && req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += chunk;
        beacons.push(JSON.parse(body));
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
        return true;
      }
      if (pages[url.pathname]) return sendHtml(res, pages[url.pathname]);
      return false;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const here = (text) =>
    text
      .replaceAll('https://cdn.example/news-widgets/', `${site.origin}/news-widgets/`)
      .replaceAll('https://your-site.example', site.origin)
      .replaceAll('https://partner.example', site.origin);

  async function open(path, body) {
    pages[path] =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${here(body)}</body></html>`;
    const opened = await openPage(browser);
    await opened.page.goto(`${site.origin}${path}`);
    await opened.page.waitForFunction(
      () => document.querySelector('latest-news')?.shadowRoot?.querySelector('[part~="item"]'),
      null,
      { timeout: 15_000 },
    );
    return opened;
  }

  const titles = (page) =>
    page.evaluate(() =>
      [...document.querySelector('latest-news').shadowRoot.querySelectorAll('[part~="title"]')].map((a) =>
        a.textContent.trim(),
      ),
    );

  it('load more: the button appends the next page beyond limit, focus on its first headline', async () => {
    const { page, close } = await open('/load-more.html', LOAD_MORE);
    try {
      assert.equal((await titles(page)).length, 5);
      await page.locator('latest-news').locator('[part~="load-more"]').click();
      await page.waitForFunction(
        () =>
          document.querySelector('latest-news').shadowRoot.querySelectorAll('[part~="item"]').length === 9,
      );
      assert.deepEqual((await titles(page)).slice(4), [
        'Story 5',
        'Story 9',
        'Story 10',
        'Story 11',
        'Story 12',
      ]);
      const focused = await page.evaluate(
        () => document.querySelector('latest-news').shadowRoot.activeElement?.textContent,
      );
      assert.equal(focused, 'Story 9');
      assert.equal(await page.locator('latest-news').locator('[part~="load-more"]').count(), 0);
    } finally {
      await close();
    }
  });

  it('analytics: clicks and impressions reach the partner by sendBeacon; the widgets send nothing themselves', async () => {
    beacons.length = 0;
    const before = site.requests.length;
    const { page, close } = await open(
      '/partner.html',
      `${LOAD_MORE.replace(' load-more="manual"', '')}\n${ANALYTICS}`,
    );
    try {
      // Impressions come after a second in view: wait for the partner to have them.
      for (let i = 0; i < 100 && !beacons.some((b) => b.type === 'news-impression'); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await page.locator('latest-news').locator('[part~="title"]').nth(1).click();
      await page.waitForURL(/\/news\/story-2$/);
      for (let i = 0; i < 100 && !beacons.some((b) => b.type === 'news-click'); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const clicks = beacons.filter((b) => b.type === 'news-click');
      assert.deepEqual(clicks, [
        {
          type: 'news-click',
          widget: 'latest-news',
          id: 's2',
          url: `${site.origin}/news/story-2`,
          position: 2,
        },
      ]);
      const seen = beacons.filter((b) => b.type === 'news-impression').map((b) => b.id);
      assert.ok(seen.includes('s1'), `impressions: ${seen}`);
      assert.equal(new Set(seen).size, seen.length, 'one impression per item');
      // Everything requested while the page was open: the page, the widget's file, the endpoint, the
      // partner's own beacons, and the article the reader clicked (and the browser's own favicon).
      const requested = site.requests.slice(before).map((r) => r.split('?')[0]);
      const unexpected = requested.filter(
        (p) =>
          ![
            '/partner.html',
            '/news-widgets/latest-news.js',
            '/api/news.json',
            '/collect',
            '/news/story-2',
            '/favicon.ico',
          ].includes(p),
      );
      assert.deepEqual(unexpected, []);
    } finally {
      await close();
    }
  });

  it('stores nothing: no cookies, no localStorage, no sessionStorage', async () => {
    const { page, close } = await open('/storage.html', LOAD_MORE);
    try {
      await page.locator('latest-news').locator('[part~="load-more"]').click();
      await page.waitForTimeout(500);
      const stored = await page.evaluate(() => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
      }));
      assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
      assert.deepEqual(await page.context().cookies(), []);
    } finally {
      await close();
    }
  });

  it('app routing: preventDefault() keeps the page and the app routes the link itself', async () => {
    const { page, close } = await open(
      '/app.html',
      `${LOAD_MORE.replace(' load-more="manual"', '')}
<main id="article"></main>
<script>
  window.showArticle = (id) => (document.getElementById('article').textContent = 'Showing ' + id);
</script>
${ROUTING}`,
    );
    try {
      await page.evaluate(() => (window.sameDocument = true));
      await page.locator('latest-news').locator('[part~="title"]').nth(2).click();
      await page.waitForFunction(() => location.pathname === '/articles/s3');
      assert.equal(await page.evaluate(() => window.sameDocument), true);
      assert.equal(await page.textContent('#article'), 'Showing s3');
    } finally {
      await close();
    }
  });
});
