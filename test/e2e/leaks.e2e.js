// Leaks: 1,000 connect / move / disconnect cycles of each element, with requests in flight, timers set
// and (for the gallery) the lightbox open, in Chromium with the built news-widgets.js. After forced
// garbage collection the DOM node and event-listener counts must come back to where they were, and the
// retained JS heap must not grow with the number of cycles. The figures are printed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const article = JSON.parse(readFileSync(new URL('./fixtures/article.json', import.meta.url), 'utf8'));

const CYCLES = 1000;

/** Runs in the page: `count` cycles of `tag`, every tenth one waiting for a load (timers, listeners). */
async function cycle({ tag, count, slow, fast, attrs }) {
  const a = document.getElementById('a');
  const b = document.getElementById('b');
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const loaded = i % 10 === 0;
    el.src = loaded ? fast : slow;
    const done = loaded
      ? new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }))
      : null;
    a.append(el);
    if (done) {
      await done;
      await el.updateComplete;
      if (tag === 'photo-gallery') el.show(0);
    }
    b.append(el); // a move: no refetch, nothing doubled
    await Promise.resolve();
    el.remove();
    if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // Let the aborts and the removal microtasks run.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('leaks', () => {
  let site;
  let browser;

  before(async () => {
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice(5));
      const body = url.pathname.startsWith('/feed')
        ? feed
        : url.pathname.startsWith('/article')
          ? article
          : null;
      if (body) {
        // /…/slow answers after 3 s: the requests of most cycles are still in flight when they end.
        if (url.pathname.endsWith('/slow')) await new Promise((resolve) => setTimeout(resolve, 3000));
        sendJson(res, body, { 'Cache-Control': 'no-store' });
        return true;
      }
      if (url.pathname === '/') {
        sendHtml(
          res,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>leaks</title>
          <script type="module" src="/cdn/news-widgets.js"></script></head>
          <body><div id="a"></div><div id="b"></div></body></html>`,
        );
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

  const elements = [
    ['latest-news', '/feed', { refresh: '30', variant: 'ticker' }],
    ['news-article', '/article', { 'structured-data': '' }],
    ['tag-list', '/article', { variant: 'bar' }],
    ['photo-gallery', '/article', { 'deep-link': '' }],
  ];

  for (const [tag, path, attrs] of elements) {
    it(`${CYCLES} cycles of <${tag}> leave nothing behind`, { timeout: 180_000 }, async () => {
      const opened = await openPage(browser);
      try {
        const { page } = opened;
        await page.goto(`${site.origin}/`);
        await page.waitForFunction((t) => !!customElements.get(t), tag);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const measure = async () => {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          const { metrics } = await cdp.send('Performance.getMetrics');
          const get = (name) => metrics.find((m) => m.name === name).value;
          return { nodes: get('Nodes'), listeners: get('JSEventListeners'), heap: get('JSHeapUsedSize') };
        };
        const args = { tag, attrs, slow: `${path}/slow`, fast: `${path}/fast` };
        // Warm up: the first cycles fill caches and compile templates.
        await page.evaluate(cycle, { ...args, count: 50 });
        const base = await measure();
        await page.evaluate(cycle, { ...args, count: CYCLES });
        const first = await measure();
        await page.evaluate(cycle, { ...args, count: CYCLES });
        const second = await measure();
        const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
        console.log(
          `figure: leak ${tag} cycles=${2 * CYCLES} nodes=${base.nodes}>${second.nodes} listeners=${base.listeners}>${second.listeners} heap-growth-per-${CYCLES}=${kb(second.heap - first.heap)}`,
        );
        assert.equal(await page.evaluate(() => document.querySelectorAll('#a *, #b *').length), 0);
        // Nodes and listeners: back to the baseline, give or take the odd node the browser keeps.
        assert.ok(Math.abs(second.nodes - base.nodes) <= 20, `nodes ${base.nodes} → ${second.nodes}`);
        assert.ok(
          Math.abs(second.listeners - base.listeners) <= 5,
          `listeners ${base.listeners} → ${second.listeners}`,
        );
        // The heap does not grow with the cycle count: the second thousand adds (almost) nothing.
        assert.ok(
          second.heap - first.heap < 512 * 1024,
          `heap grew ${kb(second.heap - first.heap)} over ${CYCLES} more cycles`,
        );
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  }
});
