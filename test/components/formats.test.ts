// Formats in the elements (the readers wired in): every real sample in test/fixtures/real-feeds/ in each
// element that fits it, with titles, links, instants and images copied by hand from the files; `auto`
// from content type and shape; a forced format that does not match; the page-wide format; WordPress
// paging into `next`; feed HTML sanitised and titles as text.
import { expect, html } from '@open-wc/testing';
import '../../src/components/latest-news/latest-news.define.js';
import '../../src/components/news-article/news-article.define.js';
import '../../src/components/tag-list/tag-list.define.js';
import '../../src/components/photo-gallery/photo-gallery.define.js';
import type { LatestNewsElement } from '../../src/components/latest-news/latest-news.js';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { TagListElement } from '../../src/components/tag-list/tag-list.js';
import type { PhotoGalleryElement } from '../../src/components/photo-gallery/photo-gallery.js';
import type { Feed } from '../../src/data/schemas/feed.js';
import { configure } from '../../src/data/config.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/events/events.js';
import { crossFault, feed, jsonUrl, load, nextEvent, part, parts, resetAll, texts } from '../helpers.js';

/** A sample served by the test server as it is (.xml as XML, .json as JSON). */
const SAMPLE = (name: string) => new URL(`/test/fixtures/real-feeds/${name}`, location.href).href;

/** `body` served cross-origin with the content type `type`. */
const served = (body: string, type: string, params: Record<string, string> = {}) =>
  crossFault('json', { body, type, ...params });

const instant = (el: Element, name = 'time') => Date.parse(part(el, name)!.getAttribute('datetime')!);
const href = (el: Element, name: string) => (part(el, name) as HTMLAnchorElement).href;

/** Resolves with the element's news-error after rendering `template`. */
const failure = async (template: ReturnType<typeof html>) => {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  const event = nextEvent<NewsErrorEvent>(wrapper, 'news-error');
  const { render } = await import('lit');
  render(template, wrapper);
  const { error } = await event;
  const el = wrapper.firstElementChild!;
  await (el as LatestNewsElement).updateComplete;
  return { error, el, done: () => wrapper.remove() };
};

const RSS = (items: string, channel = '') => `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Hand RSS</title><link>https://rss.example/</link>${channel}${items}</channel></rss>`;
const RSS_ITEM = (n: number, extra = '') => `<item><guid isPermaLink="false">r${n}</guid>
<title>RSS story ${n}</title><link>https://rss.example/${n}</link>
<pubDate>Tue, 03 Mar 2026 1${n}:00:00 GMT</pubDate>${extra}</item>`;

describe('formats in the elements', () => {
  beforeEach(resetAll);
  afterEach(() => {
    resetAll();
    document.head.querySelector('meta[name="news-widgets:format"]')?.remove();
  });

  describe('<latest-news> on every sample', () => {
    it('RSS 2.0 (Livemint): 25 items, titles, links, instants and thumbnails', async () => {
      const el = await load(
        html`<latest-news src=${SAMPLE('rss2-livemint.xml')} limit="30" thumbnails></latest-news>`,
      );
      const titles = texts(el, 'title');
      expect(titles).to.have.length(25);
      expect(titles[0]).to.equal('PM Modi-Xi Jinping informal summit in Varanasi this October: Report');
      expect(titles[17]).to.equal('SmartCity Kochi to raise ₹4,000 crore from investors');
      expect(href(el, 'title')).to.equal(
        'https://www.livemint.com/news/india/pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-1559104147038.html',
      );
      // Wed, 29 May 2019 10:16:00 GMT
      expect(instant(el)).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
      const thumb = part(el, 'thumbnail')!;
      const img = thumb instanceof HTMLImageElement ? thumb : thumb.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(
        'https://images.livemint.com/img/2019/05/29/250x250/PTI5_27_2019_000025B_1559105066780_1559105082772.jpg',
      );
      expect(texts(el, 'heading')[0] ?? '').to.not.contain('<');
    });

    it('Atom (heise developer): 15 entries, titles, links and instants', async () => {
      const el = await load(
        html`<latest-news src=${SAMPLE('atom-heise-developer.xml')} limit="20"></latest-news>`,
      );
      const titles = texts(el, 'title');
      expect(titles).to.have.length(15);
      expect(titles[0]).to.equal('Java-Anwendungsserver: Red Hat gibt WildFly 10 frei');
      expect(titles[14]).to.equal('Apache Software Foundation bekommt ein neues Logo');
      expect(href(el, 'title')).to.equal(
        'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom',
      );
      // published 2016-02-01T17:22:00+01:00
      expect(instant(el)).to.equal(Date.UTC(2016, 1, 1, 16, 22, 0));
    });

    it('JSON Feed (jsonfeed.org, inessential, pxlnv)', async () => {
      const org = await load(html`<latest-news src=${SAMPLE('jsonfeed-jsonfeed-org.json')}></latest-news>`);
      expect(texts(org, 'title')).to.deep.equal(['Announcing JSON Feed']);
      expect(href(org, 'title')).to.equal('https://jsonfeed.org/2017/05/17/announcing_json_feed');
      expect(instant(org)).to.equal(Date.UTC(2017, 4, 17, 15, 2, 12));
      const inessential = await load(
        html`<latest-news src=${SAMPLE('jsonfeed-inessential.json')} limit="3"></latest-news>`,
      );
      expect(texts(inessential, 'title')[0]).to.equal(
        'James Dempsey and the Breakpoints Benefit App Camp for Girls',
      );
      expect(texts(inessential, 'title')[2]).to.equal('“App: The Human Story” Screening in San Jose');
      expect(instant(inessential)).to.equal(Date.UTC(2017, 5, 3, 5, 5, 47));
      const pxlnv = await load(html`<latest-news src=${SAMPLE('jsonfeed-pxlnv.json')}></latest-news>`);
      expect(texts(pxlnv, 'title').length).to.be.greaterThan(0);
    });

    it('WordPress posts (?_embed): three posts in their order, with links, instants and images', async () => {
      const el = await load(
        html`<latest-news src=${SAMPLE('wp-v2-posts-embed.json')} thumbnails></latest-news>`,
      );
      expect(texts(el, 'title')).to.deep.equal([
        'The Beauties of Gullfoss',
        'Shinjuku Gyoen National Garden',
        'Sunrise at Phú Quốc Island',
      ]);
      expect(href(el, 'title')).to.equal('https://test.frontity.io/2016/the-beauties-of-gullfoss/');
      // date_gmt 2016-11-25T16:31:11 is UTC.
      expect(instant(el)).to.equal(Date.UTC(2016, 10, 25, 16, 31, 11));
      const thumb = part(el, 'thumbnail')!;
      const img = thumb instanceof HTMLImageElement ? thumb : thumb.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(
        'https://test.frontity.io/wp-content/uploads/2016/11/Iceland-test.jpg',
      );
    });
  });

  describe('one item of a feed', () => {
    it('<news-article> shows the item whose url is `item`, else the newest', async () => {
      const phu = await load<NewsArticleElement>(
        html`<news-article
          src=${SAMPLE('wp-v2-posts-embed.json')}
          item="https://test.frontity.io/2016/sunrise-at-phu-quoc-island/"
        ></news-article>`,
      );
      expect(part(phu, 'title')!.textContent!.trim()).to.equal('Sunrise at Phú Quốc Island');
      expect(part(phu, 'body')!.querySelector('h3')!.textContent).to.equal('Phú Quốc');
      expect(instant(phu)).to.equal(Date.UTC(2016, 8, 25, 16, 5, 31));
      const newest = await load<NewsArticleElement>(
        html`<news-article src=${SAMPLE('wp-v2-posts-embed.json')}></news-article>`,
      );
      expect(part(newest, 'title')!.textContent!.trim()).to.equal('The Beauties of Gullfoss');
    });

    it('<news-article> picks again when `item` changes, from the same source', async () => {
      const el = await load<NewsArticleElement>(
        html`<news-article
          src=${SAMPLE('wp-v2-posts-embed.json')}
          item="https://test.frontity.io/2016/sunrise-at-phu-quoc-island/"
        ></news-article>`,
      );
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Sunrise at Phú Quốc Island');
      let loaded = nextEvent(el, 'news-load');
      el.item = '';
      await loaded;
      expect(part(el, 'title')!.textContent!.trim()).to.equal('The Beauties of Gullfoss');
      loaded = nextEvent(el, 'news-load');
      el.item = '51';
      await loaded;
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Sunrise at Phú Quốc Island');
    });

    it('<news-article> picks an RSS item by id and an Atom entry by id', async () => {
      const rss = await load<NewsArticleElement>(
        html`<news-article src=${SAMPLE('rss2-livemint.xml')} item="1559104147038"></news-article>`,
      );
      expect(part(rss, 'title')!.textContent!.trim()).to.equal(
        'PM Modi-Xi Jinping informal summit in Varanasi this October: Report',
      );
      const atom = await load<NewsArticleElement>(
        html`<news-article
          src=${SAMPLE('atom-heise-developer.xml')}
          item="http://heise.de/-3086458"
        ></news-article>`,
      );
      expect(part(atom, 'title')!.textContent!.trim()).to.equal(
        'Apache Software Foundation bekommt ein neues Logo',
      );
      expect(instant(atom)).to.equal(Date.UTC(2016, 0, 28, 16, 7, 0));
    });

    it('a single WordPress post is an article (given as `data`: it is too big for a test URL)', async () => {
      const [gullfoss] = (await (await fetch(SAMPLE('wp-v2-posts-embed.json'))).json()) as unknown[];
      const el = await load<NewsArticleElement>(html`<news-article .data=${gullfoss}></news-article>`);
      expect(part(el, 'title')!.textContent!.trim()).to.equal('The Beauties of Gullfoss');
      expect(texts(el, 'tag')).to.deep.equal(['Gullfoss', 'Iceland', 'Nature', 'Waterfall']);
    });

    it("<tag-list> shows the picked item's tags; <photo-gallery> its photos", async () => {
      const tags = await load<TagListElement>(
        html`<tag-list src=${SAMPLE('wp-v2-posts-embed.json')} item="51"></tag-list>`,
      );
      expect(texts(tags, 'tag')).to.deep.equal(['Island', 'Phú Quốc', 'Vietnam']);
      expect(href(tags, 'tag')).to.equal('https://test.frontity.io/tag/island/');
      const gallery = await load<PhotoGalleryElement>(
        html`<photo-gallery src=${SAMPLE('wp-v2-posts-embed.json')} item="51"></photo-gallery>`,
      );
      const images = parts(gallery, 'image') as HTMLImageElement[];
      expect(images).to.have.length(1);
      expect(images[0]!.getAttribute('src')).to.equal(
        'https://test.frontity.io/wp-content/uploads/2016/11/sunrise-phu-quoc-island-ocean.jpg',
      );
      expect(images[0]!.alt).to.equal('sunrise-phu-quoc-island-ocean');
    });

    it('<tag-list> reads WordPress /wp/v2/tags as tags', async () => {
      const terms = [
        {
          id: 3,
          count: 12,
          link: 'https://wp.example/tag/energy/',
          name: 'Energy &amp; Oil',
          taxonomy: 'post_tag',
        },
        { id: 4, count: 2, link: 'https://wp.example/tag/baku/', name: 'Baku', taxonomy: 'post_tag' },
      ];
      const el = await load<TagListElement>(html`<tag-list src=${jsonUrl(terms)}></tag-list>`);
      expect(texts(el, 'tag')).to.deep.equal(['Energy & Oil', 'Baku']);
      expect(href(el, 'tag')).to.equal('https://wp.example/tag/energy/');
    });
  });

  describe('auto, forced and page-wide formats', () => {
    it('recognises RSS by its content type and root, under any XML type', async () => {
      for (const type of ['application/rss+xml', 'text/xml; charset=utf-8', 'application/xml']) {
        const el = await load(
          html`<latest-news src=${served(RSS(RSS_ITEM(1) + RSS_ITEM(2)), type)}></latest-news>`,
        );
        expect(texts(el, 'title'), type).to.deep.equal(['RSS story 1', 'RSS story 2']);
      }
    });

    it("recognises a JSON Feed by its version and joins the readers' warnings to news-load", async () => {
      const body = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JF',
        items: [
          { id: 'a', url: 'https://jf.example/a', title: 'Dated', date_published: '2026-03-03T10:00:00Z' },
          { id: 'b', url: 'https://jf.example/b', title: 'Undated' },
        ],
      };
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      const loaded = nextEvent<NewsLoadEvent<Feed>>(wrapper, 'news-load');
      const el = document.createElement('latest-news');
      el.src = jsonUrl(body);
      wrapper.append(el);
      const event = await loaded;
      expect(texts(el, 'title')).to.deep.equal(['Dated']);
      expect(event.warnings).to.have.length(1);
      expect(event.warnings[0]).to.match(/^items\[1\]/);
      wrapper.remove();
    });

    it('a response in no format is invalid, with a plain message', async () => {
      const { error, el, done } = await failure(
        html`<latest-news src=${served('<html><body>hi</body></html>', 'application/xml')}></latest-news>`,
      );
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.match(/not in a format the widgets read.*application\/xml/);
      expect(part(el, 'error')).to.exist;
      done();
    });

    it('a forced format that does not match is an error box, not a crash', async () => {
      const rssAsJson = await failure(
        html`<latest-news
          format="jsonfeed"
          src=${served(RSS(RSS_ITEM(1)), 'application/rss+xml')}
        ></latest-news>`,
      );
      expect(rssAsJson.error.kind).to.equal('not-json');
      expect(part(rssAsJson.el, 'error')).to.exist;
      rssAsJson.done();
      const jsonAsRss = await failure(html`<latest-news format="rss" src=${jsonUrl(feed(2))}></latest-news>`);
      expect(jsonAsRss.error.kind).to.equal('invalid');
      expect(jsonAsRss.error.message).to.equal('Expected an RSS document.');
      jsonAsRss.done();
      const native = await failure(
        html`<latest-news
          format="native"
          src=${served(RSS(RSS_ITEM(1)), 'application/rss+xml')}
        ></latest-news>`,
      );
      expect(native.error.kind).to.equal('not-json');
      expect(native.error.message).to.equal('Expected JSON but the server sent application/rss+xml.');
      native.done();
      const unknown = await failure(html`<latest-news format="yaml" src=${jsonUrl(feed(2))}></latest-news>`);
      expect(unknown.error.message).to.match(/^format="yaml" is not one of auto, native/);
      unknown.done();
    });

    it('takes the page-wide format from configure() and from the meta tag; the attribute wins', async () => {
      configure({ format: 'rss' });
      const configured = await failure(html`<latest-news src=${jsonUrl(feed(2))}></latest-news>`);
      expect(configured.error.message).to.equal('Expected an RSS document.');
      configured.done();
      const own = await load(html`<latest-news format="native" src=${jsonUrl(feed(2))}></latest-news>`);
      expect(texts(own, 'title')).to.have.length(2);
      resetAll();
      const meta = Object.assign(document.createElement('meta'), {
        name: 'news-widgets:format',
        content: 'atom',
      });
      document.head.append(meta);
      const fromMeta = await failure(html`<latest-news src=${jsonUrl(feed(2))}></latest-news>`);
      expect(fromMeta.error.message).to.equal('Expected an Atom document.');
      fromMeta.done();
    });

    it('changing `format` reads the source again', async () => {
      const el = await load(html`<latest-news src=${jsonUrl(feed(2))}></latest-news>`);
      const failed = nextEvent<NewsErrorEvent>(el, 'news-error');
      el.format = 'atom';
      expect((await failed).error.message).to.equal('Expected an Atom document.');
    });
  });

  describe('WordPress paging and safety', () => {
    it('makes the Link header\'s rel="next" the feed\'s next, and else X-WP-TotalPages', async () => {
      const posts = [
        {
          id: 7,
          date_gmt: '2026-03-03T10:00:00',
          link: 'https://wp.example/7/',
          title: { rendered: 'Seven' },
          content: { rendered: '<p>x</p>' },
        },
      ];
      const next = 'https://wp.example/wp-json/wp/v2/posts?_embed&page=2';
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      let loaded = nextEvent<NewsLoadEvent<Feed>>(wrapper, 'news-load');
      const el = document.createElement('latest-news');
      el.src = crossFault('json', { body: JSON.stringify(posts), link: `<${next}>; rel="next"` });
      wrapper.append(el);
      expect((await loaded).data.next).to.equal(next);
      loaded = nextEvent<NewsLoadEvent<Feed>>(wrapper, 'news-load');
      el.src = crossFault('json', { body: JSON.stringify(posts), pages: '3', page: '1' });
      const paged = new URL((await loaded).data.next!);
      expect(paged.searchParams.get('page')).to.equal('2');
      wrapper.remove();
    });

    it('sanitises feed HTML in the body and shows titles as text', async () => {
      window.__hit = () => {
        throw new Error('script ran');
      };
      const item = RSS_ITEM(
        1,
        '<content:encoded><![CDATA[<p>Body</p><img src="x" onerror="__hit()"><script>__hit()</script>]]></content:encoded>',
      ).replace('RSS story 1', '&lt;b&gt;Bold&lt;/b&gt; &amp;amp; co');
      const el = await load<NewsArticleElement>(
        html`<news-article src=${served(RSS(item), 'application/rss+xml')}></news-article>`,
      );
      const title = part(el, 'title')!;
      // The XML decodes to `<b>Bold</b> &amp; co`: HTML, shown as its text, its references decoded once.
      expect(title.textContent!.trim()).to.equal('Bold & co');
      expect(title.querySelector('b')).to.equal(null);
      const body = part(el, 'body')!;
      expect(body.querySelector('p')!.textContent).to.equal('Body');
      expect(body.querySelector('script')).to.equal(null);
      expect(body.querySelector('[onerror]')).to.equal(null);
    });
  });
});

declare global {
  interface Window {
    __hit?: () => void;
  }
}
