// The server renderer's fallback has the widget's size: for each element (latest-news as a list, with
// thumbnails and as a ticker; news-article with a gallery; tag-list wrapped and as a bar; photo-gallery as
// a grid and a strip), at 360 and 900 px, page 1 is the renderer's HTML with news-widgets-fallback.css and
// no widget script, page 2 the built element (dist/cdn/news-widgets.js) given the same data through
// `data`. The hosts' heights must agree within 1 px, and so must the headline links' positions. Then a
// page of the four widgets: every element's box stays where it was. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendFile, sendHtml, sendJson, startServer } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { renderElement, readFor } = await import(`${root}dist/server/render.js`);
const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

let server;
let browser;
/** Images are SVGs of the size their path says, `/img/<w>/<h>/<name>.svg`, as a real photo would be. */
const img = (w, h, name) => `${server.origin}/img/${w}/${h}/${name}.svg`;

function data() {
  const feed = fixture('latest-news.json');
  const long = 'A longer headline that takes two lines in a narrow sidebar, and more in a phone';
  feed.items = [
    ...feed.items,
    ...Array.from({ length: 9 }, (_, i) => ({
      id: `x${i}`,
      url: `https://news.example/en/x/${i}`,
      title: i % 2 ? `Short ${i}` : `${long} ${i}`,
      publishedAt: `2026-03-0${1 + (i % 3)}T0${i}:15:00+04:00`,
      category: i % 3 ? { name: 'Economy', url: 'https://news.example/en/economy/' } : undefined,
      media: i === 4 ? 'video' : undefined,
      image: i % 2 ? undefined : { src: img(640, 360, `t${i}`), width: 640, height: 360 },
    })),
  ];
  feed.items[0].image = { src: img(400, 400, 'sq'), width: 400, height: 400 };
  const article = fixture('article.json');
  article.photos = [
    { ...article.photos[0], src: img(1280, 853, 'lead') },
    {
      src: img(800, 600, 'p2'),
      width: 800,
      height: 600,
      caption: 'Second photo, a caption long enough to wrap in a narrow column',
      credit: 'Agency',
    },
    { src: img(600, 900, 'p3'), width: 600, height: 900, alt: 'Tall' },
  ];
  article.body = article.body.replace('/media/2.jpg', img(640, 427, 'body'));
  const tags = {
    title: 'Trending',
    tags: [
      'Azerbaijan',
      'Economy',
      'Caspian Sea',
      'Oil and gas',
      'Baku',
      'Football',
      'Weather',
      'Elections 2026',
      'Culture',
    ].map((name, i) => ({ name, url: `https://news.example/en/tags/${i}/`, count: i * 17 })),
  };
  const photos = {
    title: 'Gallery',
    photos: [
      { src: img(1200, 800, 'g1'), width: 1200, height: 800, caption: 'One', credit: 'A' },
      {
        src: img(800, 1000, 'g2'),
        width: 800,
        height: 1000,
        caption: 'Two, with a caption that wraps onto a second line',
      },
      { src: img(1000, 500, 'g3'), alt: 'Unsized, 2:1 once loaded' },
      { src: img(900, 600, 'g4'), width: 900, height: 600 },
    ],
  };
  return { 'latest-news': feed, 'news-article': article, 'tag-list': tags, 'photo-gallery': photos };
}

const CASES = [
  { tag: 'latest-news', attributes: {} },
  { tag: 'latest-news', attributes: { thumbnails: true, limit: 8 } },
  { tag: 'latest-news', attributes: { variant: 'ticker' } },
  { tag: 'news-article', attributes: {} },
  { tag: 'tag-list', attributes: { counts: true } },
  { tag: 'tag-list', attributes: { variant: 'bar' } },
  { tag: 'photo-gallery', attributes: {} },
  { tag: 'photo-gallery', attributes: { layout: 'strip' } },
];

/** A themed page's tokens: the fallback must honour them as the widget does. */
const THEME =
  '--news-font-size:18px;--news-font-family:serif;--news-latest-news-gap:1.25rem;--news-article-title-size:2.25em;' +
  '--news-article-line-height:1.8;--news-article-gap:1.5rem;--news-tag-list-gap:1rem;--news-photo-gallery-column:8rem;' +
  '--news-photo-gallery-gap:1rem;--news-radius:0';

const page = (head, body, width, theme = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>render layout</title>${head}
<style>body{margin:0;padding:8px;width:${width}px;box-sizing:border-box;font-family:sans-serif;${theme}}</style></head>
<body>${body}</body></html>`;

const pages = new Map();

before(async () => {
  server = await startServer(async (req, res, url) => {
    const image = /^\/img\/(\d+)\/(\d+)\//.exec(url.pathname);
    if (image) {
      const body = `<svg xmlns="http://www.w3.org/2000/svg" width="${image[1]}" height="${image[2]}"><rect width="100%" height="100%" fill="#8ab"/></svg>`;
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(body);
      return true;
    }
    if (url.pathname.startsWith('/cdn/')) return sendFile(res, `${root}dist/cdn/`, url.pathname.slice(5));
    if (url.pathname === '/data') return sendJson(res, pages.get(url.searchParams.get('id')).data);
    const entry = pages.get(url.pathname.slice(1));
    if (!entry) return false;
    sendHtml(res, entry.html);
    return true;
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Renders `cases` (tag, attributes) into the fallback page and the widget page at `width`. */
function makePages(id, cases, width, theme = '') {
  const all = data();
  const rendered = [];
  const widgets = [];
  cases.forEach(({ tag, attributes }, i) => {
    const attrs = { 'time-zone': 'Asia/Baku', ...attributes };
    const input = all[tag];
    rendered.push(renderElement(tag, input, { attributes: attrs }).html);
    const value = readFor(tag, input, {}).value;
    const written = Object.entries(attrs)
      .map(([name, v]) => (v === true ? name : `${name}="${v}"`))
      .join(' ');
    widgets.push({ html: `<${tag} id="w${i}" ${written}></${tag}>`, value });
  });
  pages.set(`${id}-fallback`, {
    html: page(
      '<link rel="stylesheet" href="/cdn/news-widgets-fallback.css">',
      rendered.join('\n'),
      width,
      theme,
    ),
  });
  pages.set(`${id}-widget`, {
    data: widgets.map((w) => w.value),
    html: page(
      '',
      `${widgets.map((w) => w.html).join('\n')}
<script type="module">
  const data = await (await fetch('/data?id=${id}-widget')).json();
  data.forEach((value, i) => (document.getElementById('w' + i).data = value));
  await import('/cdn/news-widgets.js');
</script>`,
      width,
      theme,
    ),
  });
}

/** Every image on the page (and in open shadow roots) loaded; fonts ready. */
const settled = () =>
  new Promise((resolve) => {
    const images = [];
    const walk = (root) => {
      root.querySelectorAll('img').forEach((image) => images.push(image));
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
    };
    walk(document);
    Promise.all([document.fonts.ready, ...images.map((image) => image.decode().catch(() => {}))]).then(() =>
      requestAnimationFrame(() => requestAnimationFrame(resolve)),
    );
  });

/** Each top-level element: its box, and the boxes of its headline and tag links (light or shadow DOM). */
const measure = () =>
  [...document.body.children]
    .filter((el) => el.localName.includes('-'))
    .map((el) => {
      const box = (node) => {
        const r = node.getBoundingClientRect();
        return {
          top: Math.round(r.top * 10) / 10,
          left: Math.round(r.left * 10) / 10,
          height: Math.round(r.height * 10) / 10,
        };
      };
      // Links and figures, in the light DOM (the fallback, nested ones included) or the shadow roots.
      const links = [];
      const collect = (root) => {
        root
          .querySelectorAll('a[part~="title"], a[part~="tag"], a[part~="more"], [part~="figure"]')
          .forEach((node) => links.push(box(node)));
        root.querySelectorAll('*').forEach((node) => node.shadowRoot && collect(node.shadowRoot));
      };
      collect(el.shadowRoot ?? el);
      links.sort((a, b) => a.top - b.top || a.left - b.left);
      return { tag: el.localName, box: box(el), links };
    });

async function measurePage(id, width) {
  const opened = await openPage(browser);
  try {
    await opened.page.setViewportSize({ width, height: 5000 });
    await opened.page.goto(`${server.origin}/${id}`);
    if (id.endsWith('-widget')) {
      await opened.page.waitForFunction(() => {
        const ready = (el) => {
          const base = el.shadowRoot?.querySelector('[part~="base"]');
          if (!base || base.querySelector('[part~="loading"]')) return false;
          return [...base.querySelectorAll('photo-gallery')].every(ready);
        };
        return [...document.body.children].filter((el) => el.localName.includes('-')).every(ready);
      });
    }
    await opened.page.evaluate(settled);
    assert.deepEqual(opened.pageErrors, []);
    return await opened.page.evaluate(measure);
  } finally {
    await opened.close();
  }
}

const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1, `${what}: fallback ${a}, widget ${b}`);

describe('the fallback with its CSS has the widget’s size (default theme)', () => {
  for (const width of [360, 900]) {
    for (const [index, { tag, attributes }] of CASES.entries()) {
      const name = `<${tag}> ${JSON.stringify(attributes)} at ${width} px`;
      it(name, async () => {
        const id = `c${index}-${width}`;
        makePages(id, [{ tag, attributes }], width);
        const [fallback] = await measurePage(`${id}-fallback`, width);
        const [widget] = await measurePage(`${id}-widget`, width);
        assert.ok(widget.box.height > 20, `${name}: the widget rendered (${widget.box.height} px)`);
        close(fallback.box.height, widget.box.height, `${name}: height`);
        // The ticker's headlines move; elsewhere each link (and figure) sits where the widget's does.
        if (attributes.variant === 'ticker') return;
        assert.equal(fallback.links.length, widget.links.length, `${name}: links`);
        fallback.links.forEach((link, i) => {
          close(link.top, widget.links[i].top, `${name}: link ${i} top`);
          close(link.left, widget.links[i].left, `${name}: link ${i} left`);
        });
      });
    }
  }

  for (const theme of ['', THEME]) {
    it(`a page of the four widgets${theme ? ', themed with --news-* properties' : ''}: every box stays where it was`, async () => {
      const four = [
        { tag: 'latest-news', attributes: {} },
        { tag: 'news-article', attributes: {} },
        { tag: 'tag-list', attributes: {} },
        { tag: 'photo-gallery', attributes: {} },
      ];
      const id = theme ? 'themed' : 'four';
      makePages(id, four, 900, theme);
      const fallback = await measurePage(`${id}-fallback`, 900);
      const widget = await measurePage(`${id}-widget`, 900);
      fallback.forEach((f, i) => {
        close(f.box.top, widget[i].box.top, `${f.tag} top`);
        close(f.box.height, widget[i].box.height, `${f.tag} height`);
        assert.equal(f.links.length, widget[i].links.length, `${f.tag} links`);
        f.links.forEach((link, j) => close(link.top, widget[i].links[j].top, `${f.tag} link ${j} top`));
      });
    });
  }
});
