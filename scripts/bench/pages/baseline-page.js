/* global document, benchContentReady */
// The cold-start baseline: the publisher page's four widgets with no framework and no library. It
// fetches the same two endpoints (the article once, for the three article widgets) and builds the same
// content with plain DOM calls; the article body goes through the browser's own HTML sanitiser
// (Element.setHTML), so like ours it never puts unsanitised HTML in the page. Then it reports through
// pages/cold-recorder.js, inlined in the page.

const DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const YMD = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key in node && key !== 'part') node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((child) => child !== undefined));
  return node;
}

const link = (url, text, props = {}) => el('a', { href: url, ...props }, text);

function time(iso) {
  const date = new Date(iso);
  const text = YMD.format(date) === YMD.format(new Date()) ? TIME.format(date) : DATE.format(date);
  return el('time', { dateTime: iso, title: DATE.format(date) }, text);
}

function image(photo, props = {}) {
  return el('img', {
    src: photo.src,
    srcset: photo.srcset,
    sizes: photo.srcset ? props.sizes : undefined,
    width: photo.width,
    height: photo.height,
    alt: photo.alt ?? '',
    loading: props.loading ?? 'lazy',
    decoding: 'async',
  });
}

const figure = (photo, sizes) =>
  el(
    'figure',
    { className: 'photo' },
    image(photo, { sizes, loading: 'eager' }),
    el(
      'figcaption',
      {},
      photo.caption ?? '',
      photo.credit ? el('span', { className: 'credit' }, ` ${photo.credit}`) : undefined,
    ),
  );

function latest(feed) {
  const list = el('ul', { className: 'latest' });
  for (const item of feed.items.slice(0, 10)) {
    list.append(
      el(
        'li',
        {},
        time(item.publishedAt),
        item.media
          ? el('span', { className: 'badge' }, item.media === 'photo' ? 'Photo' : 'Video')
          : undefined,
        link(item.url, item.title, { className: 'title' }),
        item.category ? link(item.category.url, item.category.name, { className: 'category' }) : undefined,
      ),
    );
  }
  return [el('h2', {}, feed.title), list, link(feed.url, 'All news', { className: 'more' })];
}

function article(data) {
  const [lead, ...more] = data.photos;
  const body = el('div', { className: 'body' });
  body.setHTML(data.body);
  return el(
    'article',
    { lang: data.lang },
    el(
      'header',
      {},
      el(
        'p',
        { className: 'meta' },
        link(data.category.url, data.category.name),
        ' ',
        time(data.publishedAt),
      ),
      el('h1', {}, data.title),
      el('p', { className: 'summary' }, data.summary),
    ),
    lead ? figure(lead, '(min-width: 60rem) 40rem, 100vw') : undefined,
    body,
    more.length
      ? el('div', { className: 'gallery' }, ...more.map((photo) => figure(photo, '10rem')))
      : undefined,
    el(
      'footer',
      {},
      el('p', {}, `Source: ${data.source}`),
      el(
        'p',
        {},
        'Also in: ',
        ...data.translations.map((t) => link(t.url, t.lang, { lang: t.lang, hreflang: t.lang })),
      ),
    ),
  );
}

const tags = (data) =>
  el('ul', { className: 'tags' }, ...data.tags.map((tag) => el('li', {}, link(tag.url, tag.name))));

const gallery = (data) =>
  el(
    'ul',
    { className: 'gallery' },
    ...data.photos.map((photo) =>
      el('li', {}, el('button', { type: 'button' }, image(photo, { sizes: '10rem' })), photo.caption ?? ''),
    ),
  );

const json = (url) => fetch(url, { headers: { accept: 'application/json' } }).then((r) => r.json());

const slot = (name) => document.querySelector(`[data-widget="${name}"]`);
const feedUrl = slot('latest-news').dataset.src;
const articleUrl = slot('news-article').dataset.src;

const articleData = json(articleUrl);
await Promise.all([
  json(feedUrl).then((feed) => slot('latest-news').replaceChildren(...latest(feed))),
  articleData.then((data) => {
    slot('news-article').replaceChildren(article(data));
    slot('tag-list').replaceChildren(tags(data));
    slot('photo-gallery').replaceChildren(gallery(data));
  }),
]);
benchContentReady();
