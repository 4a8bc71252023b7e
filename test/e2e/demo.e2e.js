// The demo pages as `npm start` serves them: the Vite dev server with vite.config.ts (elements straight from
// src/, the sample endpoint plugin), on a free port, driven in the machine's Chromium. The article page
// must render all four elements from one request for the article, without errors, at desktop and phone
// widths, and its controls must work. The embed-code page must show, as its code, exactly the element it
// renders. The theming page must list exactly the parts and tokens of custom-elements.json, and its
// inputs and outlines must reach inside the elements. Every demo page links to the others.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, startDemoServer } from './helpers.js';

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
  ({ vite, origin } = await startDemoServer());
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

      await page.selectOption('#variant', 'grid');
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
 * Checks that the code is exactly the preview: its page CSS, one script, then one element whose attributes, in order,
 * are the first of the preview's; the rest are the element's own reflected defaults, the same on a pasted
 * copy of the code. Returns the preview's attributes as they were written, as an object.
 */
async function assertCodeIsPreview(shown, manifest) {
  assert.equal(shown.previewChildren, 1, 'one element in the preview');
  assert.equal(shown.parsed.length, 3, `a style, a script and an element:\n${shown.code}`);
  const [style, script, element] = shown.parsed;
  // The page CSS that reserves the element's space (test/e2e/embed-reserve.e2e.js measures it), for
  // this element only.
  assert.equal(style.tag, 'style');
  assert.match(style.content, new RegExp(`^\\s*${shown.tag}[:[]`));
  for (const other of ['latest-news', 'news-article', 'tag-list', 'photo-gallery']) {
    if (other !== shown.tag) assert.ok(!style.content.includes(other), `no rule for ${other}`);
  }
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
      const [, script] = shown.parsed;
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
      await waitForCode(page, /^(?=[^]*heading-level="1")(?=[^]*structured-data)/);
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
      assert.deepEqual(Object.fromEntries(shown.parsed[1].attributes), {
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
      assert.deepEqual(Object.fromEntries(shown.parsed[1].attributes), {
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

/** The elements of custom-elements.json, as the theming page must list them. */
const manifestElements = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => typeof declaration.tagName === 'string')
    .map((declaration) => ({
      tag: declaration.tagName,
      tokens: (declaration.cssProperties ?? []).filter(({ name }) => name.startsWith('--news-')),
      parts: declaration.cssParts ?? [],
    }));

/** A description as the page shows it: Markdown's backticks become code elements, whose text remains. */
const shownText = (markdown) => markdown.replace(/`/g, '').replace(/\s+/g, ' ').trim();

const IS_COLOUR = /^#[0-9a-f]{3,8}$|^(rgb|hsl)a?\(.*\)$/i;

/** Opens the theming page and waits until every element on it shows its content. */
async function openThemingPage(width = 1280) {
  const opened = await openPage(browser);
  await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.goto(`${origin}/theming.html`);
  await opened.page.waitForSelector('#stage[data-ready=""]');
  await opened.page.waitForFunction(
    () => {
      const root = (tag) => document.querySelector(`#element-${tag} ${tag}`)?.shadowRoot;
      return (
        root('latest-news')?.querySelector('[part~="time"]') &&
        root('news-article')?.querySelector('[part~="title"]') &&
        root('news-article').querySelector('photo-gallery')?.shadowRoot?.querySelector('[part~="item"]') &&
        root('tag-list')?.querySelector('[part~="tag"]') &&
        root('photo-gallery')?.querySelector('[part~="item"]')
      );
    },
    null,
    { timeout: 20_000 },
  );
  return opened;
}

/**
 * The computed `property` of the first element matching `selector` in the shadow root of the theming
 * page's `tag` (`inner`: then in the shadow root of the element matching it there).
 */
function styleIn(page, tag, selector, property, inner) {
  return page.evaluate(
    ([tag, selector, property, inner]) => {
      let root = document.querySelector(`#element-${tag} ${tag}`).shadowRoot;
      if (inner) root = root.querySelector(inner).shadowRoot;
      const node = root.querySelector(selector);
      return node ? getComputedStyle(node)[property] : undefined;
    },
    [tag, selector, property, inner],
  );
}

/** Waits until `styleIn(…)` is `expected`; fails with the last value seen. */
async function waitForStyle(page, [tag, selector, property, inner], expected) {
  try {
    await page.waitForFunction(
      ([tag, selector, property, inner, expected]) => {
        let root = document.querySelector(`#element-${tag} ${tag}`).shadowRoot;
        if (inner) root = root.querySelector(inner)?.shadowRoot;
        const node = root?.querySelector(selector);
        return node && getComputedStyle(node)[property] === expected;
      },
      [tag, selector, property, inner, expected],
      { timeout: 5_000 },
    );
  } catch {
    assert.equal(
      await styleIn(page, tag, selector, property, inner),
      expected,
      `${tag} ${selector} ${property}`,
    );
  }
}

/** The outline of the first match of `selector` in `tag`'s shadow root, as `style width color`. */
const outlineIn = async (page, tag, selector, inner) =>
  [
    await styleIn(page, tag, selector, 'outlineStyle', inner),
    await styleIn(page, tag, selector, 'outlineWidth', inner),
    await styleIn(page, tag, selector, 'outlineColor', inner),
  ].join(' ');

const OUTLINED = 'solid 3px rgb(255, 0, 255)';

describe('demo: theming page', () => {
  const built = existsSync(fileURLToPath(new URL('../../custom-elements.json', import.meta.url)));
  const skip = built ? false : 'custom-elements.json is missing: run npm run build';

  it('lists, for each element, exactly the parts and tokens of custom-elements.json', { skip }, async () => {
    const elements = manifestElements(await readJson('custom-elements.json'));
    const opened = await openThemingPage();
    try {
      const { page } = opened;
      const shown = await page.evaluate(() => {
        const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        const tokens = (scope) =>
          [...scope.querySelectorAll('tr[data-token]')].map((row) => ({
            name: row.dataset.token,
            label: text(row.querySelector('th label')),
            default: text(row.querySelector('.token-default')),
            description: text(row.querySelector('.token-desc')),
            text: row.querySelector('input[type="text"]')?.labels[0] === row.querySelector('th label'),
            picker: Boolean(row.querySelector('input[type="color"]')?.getAttribute('aria-label')),
          }));
        return {
          note: text(document.querySelector('#manifest-note')),
          shared: tokens(document.querySelector('#shared')),
          sections: [...document.querySelectorAll('section[data-tag]')].map((section) => ({
            tag: section.dataset.tag,
            element: section.querySelector('.live > *')?.localName,
            tokens: tokens(section),
            parts: [...section.querySelectorAll('.part-list > li[data-part]')]
              .filter((li) => !li.dataset.exportedPart)
              .map((li) => ({
                name: li.dataset.part,
                button: text(li.querySelector(':scope > button')),
                description: text(li.querySelector(':scope > .part-desc')),
              })),
            exported: [...section.querySelectorAll('li[data-exported-part]')].map(
              (li) => li.dataset.exportedPart,
            ),
          })),
        };
      });

      assert.deepEqual(
        shown.sections.map(({ tag, element }) => [tag, element]),
        elements.map(({ tag }) => [tag, tag]),
        'one section per element, with the live element',
      );
      for (const [i, element] of elements.entries()) {
        const section = shown.sections[i];
        assert.equal(section.tokens.length, element.tokens.length, `${element.tag}: number of tokens`);
        assert.equal(section.parts.length, element.parts.length, `${element.tag}: number of parts`);
        assert.deepEqual(
          section.tokens.map(({ name }) => name),
          element.tokens.map(({ name }) => name),
          `${element.tag}: tokens`,
        );
        assert.deepEqual(
          section.parts.map(({ name }) => name),
          element.parts.map(({ name }) => name),
          `${element.tag}: parts`,
        );
        for (const [j, token] of element.tokens.entries()) {
          const row = section.tokens[j];
          assert.equal(row.label, token.name);
          assert.equal(row.default, `Default: ${token.default}`, token.name);
          assert.equal(row.description, shownText(token.description), token.name);
          assert.ok(row.text, `${element.tag} ${token.name}: a labelled text input`);
          assert.equal(
            row.picker,
            IS_COLOUR.test(token.default),
            `${element.tag} ${token.name}: colour input`,
          );
        }
        for (const [j, part] of element.parts.entries()) {
          assert.equal(section.parts[j].button, part.name);
          assert.equal(
            section.parts[j].description,
            shownText(part.description),
            `${element.tag} ${part.name}`,
          );
        }
        // Parts of an inner element exported under other names, listed with the part that holds it.
        const exported = element.parts.flatMap(({ description }) => {
          const at = description.search(/\bexported as\b/i);
          return at < 0 ? [] : [...description.slice(at).matchAll(/`([\w-]+)`/g)].map((m) => m[1]);
        });
        assert.deepEqual(section.exported, exported, `${element.tag}: exported parts`);
      }
      assert.ok(shown.sections[1].exported.includes('gallery-item'), "the article's gallery parts");

      // The page-wide tokens: those every element reads, in the first element's order.
      const everywhere = elements[0].tokens
        .map(({ name }) => name)
        .filter((name) => elements.every(({ tokens }) => tokens.some((token) => token.name === name)));
      assert.deepEqual(
        shown.shared.map(({ name }) => name),
        everywhere,
      );
      for (const name of [
        '--news-color-accent',
        '--news-font-family',
        '--news-radius',
        '--news-focus-ring',
      ]) {
        assert.ok(everywhere.includes(name), name);
      }
      assert.ok(shown.shared.every(({ text }) => text));
      const partCount = elements.reduce((n, { parts }) => n + parts.length, 0);
      assert.match(shown.note, new RegExp(`${elements.length} elements, ${partCount} parts`));
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('sets a token on one element or page-wide, live, resets it, and copies the CSS', { skip }, async () => {
    const opened = await openThemingPage();
    try {
      const { page } = opened;
      const time = ['latest-news', '[part~="time"]', 'color'];
      const category = ['news-article', '[part~="category"]', 'color'];
      const blue = 'rgb(11, 87, 208)';
      assert.equal(await styleIn(page, ...time), blue, "the time's default colour is the accent");
      assert.equal(
        await page.locator('#css').textContent(),
        '/* No token changed yet: every widget uses its defaults. */\n',
      );

      // On <latest-news> alone, from the colour input.
      await page.fill('#latest-news--news-color-accent-picker', '#c00000');
      await waitForStyle(page, time, 'rgb(192, 0, 0)');
      assert.equal(await page.inputValue('#latest-news--news-color-accent'), '#c00000');
      assert.equal(await styleIn(page, ...category), blue, 'not on the other elements');

      // Page-wide, from the text input: every element, but the one set on <latest-news> wins there.
      await page.fill('#page--news-color-accent', 'rgb(0, 128, 0)');
      await waitForStyle(page, category, 'rgb(0, 128, 0)');
      assert.equal(await styleIn(page, ...time), 'rgb(192, 0, 0)');
      assert.equal(
        await page.getAttribute('#news-article--news-color-accent', 'placeholder'),
        'rgb(0, 128, 0) (page)',
      );
      assert.equal(await page.inputValue('#news-article--news-color-accent-picker'), '#008000');

      // A token that is not a colour: a text input.
      await page.fill('#news-article--news-article-title-size', '40px');
      await waitForStyle(page, ['news-article', '[part~="title"]', 'fontSize'], '40px');

      // A value CSS refuses is said so and not applied.
      await page.fill('#page--news-radius', 'a; b');
      assert.equal(await page.getAttribute('#page--news-radius', 'aria-invalid'), 'true');
      assert.match(await page.locator('#page--news-radius-error').textContent(), /not applied/);
      assert.equal(
        await page.evaluate(() => document.querySelector('#stage').style.getPropertyValue('--news-radius')),
        '',
      );

      // The CSS: only the changed tokens, page-wide on :root, the others on their element.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.click('#copy-css');
      await page.waitForFunction(() => document.querySelector('#copy-status').textContent === 'Copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await page.locator('#css').textContent());
      assert.equal(
        copied,
        [
          '/* Every widget on the page */',
          ':root {',
          '  --news-color-accent: rgb(0, 128, 0);',
          '}',
          '',
          'latest-news {',
          '  --news-color-accent: #c00000;',
          '}',
          '',
          'news-article {',
          '  --news-article-title-size: 40px;',
          '}',
          '',
        ].join('\n'),
      );
      // Pasted into a stylesheet, it is three rules that set just those.
      const rules = await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return [...sheet.cssRules].map((rule) => [rule.selectorText, rule.style.length]);
      }, copied);
      assert.deepEqual(rules, [
        [':root', 1],
        ['latest-news', 1],
        ['news-article', 1],
      ]);

      // Reset on <latest-news>: the page-wide value applies there again; reset that: the default.
      await page.click('#element-latest-news tr[data-token="--news-color-accent"] button.reset');
      await waitForStyle(page, time, 'rgb(0, 128, 0)');
      assert.equal(await page.inputValue('#latest-news--news-color-accent'), '');
      assert.equal(await page.locator('#copy-status').textContent(), '', 'a change clears the status');
      await page.click('#shared tr[data-token="--news-color-accent"] button.reset');
      await waitForStyle(page, time, blue);
      await waitForStyle(page, category, blue);
      assert.doesNotMatch(await page.locator('#css').textContent(), /accent/);
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('outlines a part in the element while its row is hovered, focused or pressed', { skip }, async () => {
    const opened = await openThemingPage();
    try {
      const { page } = opened;
      const notOutlined = async (...args) => assert.match(await outlineIn(page, ...args), /^none /);

      // Hover: the time of each headline, and nothing else.
      await page.hover('#element-latest-news li[data-part="time"]');
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document
              .querySelector('#element-latest-news latest-news')
              .shadowRoot.querySelector('[part~="time"]'),
          ).outlineStyle === 'solid',
      );
      assert.equal(await outlineIn(page, 'latest-news', '[part~="time"]'), OUTLINED);
      const outlinedTimes = await page.evaluate(() =>
        [
          ...document
            .querySelector('#element-latest-news latest-news')
            .shadowRoot.querySelectorAll('[part~="time"]'),
        ].every((node) => getComputedStyle(node).outlineStyle === 'solid'),
      );
      assert.ok(outlinedTimes, 'every time');
      await notOutlined('latest-news', '[part~="title"]');
      await notOutlined('news-article', '[part~="time"]');
      assert.match(
        await page.locator('#element-latest-news-part-status').textContent(),
        /::part\(time\): 8 outlined/,
      );
      await page.mouse.move(0, 0);
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document
              .querySelector('#element-latest-news latest-news')
              .shadowRoot.querySelector('[part~="time"]'),
          ).outlineStyle === 'none',
      );
      await notOutlined('latest-news', '[part~="time"]');

      // Keyboard: the list is one Tab stop; arrow keys move, and the part focused is outlined.
      await page.focus('#element-latest-news li[data-part="base"] > button');
      assert.equal(await outlineIn(page, 'latest-news', '[part~="base"]'), OUTLINED);
      await page.keyboard.press('ArrowDown');
      const focused = () => page.evaluate(() => document.activeElement.closest('li').dataset.part);
      assert.equal(await focused(), 'heading');
      assert.equal(await outlineIn(page, 'latest-news', '[part~="heading"]'), OUTLINED);
      await notOutlined('latest-news', '[part~="base"]');
      assert.equal(
        await page.$$eval('#element-latest-news .part-list button[tabindex="0"]', (all) => all.length),
        1,
      );
      await page.keyboard.press('End');
      assert.equal(await focused(), 'stale');
      await page.keyboard.press('Home');
      assert.equal(await focused(), 'base');

      // A part of the article's gallery, by the name the article exports it under.
      await page.hover('#element-news-article li[data-exported-part="gallery-item"]');
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document
              .querySelector('#element-news-article news-article')
              .shadowRoot.querySelector('photo-gallery')
              .shadowRoot.querySelector('[part~="item"]'),
          ).outlineStyle === 'solid',
      );
      assert.equal(await outlineIn(page, 'news-article', '[part~="item"]', 'photo-gallery'), OUTLINED);
      await notOutlined('photo-gallery', '[part~="item"]');

      // Pressed parts stay outlined, also in the lightbox, which makes the rest of the page inert.
      await page.click('#element-photo-gallery li[data-part="close"] > button');
      assert.equal(
        await page.getAttribute('#element-photo-gallery li[data-part="close"] > button', 'aria-pressed'),
        'true',
      );
      await page.click('#element-photo-gallery-lightbox');
      await page.waitForFunction(() =>
        document
          .querySelector('#element-photo-gallery photo-gallery')
          .shadowRoot.querySelector('dialog[open]'),
      );
      assert.equal(await outlineIn(page, 'photo-gallery', '[part~="close"]'), OUTLINED);
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () =>
          !document
            .querySelector('#element-photo-gallery photo-gallery')
            .shadowRoot.querySelector('dialog[open]'),
      );

      // Other views show other parts: the ticker's pause button.
      await page.selectOption('#element-latest-news-view', 'ticker');
      await page.waitForFunction(() =>
        document
          .querySelector('#element-latest-news latest-news')
          .shadowRoot?.querySelector('[part~="pause"]'),
      );
      await page.hover('#element-latest-news li[data-part="pause"]');
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document
              .querySelector('#element-latest-news latest-news')
              .shadowRoot.querySelector('[part~="pause"]'),
          ).outlineStyle === 'solid',
      );
      await page.selectOption('#element-tag-list-view', 'empty');
      await page.hover('#element-tag-list li[data-part="empty"]');
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document.querySelector('#element-tag-list tag-list').shadowRoot.querySelector('[part~="empty"]'),
          ).outlineStyle === 'solid',
      );
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it("switches the stage's colour scheme, and the widgets' dark defaults follow it", { skip }, async () => {
    const opened = await openThemingPage();
    try {
      const { page } = opened;
      const title = ['latest-news', '[part~="title"]', 'color'];
      await waitForStyle(page, title, 'rgb(27, 28, 31)');
      await page.check('#scheme-dark');
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.querySelector('#stage')).colorScheme),
        'dark',
      );
      await waitForStyle(page, title, 'rgb(232, 234, 237)');
      assert.equal(await page.inputValue('#latest-news--news-color-text-picker'), '#e8eaed');
      assert.match(
        await page.getAttribute('#latest-news--news-color-text', 'placeholder'),
        /#e8eaed \(dark default\)/,
      );
      await page.check('#scheme-light');
      await waitForStyle(page, title, 'rgb(27, 28, 31)');
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  for (const width of [1280, 360]) {
    it(`has no sideways scrolling or axe violations at ${width}px`, { skip }, async () => {
      const opened = await openThemingPage(width);
      try {
        const { page } = opened;
        await page.addScriptTag({ content: AXE });
        for (const scheme of ['light', 'dark']) {
          await page.check(`#scheme-${scheme}`);
          // A value set, a value refused with its message, a part kept outlined and one hovered.
          await page.fill('#page--news-radius', '0');
          await page.fill('#tag-list--news-tag-radius', 'a; b');
          await page.click('#element-tag-list li[data-part="tag"] > button');
          await page.hover('#element-latest-news li[data-part="time"]');
          const violations = await page.evaluate(async () =>
            (await window.axe.run(document)).violations.map(
              ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`,
            ),
          );
          assert.deepEqual(violations, [], `${scheme}: axe`);
        }
        assert.equal(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
          0,
          'no sideways scrolling',
        );
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  }

  it('says to run npm run build when custom-elements.json is missing or unreadable', async () => {
    for (const answer of [
      { status: 204 },
      { status: 200, contentType: 'application/json', body: '{"modules": 5}' },
    ]) {
      const opened = await openPage(browser);
      try {
        const { page } = opened;
        await page.route(`${origin}/custom-elements.json`, (route) => route.fulfill(answer));
        await page.goto(`${origin}/theming.html`);
        await page.waitForSelector('#stage[data-ready="missing"]');
        assert.match(await page.locator('#manifest-missing').textContent(), /Run npm run build/);
        assert.equal(await page.locator('section[data-tag]').count(), 0);
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    }
  });
});

describe('demo: navigation', () => {
  for (const path of ['/', '/ticker.html', '/article.html', '/embed.html', '/theming.html']) {
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
          [
            './',
            './ticker.html',
            './article.html',
            './server-rendered.html',
            './embed.html',
            './theming.html',
          ].map((href) => [href, href === current ? 'page' : null]),
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
