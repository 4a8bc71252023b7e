// Accessibility, measured: axe-core on the built news-widgets.js with every element in every state
// (loading, error, empty, data; the ticker moving, paused and under reduced motion; the "N new stories"
// button; the lightbox open), in en, az and ru, in light and dark schemes. Zero violations allowed; the
// counts are printed as `figure:` lines for `npm run figures`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const article = JSON.parse(readFileSync(new URL('./fixtures/article.json', import.meta.url), 'utf8'));
// Photos that load (an SVG from this server) with sizes, so the gallery shows real thumbnails.
article.photos = [1, 2, 3].map((n) => ({ ...article.photos[0], src: `/photo-${n}.svg`, alt: `Photo ${n}` }));

let version = 0;
const hanging = new Set();
const routes = {
  '/feed.json': () => ({ ...feed, items: feed.items.slice(version) }),
  '/article.json': () => article,
  '/empty-feed.json': () => ({ items: [] }),
  '/empty-tags.json': () => ({ tags: [] }),
  '/empty-photos.json': () => ({ photos: [] }),
};

// `scheme=page`: a page that follows the reader (color-scheme: light dark, system colours); otherwise an
// always-light page, which the widgets must not turn into light text on white in a reader's dark mode.
const PAGE = (
  lang,
  follows,
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>a11y</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${follows ? '<meta name="color-scheme" content="light dark"><style>body { background: Canvas; color: CanvasText; }</style>' : ''}
<script type="module" src="/cdn/news-widgets.js"></script></head><body><main>
<h1>Widgets</h1>
<section aria-label="data"><latest-news id="ticker" src="/feed.json" variant="ticker"></latest-news>
<latest-news id="list" src="/feed.json" limit="5"></latest-news>
<news-article src="/article.json" heading-level="2"></news-article>
<tag-list src="/article.json"></tag-list><tag-list src="/article.json" variant="bar"></tag-list>
<photo-gallery id="gallery" src="/article.json"></photo-gallery></section>
<section aria-label="empty"><latest-news src="/empty-feed.json"></latest-news><tag-list src="/empty-tags.json"></tag-list>
<photo-gallery src="/empty-photos.json"></photo-gallery></section>
<section aria-label="error"><latest-news src="/fail"></latest-news><news-article src="/fail"></news-article>
<tag-list src="/fail"></tag-list><photo-gallery src="/fail"></photo-gallery></section>
<section aria-label="loading"><latest-news src="/hang"></latest-news><news-article src="/hang"></news-article>
<tag-list src="/hang"></tag-list><photo-gallery src="/hang"></photo-gallery></section>
</main></body></html>`;

describe('accessibility (axe-core) of every element in every state', () => {
  let site;
  let browser;
  const figures = { scenarios: 0, checks: 0, violations: 0 };

  before(async () => {
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice(5));
      if (url.pathname === '/fail') {
        res.writeHead(500, { 'Content-Type': 'application/json' }).end('{}');
        return true;
      }
      if (url.pathname === '/hang') {
        // Answers only when the test ends: the loading state stays meanwhile.
        hanging.add(res);
        return true;
      }
      if (/^\/photo-\d\.svg$/.test(url.pathname)) {
        res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
        res.end(
          '<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="853"><rect width="100%" height="100%" fill="#468"/></svg>',
        );
        return true;
      }
      const route = routes[url.pathname];
      if (route) {
        sendJson(res, route(), { 'Cache-Control': 'no-store' });
        return true;
      }
      const lang = url.pathname.slice(1).replace('.html', '');
      if (['en', 'az', 'ru'].includes(lang)) {
        sendHtml(res, PAGE(lang, url.searchParams.has('follows')));
        return true;
      }
      return false;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    console.log(
      `figure: axe scenarios=${figures.scenarios} checks=${figures.checks} violations=${figures.violations}`,
    );
    await browser?.close();
    await site?.close();
  });

  /** Runs axe on the whole page (it looks into open shadow roots); returns the violations, printable. */
  async function axe(page, scenario) {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`,
      );
    });
    figures.scenarios++;
    figures.checks++;
    figures.violations += violations.length;
    assert.deepEqual(violations, [], `${scenario}: axe violations`);
  }

  async function ready(page) {
    // Every data and empty element has loaded; the error ones have failed after their retries.
    await page.waitForFunction(
      () =>
        [
          ...document.querySelectorAll('section[aria-label="data"] > *, section[aria-label="empty"] > *'),
        ].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]')) &&
        [...document.querySelectorAll('section[aria-label="error"] > *')].every((el) =>
          el.shadowRoot?.querySelector('[part~="error"]'),
        ),
      null,
      { timeout: 20_000 },
    );
    // Thumbnails decoded, the ticker moving.
    await page.waitForTimeout(300);
  }

  for (const lang of ['en', 'az', 'ru']) {
    for (const scheme of ['light', 'dark']) {
      it(
        `${lang}, ${scheme}: loading, error, empty, data; ticker paused; new stories; lightbox`,
        { timeout: 60_000 },
        async () => {
          version = 0;
          const opened = await openPage(browser);
          try {
            const { page } = opened;
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(`${site.origin}/${lang}.html`);
            await ready(page);
            await axe(page, `${lang} ${scheme}: every state`);

            // The ticker paused from its button.
            await page.evaluate(() =>
              document.querySelector('#ticker').shadowRoot.querySelector('[part~="pause"]').click(),
            );
            await axe(page, `${lang} ${scheme}: ticker paused`);

            // New stories arrive while the reader is in the list: the button shows.
            version = 0;
            routes['/feed.json'] = () => ({
              ...feed,
              items: [{ ...feed.items[0], id: 'fresh-1', title: 'A fresh story' }, ...feed.items],
            });
            await page.evaluate(async () => {
              const list = document.querySelector('#list');
              list.shadowRoot.querySelector('a[part~="title"]').focus();
              await list.load(true);
            });
            await page.waitForFunction(
              () => !!document.querySelector('#list').shadowRoot.querySelector('[part~="new-button"]'),
            );
            await axe(page, `${lang} ${scheme}: new stories button`);
            routes['/feed.json'] = () => ({ ...feed, items: feed.items.slice(version) });

            // The lightbox open.
            await page.evaluate(() => document.querySelector('#gallery').show(1));
            await page.waitForFunction(() =>
              document.querySelector('#gallery').shadowRoot.querySelector('dialog[open]'),
            );
            await page.waitForTimeout(200);
            await axe(page, `${lang} ${scheme}: lightbox open`);
            assert.deepEqual(opened.pageErrors, []);
          } finally {
            await opened.close();
          }
        },
      );
    }
  }

  // A screen reader reads a figure's caption and credit as one run of words unless something ends the
  // caption: the styles give the credit a full stop that only assistive technology gets.
  it(
    'a caption and its credit are read as two sentences: gallery, lightbox, article, server fallback',
    {
      timeout: 60_000,
    },
    async () => {
      const { caption, credit } = article.photos[0];
      const names = async (page, scope) => {
        const snapshot = await page.locator(scope).ariaSnapshot();
        return [...snapshot.matchAll(/- figure "([^"]*)"/g)]
          .map((m) => m[1])
          .filter((n) => n.includes(credit));
      };
      const twoSentences = new RegExp(`^${caption}\\s*\\.\\s+${credit}$`);
      const opened = await openPage(browser);
      try {
        const { page } = opened;
        await page.goto(`${site.origin}/en.html`);
        await ready(page);
        // The gallery's three thumbnails; the article's lead photo and the two in its nested gallery.
        const inGallery = await names(page, '#gallery');
        const inArticle = await names(page, 'section[aria-label="data"] news-article');
        assert.equal(inGallery.length, 3, `gallery figures: ${inGallery}`);
        assert.equal(inArticle.length, 3, `article figures: ${inArticle}`);
        for (const name of [...inGallery, ...inArticle]) assert.match(name, twoSentences);

        await page.evaluate(() => document.querySelector('#gallery').show(1));
        await page.waitForFunction(() =>
          document.querySelector('#gallery').shadowRoot.querySelector('dialog[open]'),
        );
        const inLightbox = await names(page, '#gallery dialog');
        assert.equal(inLightbox.length, 1, `lightbox figures: ${inLightbox}`);
        assert.match(inLightbox[0], twoSentences);

        // The server's fallback with its CSS and no script reads the same.
        const { renderElement } = await import(new URL('../../dist/server/render.js', import.meta.url).href);
        const fallback = ['photo-gallery', 'news-article']
          .map((tag) => renderElement(tag, article, { url: site.origin + '/', styles: 'inline' }).html)
          .join('');
        await page.setContent(`<!doctype html><html lang="en"><body>${fallback}</body></html>`);
        const served = await names(page, 'body');
        assert.equal(served.length, 3 + 3, `fallback figures: ${served}`);
        for (const name of served) assert.match(name, twoSentences);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );

  it('reduced motion: the ticker as a scrollable row with previous / next', { timeout: 60_000 }, async () => {
    const opened = await openPage(browser);
    try {
      const { page } = opened;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${site.origin}/en.html`);
      await ready(page);
      const buttons = await page.evaluate(
        () =>
          document.querySelector('#ticker').shadowRoot.querySelectorAll('[part~="previous"], [part~="next"]')
            .length,
      );
      assert.equal(buttons, 2);
      await axe(page, 'reduced motion');
    } finally {
      await opened.close();
    }
  });
});
