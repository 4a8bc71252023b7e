// The demo pages as `npm start` serves them: the Vite dev server with vite.config.ts (elements straight from
// src/, the sample endpoint plugin), on a free port, driven in the machine's Chromium. The article page
// must render all four elements from one request for the article, without errors, at desktop and phone
// widths, and its controls must work. The embed-code page must show, as its code, exactly the element it
// renders. Every demo page links to the others.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchBrowser, openPage } from './helpers.js';

const ARTICLE_PATH = '/api/article/491283';
const ARTICLE_TITLE = 'Azerbaijan, Türkiye discuss expanding defense industry cooperation';
const CDN_BASE = 'https://publisher.example/news-widgets/';
const TICKER_PARAMS = 'utm_source=partner&utm_medium=ticker';
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** A generated file of the repository, parsed, or undefined when it has not been made. */
const readJson = async (path) => {
  try {
    return JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
};

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

/** Waits until the embed page has built its form from the elements' attributes and shows a preview. */
async function openEmbedPage(width = 1280) {
  const opened = await openPage(browser);
  await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.goto(`${origin}/embed.html`);
  await opened.page.waitForSelector('#embed-form[data-ready]');
  return opened;
}

/**
 * The embed page's state: the preview's element and its attributes, and the code with what DOMParser
 * makes of it in the page. Then the code's element is pasted into the page (as a partner would) and,
 * once it has rendered, its attributes are read as well: the element may add some of its own (Lit
 * reflects property defaults), and it must add the same ones to the preview.
 */
function readEmbedPage(page) {
  return page.evaluate(async () => {
    const attributes = (element) => [...element.attributes].map(({ name, value }) => [name, value]);
    const preview = document.querySelector('#preview');
    const element = preview.firstElementChild;
    const code = document.querySelector('#snippet').textContent;
    const parsed = new DOMParser().parseFromString(code, 'text/html');
    const nodes = [...parsed.querySelectorAll('head > *, body > *')];
    const pastedFrom = parsed.body.firstElementChild;

    const paste = document.createElement('div');
    paste.hidden = true;
    document.body.append(paste);
    const pasted = document.importNode(pastedFrom, true);
    paste.append(pasted);
    await pasted.updateComplete;
    await element.updateComplete;
    const pastedAttributes = attributes(pasted);
    paste.remove();

    const root = element.shadowRoot;
    return {
      code,
      previewChildren: preview.children.length,
      tag: element.localName,
      attributes: attributes(element),
      parsed: nodes.map((node) => ({
        tag: node.localName,
        attributes: attributes(node),
        content: node.innerHTML,
      })),
      pastedAttributes,
      items: root?.querySelectorAll('[part~="item"]').length ?? 0,
      baseLang: root?.querySelector('[part~="base"]')?.getAttribute('lang'),
      titleLinks: [...(root?.querySelectorAll('a[part~="title"]') ?? [])].map((a) => a.href),
      headline: root?.querySelector('[part~="title"]')?.localName,
      jsonLd: element.querySelector(':scope > script[type="application/ld+json"]')?.textContent,
      notes: document.querySelector('#notes').textContent.replace(/\s+/g, ' '),
      fields: [...document.querySelectorAll('#embed-form [data-attribute]')].map((f) => f.dataset.attribute),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** Waits until the code on the embed page passes `test` (a string it contains, or a RegExp). */
function waitForCode(page, test) {
  const [source, flags] = test instanceof RegExp ? [test.source, test.flags] : [null, null];
  return page.waitForFunction(
    ([text, source, flags]) => {
      const code = document.querySelector('#snippet').textContent;
      return source === null ? code.includes(text) : new RegExp(source, flags).test(code);
    },
    [typeof test === 'string' ? test : '', source, flags],
  );
}

/**
 * Checks that the code is exactly the preview: one script, then one element whose attributes, in order,
 * are the first of the preview's; the rest are the element's own reflected defaults, the same on a pasted
 * copy of the code. Returns the preview's attributes as they were written, as an object.
 */
async function assertCodeIsPreview(shown, manifest) {
  assert.equal(shown.previewChildren, 1, 'one element in the preview');
  assert.equal(shown.parsed.length, 2, `a script and an element:\n${shown.code}`);
  const [script, element] = shown.parsed;
  assert.equal(script.tag, 'script');
  assert.equal(script.content, '');
  assert.equal(element.tag, shown.tag);
  assert.equal(element.content, '');

  const written = element.attributes;
  assert.deepEqual(
    shown.attributes.slice(0, written.length),
    written,
    'the code has the preview’s attributes',
  );
  const added = shown.attributes.slice(written.length);
  assert.deepEqual(shown.pastedAttributes, shown.attributes, 'pasting the code gives the preview’s element');
  const declared = manifest?.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === shown.tag)?.attributes;
  for (const [name, value] of added) {
    assert.ok(!written.some(([writtenName]) => writtenName === name), `${name} written twice`);
    if (declared) {
      const declaration = declared.find((attribute) => attribute.name === name);
      assert.equal(
        value,
        declaration?.default?.replace(/^'(.*)'$/, '$1'),
        `${name}: only defaults are added`,
      );
    }
  }
  return Object.fromEntries(written);
}

describe('demo: embed-code page', () => {
  it('shows as code exactly the ticker and the article it renders, escaped, with SRI', async () => {
    const manifest = await readJson('custom-elements.json');
    const cdn = await readJson('dist/cdn/manifest.json');
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      await page.check('#element-latest-news-ticker');
      await page.check('#bundle-latest-news-js');
      await page.fill('#option-link-params', TICKER_PARAMS);
      await page.fill('#option-lang', 'az');
      await waitForCode(page, 'lang="az"');
      await page.waitForFunction(() =>
        document.querySelector('#preview latest-news')?.shadowRoot?.querySelector('[part~="item"]'),
      );
      let shown = await readEmbedPage(page);

      let written = await assertCodeIsPreview(shown, manifest);
      assert.deepEqual(written, {
        src: `${origin}/api/latest`,
        variant: 'ticker',
        'link-params': TICKER_PARAMS,
        lang: 'az',
      });
      assert.ok(shown.code.includes(`link-params="utm_source=partner&amp;utm_medium=ticker"`), shown.code);
      assert.doesNotMatch(shown.code, /partner&utm/, '& is escaped');
      const [script] = shown.parsed;
      assert.deepEqual(Object.fromEntries(script.attributes), {
        type: 'module',
        src: `${CDN_BASE}latest-news.js`,
        ...(cdn
          ? { integrity: cdn['latest-news.js'].integrity, crossorigin: 'anonymous' }
          : {/* no integrity without a build */}),
      });
      if (cdn) assert.match(script.attributes[2][1], /^sha384-[\w+/]{64}$/);
      else assert.match(shown.notes, /run npm run build for SRI hashes/);
      assert.ok(shown.items > 0, 'the ticker shows headlines');
      assert.equal(shown.baseLang, 'az');
      assert.ok(shown.titleLinks.length > 0);
      for (const href of shown.titleLinks) {
        assert.equal(new URL(href).searchParams.get('utm_medium'), 'ticker', href);
      }
      assert.ok(!shown.fields.includes('thumbnails'), 'no thumbnails option for the ticker');

      // The article: the partner file does not define it, so the script falls back to news-widgets.js;
      // link-params and lang stay.
      await page.check('#element-news-article');
      assert.equal(await page.isDisabled('#bundle-latest-news-js'), true);
      await page.fill('#option-heading-level', '1');
      await page.check('#option-structured-data');
      await waitForCode(page, /heading-level="1"[^]*structured-data/);
      await page.waitForFunction(() =>
        document.querySelector('#preview news-article')?.querySelector('script[type="application/ld+json"]'),
      );
      shown = await readEmbedPage(page);

      written = await assertCodeIsPreview(shown, manifest);
      assert.deepEqual(written, {
        src: `${origin}${ARTICLE_PATH}`,
        'heading-level': '1',
        'link-params': TICKER_PARAMS,
        'structured-data': '',
        lang: 'az',
      });
      assert.match(shown.code, /\n {2}structured-data\n/, 'a boolean attribute is written bare');
      assert.equal(shown.headline, 'h1', 'heading-level="1" renders an h1');
      assert.equal(JSON.parse(shown.jsonLd).headline, ARTICLE_TITLE, 'structured-data writes JSON-LD');
      assert.deepEqual(Object.fromEntries(shown.parsed[0].attributes), {
        type: 'module',
        src: `${CDN_BASE}news-widgets.js`,
        ...(cdn ? { integrity: cdn['news-widgets.js'].integrity, crossorigin: 'anonymous' } : {}),
      });
      assert.match(shown.notes, /sanitiser/, 'says the lazy sanitiser is not covered by the integrity');

      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('takes the attributes from custom-elements.json, one field each, and writes any value safely', async () => {
    const manifest = await readJson('custom-elements.json');
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      if (manifest) {
        const declared = (tag) =>
          manifest.modules
            .flatMap((module) => module.declarations ?? [])
            .find((declaration) => declaration.tagName === tag)
            .attributes.map(({ name }) => name);
        const presets = {
          'latest-news': ['latest-news', ['src', 'variant', 'speed']],
          'latest-news-ticker': ['latest-news', ['src', 'variant', 'thumbnails']],
          'news-article': ['news-article', ['src']],
          'tag-list': ['tag-list', ['src', 'variant']],
          'tag-list-bar': ['tag-list', ['src', 'variant']],
          'photo-gallery': ['photo-gallery', ['src']],
        };
        for (const [preset, [tag, left]] of Object.entries(presets)) {
          await page.check(`#element-${preset}`);
          const fields = await page.$$eval('#embed-form [data-attribute]', (all) =>
            all.map((f) => f.dataset.attribute),
          );
          assert.deepEqual(
            fields.toSorted(),
            declared(tag)
              .filter((name) => !left.includes(name))
              .toSorted(),
            preset,
          );
        }
      }

      // Quotes, angle brackets and ampersands survive the trip through the code.
      await page.check('#element-tag-list-bar');
      const awkward = `a="1"&b=<2>&c='3'`;
      await page.fill('#option-link-params', awkward);
      await page.check('#option-counts');
      await waitForCode(page, 'counts');
      const shown = await readEmbedPage(page);
      const written = await assertCodeIsPreview(shown, manifest);
      assert.equal(written['link-params'], awkward);
      assert.equal(written.variant, 'bar');
      assert.ok(shown.code.includes('link-params="a=&quot;1&quot;&amp;b=&lt;2&gt;&amp;c=\'3\'"'), shown.code);

      // The classic file from a path on the site: no type="module".
      await page.check('#bundle-news-widgets-iife-js');
      await page.fill('#cdn-base', '/static/news-widgets');
      await waitForCode(page, '/static/news-widgets/news-widgets.iife.js');
      const [script] = (await readEmbedPage(page)).parsed;
      assert.equal(
        script.attributes.find(([name]) => name === 'type'),
        undefined,
      );

      // A bad endpoint is refused with a message; the code and the preview keep the last good one.
      const before = await page.locator('#snippet').textContent();
      await page.fill('#endpoint', 'javascript:alert(1)');
      await page.locator('#endpoint').press('Enter');
      await page.waitForSelector('#endpoint[aria-invalid="true"]');
      assert.match(await page.locator('#endpoint-error').textContent(), /http/);
      assert.equal(await page.locator('#snippet').textContent(), before);
      await page.fill('#endpoint', '/api/tags/trending?slow=10');
      await waitForCode(page, `src="${origin}/api/tags/trending?slow=10"`);
      assert.equal(await page.getAttribute('#endpoint', 'aria-invalid'), null);

      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('works without custom-elements.json and dist/cdn/manifest.json', async () => {
    const withManifest = await openEmbedPage();
    const fields = await withManifest.page.$$eval('#embed-form [data-attribute]', (all) =>
      all.map((f) => f.dataset.attribute),
    );
    await withManifest.close();

    const opened = await openPage(browser);
    try {
      const { page } = opened;
      for (const path of ['/custom-elements.json', '/dist/cdn/manifest.json']) {
        await page.route(`${origin}${path}`, (route) => route.fulfill({ status: 204 }));
      }
      await page.goto(`${origin}/embed.html`);
      await page.waitForSelector('#embed-form[data-ready]');
      const shown = await readEmbedPage(page);
      await assertCodeIsPreview(shown, undefined);
      assert.deepEqual(
        shown.fields.toSorted(),
        fields.toSorted(),
        'the same attributes, read from the elements',
      );
      assert.match(
        await page.locator('#attributes-source').textContent(),
        /custom-elements\.json was not found/,
      );
      assert.deepEqual(Object.fromEntries(shown.parsed[0].attributes), {
        type: 'module',
        src: `${CDN_BASE}news-widgets.js`,
      });
      assert.match(shown.notes, /run npm run build for SRI hashes/);
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('copies the code, or selects it when the clipboard is refused', async () => {
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.click('#copy');
      await page.waitForFunction(() => document.querySelector('#copy-status').textContent === 'Copied.');
      const code = await page.locator('#snippet').textContent();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
      assert.equal(await page.getAttribute('#copy-status', 'role'), 'status');

      // Any change clears the status.
      await page.check('#element-photo-gallery');
      await page.waitForFunction(() => document.querySelector('#copy-status').textContent === '');

      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('No', 'NotAllowedError'));
      });
      await page.click('#copy');
      await page.waitForFunction(() => /selected/.test(document.querySelector('#copy-status').textContent));
      assert.equal(
        await page.evaluate(() => getSelection().toString()),
        await page.locator('#snippet').textContent(),
      );
      assert.equal(await page.evaluate(() => document.activeElement.id), 'snippet-box');
    } finally {
      await opened.close();
    }
  });

  it('is driven by the keyboard: arrow keys pick the element', async () => {
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      await page.focus('#element-latest-news');
      await page.keyboard.press('ArrowDown');
      await waitForCode(page, 'variant="ticker"');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'element-latest-news-ticker');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'endpoint');
    } finally {
      await opened.close();
    }
  });

  for (const width of [1280, 360]) {
    it(`renders every element without sideways scrolling or axe violations at ${width}px`, async () => {
      const manifest = await readJson('custom-elements.json');
      const opened = await openEmbedPage(width);
      try {
        const { page } = opened;
        await page.addScriptTag({ content: AXE });
        for (const preset of [
          'latest-news',
          'latest-news-ticker',
          'news-article',
          'tag-list',
          'tag-list-bar',
          'photo-gallery',
        ]) {
          await page.check(`#element-${preset}`);
          // Content, not the loading state: headlines, photos, tags or the article's title.
          await page.waitForFunction(
            () =>
              document
                .querySelector('#preview > *')
                ?.shadowRoot?.querySelector('[part~="item"], [part~="tag"], [part~="title"]'),
            null,
            { timeout: 20_000 },
          );
          const shown = await readEmbedPage(page);
          await assertCodeIsPreview(shown, manifest);
          assert.equal(shown.overflow, 0, `${preset}: no sideways scrolling`);
          const violations = await page.evaluate(async () =>
            (await window.axe.run(document)).violations.map(
              ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`,
            ),
          );
          assert.deepEqual(violations, [], `${preset}: axe`);
        }
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('demo: navigation', () => {
  for (const path of ['/', '/ticker.html', '/article.html', '/embed.html']) {
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
          ['./', './ticker.html', './article.html', './embed.html'].map((href) => [
            href,
            href === current ? 'page' : null,
          ]),
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
