// End-to-end: the widgets on pages we do not control, used the way a reader uses them. Each page has all
// four elements (a list with thumbnails and a ticker, an article, its tags and its photos), the feed and
// the article come from a second origin with CORS, and the data itself is hostile (javascript: URLs,
// handlers, scripts, each of which would bump window.__xss if it ran). The page:
//
// 1. polluted Object.prototype and Array.prototype, and wrapped Array.prototype.map, fetch and
//    JSON.parse, before the bundle loaded (test/e2e/hostile/pollute.js);
// 2. styles every element with `* { all: unset }`, or hides everything with `* { display: none }`;
// 3. loads the bundle twice and beside the npm build (with an import map for Lit);
// 4. changes `src` while a request is in flight, removes the element mid-request, moves it.
//
// After each, the elements must show their content, or fail closed with their error box (part="error",
// role="alert"); never an uncaught error, never a script run, never a javascript: URL or a planted value
// on screen. Each test prints one line starting with `hostile:` with its figures. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// E2E_CDN_DIR points the tests at another copy of the CDN files (e.g. a release candidate or a fix).
const cdnDir = process.env.E2E_CDN_DIR ? resolve(process.env.E2E_CDN_DIR) + sep : here('../../dist/cdn/');
const distDir = here('../../dist/');
const hostileDir = here('./hostile/');
const modulesDir = here('../../node_modules/');
const readJson = (path) => JSON.parse(readFileSync(here(path), 'utf8'));

const feed = readJson('./hostile/feed.json');
const article = readJson('./hostile/article.json');
const plainFeed = readJson('./fixtures/latest-news.json');
const plainArticle = readJson('./fixtures/article.json');

// What the hostile data must render as: every item (the bad URLs in two of them are left out, not the
// items), the three safe thumbnails, the three tags (one without its javascript: link), the three photos
// with a safe src (the fourth is left out).
const EXPECTED = {
  items: feed.items.length,
  thumbnails: 3,
  tags: article.tags.length,
  photos: 3,
  title: article.title,
  bodyText: 'As part of the visit, the ministers met.',
};

// Packages the npm build imports by bare name, served from node_modules through an import map.
const IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element': '/node_modules/lit-element/index.js',
    'lit-element/': '/node_modules/lit-element/',
    // The npm build's sanitiser imports DOMPurify where the browser has no Sanitizer API.
    dompurify: '/node_modules/dompurify/dist/purify.es.mjs',
    // The schemas validate with zod/mini (ES modules with relative imports inside the package).
    'zod/mini': '/node_modules/zod/v4/mini/index.js',
  },
};
const SERVED_PACKAGES = ['lit/', '@lit/reactive-element/', 'lit-html/', 'lit-element/', 'dompurify/', 'zod/'];

// A 1×1 PNG for every photo and thumbnail.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const TAGS = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'];
/** The widgets of every hostile page, by id. */
const WIDGETS = ['list', 'ticker', 'article', 'tags', 'gallery'];

/**
 * Runs first in every page, before anything hostile: the __xss counter the data's scripts would bump,
 * and every news-load / news-error with the element that fired it (an inner gallery counts apart).
 */
const RECORDER = `<script>
  window.__xss = 0;
  window.__events = [];
  for (const type of ['news-load', 'news-error']) {
    document.addEventListener(type, (event) => {
      const el = event.composedPath()[0];
      window.__events.push({
        type,
        id: (el.getRootNode() === document ? '' : 'inner:') + (el.id || el.localName),
        kind: type === 'news-error' ? event.kind : undefined,
        message: type === 'news-error' ? event.message : undefined,
        warnings: type === 'news-load' ? event.warnings.length : undefined,
      });
    }, true);
  }
</script>`;

function html(head, body, title = 'hostile') {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${RECORDER}
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/** The partner page around the widgets: its own header, links and footer. */
function widgetsBody(api, { structuredData = false, extra = '' } = {}) {
  return `<header class="site"><p>Partner site</p><nav><a href="#home">Home</a> <a href="#about">About</a></nav></header>
    <latest-news id="list" src="${api}/feed.json" thumbnails></latest-news>
    <latest-news id="ticker" src="${api}/feed.json" variant="ticker"></latest-news>
    <news-article id="article" src="${api}/article.json" heading-level="1"${structuredData ? ' structured-data' : ''}></news-article>
    <tag-list id="tags" src="${api}/article.json"></tag-list>
    <photo-gallery id="gallery" src="${api}/article.json"></photo-gallery>
    ${extra}
    <footer class="site"><p><a href="#contact">Contact</a></p></footer>`;
}

/**
 * Waits until every widget in `ids` has fired news-load or news-error. Returns null, or what went wrong:
 * a timeout, or an uncaught error in the page followed by a second of nothing (a bundle that threw).
 */
async function waitForWidgets(opened, ids = WIDGETS, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let erroredAt = 0;
  for (;;) {
    const done = await opened.page.evaluate(
      (wanted) => wanted.every((id) => window.__events.some((event) => event.id === id)),
      ids,
    );
    if (done) return null;
    if (opened.pageErrors.length && !erroredAt) erroredAt = Date.now();
    const why =
      Date.now() > deadline
        ? `not every widget of ${ids.join(', ')} loaded within ${timeout} ms`
        : erroredAt && Date.now() - erroredAt > 1_000
          ? `the page threw, and not every widget of ${ids.join(', ')} loaded`
          : null;
    if (why) {
      // Where each widget is: defined, its state, the parts it shows.
      const state = await opened.page.evaluate(
        (wanted) =>
          JSON.stringify({
            events: window.__events,
            widgets: wanted.map((id) => {
              const el = document.getElementById(id);
              const states = ['loading', 'error', 'empty'].filter((name) => {
                try {
                  return el.matches(`:state(${name})`);
                } catch {
                  return false;
                }
              });
              const parts = [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].map((p) => p.part.value);
              return `${id}: ${customElements.get(el.localName) ? 'defined' : 'undefined'} [${states}] ${[...new Set(parts)].slice(0, 6)}`;
            }),
          }),
        ids,
      );
      return `${why}. ${state}. Page errors: ${JSON.stringify(opened.pageErrors)}. Console errors: ${JSON.stringify(opened.consoleErrors)}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Everything the test reads from the page, as a JSON string (the page's own JSON.parse and prototypes
 * may be hostile; JSON.stringify reads own properties only). Runs in the page.
 */
function inspectPage() {
  const roots = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        collect(el.shadowRoot);
      }
    }
  };
  collect(document);
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const URL_ATTRIBUTES = [
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'ping',
  ];
  const urls = [];
  const handlers = [];
  const planted = [];
  let scripts = 0;
  for (const root of [document, ...roots]) {
    const where = root === document ? 'page' : root.host.id || root.host.localName;
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) handlers.push(`${where} <${el.localName} ${attr.name}>`);
        if (URL_ATTRIBUTES.includes(attr.name))
          urls.push({ where, tag: el.localName, name: attr.name, value: attr.value });
        if (root !== document && /POLLUTED|DATA-PROTO|evil\.example/.test(attr.value))
          planted.push(`${where} <${el.localName} ${attr.name}="${attr.value}">`);
      }
      if (root !== document && el.localName === 'script') scripts++;
    }
    if (root !== document) {
      const match = /.{0,40}(POLLUTED|DATA-PROTO|evil\.example).{0,40}/.exec(root.textContent);
      if (match) planted.push(`${where} text: ${match[0]}`);
    }
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (/POLLUTED|DATA-PROTO|evil\.example/.test(script.textContent))
      planted.push(`JSON-LD: ${script.textContent}`);
  }
  const widget = (id) => {
    const host = document.getElementById(id);
    const root = host && host.shadowRoot;
    if (!root) return { upgraded: false };
    const error = root.querySelector('[part~="error"]');
    return {
      upgraded: true,
      root,
      hostDisplay: getComputedStyle(host).display,
      error: error ? { role: error.getAttribute('role'), text: text(error) } : null,
    };
  };
  const strip = ({ root: _root, ...rest }) => rest;
  const list = widget('list');
  const ticker = widget('ticker');
  const art = widget('article');
  const tags = widget('tags');
  const gallery = widget('gallery');
  const body = art.root && art.root.querySelector('[part~="body"]');
  const jsonLd = document.querySelector('#article > script[type="application/ld+json"]');
  return JSON.stringify({
    list: list.root && {
      ...strip(list),
      items: list.root.querySelectorAll('[part~="list"] > [part~="item"]').length,
      titles: [...list.root.querySelectorAll('[part~="list"] > [part~="item"] [part~="title"]')].map(text),
      thumbnails: list.root.querySelectorAll('img[part~="thumbnail"]').length,
    },
    ticker: ticker.root && {
      ...strip(ticker),
      items: ticker.root.querySelectorAll('[part~="list"] > [part~="item"]').length,
      pause: !!ticker.root.querySelector('[part~="pause"]'),
    },
    article: art.root && {
      ...strip(art),
      title: text(art.root.querySelector('h1[part~="title"]')),
      paragraphs: body ? body.querySelectorAll('p').length : 0,
      bodyText: text(body),
      tags: art.root.querySelectorAll('[part~="tag"]').length,
      jsonLd: jsonLd ? jsonLd.textContent : null,
    },
    tags: tags.root && { ...strip(tags), tags: tags.root.querySelectorAll('[part~="tag"]').length },
    gallery: gallery.root && {
      ...strip(gallery),
      items: gallery.root.querySelectorAll('[part~="item"]').length,
      images: gallery.root.querySelectorAll('img[part~="image"]').length,
    },
    urls,
    handlers,
    planted,
    scripts,
    xss: window.__xss,
    events: window.__events,
  });
}

const inspect = async (page) => JSON.parse(await page.evaluate(inspectPage));

/** What each widget ended up as: 'rendered' (its full content), 'error-box' (failed closed), or 'lost'. */
function outcomes(view) {
  const failedClosed = (w) => !!w?.error && w.error.role === 'alert' && w.error.text.length > 0;
  const rendered = {
    list: (w) =>
      w.items === EXPECTED.items &&
      w.thumbnails === EXPECTED.thumbnails &&
      w.titles[0] === feed.items[0].title,
    ticker: (w) => w.items === EXPECTED.items && w.pause,
    article: (w) =>
      w.title === EXPECTED.title &&
      w.paragraphs >= 2 &&
      w.bodyText.includes(EXPECTED.bodyText) &&
      w.tags === EXPECTED.tags,
    tags: (w) => w.tags === EXPECTED.tags,
    gallery: (w) => w.items === EXPECTED.photos && w.images === EXPECTED.photos,
  };
  const result = {};
  for (const id of WIDGETS) {
    const w = view[id];
    result[id] = w && !w.error && rendered[id](w) ? 'rendered' : failedClosed(w) ? 'error-box' : 'lost';
  }
  return result;
}

/** URLs that must never be in the page or its shadow roots: scripts, documents made of data, planted links. */
function unsafeUrls(view) {
  return view.urls.filter(({ value }) =>
    /(^|[\s,])\s*(javascript|vbscript|data:text\/html)|data:image\/svg|evil\.example/i.test(value),
  );
}

/** The figures line a later script collects. */
function summary(name, { cases, handled, xss, lost, ms, extra = '' }) {
  console.log(
    `hostile: ${name}: cases ${cases}, handled ${handled}, scripts executed ${xss}, content lost ${lost}, ${ms} ms${extra ? `; ${extra}` : ''}`,
  );
}

/** The checks every hostile page shares: nothing ran, nothing unsafe or planted is shown, nothing threw. */
function assertSafe(view, opened) {
  assert.equal(view.xss, 0, 'no script from the data or the page pollution ran (window.__xss)');
  assert.deepEqual(unsafeUrls(view), [], 'no javascript:, data: or evil.example URL anywhere');
  assert.deepEqual(view.handlers, [], 'no inline event handler attribute anywhere');
  assert.equal(view.scripts, 0, 'no <script> inside a shadow root');
  assert.deepEqual(view.planted, [], 'no value the page planted shows up as text, link or attribute');
  assert.deepEqual(opened.pageErrors, [], 'no uncaught error in the page');
}

/** The deepest focused element: the ids/tags of the shadow hosts on the way, and its part. Runs in the page. */
function deepActive() {
  let el = document.activeElement;
  const hosts = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) {
    hosts.push(el.id || el.localName);
    el = el.shadowRoot.activeElement;
  }
  return JSON.stringify({ hosts, tag: el ? el.localName : null, part: el ? el.getAttribute('part') : null });
}

/**
 * Uses the page as a reader: opens the first photo, steps on with →, closes with Escape; pauses the
 * ticker; presses share; tabs through the page. Returns what happened, for the assertions and the figures.
 */
async function useAsReader(page) {
  const result = {};
  const read = (fn) => page.evaluate(fn);
  // The lightbox.
  await page.locator('#gallery [part~="open"]').first().click();
  await page.waitForFunction(
    () => document.getElementById('gallery').shadowRoot.querySelector('dialog').open,
    null,
    {
      polling: 50,
      timeout: 5_000,
    },
  );
  const counter = () =>
    read(() =>
      document.getElementById('gallery').shadowRoot.querySelector('[part~="counter"]').textContent.trim(),
    );
  result.opened = await counter();
  result.focusInLightbox = JSON.parse(await page.evaluate(deepActive));
  await page.keyboard.press('ArrowRight');
  await page
    .waitForFunction(
      () =>
        document
          .getElementById('gallery')
          .shadowRoot.querySelector('[part~="counter"]')
          .textContent.trim() === '2 / 3',
      null,
      { polling: 50, timeout: 5_000 },
    )
    .catch(() => {});
  result.afterArrow = await counter();
  await page.keyboard.press('Escape');
  await page
    .waitForFunction(
      () => !document.getElementById('gallery').shadowRoot.querySelector('dialog').open,
      null,
      {
        polling: 50,
        timeout: 5_000,
      },
    )
    .catch(() => {});
  result.closed = await read(
    () => !document.getElementById('gallery').shadowRoot.querySelector('dialog').open,
  );
  result.focusAfterClose = JSON.parse(await page.evaluate(deepActive));

  // The ticker's pause button.
  const tickerState = () =>
    page.evaluate(() => {
      const root = document.getElementById('ticker').shadowRoot;
      const animation = root.querySelector('.track')?.getAnimations()[0];
      return JSON.stringify({
        label: root.querySelector('[part~="pause"]').getAttribute('aria-label'),
        playState: animation ? animation.playState : 'none',
      });
    });
  result.tickerBefore = JSON.parse(await tickerState());
  await page.locator('#ticker [part~="pause"]').click();
  await page.waitForTimeout(100);
  result.tickerAfter = JSON.parse(await tickerState());

  // Share.
  await page.locator('#article [part~="share"]').click();
  await page
    .waitForFunction(
      () =>
        document
          .getElementById('article')
          .shadowRoot.querySelector('[part~="share-status"]')
          .textContent.trim(),
      null,
      { polling: 50, timeout: 5_000 },
    )
    .catch(() => {});
  result.shareStatus = await page.evaluate(() =>
    document.getElementById('article').shadowRoot.querySelector('[part~="share-status"]').textContent.trim(),
  );

  // Tab through the whole page, from the top.
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const visited = new Set();
  result.tabStops = 0;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const where = JSON.parse(await page.evaluate(deepActive));
    result.tabStops++;
    visited.add(where.hosts[0] ?? (where.tag === 'a' ? 'page' : where.tag));
    if (WIDGETS.every((id) => visited.has(id))) break;
  }
  result.tabbedInto = WIDGETS.filter((id) => visited.has(id));
  return result;
}

/** The reader's actions worked: the assertions shared by every page the reader can see. */
function assertReaderWorked(used) {
  assert.equal(used.opened, '1 / 3', 'the lightbox opened on the first photo');
  assert.deepEqual(used.focusInLightbox.hosts, ['gallery'], 'focus moved into the lightbox');
  assert.equal(used.focusInLightbox.part, 'close', 'focus is on the close button');
  assert.equal(used.afterArrow, '2 / 3', 'ArrowRight showed the second photo');
  assert.ok(used.closed, 'Escape closed the lightbox');
  assert.deepEqual(used.focusAfterClose.hosts, ['gallery'], 'focus went back to the gallery');
  assert.equal(used.focusAfterClose.part, 'open', 'focus went back to the thumbnail');
  assert.notEqual(used.tickerBefore.label, used.tickerAfter.label, 'the pause button changed its label');
  if (used.tickerBefore.playState !== 'none')
    assert.equal(used.tickerAfter.playState, 'paused', 'the ticker stopped');
  assert.ok(used.shareStatus.length > 0, 'share said what it did');
  assert.deepEqual(used.tabbedInto, WIDGETS, 'Tab reached every widget');
}

describe('hostile pages', () => {
  let api; // the feed, the article, photos and the race endpoints: another origin, with CORS
  let site; // the pages, the CDN files, the npm build and node_modules
  let browser;
  const pages = new Map();
  /** The race endpoints' requests: { mode, kind, el, run, closedEarly, answered }. */
  const raced = [];

  before(async () => {
    for (const file of ['news-widgets.js', 'news-widgets.iife.js', 'latest-news.js']) {
      assert.ok(existsSync(cdnDir + file), `dist/cdn/${file} is missing: run \`npm run build\` first.`);
    }
    assert.ok(existsSync(`${distDir}define.js`), 'dist/define.js is missing: run `npm run build` first.');

    api = await startServer(async (req, res, url) => {
      const cors = { 'Access-Control-Allow-Origin': '*' };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': '*' }).end();
        return true;
      }
      const fixture = { '/feed.json': feed, '/article.json': article }[url.pathname];
      if (fixture) {
        sendJson(res, fixture, cors);
        return true;
      }
      if (url.pathname.startsWith('/media/')) {
        res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': PNG.length, ...cors }).end(PNG);
        return true;
      }
      const race = /^\/race\/(slow-a|fast-b|fast-a|hang|slow-move)\/(feed|article)\.json$/.exec(url.pathname);
      if (race) {
        const [, mode, kind] = race;
        const entry = {
          mode,
          kind,
          el: url.searchParams.get('el'),
          run: url.searchParams.get('run'),
          at: Date.now(),
          closedEarly: false,
          answered: false,
        };
        raced.push(entry);
        let closed = false;
        res.on('close', () => {
          closed = true;
          entry.closedEarly = !res.writableFinished;
          entry.closedAt = Date.now();
        });
        const wait = { 'slow-a': 1500, hang: 2000, 'slow-move': 1000 }[mode] ?? 0;
        const deadline = Date.now() + wait;
        while (Date.now() < deadline && !closed) await new Promise((resolve) => setTimeout(resolve, 20));
        if (closed) return true;
        entry.answered = true;
        sendJson(res, raceData(mode.endsWith('b') ? 'BRAVO' : 'ALPHA', kind), cors);
        return true;
      }
      return false;
    });

    site = await startServer(async (req, res, url) => {
      const path = url.pathname;
      if (path.startsWith('/cdn/')) return sendFile(res, cdnDir, path.slice('/cdn/'.length));
      if (path.startsWith('/npm/')) return sendFile(res, distDir, path.slice('/npm/'.length));
      if (path.startsWith('/hostile/')) return sendFile(res, hostileDir, path.slice('/hostile/'.length));
      if (path.startsWith('/node_modules/')) {
        const rel = path.slice('/node_modules/'.length);
        if (!SERVED_PACKAGES.some((pkg) => rel.startsWith(pkg))) return false;
        return sendFile(res, modulesDir, rel);
      }
      const page = pages.get(path);
      if (!page) return false;
      sendHtml(res, page);
      return true;
    });

    const a = api.origin;
    const module = '<script type="module" src="/cdn/news-widgets.js"></script>';
    const classic = '<script src="/cdn/news-widgets.iife.js"></script>';
    const pollute = (attrs) => `<script src="/hostile/pollute.js" ${attrs}></script>`;

    // 1. Polluted prototypes and wrapped built-ins, set before the bundle.
    pages.set(
      '/proto-fields.html',
      html(pollute('data-proto="fields" data-arrays') + module, widgetsBody(a, { structuredData: true })),
    );
    pages.set(
      '/proto-body.html',
      html(pollute('data-proto="body"') + module, widgetsBody(a, { structuredData: true })),
    );
    pages.set(
      '/wrapped.html',
      html(pollute('data-map="wrap" data-fetch="log" data-json="reviver"') + module, widgetsBody(a)),
    );
    pages.set(
      '/polyfilled.html',
      html(pollute('data-map="polyfill" data-fetch="json" data-arrays') + module, widgetsBody(a)),
    );
    const everything = pollute(
      'data-proto="fields" data-arrays data-map="wrap" data-fetch="json" data-json="reviver"',
    );
    pages.set('/everything.html', html(everything + module, widgetsBody(a, { structuredData: true })));
    pages.set(
      '/everything-classic.html',
      html(everything + classic, widgetsBody(a, { structuredData: true })),
    );

    // 2. Host CSS, from files (so a CSP would not matter).
    pages.set(
      '/unset.html',
      html('<link rel="stylesheet" href="/hostile/unset.css" />' + module, widgetsBody(a)),
    );
    pages.set(
      '/hide-all.html',
      html('<link rel="stylesheet" href="/hostile/hide-all.css" />' + module, widgetsBody(a)),
    );
    pages.set(
      '/hide-chrome.html',
      html('<link rel="stylesheet" href="/hostile/hide-chrome.css" />' + module, widgetsBody(a)),
    );

    // 3. Every bundle at once, and the npm build (bare imports through an import map), in two orders.
    const importMap = `<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>`;
    const npmTags = `<script type="module">
      import { LatestNewsElement, NewsArticleElement } from '/npm/index.js';
      LatestNewsElement.define('npm-latest-news');
      NewsArticleElement.define('npm-news-article');
    </script>`;
    const modules =
      '<script type="module" src="/cdn/news-widgets.js"></script>' +
      '<script type="module" src="/cdn/latest-news.js"></script>' +
      '<script type="module" src="/npm/define.js"></script>';
    const npmWidgets = `<npm-latest-news id="npm-list" src="${a}/feed.json"></npm-latest-news>
      <npm-news-article id="npm-article" src="${a}/article.json"></npm-news-article>`;
    pages.set(
      '/twice-classic-first.html',
      html(importMap + classic + modules + npmTags, widgetsBody(a, { extra: npmWidgets })),
    );
    pages.set(
      '/twice-modules-first.html',
      html(
        importMap + modules + npmTags + '<script defer src="/cdn/news-widgets.iife.js"></script>',
        widgetsBody(a, { extra: npmWidgets }),
      ),
    );

    // 4. Races: elements made and moved by the test.
    pages.set('/race.html', html(module, '<div id="a"></div><div id="b"></div><div id="c"></div>', 'races'));

    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  /**
   * Opens `path` with the clipboard allowed (share copies the link), waits for every widget in `ids`,
   * reads the page, and, when every widget rendered and `reader` is set, uses it as a reader and reads
   * it again. `before(page)` reads more right after the load. Never throws for what the page does: the
   * test prints its figures first, then asserts.
   */
  async function visit(path, { ids = WIDGETS, reader = true, read, engine = 'sanitizer-api' } = {}) {
    const started = Date.now();
    const opened = await openPage(browser);
    const visited = { opened, started, waitError: null, used: null, extra: null };
    // The sanitiser's other path: a browser without the HTML Sanitizer API, where it takes DOMPurify.
    if (engine === 'dompurify')
      await opened.page.addInitScript(() => {
        delete window.Sanitizer;
        delete Element.prototype.setHTML;
      });
    await opened.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const requests = { site: site.requests.length, api: api.requests.length };
    await opened.page.goto(`${site.origin}${path}`);
    visited.waitError = await waitForWidgets(opened, ids);
    if (visited.waitError) {
      visited.waitError += ` Requests: page ${JSON.stringify(site.requests.slice(requests.site))}, api ${JSON.stringify(api.requests.slice(requests.api))}`;
    }
    visited.loaded = await inspect(opened.page);
    visited.extra = read ? JSON.parse(await opened.page.evaluate(read)) : null;
    visited.view = visited.loaded;
    if (reader && Object.values(outcomes(visited.loaded)).every((r) => r === 'rendered')) {
      visited.used = await useAsReader(opened.page);
      visited.view = await inspect(opened.page);
    }
    visited.result = outcomes(visited.view);
    return visited;
  }

  /** Prints the figures line of a visit. `more` counts cases beyond the five widgets. */
  function report(name, visited, extra = '', more = { cases: 0, handled: 0, lost: 0 }) {
    const values = Object.values(visited.result);
    const errors = visited.view.events
      .filter((e) => e.type === 'news-error')
      .map((e) => `${e.id}: ${e.message}`);
    summary(name, {
      cases: WIDGETS.length + more.cases,
      handled: values.filter((r) => r !== 'lost').length + more.handled,
      xss: visited.view.xss,
      lost: values.filter((r) => r !== 'rendered').length + more.lost,
      ms: Date.now() - visited.started,
      extra: [
        JSON.stringify(visited.result),
        visited.used ? `${visited.used.tabStops} Tab presses` : 'not used as a reader',
        errors.length ? `errors ${JSON.stringify(errors)}` : '',
        visited.waitError ? `wait: ${visited.waitError.slice(0, 600)}` : '',
        visited.opened.pageErrors.length
          ? `page errors ${JSON.stringify(visited.opened.pageErrors.map((e) => e.split('\n')[0]))}`
          : '',
        extra,
      ]
        .filter(Boolean)
        .join('; '),
    });
  }

  const ALL_RENDERED = Object.fromEntries(WIDGETS.map((id) => [id, 'rendered']));

  /** What every hostile page must give: no uncaught error, every widget loaded, nothing unsafe, all content. */
  function assertWorked(visited, { reader = true } = {}) {
    const { opened, waitError, loaded, view, result, used } = visited;
    assert.deepEqual(opened.pageErrors, [], 'no uncaught error in the page');
    assert.equal(waitError, null, 'every widget fired news-load or news-error');
    assertSafe(view, opened);
    assert.deepEqual(
      outcomes(loaded),
      ALL_RENDERED,
      `every widget renders its content; events: ${JSON.stringify(loaded.events)}`,
    );
    assert.deepEqual(result, ALL_RENDERED, 'and still shows it after use');
    if (reader) assertReaderWorked(used);
  }

  // 1. Prototype pollution and wrapped built-ins.
  const polluted = [
    [
      'proto-fields.html',
      'Object.prototype polluted with data and setting names, Array.prototype with enumerable methods',
    ],
    ['proto-body.html', 'Object.prototype.body polluted (also a member of the fetch() init dictionary)'],
    [
      'wrapped.html',
      'Array.prototype.map, fetch and JSON.parse wrapped (a logger, and a reviver adding `polluted`)',
    ],
    ['polyfilled.html', 'Array.prototype.map replaced by the ES3 polyfill, fetch and Response#json patched'],
    ['everything.html', 'all of it at once (but .body), news-widgets.js'],
    ['everything-classic.html', 'all of it at once (but .body), news-widgets.iife.js'],
  ];
  // Each with the sanitiser's two paths: the HTML Sanitizer API, and DOMPurify (where there is none).
  for (const engine of ['sanitizer-api', 'dompurify'])
    for (const [file, what] of polluted) {
      const on = engine === 'dompurify' ? ' (DOMPurify)' : '';
      it(
        `1. ${what}${on}: every widget renders, nothing planted shows, nothing runs`,
        { timeout: 60_000 },
        async () => {
          const visited = await visit(`/${file}`, { read: () => JSON.stringify(window.__hostile), engine });
          try {
            const hostile = visited.extra;
            report(
              `1 ${file}${on}`,
              visited,
              `map calls ${hostile.mapCalls}, fetch calls ${hostile.fetchCalls}, JSON.parse calls ${hostile.parseCalls}, patched json() calls ${hostile.jsonPatched}`,
            );
            assertWorked(visited);
            const { jsonLd } = visited.view.article;
            if (jsonLd !== null)
              assert.equal(JSON.parse(jsonLd).headline, article.title, 'the JSON-LD is the article’s');
            // The wrappers were really in the way: the page's fetch and JSON.parse saw our requests.
            const page = pages.get(`/${file}`);
            if (/data-fetch=/.test(page)) assert.ok(hostile.fetchCalls >= 2, 'the wrapped fetch was used');
            if (/data-json=/.test(page))
              assert.ok(hostile.parseCalls >= 2, 'the wrapped JSON.parse was used');
            if (/data-map=/.test(page))
              assert.ok(hostile.mapCalls > 0, 'the replaced Array.prototype.map was used');
          } finally {
            await visited.opened.close();
          }
        },
      );
    }

  // 2. Host CSS.
  it(
    '2. `* { all: unset }` on the page: the widgets keep their own styles inside their shadow roots',
    { timeout: 60_000 },
    async () => {
      const visited = await visit('/unset.html', {
        read: () => {
          const root = (id) => document.getElementById(id)?.shadowRoot;
          const style = (el, prop) => (el ? getComputedStyle(el)[prop] : null);
          return JSON.stringify({
            hosts: ['list', 'ticker', 'article', 'tags', 'gallery'].map((id) =>
              style(document.getElementById(id), 'display'),
            ),
            ticker: style(root('ticker')?.querySelector('[part~="ticker"]'), 'display'),
            track: style(root('ticker')?.querySelector('.track > ul'), 'display'),
            titleSize: parseFloat(style(root('article')?.querySelector('h1[part~="title"]'), 'fontSize')),
            bodySize: parseFloat(style(root('article')?.querySelector('[part~="body"] p'), 'fontSize')),
            gallery: style(root('gallery')?.querySelector('[part~="list"]'), 'display'),
            tags: style(root('tags')?.querySelector('[part~="list"]'), 'display'),
            thumbnailWidth:
              root('list')?.querySelector('img[part~="thumbnail"]')?.getBoundingClientRect().width ?? 0,
          });
        },
      });
      try {
        const styles = visited.extra;
        report(
          '2 all-unset',
          visited,
          `host display ${styles.hosts.join('/')}; ticker ${styles.ticker}, title ${styles.titleSize}px vs body ${styles.bodySize}px, gallery ${styles.gallery}, tags ${styles.tags}`,
        );
        assertWorked(visited);
        // The page's rule does reach the host elements, which are in its tree: `all: unset` beats
        // `:host { display: block }` (outer styles win over :host rules), so each host is display: inline.
        assert.deepEqual(styles.hosts, ['inline', 'inline', 'inline', 'inline', 'inline']);
        // Inside, the widgets' own styles are untouched.
        assert.equal(styles.ticker, 'flex', 'the ticker bar is still a flex row');
        assert.equal(styles.track, 'flex', 'the ticker’s headlines are still one row');
        assert.ok(
          styles.titleSize > styles.bodySize * 1.3,
          `headline ${styles.titleSize}px vs body ${styles.bodySize}px`,
        );
        assert.equal(styles.gallery, 'grid', 'the gallery is still a grid');
        assert.equal(styles.tags, 'flex', 'the tags are still a row');
        assert.ok(styles.thumbnailWidth > 0, 'the thumbnails have a size');
      } finally {
        await visited.opened.close();
      }
    },
  );

  it(
    '2. `* { display: none !important }`: the hosts are hidden with the rest of the page (expected), nothing inside changes or breaks',
    { timeout: 60_000 },
    async () => {
      // Nothing is visible, so no reader: the checks are on the DOM, the styles and the API.
      const visited = await visit('/hide-all.html', {
        reader: false,
        read: () => {
          const root = (id) => document.getElementById(id)?.shadowRoot;
          const style = (el) => (el ? getComputedStyle(el).display : null);
          const gallery = document.getElementById('gallery');
          let shown = false;
          if (gallery.shadowRoot?.querySelector('dialog')) {
            gallery.show(1);
            const open = gallery.shadowRoot.querySelector('dialog').open;
            gallery.close();
            shown = open && !gallery.shadowRoot.querySelector('dialog').open;
          }
          return JSON.stringify({
            body: style(document.body),
            title: style(root('article')?.querySelector('h1[part~="title"]')),
            gallery: style(root('gallery')?.querySelector('[part~="list"]')),
            ticker: style(root('ticker')?.querySelector('[part~="ticker"]')),
            tags: style(root('tags')?.querySelector('[part~="list"]')),
            shown,
          });
        },
      });
      try {
        const { view, extra: inside } = visited;
        report(
          '2 display-none-all',
          visited,
          `hosts display ${WIDGETS.map((id) => view[id]?.hostDisplay).join('/')} (the page hid them: expected); inside: title ${inside.title}, gallery ${inside.gallery}, ticker ${inside.ticker}, tags ${inside.tags}`,
        );
        // Loaded and rendered in the DOM: a page that shows them again later gets them complete.
        assertWorked(visited, { reader: false });
        // What the page's rule does: it matches the hosts (they are in the page's tree), so they are hidden.
        assert.equal(inside.body, 'none');
        for (const id of WIDGETS) assert.equal(view[id].hostDisplay, 'none', `#${id} is hidden by the page`);
        // What it does not do: reach into the shadow roots.
        assert.deepEqual(
          { title: inside.title, gallery: inside.gallery, ticker: inside.ticker, tags: inside.tags },
          { title: 'block', gallery: 'grid', ticker: 'flex', tags: 'flex' },
        );
        assert.ok(inside.shown, 'show() and close() still work');
      } finally {
        await visited.opened.close();
      }
    },
  );

  it(
    '2. a `display: none !important` rule that spares the widgets: they show and work, the page around is hidden',
    { timeout: 60_000 },
    async () => {
      const visited = await visit('/hide-chrome.html', {
        read: () =>
          JSON.stringify({
            chrome: getComputedStyle(document.querySelector('header.site p')).display,
            heights: ['list', 'ticker', 'article', 'tags', 'gallery'].map(
              (id) => document.getElementById(id).getBoundingClientRect().height,
            ),
          }),
      });
      try {
        const boxes = visited.extra;
        report(
          '2 display-none-scoped',
          visited,
          `page chrome ${boxes.chrome}; widget heights ${boxes.heights.map(Math.round).join('/')} px`,
        );
        assertWorked(visited);
        assert.equal(boxes.chrome, 'none', 'the page’s own content is hidden');
        for (const [i, height] of boxes.heights.entries())
          assert.ok(height > 0, `#${WIDGETS[i]} has a box (${height}px)`);
      } finally {
        await visited.opened.close();
      }
    },
  );

  // 3. Bundles twice and the npm build.
  for (const engine of ['sanitizer-api', 'dompurify'])
    for (const order of ['classic-first', 'modules-first']) {
      const on = engine === 'dompurify' ? ', DOMPurify' : '';
      it(
        `3. news-widgets.js + .iife.js + latest-news.js + the npm build on one page (${order}${on})`,
        { timeout: 60_000 },
        async () => {
          const visited = await visit(`/twice-${order}.html`, {
            engine,
            ids: [...WIDGETS, 'npm-list', 'npm-article'],
            read: () => {
              const tags = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'];
              const classes = [
                'LatestNewsElement',
                'NewsArticleElement',
                'TagListElement',
                'PhotoGalleryElement',
              ];
              const frame = document.body.appendChild(document.createElement('iframe'));
              const fresh = new Set(Object.keys(frame.contentWindow));
              frame.remove();
              const npm = (id) => {
                const root = document.getElementById(id).shadowRoot;
                return {
                  items: root?.querySelectorAll('[part~="list"] > [part~="item"]').length ?? 0,
                  title: root?.querySelector('[part~="title"]')?.textContent.trim() ?? '',
                  paragraphs: root?.querySelectorAll('[part~="body"] p').length ?? 0,
                };
              };
              return JSON.stringify({
                globals: Object.keys(window)
                  .filter((key) => !fresh.has(key) && !key.startsWith('__'))
                  .sort(),
                defined: tags.map((tag) => typeof customElements.get(tag)),
                fromClassic: tags.map(
                  (tag, i) => customElements.get(tag) === window.NewsWidgets?.[classes[i]],
                ),
                npmList: npm('npm-list'),
                npmArticle: npm('npm-article'),
                litCopies: window.litHtmlVersions?.length,
              });
            },
          });
          try {
            const state = visited.extra;
            const npmOk = [state.npmList.items === EXPECTED.items, state.npmArticle.title === article.title];
            report(
              `3 twice ${order}${on}`,
              visited,
              `globals ${state.globals.join(',')}; defined by the classic file: ${state.fromClassic.map((v, i) => `${TAGS[i]} ${v}`).join(', ')}; Lit copies ${state.litCopies}`,
              { cases: 2, handled: npmOk.filter(Boolean).length, lost: npmOk.filter((ok) => !ok).length },
            );
            assertWorked(visited);
            assert.deepEqual(
              state.defined,
              ['function', 'function', 'function', 'function'],
              'customElements.get() finds every tag',
            );
            assert.equal(
              state.npmList.items,
              EXPECTED.items,
              'the npm build’s <latest-news> under its own tag renders',
            );
            assert.equal(
              state.npmArticle.title,
              article.title,
              'the npm build’s <news-article> under its own tag renders',
            );
            assert.ok(
              state.npmArticle.paragraphs >= 2,
              'with its body, sanitised by the npm build’s sanitiser',
            );
            assert.deepEqual(state.globals, [
              'NewsWidgets',
              'litElementVersions',
              'litHtmlVersions',
              'litPropertyMetadata',
              'reactiveElementVersions',
            ]);
          } finally {
            await visited.opened.close();
          }
        },
      );
    }

  // 4. Races, with all four elements at once: each gets its own URL, so the server counts per element.
  const RACERS = [
    ['latest-news', 'feed'],
    ['news-article', 'article'],
    ['tag-list', 'article'],
    ['photo-gallery', 'article'],
  ];
  let runs = 0;

  /** Opens the race page and gives it helpers: make(tag, src), and per-element loads, errors and text. */
  async function openRace({ clock = false } = {}) {
    const opened = await openPage(browser);
    if (clock) await opened.page.clock.install();
    await opened.page.goto(`${site.origin}/race.html`);
    // Polled from here: with the fake clock, the page's own timers only run when the test says.
    for (let i = 0; !(await opened.page.evaluate(() => !!customElements.get('photo-gallery'))); i++) {
      assert.ok(i < 250, 'the bundle did not define the elements within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await opened.page.evaluate(() => {
      window.__race = {};
      window.make = (tag, src, attrs = {}, id = `race-${tag}`) => {
        const el = document.createElement(tag);
        el.id = id;
        const record = (window.__race[el.id] = { loads: [], errors: [] });
        el.addEventListener('news-load', (event) => {
          if (event.composedPath()[0] !== el) return;
          const data = event.data;
          record.loads.push(
            data.items?.[0]?.title ?? data.title ?? data.tags?.[0]?.name ?? data.photos?.[0]?.caption,
          );
        });
        el.addEventListener('news-error', (event) => {
          if (event.composedPath()[0] === el) record.errors.push(event.message);
        });
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        el.setAttribute('src', src);
        return el;
      };
      window.raceState = () =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(window.__race).map(([id, record]) => {
              const root = document.getElementById(id)?.shadowRoot;
              const shown = root ? root.textContent.replace(/\s+/g, ' ') : '';
              return [
                id,
                {
                  ...record,
                  connected: !!document.getElementById(id),
                  alpha: shown.includes('ALPHA'),
                  bravo: shown.includes('BRAVO'),
                  content: root
                    ? root.querySelectorAll('[part~="item"], [part~="title"], [part~="tag"], [part~="image"]')
                        .length
                    : 0,
                },
              ];
            }),
          ),
        );
    });
    return opened;
  }
  const raceState = async (page) => JSON.parse(await page.evaluate(() => window.raceState()));
  const raceUrl = (mode, kind, tag, run) => `${api.origin}/race/${mode}/${kind}.json?el=${tag}&run=${run}`;

  /** Puts one element of each racer on the page, each on its `mode` endpoint; `newsAttrs` for <latest-news>. */
  const addRacers = (page, mode, run, newsAttrs = {}) =>
    page.evaluate(
      ({ racers, urls, newsAttrs }) =>
        racers.forEach(([tag], i) =>
          document
            .getElementById('a')
            .append(window.make(tag, urls[i], tag === 'latest-news' ? newsAttrs : {})),
        ),
      { racers: RACERS, urls: RACERS.map(([tag, kind]) => raceUrl(mode, kind, tag, run)), newsAttrs },
    );

  /** Waits (in Node) until the race server has seen `count` requests of `run` that match `filter`. */
  async function serverSaw(run, count, filter = () => true, timeout = 5_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const seen = raced.filter((entry) => entry.run === run && filter(entry));
      if (seen.length >= count) return seen;
      if (Date.now() > deadline)
        throw new Error(
          `The server saw ${seen.length} of ${count} requests of run ${run}: ${JSON.stringify(seen)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it(
    '4. src changed while the request is in flight: the late response is ignored, news-load fires once, for B',
    { timeout: 30_000 },
    async () => {
      const started = Date.now();
      const run = `switch-${++runs}`;
      const opened = await openRace();
      try {
        const { page } = opened;
        await addRacers(page, 'slow-a', run);
        await serverSaw(run, RACERS.length, (e) => e.mode === 'slow-a');
        await page.evaluate(
          ({ racers, urls }) =>
            racers.forEach(([tag], i) => (document.getElementById(`race-${tag}`).src = urls[i])),
          { racers: RACERS, urls: RACERS.map(([tag, kind]) => raceUrl('fast-b', kind, tag, run)) },
        );
        await page.waitForTimeout(2_000); // slow-a would have answered 1.5 s after it came
        const state = await raceState(page);
        const slow = raced.filter((e) => e.run === run && e.mode === 'slow-a');
        const ok = RACERS.filter(([tag]) => {
          const s = state[`race-${tag}`];
          return s.loads.length === 1 && /BRAVO/.test(s.loads[0]) && s.bravo && !s.alpha && !s.errors.length;
        });
        summary('4 src-switch', {
          cases: RACERS.length,
          handled: ok.length,
          xss: 0,
          lost: RACERS.length - ok.length,
          ms: Date.now() - started,
          extra: `slow requests aborted ${slow.filter((e) => e.closedEarly).length}/${slow.length}, answered ${slow.filter((e) => e.answered).length}`,
        });
        for (const [tag] of RACERS) {
          const s = state[`race-${tag}`];
          assert.equal(s.loads.length, 1, `<${tag}> fired news-load once: ${JSON.stringify(s)}`);
          assert.match(s.loads[0], /BRAVO/, `<${tag}>'s news-load is for B`);
          assert.ok(s.bravo && !s.alpha, `<${tag}> shows B only: ${JSON.stringify(s)}`);
          assert.deepEqual(s.errors, []);
        }
        assert.equal(slow.length, RACERS.length);
        assert.ok(
          slow.every((e) => e.closedEarly && !e.answered),
          `the superseded requests were aborted: ${JSON.stringify(slow)}`,
        );
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );

  it(
    '4. removed mid-request: the request is aborted, nothing renders or fires; back on the page, it loads',
    { timeout: 30_000 },
    async () => {
      const started = Date.now();
      const run = `remove-${++runs}`;
      const opened = await openRace();
      try {
        const { page } = opened;
        await addRacers(page, 'hang', run, { refresh: '15' });
        await serverSaw(run, RACERS.length);
        const removedAt = Date.now();
        await page.evaluate(() => {
          window.__removed = [...document.getElementById('a').children];
          window.__removed.forEach((el) => el.remove());
        });
        const closed = await serverSaw(run, RACERS.length, (e) => e.closedEarly, 2_000).catch(() => []);
        const abortMs = closed.length ? Math.max(...closed.map((e) => e.closedAt - removedAt)) : NaN;
        await page.waitForTimeout(2_500); // past the moment the server would have answered
        const gone = await page.evaluate(() =>
          JSON.stringify(
            window.__removed.map((el) => ({
              id: el.id,
              content: el.shadowRoot.querySelectorAll(
                '[part~="item"], [part~="title"], [part~="tag"], [part~="image"], [part~="error"]',
              ).length,
            })),
          ),
        );
        const record = JSON.parse(await page.evaluate(() => JSON.stringify(window.__race)));
        const requestsWhileGone = raced.filter((e) => e.run === run).length;
        // Back on the page: a fresh load.
        await page.evaluate(() => window.__removed.forEach((el) => document.getElementById('b').append(el)));
        await page.waitForFunction(
          (n) => Object.values(window.__race).filter((r) => r.loads.length).length === n,
          RACERS.length,
          {
            polling: 50,
            timeout: 10_000,
          },
        );
        const back = await raceState(page);
        const empty = Object.fromEntries(JSON.parse(gone).map((g) => [g.id, g.content === 0]));
        const handled = RACERS.filter(([tag]) => {
          const id = `race-${tag}`;
          const silent = !record[id].loads.length && !record[id].errors.length;
          const aborted = closed.some((e) => e.el === tag);
          return aborted && silent && empty[id] && back[id].loads.length === 1 && back[id].alpha;
        }).length;
        summary('4 removed-mid-request', {
          cases: RACERS.length,
          handled,
          xss: 0,
          lost: RACERS.length - Object.values(back).filter((r) => r.alpha).length,
          ms: Date.now() - started,
          extra: `aborted ${closed.length}/${RACERS.length} within ${abortMs} ms; events while removed ${Object.values(record).reduce((n, r) => n + r.loads.length + r.errors.length, 0)}; requests while removed ${requestsWhileGone - RACERS.length}; reloaded on return ${Object.values(back).filter((r) => r.loads.length === 1 && r.alpha).length}`,
        });
        assert.equal(
          closed.length,
          RACERS.length,
          `every request was aborted: ${JSON.stringify(raced.filter((e) => e.run === run))}`,
        );
        assert.ok(abortMs < 1_000, `aborted within ${abortMs} ms`);
        assert.deepEqual(
          Object.values(record).map((r) => [r.loads.length, r.errors.length]),
          RACERS.map(() => [0, 0]),
          'no news-load or news-error',
        );
        assert.deepEqual(
          JSON.parse(gone).map((g) => g.content),
          RACERS.map(() => 0),
          'nothing rendered',
        );
        assert.equal(requestsWhileGone, RACERS.length, 'no request while removed');
        for (const [tag] of RACERS) {
          const s = back[`race-${tag}`];
          assert.equal(s.loads.length, 1, `<${tag}> loaded once on its return: ${JSON.stringify(s)}`);
          assert.ok(s.alpha, `<${tag}> shows its content`);
        }
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );

  it(
    '4. refresh="15": removed after a load or mid-request, no timer is left (fake clock, 2 minutes on)',
    { timeout: 30_000 },
    async () => {
      const started = Date.now();
      const run = `timer-${++runs}`;
      const opened = await openRace({ clock: true });
      try {
        const { page } = opened;
        const count = (el) => raced.filter((e) => e.run === run && e.el === el).length;
        await page.evaluate(
          (src) => document.getElementById('a').append(window.make('latest-news', src, { refresh: '15' })),
          raceUrl('fast-a', 'feed', 'polled', run),
        );
        await serverSaw(run, 1);
        const loads = () => page.evaluate(() => window.__race['race-latest-news'].loads.length);
        for (let i = 0; i < 100 && (await loads()) < 1; i++) await page.waitForTimeout(20);
        // The positive control: 20 s on, the poll has asked again.
        await page.clock.runFor(20_000);
        await serverSaw(run, 2, (e) => e.el === 'polled');
        for (let i = 0; i < 100 && (await loads()) < 2; i++) await page.waitForTimeout(20);
        const polled = count('polled');
        await page.evaluate(() => document.getElementById('race-latest-news').remove());
        await page.clock.runFor(120_000);
        await page.waitForTimeout(500);
        const afterRemoval = count('polled') - polled;

        // Removed mid-request, with refresh set.
        await page.evaluate(
          (src) =>
            document
              .getElementById('a')
              .append(window.make('latest-news', src, { refresh: '15' }, 'race-hanging')),
          raceUrl('hang', 'feed', 'hanging', run),
        );
        await serverSaw(run, 1, (e) => e.el === 'hanging');
        await page.evaluate(() => document.getElementById('race-hanging').remove());
        const [hung] = await serverSaw(run, 1, (e) => e.el === 'hanging' && e.closedEarly, 2_000);
        await page.clock.runFor(120_000);
        await page.waitForTimeout(500);
        const hangingRequests = count('hanging');
        summary('4 no-timer-left', {
          cases: 2,
          handled: (afterRemoval === 0 ? 1 : 0) + (hangingRequests === 1 && hung ? 1 : 0),
          xss: 0,
          lost: 0,
          ms: Date.now() - started,
          extra: `polls before removal ${polled - 1}; requests in 120 fake s after removal ${afterRemoval} (loaded) / ${hangingRequests - 1} (mid-request)`,
        });
        assert.equal(polled, 2, 'the poll ran while the element was on the page');
        assert.equal(afterRemoval, 0, 'no poll after removal');
        assert.ok(hung?.closedEarly, 'the request in flight was aborted');
        assert.equal(hangingRequests, 1, 'no request after a removal mid-request');
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );

  it(
    '4. moved (appendChild elsewhere) mid-request and after the load: one request, one news-load',
    { timeout: 30_000 },
    async () => {
      const started = Date.now();
      const run = `move-${++runs}`;
      const opened = await openRace();
      try {
        const { page } = opened;
        await addRacers(page, 'slow-move', run, { variant: 'ticker', refresh: '15' });
        await serverSaw(run, RACERS.length);
        // In flight: into another container, then into a shadow root of the page's own.
        await page.evaluate(() => {
          for (const el of [...document.getElementById('a').children])
            document.getElementById('b').appendChild(el);
          const host = document.getElementById('c');
          const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
          for (const el of [...document.getElementById('b').children]) root.appendChild(el);
        });
        await page.waitForFunction(
          (n) => Object.values(window.__race).filter((r) => r.loads.length).length === n,
          RACERS.length,
          { polling: 50, timeout: 10_000 },
        );
        // After the load: back to the light DOM.
        await page.evaluate(() => {
          for (const el of [...document.getElementById('c').shadowRoot.children])
            document.getElementById('a').appendChild(el);
        });
        await page.waitForTimeout(1_000);
        const state = await raceState(page);
        const requests = raced.filter((e) => e.run === run);
        const ok = RACERS.filter(([tag]) => {
          const s = state[`race-${tag}`];
          return (
            s.loads.length === 1 &&
            s.alpha &&
            s.content > 0 &&
            requests.filter((e) => e.el === tag).length === 1
          );
        });
        summary('4 moved', {
          cases: RACERS.length,
          handled: ok.length,
          xss: 0,
          lost: RACERS.length - ok.length,
          ms: Date.now() - started,
          extra: `requests ${requests.length} for ${RACERS.length} elements, aborted ${requests.filter((e) => e.closedEarly).length}`,
        });
        for (const [tag] of RACERS) {
          const s = state[`race-${tag}`];
          assert.ok(s.connected, `<${tag}> is on the page`);
          assert.equal(requests.filter((e) => e.el === tag).length, 1, `<${tag}> made one request`);
          assert.equal(s.loads.length, 1, `<${tag}> fired news-load once: ${JSON.stringify(s)}`);
          assert.ok(s.alpha && s.content > 0, `<${tag}> shows its content: ${JSON.stringify(s)}`);
        }
        assert.ok(
          requests.every((e) => !e.closedEarly && e.answered),
          'no request was aborted by the moves',
        );
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    },
  );
});

/** The race endpoints' data: a feed or an article whose every visible text starts with `marker`. */
function raceData(marker, kind) {
  if (kind === 'feed') {
    return {
      ...plainFeed,
      items: plainFeed.items.map((item) => ({ ...item, title: `${marker}: ${item.title}` })),
    };
  }
  return {
    ...plainArticle,
    title: `${marker}: ${plainArticle.title}`,
    tags: plainArticle.tags.map((tag) => ({ ...tag, name: `${marker} ${tag.name}` })),
    photos: plainArticle.photos.map((photo) => ({ ...photo, caption: `${marker}: ${photo.caption}` })),
  };
}
