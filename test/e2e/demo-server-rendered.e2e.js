// The demo's server-rendered page (demo/server-rendered.html), as `npm start` serves it: its preview frame
// shows the article page made by news-widgets/server from the sample endpoint. With JavaScript off (a
// sandbox without scripts) the fallback is what the reader sees: the headlines, the article and its
// photos as plain HTML, no element upgraded. With JavaScript on the elements take over from their inline
// data without asking the endpoints again, and show the same headlines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startDemoServer } from './helpers.js';

let vite;
let origin;
let browser;

before(async () => {
  ({ vite, origin } = await startDemoServer());
  browser = await launchBrowser();
  const warm = await openPage(browser);
  await warm.page.goto(`${origin}/server-rendered/preview.html`);
  await warm.page.waitForLoadState('networkidle');
  await warm.close();
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

/** What the preview frame shows: the fallback's headlines and title, and whether the elements upgraded. */
const readFrame = (frame) =>
  frame.evaluate(() => {
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const latest = document.querySelector('latest-news');
    const article = document.querySelector('news-article');
    const visible = (node) => Boolean(node && node.getClientRects().length);
    return {
      upgraded: Boolean(customElements.get('latest-news')),
      fallbackHeadlines: [...latest.querySelectorAll('.news-fallback [part~="title"]')].map(text),
      fallbackShown: visible(latest.querySelector('.news-fallback [part~="title"]')),
      fallbackTitle: text(article.querySelector('.news-fallback [part~="title"]')),
      shadowHeadlines: [...(latest.shadowRoot?.querySelectorAll('[part~="item"] [part~="title"]') ?? [])].map(
        text,
      ),
      shadowTitle: text(article.shadowRoot?.querySelector('[part~="title"]')),
      photos: document.querySelectorAll('photo-gallery > .news-fallback [part~="image"]').length,
    };
  });

describe('demo: the server-rendered page', () => {
  it('with JavaScript off, the preview is the server’s HTML; with it on, the elements take over with no request', async () => {
    const opened = await openPage(browser);
    const { page } = opened;
    const api = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) api.push(pathname);
    });
    try {
      await page.goto(`${origin}/server-rendered.html`);
      const frameOf = async () => (await page.waitForSelector('#preview')).contentFrame();

      await page.check('input[name="js"][value="0"]');
      await page.waitForFunction(() => document.querySelector('#preview').src.includes('js=0'));
      await page.waitForFunction(() => {
        const doc = document.querySelector('#preview').contentDocument;
        return doc?.readyState === 'complete' && doc.querySelector('latest-news .news-fallback');
      });
      assert.equal(
        await page.getAttribute('#preview', 'sandbox'),
        'allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      );
      const off = await readFrame(await frameOf());
      assert.equal(off.upgraded, false, 'no script ran');
      assert.ok(off.fallbackHeadlines.length >= 5, `headlines in the fallback: ${off.fallbackHeadlines}`);
      assert.equal(off.fallbackShown, true, 'the fallback is on screen');
      assert.match(off.fallbackTitle, /Azerbaijan, Türkiye/);
      assert.ok(off.photos >= 2, 'the gallery’s photos are in the fallback');

      api.length = 0;
      await page.check('input[name="js"][value="1"]');
      await page.waitForFunction(() => document.querySelector('#preview').src.includes('js=1'));
      await page.waitForFunction(
        () =>
          document
            .querySelector('#preview')
            .contentDocument?.querySelector('latest-news')
            ?.shadowRoot?.querySelector('[part~="item"] [part~="title"]'),
        null,
        { timeout: 20_000 },
      );
      const on = await readFrame(await frameOf());
      assert.equal(on.upgraded, true);
      assert.deepEqual(on.shadowHeadlines, on.fallbackHeadlines, 'the same headlines as the server rendered');
      assert.equal(on.shadowTitle, on.fallbackTitle);
      assert.equal(on.fallbackShown, false, 'the fallback is no longer displayed');
      assert.deepEqual(api, [], 'no request to the endpoints: the data was inline');

      await page.selectOption('#lang', 'az');
      await page.waitForFunction(() => document.querySelector('#preview').src.includes('lang=az'));
      await page.waitForFunction(
        () => document.querySelector('#preview').contentDocument?.documentElement.lang === 'az',
      );
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
});
