// End-to-end: the CDN files on a page with a strict Content-Security-Policy (no inline script or style,
// no eval) and with Trusted Types enforced, as a careful partner runs it. Zero violations allowed.
// Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendJson, startServer } from './helpers.js';

const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const article = JSON.parse(readFileSync(new URL('./fixtures/article.json', import.meta.url), 'utf8'));
const hostile = JSON.parse(readFileSync(new URL('./fixtures/article-hostile.json', import.meta.url), 'utf8'));

// The other elements, as a publisher's article page has them: a body to sanitise, tags, structured data.
const ARTICLE_PAGE = (origin, name) => `
  <news-article src="${origin}/${name}.json" structured-data heading-level="1"></news-article>
  <tag-list src="${origin}/${name}.json"></tag-list>
  <tag-list src="${origin}/${name}.json" variant="bar"></tag-list>
  <photo-gallery src="${origin}/${name}.json"></photo-gallery>`;

// Loaded before the widgets, as an external script (inline ones are not allowed on these pages).
const RECORDER = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});
window.__loads = 0;
document.addEventListener('news-load', () => window.__loads++);
window.__errors = [];
document.addEventListener('news-error', (e) => window.__errors.push(e.target.localName + ': ' + e.message));`;

/** Makes the page a browser without the HTML Sanitizer API, so that the sanitiser takes DOMPurify. */
const withoutSanitizerApi = (page) =>
  page.addInitScript(() => {
    delete window.Sanitizer;
    delete Element.prototype.setHTML;
  });

describe('strict pages', () => {
  const figures = { pages: 0, violations: 0 };
  /** Counts a page's violations for the figures, then asserts there were none. */
  const noViolations = async (page) => {
    const violations = await page.evaluate(() => window.__violations);
    figures.pages++;
    figures.violations += violations.length;
    assert.deepEqual(violations, []);
  };
  let site;
  let api;
  let browser;

  before(async () => {
    api = await startServer((req, res, url) => {
      const body = { '/latest.json': feed, '/article.json': article, '/hostile.json': hostile }[url.pathname];
      if (!body) return false;
      sendJson(res, body, { 'Access-Control-Allow-Origin': '*' });
      return true;
    });
    const pages = {
      '/strict.html': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' ${api.origin}; connect-src ${api.origin}; object-src 'none'; base-uri 'none'`,
      '/trusted-types.html': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' ${api.origin}; connect-src ${api.origin}; require-trusted-types-for 'script'; trusted-types lit-html news-widgets news-widgets-json`,
      // A page that forgot our policy names: the article must say so, not hang.
      '/tt-lit-only.html': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' ${api.origin}; connect-src ${api.origin}; require-trusted-types-for 'script'; trusted-types lit-html`,
    };
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice(5));
      if (url.pathname === '/recorder.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(RECORDER);
        return true;
      }
      const policy = pages[url.pathname];
      if (!policy) return false;
      const script = url.searchParams.get('script') ?? 'news-widgets.js';
      // also=all: the other two bundles as well, as on a page where a partner's ticker meets the publisher's build.
      const also =
        url.searchParams.get('also') === 'all'
          ? '<script type="module" src="/cdn/latest-news.js"></script><script src="/cdn/news-widgets.iife.js"></script>'
          : '';
      const tag = script.endsWith('.iife.js')
        ? `<script src="/cdn/${script}"></script>`
        : `<script type="module" src="/cdn/${script}"></script>`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict</title>
        <script src="/recorder.js"></script>${tag}${also}</head><body>
        <latest-news src="${api.origin}/latest.json"></latest-news>
        <latest-news src="${api.origin}/latest.json" variant="ticker"></latest-news>
        ${url.searchParams.get('elements') ? ARTICLE_PAGE(api.origin, url.searchParams.get('elements')) : ''}</body></html>`);
      return true;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    console.log(`figure: csp pages=${figures.pages} violations=${figures.violations}`);
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('loads every bundle on one page without a clash', { timeout: 30_000 }, async () => {
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${site.origin}/strict.html?script=news-widgets.js&also=all`);
      await opened.page.waitForFunction(() => window.__loads === 2, null, { timeout: 15_000 });
      // Globals beyond a fresh window's and the recorder's: the classic build's documented one, and the
      // ones Lit itself keeps (version lists and property metadata, shared with any other Lit on the page).
      const globals = await opened.page.evaluate(() => {
        const frame = document.body.appendChild(document.createElement('iframe'));
        const fresh = new Set(Object.keys(frame.contentWindow));
        frame.remove();
        return Object.keys(window).filter((key) => !fresh.has(key) && !key.startsWith('__'));
      });
      assert.deepEqual(globals.sort(), [
        'NewsWidgets',
        'litElementVersions',
        'litHtmlVersions',
        'litPropertyMetadata',
        'reactiveElementVersions',
      ]);
      await noViolations(opened.page);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  for (const [page, script] of [
    ['strict.html', 'news-widgets.js'],
    ['strict.html', 'news-widgets.iife.js'],
    ['strict.html', 'latest-news.js'],
    ['trusted-types.html', 'news-widgets.js'],
  ]) {
    it(`${script} renders on ${page} with zero CSP violations`, { timeout: 30_000 }, async () => {
      const opened = await openPage(browser);
      try {
        await opened.page.goto(`${site.origin}/${page}?script=${script}`);
        await opened.page
          .waitForFunction(() => window.__loads === 2, null, { timeout: 15_000 })
          .catch(async (error) => {
            const state = await opened.page.evaluate(() => ({
              loads: window.__loads,
              violations: window.__violations,
              defined: !!customElements.get('latest-news'),
              html: document.querySelector('latest-news')?.shadowRoot?.innerHTML.slice(0, 300),
            }));
            throw new Error(`${error.message}\n${JSON.stringify(state)}\n${opened.consoleErrors.join('\n')}`);
          });
        const view = await opened.page.evaluate(() =>
          [...document.querySelectorAll('latest-news')].map(
            (el) => el.shadowRoot.querySelectorAll('[part~="item"]').length,
          ),
        );
        assert.deepEqual(view, [feed.items.length, feed.items.length * 2 > 0 ? view[1] : 0]);
        assert.ok(view[1] >= feed.items.length, 'the ticker rendered its headlines');
        // Use it: pause the ticker, hover, focus a link.
        await opened.page.evaluate(() => {
          const ticker = document.querySelectorAll('latest-news')[1];
          ticker.shadowRoot.querySelector('[part~="pause"]').click();
          ticker.shadowRoot.querySelector('a').focus();
        });
        await opened.page.waitForTimeout(100);
        await noViolations(opened.page);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  }

  // Each with the sanitiser's two paths: the HTML Sanitizer API (this Chromium has it), and DOMPurify as
  // in a browser without it (which parses through our Trusted Types policy).
  for (const [page, script, engine] of [
    ['strict.html', 'news-widgets.js', 'sanitizer-api'],
    ['strict.html', 'news-widgets.iife.js', 'sanitizer-api'],
    ['trusted-types.html', 'news-widgets.js', 'sanitizer-api'],
    ['trusted-types.html', 'news-widgets.iife.js', 'sanitizer-api'],
    ['strict.html', 'news-widgets.js', 'dompurify'],
    ['strict.html', 'news-widgets.iife.js', 'dompurify'],
    ['trusted-types.html', 'news-widgets.js', 'dompurify'],
    ['trusted-types.html', 'news-widgets.iife.js', 'dompurify'],
  ]) {
    it(
      `every element of ${script}, article body included (${engine}), on ${page}: zero violations`,
      { timeout: 30_000 },
      async () => {
        const opened = await openPage(browser);
        try {
          if (engine === 'dompurify') await withoutSanitizerApi(opened.page);
          await opened.page.goto(`${site.origin}/${page}?script=${script}&elements=article`);
          await opened.page
            .waitForFunction(() => window.__loads === 6, null, { timeout: 15_000 })
            .catch(async (error) => {
              const state = { html: (await opened.page.content()).slice(0, 1500) };
              throw new Error(
                `${error.message}\n${JSON.stringify(state)}\n${opened.consoleErrors.join('\n')}`,
              );
            });
          const view = await opened.page.evaluate(() => {
            const el = document.querySelector('news-article');
            const body = el.shadowRoot.querySelector('[part~="body"]');
            return {
              title: el.shadowRoot.querySelector('h1[part~="title"]')?.textContent,
              paragraphs: body?.querySelectorAll('p').length,
              scripts: body?.querySelectorAll('script').length,
              handlers: [...(body?.querySelectorAll('*') ?? [])].filter((node) =>
                [...node.attributes].some((attr) => attr.name.startsWith('on')),
              ).length,
              jsonLd: JSON.parse(
                el.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null',
              )?.headline,
              tags: [...document.querySelectorAll('tag-list')].map(
                (list) => list.shadowRoot.querySelectorAll('[part~="tag"]').length,
              ),
            };
          });
          assert.equal(view.title, article.title);
          assert.ok(view.paragraphs >= 2, 'the body rendered');
          assert.equal(view.scripts, 0);
          assert.equal(view.handlers, 0);
          assert.equal(view.jsonLd, article.title);
          assert.deepEqual(view.tags, [article.tags.length, article.tags.length]);
          // Use it: follow the keyboard through the article and press share.
          await opened.page.evaluate(() => {
            const el = document.querySelector('news-article');
            el.shadowRoot.querySelector('[part~="share"]').focus();
          });
          await opened.page.keyboard.press('Tab');
          await opened.page.waitForTimeout(100);
          await noViolations(opened.page);
          assert.deepEqual(await opened.page.evaluate(() => window.__xss ?? 0), 0);
          assert.deepEqual(opened.pageErrors, []);
          // The path taken: with no Sanitizer API there is nothing but DOMPurify.
          assert.equal(
            await opened.page.evaluate(() => typeof window.Sanitizer),
            engine === 'dompurify' ? 'undefined' : 'function',
          );
        } finally {
          await opened.close();
        }
      },
    );
  }

  for (const engine of ['sanitizer-api', 'dompurify'])
    it(
      `a hostile article body on a strict page (${engine}): nothing runs, and the browser reports only what it blocked`,
      { timeout: 30_000 },
      async () => {
        const opened = await openPage(browser);
        try {
          if (engine === 'dompurify') await withoutSanitizerApi(opened.page);
          await opened.page.goto(`${site.origin}/trusted-types.html?script=news-widgets.js&elements=hostile`);
          await opened.page.waitForFunction(() => window.__loads === 6, null, { timeout: 15_000 });
          await opened.page.evaluate(() => {
            const body = document.querySelector('news-article').shadowRoot.querySelector('[part~="body"]');
            body.querySelectorAll('a, p').forEach((node) => node.click());
          });
          await opened.page.waitForTimeout(300);
          assert.equal(await opened.page.evaluate(() => window.__xss ?? 0), 0);
          const body = await opened.page.evaluate(
            () => document.querySelector('news-article').shadowRoot.querySelector('[part~="body"]').innerHTML,
          );
          assert.doesNotMatch(body, /<(script|style|iframe|svg)|\son\w+=|javascript:|style=/i);
          // Parsing the data (in an inert document, on either path) meets its inline handler and style
          // attributes, and DOMPurify's parse (a document of DOMParser's) its <style> element too; a page
          // under CSP reports those as blocked. They are the data's, and nothing else is reported.
          const reported = new Set(await opened.page.evaluate(() => window.__violations));
          assert.deepEqual([...reported].sort(), [
            'script-src-attr inline ',
            'style-src-attr inline ',
            ...(engine === 'dompurify' ? ['style-src-elem inline '] : []),
          ]);
          assert.deepEqual(opened.pageErrors, []);
        } finally {
          await opened.close();
        }
      },
    );

  it(
    'a Trusted Types page without our policy names, with DOMPurify: the article says why, nothing hangs or throws',
    { timeout: 30_000 },
    async () => {
      const opened = await openPage(browser);
      try {
        await withoutSanitizerApi(opened.page);
        await opened.page.goto(`${site.origin}/tt-lit-only.html?script=news-widgets.js&elements=article`);
        await opened.page.waitForFunction(() => window.__loads === 5 && window.__errors.length === 1, null, {
          timeout: 15_000,
        });
        const errors = await opened.page.evaluate(() => window.__errors);
        assert.match(
          errors[0],
          /^news-article: The article body could not be shown here: this page's Trusted Types policy does not allow "news-widgets"/,
        );
        const box = await opened.page.evaluate(() =>
          document
            .querySelector('news-article')
            .shadowRoot.querySelector('[part~="error"]')
            ?.getAttribute('role'),
        );
        assert.equal(box, 'alert');
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );

  it(
    'a Trusted Types page without our policy names, with the HTML Sanitizer API: the body needs no policy (setHTML is no sink)',
    { timeout: 30_000 },
    async () => {
      const opened = await openPage(browser);
      try {
        await opened.page.goto(`${site.origin}/tt-lit-only.html?script=news-widgets.js&elements=article`);
        await opened.page.waitForFunction(() => window.__loads + window.__errors.length >= 6, null, {
          timeout: 15_000,
        });
        const state = await opened.page.evaluate(() => ({
          errors: window.__errors,
          paragraphs: document.querySelector('news-article').shadowRoot.querySelectorAll('[part~="body"] p')
            .length,
          violations: window.__violations,
        }));
        assert.deepEqual(state.errors, []);
        assert.ok(state.paragraphs >= 2, 'the body rendered');
        assert.deepEqual(
          state.violations.filter((v) => !v.includes('news-widgets-json')),
          [],
          'the sanitiser asked the page for nothing',
        );
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );
});
