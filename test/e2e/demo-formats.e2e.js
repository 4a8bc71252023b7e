// The sample endpoint's format routes (demo/sample-formats.ts) as `npm start` serves them: the Vite dev
// server with vite.config.ts on a free port. Each route must answer like the server it imitates (status,
// content type, CORS, ETag, Cache-Control; WordPress's paging headers), and, read by the project's own
// format readers (src/data/formats/readers.ts, then the native parsers of src/data/schemas/) in Chromium,
// must give the same headlines as the native `/api/latest`: same titles, instants and links.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, startDemoServer, startServer } from './helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE_ID = '491283';
const PAGE_ORIGIN = 'https://partner.example';

const ROUTES = {
  wordpress: { path: '/wp-json/wp/v2/posts?_embed', type: 'application/json; charset=UTF-8' },
  rss: { path: '/feeds/rss.xml', type: 'application/rss+xml; charset=utf-8' },
  jsonfeed: { path: '/feeds/feed.json', type: 'application/feed+json; charset=utf-8' },
  atom: { path: '/feeds/atom.xml', type: 'application/atom+xml; charset=utf-8' },
};
const WP_ARTICLE = `/wp-json/wp/v2/posts/${ARTICLE_ID}?_embed`;
const WP_TAGS = '/wp-json/wp/v2/tags';
const WP_EXPOSED = 'X-WP-Total, X-WP-TotalPages, Link';

let vite;
let origin;
let browser;
let opened;

/** Imports a module of src/ in the page, through the dev server (which compiles the TypeScript). */
const srcUrl = (path) => `/@fs${REPO}src/${path}`;

before(async () => {
  ({ vite, origin } = await startDemoServer());
  browser = await launchBrowser();
  opened = await openPage(browser);
  // A stand-in page of the endpoint: same origin, no scripts of its own.
  await opened.page.goto(`${origin}/en/news/`);
  // The first import may meet Vite optimising a dependency (a 504 "outdated" answer): try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await opened.page.evaluate(
        (urls) => Promise.all(urls.map((url) => import(url))),
        [
          'formats/readers.ts',
          'formats/detect.ts',
          'schemas/feed.ts',
          'schemas/article.ts',
          'schemas/tags.ts',
        ].map((path) => srcUrl(`data/${path}`)),
      );
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await opened.page.reload();
    }
  }
});

after(async () => {
  await opened?.close();
  await browser?.close();
  await vite?.close();
});

/** Fetches a route from Node, as a partner's page would (with an Origin). */
const get = (path, headers = {}) =>
  fetch(`${origin}${path}`, { headers: { Origin: PAGE_ORIGIN, ...headers } });

/** The URLs of a `Link` header by rel. */
function links(header) {
  const found = {};
  for (const part of (header ?? '').split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;\s*rel="([^"]*)"/.exec(part);
    if (match) found[match[2]] = match[1];
  }
  return found;
}

describe('the sample endpoint in other formats', () => {
  it('answers each route with its content type, CORS headers, ETag and Cache-Control', async () => {
    for (const [format, { path, type }] of Object.entries({
      ...ROUTES,
      'wordpress article': { path: WP_ARTICLE, type: ROUTES.wordpress.type },
      'wordpress tags': { path: WP_TAGS, type: ROUTES.wordpress.type },
    })) {
      const response = await get(path);
      const label = `${format} (${path})`;
      assert.equal(response.status, 200, label);
      assert.equal(response.headers.get('content-type'), type, label);
      assert.equal(response.headers.get('cache-control'), 'no-cache', label);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', label);
      const etag = response.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]{32}"$/, label);
      assert.ok((await response.text()).length > 100, label);
      if (format.startsWith('wordpress')) {
        // WordPress reflects the Origin, with credentials, and exposes its paging headers.
        assert.equal(response.headers.get('access-control-allow-origin'), PAGE_ORIGIN, label);
        assert.equal(response.headers.get('access-control-allow-credentials'), 'true', label);
        assert.equal(response.headers.get('access-control-expose-headers'), WP_EXPOSED, label);
        assert.match(response.headers.get('vary') ?? '', /\bOrigin\b/, label);
        if (format !== 'wordpress article')
          assert.match(response.headers.get('x-wp-total') ?? '', /^\d+$/, label);
      } else {
        assert.equal(response.headers.get('access-control-allow-origin'), '*', label);
        assert.equal(response.headers.get('access-control-expose-headers'), 'ETag', label);
      }
      const again = await get(path, { 'If-None-Match': etag });
      // The feed may have ticked in between: then a 200 with another ETag.
      if (again.headers.get('etag') === etag) assert.equal(again.status, 304, `${label} revalidated`);
    }
  });

  it('sends no Access-Control-Allow-Origin from WordPress without an Origin, as WordPress does', async () => {
    const response = await fetch(`${origin}${ROUTES.wordpress.path}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('access-control-expose-headers'), WP_EXPOSED);
  });

  it('has WordPress shapes: rendered titles with references, date_gmt without offset, _embedded with ?_embed', async () => {
    const posts = await (await get(ROUTES.wordpress.path)).json();
    const native = await (await get('/api/latest')).json();
    assert.ok(posts.length > 0);
    for (const post of posts) {
      assert.equal(typeof post.id, 'number');
      assert.match(post.date_gmt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      assert.match(post.modified_gmt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      assert.equal(typeof post.title.rendered, 'string');
      assert.ok(Array.isArray(post._embedded['wp:term']), 'wp:term');
      assert.equal(post._embedded['wp:term'][0][0].taxonomy, 'category');
      assert.equal(typeof post._embedded.author[0].name, 'string');
    }
    const quoted = posts.find((post) => post.title.rendered.includes('&#039;'));
    assert.ok(quoted, 'a title with an apostrophe, as WordPress writes it');
    assert.ok(!posts.some((post) => /['&](?![#\w]+;)/.test(post.title.rendered)), 'no bare & or quote');
    const article = posts.find((post) => String(post.id) === ARTICLE_ID);
    const media = article._embedded['wp:featuredmedia'][0];
    assert.deepEqual(Object.keys(media.media_details.sizes).sort(), ['full', 'medium', 'medium_large']);
    assert.equal(media.media_details.width, 1280);
    assert.equal(typeof media.alt_text, 'string');
    // date_gmt is the same instant as the native publishedAt, read as UTC.
    const nativeArticle = native.items.find((item) => item.id === ARTICLE_ID);
    assert.equal(Date.parse(`${article.date_gmt}Z`), Date.parse(nativeArticle.publishedAt));
    const bare = await (await get(ROUTES.wordpress.path.replace('?_embed', ''))).json();
    assert.ok(
      bare.every((post) => !('_embedded' in post)),
      'no _embedded without ?_embed',
    );
  });

  it('pages the WordPress posts through Link rel="next", with X-WP-Total and X-WP-TotalPages', async () => {
    for (let attempt = 1; ; attempt++) {
      const before = await (await get('/api/latest')).json();
      const ids = [];
      let next = `${origin}/wp-json/wp/v2/posts?_embed&per_page=4`;
      let pages = 0;
      let totals;
      while (next) {
        const response = await fetch(next, { headers: { Origin: PAGE_ORIGIN } });
        assert.equal(response.status, 200, next);
        pages++;
        totals = [response.headers.get('x-wp-total'), response.headers.get('x-wp-totalpages')];
        const rels = links(response.headers.get('link'));
        assert.equal(rels['https://api.w.org/'], `${origin}/wp-json/`);
        // rel="prev" points back (to the same page, spelt with its number).
        if (pages > 1) assert.equal(new URL(rels.prev).searchParams.get('page'), String(pages - 1));
        else assert.equal(rels.prev, undefined);
        ids.push(...(await response.json()).map((post) => String(post.id)));
        next = rels.next;
        if (next) assert.match(next, /\?_embed&per_page=4&page=\d+$/);
        assert.ok(pages < 10, 'paging ends');
      }
      const after = await (await get('/api/latest')).json();
      if (JSON.stringify(before) !== JSON.stringify(after) && attempt < 3) continue; // a tick in between
      const native = after.items.map((item) => item.id);
      assert.deepEqual(ids, native);
      assert.deepEqual(totals, [String(native.length), String(Math.ceil(native.length / 4))]);
      assert.equal(pages, Math.ceil(native.length / 4));
      const past = await get(`/wp-json/wp/v2/posts?_embed&per_page=4&page=${pages + 1}`);
      assert.equal(past.status, 400);
      assert.equal((await past.json()).code, 'rest_post_invalid_page_number');
      break;
    }
    const missing = await get('/wp-json/wp/v2/posts/1?_embed');
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).code, 'rest_post_invalid_id');
  });

  it('serves well-formed RSS 2.0 and Atom 1.0 (DOMParser in Chromium)', async () => {
    const result = await opened.page.evaluate(
      async ({ rss, atom }) => {
        const parse = async (path) =>
          new DOMParser().parseFromString(await (await fetch(path)).text(), 'application/xml');
        const NS = {
          content: 'http://purl.org/rss/1.0/modules/content/',
          dc: 'http://purl.org/dc/elements/1.1/',
          media: 'http://search.yahoo.com/mrss/',
          atom: 'http://www.w3.org/2005/Atom',
        };
        const native = await (await fetch('/api/latest')).json();
        const r = await parse(rss);
        const a = await parse(atom);
        const one = (parent, ns, name) => parent.getElementsByTagNameNS(ns, name)[0]?.textContent;
        const items = [...r.querySelectorAll('channel > item')];
        const entries = [...a.getElementsByTagNameNS(NS.atom, 'entry')];
        return {
          native: native.items.length,
          rssErrors: r.getElementsByTagName('parsererror').length,
          atomErrors: a.getElementsByTagName('parsererror').length,
          rssRoot: [r.documentElement.localName, r.documentElement.getAttribute('version')],
          atomRoot: [a.documentElement.localName, a.documentElement.namespaceURI],
          // The RSS elements, in no namespace (`channel > link` would match atom:link too).
          channel: ['title', 'link', 'description', 'language'].map(
            (name) =>
              [...r.querySelectorAll(`channel > ${name}`)].find((e) => e.namespaceURI === null)?.textContent,
          ),
          items: items.map((item) => ({
            title: item.querySelector('title')?.textContent,
            link: [...item.querySelectorAll('link')].find((e) => e.namespaceURI === null)?.textContent,
            guid: item.querySelector('guid')?.textContent,
            pubDate: item.querySelector('pubDate')?.textContent,
            creator: one(item, NS.dc, 'creator'),
            encoded: one(item, NS.content, 'encoded'),
            categories: item.querySelectorAll('category').length,
            media: item.getElementsByTagNameNS(NS.media, 'content').length,
          })),
          entries: entries.map((entry) => ({
            id: one(entry, NS.atom, 'id'),
            title: one(entry, NS.atom, 'title'),
            updated: one(entry, NS.atom, 'updated'),
            alternate: [...entry.getElementsByTagNameNS(NS.atom, 'link')]
              .find((link) => link.getAttribute('rel') === 'alternate')
              ?.getAttribute('href'),
            content: entry.getElementsByTagNameNS(NS.atom, 'content')[0]?.getAttribute('type'),
          })),
          nativeItems: native.items.map((item) => ({
            title: item.title,
            url: item.url,
            image: !!item.image,
          })),
        };
      },
      { rss: ROUTES.rss.path, atom: ROUTES.atom.path },
    );
    assert.equal(result.rssErrors, 0);
    assert.equal(result.atomErrors, 0);
    assert.deepEqual(result.rssRoot, ['rss', '2.0']);
    assert.deepEqual(result.atomRoot, ['feed', 'http://www.w3.org/2005/Atom']);
    assert.deepEqual(result.channel.slice(0, 2), ['Latest News', `${origin}/en/news/`]);
    assert.equal(result.channel[3], 'en');
    assert.equal(result.items.length, result.native);
    assert.equal(result.entries.length, result.native);
    for (const item of result.items) {
      // RFC 822 with a named zone.
      assert.match(
        item.pubDate,
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/,
      );
      assert.match(item.guid, /^\d+$/);
      assert.ok(item.creator, 'dc:creator');
      assert.match(item.encoded, /^<p>/, 'content:encoded');
      assert.ok(item.categories >= 1, 'category');
    }
    result.items.forEach((item, i) => {
      // Titles may be read by a partner's feed reader before the widgets: the same text, once escaped.
      const native = result.nativeItems.find((n) => n.url === item.link);
      assert.ok(native, item.link);
      if (i < 2) assert.equal(item.title, native.title);
      if (native.image) assert.ok(item.media >= 1, `media:content for ${item.link}`);
    });
    const article = result.items.find((item) => item.guid === ARTICLE_ID);
    assert.equal(article.media, 5, 'the article’s five photos as media:content');
    assert.equal(article.categories, 7, 'its category and six tags');
    for (const entry of result.entries) {
      assert.equal(entry.id, entry.alternate);
      assert.match(entry.updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      assert.equal(entry.content, 'html');
    }
  });

  /**
   * Reads every feed route of the endpoint at `base` in the page with the project's readers (WordPress
   * followed page by page through the `next` its Link header gives), and `/api/latest` with the native
   * parser, then checks they give the same headlines. Returns what was read.
   */
  async function readHeadlines(base, routes) {
    const result = await opened.page.evaluate(
      async ({ base, routes, src }) => {
        const readers = await import(src.readers);
        const { detectFormat } = await import(src.detect);
        const { parseFeed } = await import(src.feed);
        const read = async (url) => {
          const response = await fetch(new URL(url, base));
          const body = await response.text();
          const format = detectFormat({ contentType: response.headers.get('content-type'), body });
          const reading = readers.toNative(format, body, { url: response.url, headers: response.headers });
          const feed = parseFeed(reading.data, response.url);
          return { format, kind: reading.kind, reading, feed };
        };
        const headline = (item) => ({
          id: item.id,
          title: item.title,
          instant: new Date(item.publishedAt).toISOString(),
          updated: item.updatedAt && new Date(item.updatedAt).toISOString(),
          url: item.url,
          category: item.category?.name,
          image: item.image?.src,
        });
        const latest = new URL('/api/latest', base).href;
        for (let attempt = 1; ; attempt++) {
          const before = await (await fetch(latest)).text();
          const out = { formats: {} };
          for (const [name, path] of Object.entries(routes)) {
            let { format, kind, reading, feed } = await read(path);
            const items = [...feed.value.items];
            const warnings = [...reading.warnings, ...feed.warnings];
            let pages = 1;
            // WordPress pages: follow the feed's next (from the Link header) to the end.
            while (feed.value.next && pages < 10) {
              ({ reading, feed } = await read(feed.value.next));
              items.push(...feed.value.items);
              warnings.push(...reading.warnings, ...feed.warnings);
              pages++;
            }
            out.formats[name] = {
              format,
              kind,
              pages,
              warnings,
              url: feed.value.url,
              items: items.map(headline),
            };
          }
          const after = await (await fetch(latest)).text();
          const native = parseFeed(JSON.parse(after), latest);
          out.native = {
            url: native.value.url,
            items: native.value.items.map(headline),
            warnings: native.warnings,
          };
          if (before === after || attempt === 3) return out;
        }
      },
      {
        base,
        routes,
        src: {
          readers: srcUrl('data/formats/readers.ts'),
          detect: srcUrl('data/formats/detect.ts'),
          feed: srcUrl('data/schemas/feed.ts'),
        },
      },
    );
    const native = result.native;
    assert.deepEqual(native.warnings, []);
    assert.ok(native.items.length >= 9);
    const pick = (items, keys) =>
      items.map((item) => Object.fromEntries(keys.map((key) => [key, item[key]])));
    for (const [name, got] of Object.entries(result.formats)) {
      const expectedFormat = name.startsWith('wordpress') ? 'wordpress' : name;
      assert.equal(got.format, expectedFormat, `${name}: detected as ${expectedFormat}`);
      assert.equal(got.kind, 'feed', name);
      assert.deepEqual(got.warnings, [], `${name}: nothing left out`);
      // Same titles, same instants, same links, in the same order.
      assert.deepEqual(
        pick(got.items, ['title', 'instant', 'url']),
        pick(native.items, ['title', 'instant', 'url']),
        name,
      );
      // Every format but Atom (whose ids are IRIs: the entry's URL) keeps the native ids.
      if (name !== 'atom')
        assert.deepEqual(
          got.items.map((i) => i.id),
          native.items.map((i) => i.id),
          `${name} ids`,
        );
      // Edited items keep their update time where the format has one (RSS 2.0 has none).
      if (name !== 'rss')
        for (const [i, item] of native.items.entries())
          if (item.updated)
            assert.equal(got.items[i].updated, item.updated, `${name}: updatedAt of ${item.id}`);
      // Categories where the format has them (JSON Feed has none); images where the native item has one.
      if (name !== 'jsonfeed')
        assert.deepEqual(
          got.items.map((i) => i.category),
          native.items.map((i) => i.category),
          `${name} categories`,
        );
      for (const [i, item] of native.items.entries())
        if (item.image) assert.ok(got.items[i].image, `${name}: an image for ${item.id}`);
    }
    for (const name of ['rss', 'jsonfeed', 'atom']) assert.equal(result.formats[name].url, native.url, name);
    assert.equal(result.formats.wordpress.url, `${base}/`, 'WordPress: the site home as "All news"');
    return result;
  }

  const routePaths = () => Object.fromEntries(Object.entries(ROUTES).map(([name, { path }]) => [name, path]));

  it('reads, with the project’s own readers, into the same headlines as /api/latest', async () => {
    const result = await readHeadlines(origin, {
      ...routePaths(),
      wordpressPaged: '/wp-json/wp/v2/posts?_embed&per_page=4',
    });
    assert.equal(result.formats.wordpressPaged.pages, Math.ceil(result.native.items.length / 4));
  });

  it('reads the same after ten live updates (15 items, edited ones), from another origin', async () => {
    // The endpoint's own handler with a clock 10 ticks on, on a server of its own: the page reads it
    // cross-origin, so the CORS headers (WordPress's exposed Link above all) are put to the test too.
    const { createSampleHandler, SAMPLE_TICK_MS } = await vite.ssrLoadModule(
      `${REPO}demo/sample-endpoint.ts`,
    );
    const startedAt = Date.now() - 10 * SAMPLE_TICK_MS - SAMPLE_TICK_MS / 2;
    const handler = createSampleHandler({ startedAt, now: () => startedAt + 10 * SAMPLE_TICK_MS + 1 });
    const other = await startServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
    try {
      const result = await readHeadlines(other.origin, routePaths());
      assert.equal(result.native.items.length, 15);
      assert.ok(result.native.items.filter((item) => item.updated).length >= 3, 'edited items');
      // WordPress's default 10 a page: two pages, through the Link header read across origins.
      assert.equal(result.formats.wordpress.pages, 2);
    } finally {
      await other.close();
    }
  });

  it('reads the seed article, and the trending tags, like the native routes', async () => {
    const result = await opened.page.evaluate(
      async ({ routes, article, tags, id, src }) => {
        const readers = await import(src.readers);
        const { detectFormat } = await import(src.detect);
        const { parseArticle } = await import(src.article);
        const { parseTags } = await import(src.tags);
        const text = (html) => {
          const doc = document.implementation.createHTMLDocument('');
          doc.body.innerHTML = html ?? '';
          return [...doc.body.querySelectorAll('p')].map((p) => p.textContent);
        };
        const shape = (a) => ({
          title: a.title,
          url: a.url,
          instant: new Date(a.publishedAt).toISOString(),
          updated: a.updatedAt && new Date(a.updatedAt).toISOString(),
          summary: a.summary,
          category: a.category?.name,
          paragraphs: text(a.body),
          tags: a.tags.map((t) => t.name),
          tagUrls: a.tags.map((t) => t.url ?? null),
          photos: a.photos.map((p) => ({
            src: p.src,
            caption: p.caption,
            credit: p.credit,
            srcset: p.srcset,
            width: p.width,
          })),
          source: a.source,
        });
        const read = async (path) => {
          const response = await fetch(path);
          const body = await response.text();
          const format = detectFormat({ contentType: response.headers.get('content-type'), body });
          return {
            format,
            ...readers.toNative(format, body, { url: response.url, headers: response.headers }),
            url: response.url,
          };
        };
        const nativeUrl = new URL(`/api/article/${id}`, location.href).href;
        const native = parseArticle(await (await fetch(nativeUrl)).json(), nativeUrl);
        // The feeds carry the article with the feed's (moving) time, as /api/latest does.
        const latestUrl = new URL('/api/latest', location.href).href;
        const inFeed = (await (await fetch(latestUrl)).json()).items.find((item) => item.id === id);
        const out = {
          native: shape(native.value),
          feedItem: { instant: new Date(inFeed.publishedAt).toISOString(), updated: inFeed.updatedAt },
          formats: {},
        };
        const wp = await read(article);
        out.formats.wordpress = {
          kind: wp.kind,
          format: wp.format,
          ...shape(parseArticle(wp.data, wp.url).value),
        };
        for (const [name, path] of Object.entries(routes)) {
          const reading = await read(path);
          // Given a feed, <news-article item="..."> shows the item whose id or url is `item`.
          const byUrl = readers.pickItem(reading.data, native.value.url);
          const parsed = parseArticle(byUrl, reading.url);
          out.formats[name] = {
            kind: reading.kind,
            format: reading.format,
            ...shape(parsed.value),
            warnings: parsed.warnings,
          };
        }
        const nativeTagsUrl = new URL('/api/tags/trending', location.href).href;
        const nativeTags = parseTags(await (await fetch(nativeTagsUrl)).json(), nativeTagsUrl).value.tags;
        const wpTags = await read(tags);
        out.tags = {
          kind: wpTags.kind,
          native: nativeTags.map((t) => [t.name, t.url, t.count]),
          wordpress: parseTags(wpTags.data, wpTags.url).value.tags.map((t) => [t.name, t.url, t.count]),
        };
        return out;
      },
      {
        routes: { rss: ROUTES.rss.path, jsonfeed: ROUTES.jsonfeed.path, atom: ROUTES.atom.path },
        article: WP_ARTICLE,
        tags: WP_TAGS,
        id: ARTICLE_ID,
        src: {
          readers: srcUrl('data/formats/readers.ts'),
          detect: srcUrl('data/formats/detect.ts'),
          article: srcUrl('data/schemas/article.ts'),
          tags: srcUrl('data/schemas/tags.ts'),
        },
      },
    );
    const { native } = result;
    assert.equal(native.paragraphs.length, 5);
    for (const [name, got] of Object.entries(result.formats)) {
      assert.equal(got.format, name, name);
      for (const key of ['title', 'url', 'summary', 'paragraphs'])
        assert.deepEqual(got[key], native[key], `${name}: ${key}`);
      if (name === 'wordpress') {
        // /wp/v2/posts/<id>: the article's own dates, as /api/article/<id>.
        assert.equal(got.instant, native.instant, `${name}: publishedAt`);
        assert.equal(got.updated, native.updated, `${name}: updatedAt`);
      } else {
        assert.equal(got.instant, result.feedItem.instant, `${name}: publishedAt`);
        // Atom's required <updated> equals <published> for an item never edited.
        assert.ok([undefined, got.instant].includes(got.updated), `${name}: updatedAt`);
      }
      if (name !== 'jsonfeed') assert.equal(got.category, native.category, `${name}: category`);
      assert.equal(got.source, native.source, `${name}: source`);
      assert.deepEqual(got.warnings ?? [], [], name);
    }
    const { wordpress, rss, jsonfeed, atom } = result.formats;
    assert.equal(wordpress.kind, 'article');
    // WordPress: its tags with their links; the featured image with its sizes as a srcset and its caption.
    assert.deepEqual(wordpress.tags, native.tags);
    assert.deepEqual(wordpress.tagUrls, native.tagUrls);
    assert.equal(wordpress.photos.length, 1);
    assert.equal(wordpress.photos[0].src, native.photos[0].src);
    assert.equal(wordpress.photos[0].caption, native.photos[0].caption);
    assert.equal(wordpress.photos[0].width, 1280);
    assert.match(
      wordpress.photos[0].srcset,
      /photo-1-320\.svg 320w, .*photo-1-640\.svg 640w, .*photo-1\.svg 1280w$/,
    );
    // JSON Feed: the tags by name; the lead photo.
    assert.deepEqual(jsonfeed.tags, native.tags);
    assert.deepEqual(
      jsonfeed.photos.map((p) => p.src),
      [native.photos[0].src],
    );
    // RSS and Atom: the category first among the tags (categories are tags there); all five photos with
    // their captions and credits (Media RSS).
    for (const [name, got] of Object.entries({ rss, atom })) {
      assert.deepEqual(got.tags, [native.category, ...native.tags], `${name}: tags`);
      assert.deepEqual(
        got.photos.map(({ src, caption, credit }) => ({ src, caption, credit })),
        native.photos.map(({ src, caption, credit }) => ({ src, caption, credit })),
        `${name}: photos`,
      );
    }
    assert.equal(result.tags.kind, 'tags');
    assert.deepEqual(result.tags.wordpress, result.tags.native);
  });
});
