// The demo pages' source-format switch, as `npm start` serves them (the Vite dev server with vite.config.ts
// on a free port, in the machine's Chromium): on the overview, the article page, the partner page and the
// embed-code page a visitor picks native JSON, the WordPress REST API, RSS, JSON Feed or Atom, and the
// widgets reread the sample endpoint's route in that format and show the same headlines as the native
// feed. On the embed page the code then has that `src` (and `format` only when one is forced), and the
// code, pasted into a bare page, renders those headlines too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, startDemoServer } from './helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE_ID = '491283';
const ARTICLE_TITLE = 'Azerbaijan, Türkiye discuss expanding defense industry cooperation';
const ARTICLE_URL_PATH = '/en/military/azerbaijan-turkiye-discuss-expanding-defense-industry-cooperation';

/** Each source format: its feed, its article and its trending tags on the sample endpoint. */
const SOURCES = {
  native: {
    feed: '/api/latest',
    article: `/api/article/${ARTICLE_ID}`,
    trending: '/api/tags/trending',
    item: false,
  },
  wordpress: {
    feed: '/wp-json/wp/v2/posts?_embed',
    article: `/wp-json/wp/v2/posts/${ARTICLE_ID}?_embed`,
    trending: '/wp-json/wp/v2/tags',
    item: false,
  },
  rss: { feed: '/feeds/rss.xml', article: '/feeds/rss.xml', trending: '/feeds/rss.xml', item: true },
  jsonfeed: {
    feed: '/feeds/feed.json',
    article: '/feeds/feed.json',
    trending: '/feeds/feed.json',
    item: true,
  },
  atom: { feed: '/feeds/atom.xml', article: '/feeds/atom.xml', trending: '/feeds/atom.xml', item: true },
};
const FORMATS = Object.keys(SOURCES);

let vite;
let origin;
let browser;

before(async () => {
  ({ vite, origin } = await startDemoServer());
  browser = await launchBrowser();
  // One visit to each page first, with a feed format, so that Vite has transformed the modules (the format
  // readers too) and optimised the dependencies: a cold dev server may reload a page on its first visit.
  const warm = await openPage(browser);
  for (const path of ['/article.html', '/embed.html']) {
    await warm.page.goto(`${origin}${path}`);
    await warm.page.waitForLoadState('networkidle');
  }
  await warm.page.goto(`${origin}/article.html`);
  await warm.page.selectOption('#source', 'rss');
  await waitForTitles(warm.page, '#latest').catch(() => {});
  await warm.close();
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

/** The native feed's titles now, as /api/latest has them. */
async function nativeTitles() {
  const response = await fetch(`${origin}/api/latest`);
  return (await response.json()).items.map((item) => item.title);
}

/** The headlines a `<latest-news>` shows (its list, not the ticker's hidden copy for the loop). */
const titlesIn = (page, selector) =>
  page.evaluate(
    (selector) =>
      [
        ...(document
          .querySelector(selector)
          ?.shadowRoot?.querySelectorAll('ul[part~="list"] [part~="title"]') ?? []),
      ].map((node) => node.textContent.replace(/\s+/g, ' ').trim()),
    selector,
  );

/** Waits until the `<latest-news>` at `selector` shows headlines, and returns them. */
async function waitForTitles(page, selector, timeout = 20_000) {
  await page.waitForFunction(
    (selector) =>
      document.querySelector(selector)?.shadowRoot?.querySelector('ul[part~="list"] [part~="title"]'),
    selector,
    { timeout },
  );
  return titlesIn(page, selector);
}

/**
 * Checks that the `<latest-news>` at `selector` shows the native feed's first headlines (`count` of them).
 * The feed gains a headline every 20 seconds: the widget's must be the native feed's just before it
 * loaded or just after.
 */
async function assertNativeTitles(page, selector, before, count, label) {
  // The element rereads after a change of src: wait until it shows headlines of its new source.
  const shown = await waitForTitles(page, selector);
  const now = await nativeTitles();
  const matches = [before, now].some((native) => {
    const expected = native.slice(0, count);
    return shown.length === expected.length && shown.every((title, i) => title === expected[i]);
  });
  assert.ok(
    matches,
    `${label}: the native headlines\n  shown:  ${JSON.stringify(shown)}\n  native: ${JSON.stringify(now.slice(0, count))}`,
  );
}

/** Waits until `element`'s attribute `name` is `value`. */
const waitForAttribute = (page, selector, name, value) =>
  page.waitForFunction(
    ([selector, name, value]) => document.querySelector(selector)?.getAttribute(name) === value,
    [selector, name, value],
  );

/** Waits until the element at `selector` has loaded from `src` (a `news-load` after `src` was set). */
async function switchAndWait(page, format, selectors) {
  await page.evaluate((selectors) => {
    window.__loaded = new Set();
    for (const selector of selectors) {
      document
        .querySelector(selector)
        .addEventListener('news-load', () => window.__loaded.add(selector), { once: true });
    }
  }, selectors);
  await page.selectOption('#source', format);
  await page.waitForFunction((count) => window.__loaded.size === count, selectors.length, {
    timeout: 20_000,
  });
}

describe('demo: switching the source format', () => {
  it('overview: the ticker and the list reread each format and show the native headlines', async () => {
    const opened = await openPage(browser);
    try {
      const { page } = opened;
      await page.goto(`${origin}/`);
      await waitForTitles(page, '#latest');
      const options = await page.$$eval('#source option', (all) => all.map((option) => option.value));
      assert.deepEqual(options, FORMATS);
      assert.equal(
        await page
          .locator('label:has(#source)')
          .textContent()
          .then((t) => t.trim().split(/\s/)[0]),
        'Source',
      );

      for (const format of [...FORMATS.slice(1), 'native']) {
        const before = await nativeTitles();
        await switchAndWait(page, format, ['#ticker', '#latest']);
        const { feed } = SOURCES[format];
        assert.equal(await page.getAttribute('#latest', 'src'), feed, format);
        assert.equal(await page.getAttribute('#ticker', 'src'), feed, format);
        assert.equal((await page.locator('#source-src').textContent()).trim(), feed);
        await assertNativeTitles(page, '#latest', before, 10, `${format}: list`);
        await assertNativeTitles(page, '#ticker', before, 10, `${format}: ticker`);
      }

      // With the slow endpoint, the query is added after the source's own (?_embed stays).
      await page.selectOption('#source', 'wordpress');
      await page.selectOption('#endpoint', '?slow=3000');
      await waitForAttribute(page, '#latest', 'src', '/wp-json/wp/v2/posts?_embed&slow=3000');

      // The keyboard: the select is reached with Tab and changed with the arrow keys.
      await page.selectOption('#endpoint', '');
      await page.selectOption('#source', 'native');
      await page.focus('#time-zone');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'source');
      await page.keyboard.press('ArrowDown');
      await waitForAttribute(page, '#latest', 'src', SOURCES.wordpress.feed);

      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('article page: every element rereads each format; the article, its tags and photos, the latest news', async () => {
    const opened = await openPage(browser);
    try {
      const { page } = opened;
      const nativeTags = (await (await fetch(`${origin}/api/article/${ARTICLE_ID}`)).json()).tags.map(
        (tag) => tag.name,
      );
      assert.ok(nativeTags.length >= 3);
      await page.goto(`${origin}/article.html`);
      await waitForTitles(page, '#latest');
      const widgets = ['#trending', '#article', '#gallery', '#tags', '#latest'];

      for (const format of [...FORMATS.slice(1), 'native']) {
        const before = await nativeTitles();
        await switchAndWait(page, format, widgets);
        const source = SOURCES[format];
        const item = source.item ? `${origin}${ARTICLE_URL_PATH}` : null;
        for (const [selector, src] of [
          ['#trending', source.trending],
          ['#article', source.article],
          ['#gallery', source.article],
          ['#tags', source.article],
          ['#latest', source.feed],
        ]) {
          assert.equal(await page.getAttribute(selector, 'src'), src, `${format}: ${selector} src`);
          assert.equal(
            await page.getAttribute(selector, 'item'),
            selector === '#latest' ? null : item,
            `${format}: ${selector} item`,
          );
        }
        const shown = await page.evaluate(() => {
          const root = (selector) => document.querySelector(selector).shadowRoot;
          const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();
          return {
            title: text(root('#article').querySelector('[part~="title"]')),
            h1: [...document.querySelectorAll('#article')].map((a) => text(a.shadowRoot.querySelector('h1'))),
            tags: [...root('#tags').querySelectorAll('[part~="tag"]')].map(text),
            trending: root('#trending').querySelectorAll('[part~="tag"]').length,
            gallery: root('#gallery').querySelectorAll('[part~="item"]').length,
            note: text(document.querySelector('#source-note')),
            errors: [...document.querySelectorAll('#event-log li.news-error')].map(text),
          };
        });
        assert.equal(shown.title, ARTICLE_TITLE, `${format}: the seed article`);
        assert.deepEqual(shown.h1, [ARTICLE_TITLE], `${format}: the article's title is the h1`);
        for (const tag of nativeTags)
          assert.ok(shown.tags.includes(tag), `${format}: tag ${tag} in ${shown.tags}`);
        assert.ok(shown.trending > 0, `${format}: trending tags`);
        assert.ok(shown.gallery >= 1, `${format}: photos`);
        assert.deepEqual(shown.errors, [], `${format}: no news-error`);
        if (format !== 'native') assert.ok(shown.note.includes(source.feed), `${format}: note ${shown.note}`);
        await assertNativeTitles(page, '#latest', before, 8, `${format}: latest news`);
      }

      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('partner page: the ticker rereads each format and its snippet shows the src', async () => {
    const opened = await openPage(browser);
    try {
      const { page } = opened;
      await page.goto(`${origin}/ticker.html`);
      await waitForTitles(page, '#partner-ticker');
      for (const format of [...FORMATS.slice(1), 'native']) {
        const before = await nativeTitles();
        await switchAndWait(page, format, ['#partner-ticker']);
        await assertNativeTitles(page, '#partner-ticker', before, 10, `${format}: ticker`);
        const code = await page.locator('#snippet').textContent();
        assert.ok(
          code.includes(`src="${new URL(SOURCES[format].feed, origin).href.replace(/&/g, '&amp;')}"`),
          code,
        );
        assert.doesNotMatch(code, /format=/, 'auto needs no format');
        assert.match(code, /link-params="utm_source=partner&amp;utm_medium=ticker"/);
      }
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
});

/** Opens the embed page with no SRI hashes (the bare page below serves its own script), ready. */
async function openEmbedPage() {
  const opened = await openPage(browser);
  const { page } = opened;
  await page.route(`${origin}/dist/cdn/manifest.json`, (route) => route.fulfill({ status: 204 }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/embed.html`);
  await page.waitForSelector('#embed-form[data-ready]');
  // The code loads the script from a path on the partner's site, served below from src/.
  await page.fill('#cdn-base', '/news-widgets/');
  await page.locator('#cdn-base').press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('#snippet').textContent.includes('src="/news-widgets/news-widgets.js"'),
  );
  return opened;
}

/** The element the code on the embed page writes: its attributes, from DOMParser. */
const codeElement = (page) =>
  page.evaluate(() => {
    const code = document.querySelector('#snippet').textContent;
    const element = new DOMParser().parseFromString(code, 'text/html').body.firstElementChild;
    return {
      code,
      tag: element.localName,
      attributes: Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])),
    };
  });

/** Waits until the code's element has `src`. */
const waitForCodeSrc = (page, src) =>
  page.waitForFunction(
    (src) => {
      const code = document.querySelector('#snippet').textContent;
      const element = new DOMParser().parseFromString(code, 'text/html').body.firstElementChild;
      return element?.getAttribute('src') === src;
    },
    src,
    { timeout: 10_000 },
  );

/**
 * Pastes `code` into a bare page of the partner's site (here: the dev server's origin, the page made up by
 * the test): nothing but the code. Its script, `/news-widgets/news-widgets.js`, registers the elements from
 * src/ through the dev server. Returns what the element shows.
 */
async function renderBare(code) {
  const opened = await openPage(browser);
  const { page } = opened;
  try {
    await page.route(`${origin}/bare.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title></head><body>\n${code}\n</body></html>`,
      }),
    );
    await page.route(`${origin}/news-widgets/news-widgets.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript; charset=utf-8',
        body: `import '/@fs${REPO}src/define.ts';\n`,
      }),
    );
    await page.goto(`${origin}/bare.html`);
    await page.waitForFunction(
      () => document.body.lastElementChild?.shadowRoot?.querySelector('[part~="title"], [part~="error"]'),
      null,
      { timeout: 20_000 },
    );
    const shown = await page.evaluate(() => {
      const element = document.body.lastElementChild;
      const root = element.shadowRoot;
      const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
      return {
        tag: element.localName,
        error: root.querySelector('[part~="error"]') ? text(root.querySelector('[part~="error"]')) : null,
        titles: [...root.querySelectorAll('ul[part~="list"] [part~="title"], article [part~="title"]')].map(
          text,
        ),
        title: root.querySelector('[part~="title"]') && text(root.querySelector('[part~="title"]')),
      };
    });
    assert.deepEqual(opened.pageErrors, [], 'bare page: no errors');
    return shown;
  } finally {
    await opened.close();
  }
}

describe('demo: embed-code page, source formats', () => {
  it('writes the chosen src (no format under auto), previews it, and the code renders in a bare page', async () => {
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      const radios = await page.$$eval('#source-choices input[name="source"]', (all) =>
        all.map((input) => input.value),
      );
      assert.deepEqual(radios, FORMATS);
      assert.equal(await page.isChecked('#source-native'), true, 'native JSON first');

      for (const format of [...FORMATS.slice(1), 'native']) {
        const source = SOURCES[format];
        await page.check(`#source-${format}`);

        // The list: the feed.
        await page.check('#element-latest-news');
        const feedSrc = new URL(source.feed, origin).href;
        await waitForCodeSrc(page, feedSrc);
        assert.equal(await page.inputValue('#endpoint'), feedSrc, `${format}: the endpoint field`);
        let written = await codeElement(page);
        assert.equal(written.tag, 'latest-news');
        assert.equal(written.attributes.format, undefined, `${format}: auto needs no format`);
        assert.equal(written.attributes.item, undefined);
        const before = await nativeTitles();
        await assertNativeTitles(page, '#preview latest-news', before, 10, `${format}: preview`);
        const bare = await renderBare(written.code);
        assert.equal(bare.error, null, `${format}: bare page`);
        const now = await nativeTitles();
        assert.ok(
          [before, now].some((native) => JSON.stringify(native.slice(0, 10)) === JSON.stringify(bare.titles)),
          `${format}: bare page shows the native headlines: ${JSON.stringify(bare.titles)}`,
        );

        // The article: the post, or the feed with item.
        await page.check('#element-news-article');
        await waitForCodeSrc(page, new URL(source.article, origin).href);
        written = await codeElement(page);
        assert.equal(written.attributes.format, undefined, `${format}: auto needs no format`);
        assert.equal(
          written.attributes.item,
          source.item ? `${origin}${ARTICLE_URL_PATH}` : undefined,
          `${format}: item`,
        );
        await page.waitForFunction(
          (title) =>
            document
              .querySelector('#preview news-article')
              ?.shadowRoot?.querySelector('[part~="title"]')
              ?.textContent.trim() === title,
          ARTICLE_TITLE,
          { timeout: 20_000 },
        );
        const article = await renderBare(written.code);
        assert.equal(article.error, null, `${format}: bare article`);
        assert.equal(article.title, ARTICLE_TITLE, `${format}: the bare page shows the seed article`);
      }
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('writes format only when one is forced, and a forced format follows the source', async () => {
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      const setFormat = async (value) => {
        const isSelect = await page.$eval('#option-format', (field) => field.localName === 'select');
        if (isSelect) await page.selectOption('#option-format', value);
        else {
          await page.fill('#option-format', value);
          await page.locator('#option-format').press('Enter');
        }
      };
      assert.equal(
        await page.$eval('#option-format', (field) => Boolean(field.closest('#source-choices'))),
        true,
        'the format field is with the source formats',
      );
      await page.check('#source-rss');
      await waitForCodeSrc(page, `${origin}/feeds/rss.xml`);
      assert.equal((await codeElement(page)).attributes.format, undefined);

      await setFormat('rss');
      await page.waitForFunction(() =>
        document.querySelector('#snippet').textContent.includes('format="rss"'),
      );
      const before = await nativeTitles();
      await assertNativeTitles(page, '#preview latest-news', before, 10, 'forced rss: preview');
      let bare = await renderBare((await codeElement(page)).code);
      assert.equal(bare.error, null, 'forced rss in a bare page');
      assert.ok(bare.titles.length > 0);

      // Another source: the forced format follows it.
      await page.check('#source-atom');
      await waitForCodeSrc(page, `${origin}/feeds/atom.xml`);
      assert.equal((await codeElement(page)).attributes.format, 'atom');
      assert.equal(await page.inputValue('#option-format'), 'atom');
      await page.check('#source-native');
      await waitForCodeSrc(page, `${origin}/api/latest`);
      assert.equal((await codeElement(page)).attributes.format, 'native');
      bare = await renderBare((await codeElement(page)).code);
      assert.equal(bare.error, null, 'forced native in a bare page');

      // Back to auto: no format in the code.
      await setFormat('');
      await page.waitForFunction(() => !document.querySelector('#snippet').textContent.includes('format='));

      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      await opened.close();
    }
  });

  it('is driven by the keyboard: arrow keys pick the source format', async () => {
    const opened = await openEmbedPage();
    try {
      const { page } = opened;
      await page.focus('#endpoint');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'source-native');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'source-wordpress');
      await waitForCodeSrc(page, `${origin}/wp-json/wp/v2/posts?_embed`);
      await page.keyboard.press('ArrowDown');
      await waitForCodeSrc(page, `${origin}/feeds/rss.xml`);
      // The source's name is its radio's label.
      assert.equal(await page.locator('label[for="source-rss"]').textContent(), 'RSS 2.0');
    } finally {
      await opened.close();
    }
  });
});
