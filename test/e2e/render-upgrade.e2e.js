// The upgrade from the server's fallback to the widget, on a page of the four elements with
// news-widgets-fallback.css: the page's layout shift (the Layout Instability API's sum, as CLS counts it)
// from the first paint of the fallback to the widgets' content must stay ≤ 0.01. The elements read their
// inline <script type="application/json"> once issue 14's element half is in; until then this test
// gives each element that data through `data` before the script defines it, which is what the inline
// reading does. Until the elements also keep their fallback while loading, the test is a todo (see
// below). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, startServer } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { renderElement } = await import(`${root}dist/server/render.js`);
const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

let server;
let browser;
let html = '';

before(async () => {
  server = await startServer(async (req, res, url) => {
    const image = /^\/img\/(\d+)\/(\d+)\//.exec(url.pathname);
    if (image) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${image[1]}" height="${image[2]}"><rect width="100%" height="100%" fill="#8ab"/></svg>`;
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(svg);
      return true;
    }
    if (url.pathname.startsWith('/cdn/')) return sendFile(res, `${root}dist/cdn/`, url.pathname.slice(5));
    if (url.pathname !== '/page') return false;
    sendHtml(res, html);
    return true;
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('from the fallback to the widget', () => {
  it('a page of the four widgets shifts ≤ 0.01 when they take over', async (t) => {
    const img = (w, h, name) => `${server.origin}/img/${w}/${h}/${name}.svg`;
    const article = fixture('article.json');
    article.photos = [
      { ...article.photos[0], src: img(1280, 853, 'lead') },
      { src: img(800, 600, 'p2'), width: 800, height: 600, caption: 'Two' },
    ];
    article.body = article.body.replace('/media/2.jpg', img(640, 427, 'body'));
    const attrs = { 'time-zone': 'Asia/Baku' };
    const parts = [
      renderElement('latest-news', fixture('latest-news.json'), { attributes: attrs }).html,
      renderElement('tag-list', { title: 'Trending', tags: article.tags }, { attributes: attrs }).html,
      renderElement('news-article', article, { attributes: attrs, url: `${server.origin}/api/article.json` })
        .html,
      renderElement('photo-gallery', { photos: article.photos }, { attributes: attrs }).html,
    ];
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>upgrade</title>
<link rel="stylesheet" href="/cdn/news-widgets-fallback.css">
<style>body{margin:0;padding:8px;width:900px;font-family:sans-serif}</style>
<script>
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
</script></head><body>${parts.join('\n')}
<script type="module">
  // Until the elements read it themselves: their inline data, through \`data\`, before they are defined.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const el of document.querySelectorAll('latest-news, news-article, tag-list, photo-gallery'))
    el.data = JSON.parse(el.querySelector(':scope > script[type="application/json"]').textContent);
  await import('/cdn/news-widgets.js');
</script></body></html>`;
    const opened = await openPage(browser);
    try {
      await opened.page.setViewportSize({ width: 900, height: 5000 });
      await opened.page.goto(`${server.origin}/page`);
      await opened.page.waitForFunction(() => {
        const ready = (el) => {
          const base = el.shadowRoot?.querySelector('[part~="base"]');
          return (
            base &&
            !base.querySelector('[part~="loading"]') &&
            [...base.querySelectorAll('photo-gallery')].every(ready)
          );
        };
        return [...document.querySelectorAll('body > *')]
          .filter((el) => el.localName.includes('-'))
          .every(ready);
      });
      await opened.page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const shift = await opened.page.evaluate(() => window.__shift);
      // Whether the elements keep showing their fallback until they have content (issue 14's element
      // half): until they do, the article shows its placeholder while its sanitiser loads, and the page
      // below it moves (measured 0.016 on a 900 px page). Reported as a todo until then, not hidden.
      const keepsFallback = await opened.page.evaluate(async () => {
        const probe = document.createElement('news-article');
        probe.innerHTML = '<div class="news-fallback">x</div>';
        document.body.append(probe);
        await probe.updateComplete;
        const shadow = probe.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        probe.remove();
        return shadow === '<slot></slot>';
      });
      if (!keepsFallback)
        t.todo(
          'the elements do not keep their fallback until they have content yet (issue 14, element half)',
        );
      assert.deepEqual(opened.pageErrors, []);
      assert.ok(shift <= 0.01, `layout shift ${shift}`);
    } finally {
      await opened.close();
    }
  });

  /**
   * The body part of the upgraded <news-article> on a page of `rendered.html` alone: its number of elements
   * and its text. Fails on any page error.
   */
  async function upgradedBody(rendered) {
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>body</title>
      <script type="module" src="/cdn/news-widgets.js"></script></head><body>${rendered.html}</body></html>`;
    const opened = await openPage(browser);
    try {
      const { page } = opened;
      await page.goto(`${server.origin}/page`);
      await page.waitForFunction(() => document.querySelector('news-article').status === 'ready', null, {
        timeout: 30_000,
      });
      const shown = await page.evaluate(() => {
        const part = document.querySelector('news-article').shadowRoot.querySelector('[part~="body"]');
        return { elements: part.querySelectorAll('*').length, text: part.textContent };
      });
      assert.deepEqual(opened.pageErrors, []);
      return shown;
    } finally {
      await opened.close();
    }
  }

  // Formatting elements re-opened after every block: a browser builds 200 × 200 elements from 3.7 KB (and
  // takes seconds from a little more). The server writes the body as it sanitised it into the inline
  // data too, so the upgraded article builds the tree that text spells out.
  it('a body built to swell reaches the page rewritten, and the widget builds a tree of its size', async () => {
    const k = 200;
    const body = `<p>${Array.from({ length: k }, (_, i) => `<b title="${i}">`).join('')}</p>${'<p>x'.repeat(k)}`;
    const article = { id: 's', title: 'Swell', publishedAt: '2026-03-03T10:00:00Z', body };
    const rendered = renderElement('news-article', article, { url: `${server.origin}/api/article.json` });
    assert.deepEqual(rendered.warnings, [
      `body: rewritten: its markup builds a tree far larger than itself (${body.length} characters); the page gets it as sanitised here`,
    ]);
    const shown = await upgradedBody(rendered);
    assert.equal(shown.text, 'x'.repeat(k));
    assert.ok(shown.elements < 2 * k + 10, `${shown.elements} elements in the body`);
  });

  // A body with thousands of elements to remove costs sanitize-html time with the square of its length
  // (each removal copies its result): the server leaves it out of the fallback and keeps it in the inline
  // data, and the browser's sanitiser, which removes elements one by one, shows it.
  it('a body too slow to sanitise on the server is shown by the widget', async () => {
    const body = 'abcdefghij<img>'.repeat(70_000);
    const article = { id: 'm', title: 'Many', publishedAt: '2026-03-03T10:00:00Z', body };
    const rendered = renderElement('news-article', article, { url: `${server.origin}/api/article.json` });
    assert.equal(rendered.warnings.length, 1);
    assert.match(
      rendered.warnings[0],
      /^body: left out of the fallback: .*the widget sanitises it in the browser$/,
    );
    assert.doesNotMatch(rendered.html, /part="body"/);
    const shown = await upgradedBody(rendered);
    assert.equal(shown.text, 'abcdefghij'.repeat(70_000));
    assert.equal(shown.elements, 0);
  });
});
