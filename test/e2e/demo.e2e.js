// The demo pages as `npm start` serves them: the Vite dev server with vite.config.ts (elements straight from
// src/, the sample endpoint plugin), on a free port, driven in the machine's Chromium. The article page
// must render all four elements from one request for the article, without errors, at desktop and phone
// widths, and its controls must work; every demo page links to the others.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchBrowser, openPage } from './helpers.js';

const ARTICLE_PATH = '/api/article/491283';
const ARTICLE_TITLE = 'Azerbaijan, Türkiye discuss expanding defense industry cooperation';

let vite;
let origin;
let browser;

before(async () => {
  vite = await createServer({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    server: { host: '127.0.0.1', port: 0, strictPort: true },
    logLevel: 'error',
    clearScreen: false,
  });
  await vite.listen();
  origin = `http://127.0.0.1:${vite.httpServer.address().port}`;
  browser = await launchBrowser();
  // One visit first, so that Vite has transformed the modules and optimised the dependencies: a first
  // visit to a cold dev server may be reloaded by Vite, which would count as a second article request.
  const warm = await openPage(browser);
  await warm.page.goto(`${origin}/article.html`);
  await waitForArticlePage(warm.page);
  await warm.close();
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

/** Waits until every element on the article page shows its content. */
function waitForArticlePage(page, timeout = 20_000) {
  return page.waitForFunction(
    () => {
      const root = (selector) => document.querySelector(selector)?.shadowRoot;
      const article = root('#article');
      return (
        article?.querySelector('h1, h2, h3') &&
        article.querySelector('photo-gallery')?.shadowRoot?.querySelector('[part~="item"]') &&
        root('#trending')?.querySelector('[part~="tag"]') &&
        root('#gallery')?.querySelector('[part~="item"]') &&
        root('#tags')?.querySelector('[part~="tag"]') &&
        root('#latest')?.querySelector('[part~="item"]')
      );
    },
    null,
    { timeout },
  );
}

/** What the article page shows, read through the shadow roots. */
function readArticlePage(page) {
  return page.evaluate(() => {
    const root = (selector) => document.querySelector(selector).shadowRoot;
    const count = (selector, inner) => root(selector).querySelectorAll(inner).length;
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();
    const headings = (node, found = []) => {
      for (const element of node.querySelectorAll('*')) {
        if (element.localName === 'h1') found.push(text(element));
        if (element.shadowRoot) headings(element.shadowRoot, found);
      }
      return found;
    };
    const article = root('#article');
    return {
      h1: headings(document),
      title: text(article.querySelector('[part~="title"]')),
      meta: text(article.querySelector('[part~="meta"]')),
      body: article.querySelectorAll('[part~="body"] p').length,
      lead: article.querySelectorAll('[part~="lead"] img').length,
      // 0 in the loading and error states, when there is no gallery.
      articleGallery:
        article.querySelector('photo-gallery')?.shadowRoot.querySelectorAll('[part~="item"]').length ?? 0,
      share: text(article.querySelector('[part~="share"]')),
      translations: article.querySelectorAll('[part~="translation"]').length,
      trending: count('#trending', '[part~="tag"]'),
      gallery: count('#gallery', '[part~="item"]'),
      galleryLayout: root('#gallery').querySelector('[part~="list"]')?.className,
      tags: count('#tags', '[part~="tag"]'),
      latest: count('#latest', '[part~="item"]'),
      jsonLd: document.querySelector('#article > script[type="application/ld+json"]')?.textContent,
      jsonLdShown: document.querySelector('#json-ld').textContent,
      log: [...document.querySelectorAll('#event-log li')].map(text),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** Opens the article page at `width`, recording the requests for the article. */
async function openArticlePage(width) {
  const opened = await openPage(browser);
  await opened.page.setViewportSize({ width, height: 800 });
  opened.articleRequests = [];
  opened.page.on('request', (request) => {
    if (new URL(request.url()).pathname === ARTICLE_PATH) opened.articleRequests.push(request.url());
  });
  await opened.page.goto(`${origin}/article.html`);
  await waitForArticlePage(opened.page);
  return opened;
}

describe('demo: article page', () => {
  for (const width of [1280, 360]) {
    it(`renders every element from one request for the article, without errors, at ${width}px`, async () => {
      const opened = await openArticlePage(width);
      try {
        // Time for any late request or error to show up.
        await opened.page.waitForTimeout(500);
        const shown = await readArticlePage(opened.page);

        assert.deepEqual(shown.h1, [ARTICLE_TITLE], "the article's title is the page's one h1");
        assert.match(shown.meta, /^Military March 3, 2026, 13:41\b/);
        assert.equal(shown.body, 5, 'body paragraphs');
        assert.equal(shown.lead, 1, 'lead photo');
        assert.equal(shown.articleGallery, 4, "the article's further photos in its gallery");
        assert.equal(shown.translations, 2, 'links to the az and ru versions');
        assert.equal(shown.trending, 5, 'trending tags');
        assert.equal(shown.gallery, 5, 'all photos');
        assert.equal(shown.galleryLayout, 'strip');
        assert.equal(shown.tags, 6, "the article's tags");
        assert.equal(shown.latest, 8, 'latest news, limit="8"');
        assert.equal(JSON.parse(shown.jsonLd).headline, ARTICLE_TITLE, 'JSON-LD in the light DOM');
        assert.equal(JSON.parse(shown.jsonLdShown).headline, ARTICLE_TITLE, 'JSON-LD shown on the page');
        assert.ok(
          shown.log.some((entry) => /news-load from <news-article#article>/.test(entry)),
          'event log',
        );
        assert.equal(shown.overflow, 0, 'no sideways scrolling');

        assert.deepEqual(
          opened.articleRequests,
          [`${origin}${ARTICLE_PATH}`],
          'the article, the gallery and the tags share one request',
        );
        assert.match(await opened.page.locator('#article-requests').textContent(), /: 1$/);
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  }

  it('switches language, time zone and heading level from the controls', async () => {
    const opened = await openArticlePage(1280);
    try {
      const { page } = opened;
      await page.selectOption('#lang', 'az');
      await page.waitForFunction(() =>
        document
          .querySelector('#article')
          .shadowRoot.querySelector('[part~="share"]')
          ?.textContent.includes('Paylaş'),
      );
      let shown = await readArticlePage(page);
      assert.match(shown.meta, /3 mart 2026, 13:41/);

      await page.selectOption('#time-zone', 'America/New_York');
      await page.selectOption('#heading-level', '2');
      await page.waitForFunction(() =>
        document.querySelector('#article').shadowRoot.querySelector('h2[part~="title"]'),
      );
      shown = await readArticlePage(page);
      assert.match(shown.meta, /3 mart 2026, 04:41/);
      assert.deepEqual(shown.h1, []);

      await page.uncheck('#structured-data');
      await page.waitForFunction(() => !document.querySelector('#article > script'));
      assert.match(await page.locator('#json-ld').textContent(), /off/);

      await page.selectOption('#layout', 'grid');
      await page.waitForFunction(
        () =>
          document.querySelector('#gallery').shadowRoot.querySelector('[part~="list"]').className === 'grid',
      );

      // Still the one request: none of these controls fetches again.
      assert.equal(opened.articleRequests.length, 1);
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('shows the error state with a failing endpoint, and recovers', async () => {
    const opened = await openArticlePage(1280);
    try {
      const { page } = opened;
      await page.check('#fail');
      await page.waitForFunction(
        () =>
          ['#trending', '#article', '#gallery', '#tags', '#latest'].every((selector) =>
            document.querySelector(selector).shadowRoot.querySelector('[part~="error"]'),
          ),
        null,
        { timeout: 20_000 },
      );
      const shown = await readArticlePage(page);
      assert.ok(shown.log.some((entry) => /news-error from <news-article#article>: http 503/.test(entry)));
      assert.equal(shown.jsonLd, undefined, 'no JSON-LD without an article');

      await page.uncheck('#fail');
      await waitForArticlePage(page);
      // The three elements on the article shared each request: the first try and its retries, then the
      // reload without ?fail.
      const failing = opened.articleRequests.filter((url) => url.endsWith('?fail=1'));
      assert.ok(failing.length >= 1 && failing.length <= 3, `${failing.length} failing requests`);
      assert.equal(opened.articleRequests.filter((url) => url === `${origin}${ARTICLE_PATH}`).length, 2);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
});

describe('demo: navigation', () => {
  for (const path of ['/', '/ticker.html', '/article.html']) {
    it(`${path} links to every demo page and loads without errors`, async () => {
      const opened = await openPage(browser);
      try {
        await opened.page.goto(`${origin}${path}`);
        await opened.page.waitForFunction(() => document.querySelector('latest-news')?.shadowRoot);
        const links = await opened.page.evaluate(() =>
          [...document.querySelectorAll('nav[aria-label="Demo pages"] a')].map((a) => [
            a.getAttribute('href'),
            a.getAttribute('aria-current'),
          ]),
        );
        const current = path === '/' ? './' : `.${path}`;
        assert.deepEqual(
          links,
          ['./', './ticker.html', './article.html'].map((href) => [href, href === current ? 'page' : null]),
        );
        await opened.page.waitForTimeout(300);
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  }
});
