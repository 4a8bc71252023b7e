// The overview page of the demo, as `npm start` serves it, shows the 0.2 features: load more on the
// sidebar list (the sample feed in pages of five), right to left for both widgets, and the item events in
// the live log, with a switch that keeps headline clicks in the page (preventDefault on news-click).
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
  await warm.page.goto(`${origin}/`);
  await warm.page.waitForLoadState('networkidle');
  await warm.close();
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

const titles = (page) =>
  page.evaluate(() =>
    [...document.querySelector('#latest').shadowRoot.querySelectorAll('[part~="item"] [part~="title"]')].map(
      (node) => node.textContent.trim(),
    ),
  );

const logged = (page, type) =>
  page.evaluate(
    (type) =>
      [...document.querySelectorAll('#event-log li')]
        .map((li) => li.textContent)
        .filter((t) => t.includes(type)),
    type,
  );

describe('demo: overview page, load more, right to left and the item events', () => {
  it('loads more headlines, mirrors, and logs news-click (kept in the page) and news-impression', async () => {
    const opened = await openPage(browser);
    const { page } = opened;
    try {
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.goto(`${origin}/`);
      await page.waitForFunction(() =>
        document.querySelector('#latest').shadowRoot?.querySelector('[part~="title"]'),
      );

      await page.selectOption('#load-more', 'manual');
      await page.waitForFunction(
        () => document.querySelector('#latest').shadowRoot.querySelector('[part~="load-more"]'),
        null,
        { timeout: 15_000 },
      );
      const first = await titles(page);
      assert.equal(first.length, 5, 'the first page: five headlines');
      await page.locator('#latest [part~="load-more"]').click();
      // The sample feed holds 9 headlines when the server has just started (one more every 20 s): the
      // second page has the rest of them, up to five.
      await page.waitForFunction(
        () => document.querySelector('#latest').shadowRoot.querySelectorAll('[part~="item"]').length > 5,
        null,
        { timeout: 15_000 },
      );
      const more = await titles(page);
      assert.deepEqual(more.slice(0, 5), first, 'the first page stays, the next is appended');
      assert.equal(new Set(more).size, more.length, 'no headline twice');
      const focused = await page.evaluate(() =>
        document.querySelector('#latest').shadowRoot.activeElement?.textContent.trim(),
      );
      assert.equal(focused, more[5], 'focus on the first new headline');

      await page.selectOption('#dir', 'rtl');
      const direction = await page.evaluate(() =>
        ['#latest', '#ticker'].map((id) => getComputedStyle(document.querySelector(id)).direction),
      );
      assert.deepEqual(direction, ['rtl', 'rtl']);

      await page.check('#route-clicks');
      const before = page.url();
      await page.locator('#latest [part~="item"] [part~="title"]').first().click();
      const clicks = await logged(page, 'news-click');
      assert.equal(clicks.length, 1);
      assert.match(clicks[0], /item \S+ at 1 \(kept in the page\)/);
      assert.equal(page.url(), before, 'the browser stayed');
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('#event-log li')].some((li) =>
            li.textContent.includes('news-impression'),
          ),
        null,
        { timeout: 10_000 },
      );
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
});
