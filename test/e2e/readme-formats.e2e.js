// The README's "Other formats" snippets, pasted as a site owner would: read from README.md, with
// `https://your-site.example` pointing at a local server that serves real WordPress, JSON Feed and RSS
// samples (test/fixtures/real-feeds/) and the built CDN files under /news-widgets/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, readmeBlocks, sendFile, sendHtml, startServer } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const feeds = `${root}test/fixtures/real-feeds/`;

const blocks = readmeBlocks;

const SOURCES = {
  // WordPress answers JSON; feeds often come as text/xml or application/xml.
  '/wp-json/wp/v2/posts': ['wp-v2-posts-embed.json', 'application/json; charset=UTF-8'],
  '/feed.xml': ['rss2-livemint.xml', 'text/xml'],
  '/feed.json': ['jsonfeed-inessential.json', 'application/feed+json'],
};

describe('README: other formats', () => {
  let site;
  let browser;
  const pages = {};

  before(async () => {
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/news-widgets/'))
        return sendFile(res, `${root}dist/cdn/`, url.pathname.slice('/news-widgets/'.length));
      const source = SOURCES[url.pathname];
      if (source) {
        const body = readFileSync(feeds + source[0]);
        res.writeHead(200, { 'Content-Type': source[1], 'Access-Control-Allow-Origin': '*' });
        res.end(body);
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

  const here = (text) => text.replaceAll('https://your-site.example', site.origin);

  /** Opens `html` with the module file, waits for every element's news-load, and reads what they show. */
  async function show(path, html, head = '') {
    pages[path] = `<!doctype html><html lang="en"><head>${head}
      <script type="module" src="/news-widgets/news-widgets.js"></script></head><body>${html}
      <script>
        window.events = [];
        for (const type of ['news-load', 'news-error'])
          document.addEventListener(type, (e) => window.events.push({ type, tag: e.target.localName, kind: e.kind }));
      </script></body></html>`;
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${site.origin}${path}`);
      const count = await opened.page.evaluate(
        () => document.querySelectorAll('latest-news, news-article, tag-list, photo-gallery').length,
      );
      await opened.page.waitForFunction((n) => window.events.length >= n, count, { timeout: 15_000 });
      const shown = await opened.page.evaluate(() => ({
        events: window.events,
        lists: [...document.querySelectorAll('latest-news')].map((el) =>
          [...el.shadowRoot.querySelectorAll('[part~="title"]')].map((a) => a.textContent.trim()),
        ),
        article: document
          .querySelector('news-article')
          ?.shadowRoot.querySelector('[part~="title"]')
          ?.textContent.trim(),
      }));
      assert.deepEqual(opened.pageErrors, []);
      return shown;
    } finally {
      await opened.close();
    }
  }

  it('the first snippet: a WordPress feed, an RSS feed, and one item of a JSON Feed', async () => {
    const [html] = blocks('Other formats: WordPress, JSON Feed, RSS and Atom', 'html');
    const shown = await show('/snippet.html', here(html));
    assert.deepEqual(
      shown.events.filter((e) => e.type === 'news-error'),
      [],
    );
    const [wordpress, rss] = shown.lists;
    // The three posts of the WordPress sample, titles decoded from their HTML entities.
    assert.equal(wordpress.length, 3);
    assert.ok(wordpress.includes('The Beauties of Gullfoss'), wordpress.join(' | '));
    assert.equal(rss.length, 10);
    // No item with the snippet's url in the sample: the newest is shown.
    assert.equal(shown.article, 'James Dempsey and the Breakpoints Benefit App Camp for Girls');
  });

  it('the page-wide meta tag and configure()', async () => {
    const [meta] = blocks('Other formats: WordPress, JSON Feed, RSS and Atom', 'html').slice(1);
    const viaMeta = await show(
      '/meta.html',
      `<latest-news src="${site.origin}/wp-json/wp/v2/posts"></latest-news>`,
      here(meta),
    );
    assert.equal(viaMeta.lists[0].length, 3);
    const [script] = blocks('Other formats: WordPress, JSON Feed, RSS and Atom', 'js');
    const viaConfigure = await show(
      '/configure.html',
      `<script type="module">${script}</script><latest-news src="/feed.xml"></latest-news>`,
    );
    assert.equal(viaConfigure.lists[0].length, 10);
  });
});
