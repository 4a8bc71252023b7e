// RSS 2.0 and RSS 1.0 (src/data/formats/rss.ts, media.ts): the Livemint sample and a hand-written RDF
// feed through the reader and the native parser, with values copied by hand from the files; then each
// pitfall on its own.
import { expect } from '@open-wc/testing';
import { readRss } from '../../../src/data/formats/rss.js';
import type { NativeFeed, NativeItem } from '../../../src/data/formats/native.js';
import { pickItem } from '../../../src/data/formats/pick.js';
import { NewsError } from '../../../src/data/errors.js';
import { parseArticle } from '../../../src/data/schemas/article.js';
import { parseFeed } from '../../../src/data/schemas/feed.js';
import { parseTags } from '../../../src/data/schemas/tags.js';
import { own, sample, xml } from './helpers.js';

const FEED_URL = 'https://news.example/rss.xml';

const read = (text: string, url = FEED_URL) => {
  const reading = readRss(xml(text), { url });
  expect(reading.kind).to.equal('feed');
  return { data: reading.data as NativeFeed, warnings: reading.warnings };
};

/** An RSS 2.0 channel around `items`. */
const rss = (items: string, channel = '') => `<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>News</title><link>https://news.example/</link>${channel}${items}</channel></rss>`;

const item = (n: number, extra = '', date = '<pubDate>Tue, 03 Mar 2026 13:41:00 +0400</pubDate>') =>
  `<item><title>Story ${n}</title><link>https://news.example/${n}</link><guid>id-${n}</guid>${date}${extra}</item>`;

const IMG = 'https://images.livemint.com/img/2019/05/';

describe('readRss: the Livemint sample (RSS 2.0)', () => {
  it('reads 25 items: titles, links, instants, authors and images', async () => {
    const url = 'https://www.livemint.com/rss/News';
    const { data, warnings } = read(await sample('rss2-livemint.xml'), url);
    expect(warnings).to.deep.equal([]);
    const { value, warnings: native } = parseFeed(data, url);
    expect(native).to.deep.equal([]);
    expect(value.title).to.equal('Livemint - News');
    expect(value.url).to.equal('https://www.livemint.com/rss/News');
    expect(value.items).to.have.length(25);

    const first = value.items[0]!;
    expect(first.id).to.equal('1559104147038');
    expect(first.title).to.equal('PM Modi-Xi Jinping informal summit in Varanasi this October: Report');
    expect(first.url).to.equal(
      'https://www.livemint.com/news/india/pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-1559104147038.html',
    );
    // Wed, 29 May 2019 10:16:00 GMT
    expect(Date.parse(first.publishedAt)).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(first.source).to.equal('Elizabeth Roche');
    expect(first.summary).to.match(
      /^PM Modi hosting Xi in Varanasi is in return for Xi receiving Modi in Wuhan/,
    );
    expect(first.image).to.deep.equal({
      src: `${IMG}29/250x250/PTI5_27_2019_000025B_1559105066780_1559105082772.jpg`,
      srcset: undefined,
      alt: undefined,
      width: undefined,
      height: undefined,
    });

    expect(value.items[2]!.title).to.equal("Singapore dethrones US as world's most competitive economy");
    expect(value.items[2]!.source).to.equal(undefined);
    // A hair space (U+200A) and a space in the source: kept, as a browser shows them. Two spaces and a
    // <span> in a CDATA title: one space, no tag.
    expect(value.items[4]!.title).to.equal('FDI\u200a inflows contract for the first time in 6 years');
    expect(value.items[17]!.title).to.equal('SmartCity Kochi to raise ₹4,000 crore from investors');
    expect(value.items[17]!.url).to.equal(
      'https://www.livemint.com/news/india/smartcity-kochi-to-raise-rs-4-000-crore-from-investors-1559040304828.html',
    );
    expect(Date.parse(value.items[17]!.publishedAt)).to.equal(Date.UTC(2019, 4, 28, 16, 25, 41));
    expect(value.items[17]!.image!.src).to.equal(
      `${IMG}28/250x250/real_estate_1559040791259_1559040793638.JPG`,
    );

    const last = value.items[24]!;
    expect(last.title).to.equal(
      'India among fastest-growing alternative accommodation markets for Booking.com',
    );
    expect(last.url).to.equal(
      'https://www.livemint.com/news/india/india-among-fastest-growing-alternative-accommodation-markets-for-booking-com-1559022596374.html',
    );
    expect(Date.parse(last.publishedAt)).to.equal(Date.UTC(2019, 4, 28, 11, 51, 32));
    expect(last.image!.src).to.equal(`${IMG}28/250x250/Leela--621x414_1559024321928.jpg`);
  });

  it('gives <news-article> the newest item, its picture as the photo', async () => {
    const url = 'https://www.livemint.com/rss/News';
    const { data } = read(await sample('rss2-livemint.xml'), url);
    const { value, warnings } = parseArticle(pickItem(data), url);
    expect(warnings).to.deep.equal([]);
    expect(value.id).to.equal('1559104147038');
    expect(value.body).to.equal(undefined);
    expect(value.photos.map((p) => p.src)).to.deep.equal([
      `${IMG}29/250x250/PTI5_27_2019_000025B_1559105066780_1559105082772.jpg`,
    ]);
  });
});

describe('readRss: RSS 1.0 (RDF)', () => {
  it('reads the items beside the channel, dc:date, dc:creator and dc:subject', async () => {
    const url = 'https://rdf.example/news/index.rdf';
    const { data, warnings } = read(await own('rss1-rdf.xml'), url);
    expect(warnings).to.deep.equal([
      'items[1].dc:date: a date without a time, read as 12:00 UTC',
      'items[2]: no date (pubDate or dc:date) (left out)',
    ]);
    const { value, warnings: native } = parseFeed(data, url);
    expect(native).to.deep.equal([]);
    expect(value.title).to.equal('RDF News');
    expect(value.url).to.equal('https://rdf.example/news/');
    expect(value.items.map((i) => [i.id, i.title])).to.deep.equal([
      ['https://rdf.example/news/1', 'Parliament passes the budget'],
      ['https://rdf.example/news/2', 'Markets open higher'],
    ]);
    const [budget, markets] = value.items;
    expect(Date.parse(budget!.publishedAt)).to.equal(Date.UTC(2026, 2, 3, 9, 41, 0));
    expect(Date.parse(markets!.publishedAt)).to.equal(Date.UTC(2026, 2, 2, 12, 0, 0));
    expect(budget).to.deep.include({
      lang: 'en',
      source: 'Aysel Mammadova',
      summary: 'The vote was close & late.',
      category: { name: 'Politics', url: undefined },
    });
    expect(budget!.image).to.deep.include({ src: 'https://rdf.example/img/budget.jpg', alt: 'The chamber' });
    const article = parseArticle(pickItem(data, 'https://rdf.example/news/1'), url).value;
    expect(article.body).to.equal(
      '<p>The vote was <b>close</b>.</p><p><img src="/img/budget.jpg" alt="The chamber"></p>',
    );
    expect(article.tags.map((t) => t.name)).to.deep.equal(['Politics', 'Budget']);
  });
});

describe('readRss: the fields', () => {
  it('reads RFC 822 zone names as fixed offsets: EST in July is -05:00', () => {
    const { data } = read(rss(item(1, '', '<pubDate>Sat, 04 Jul 2026 12:00:00 EST</pubDate>')));
    expect(data.items[0]!.publishedAt).to.equal('2026-07-04T12:00:00-05:00');
    expect(Date.parse(data.items[0]!.publishedAt)).to.equal(Date.UTC(2026, 6, 4, 17, 0, 0));
  });

  it('leaves out an item without a date, or with one it cannot read, and says why at its place', () => {
    const { data, warnings } = read(
      rss(
        item(1) +
          item(2, '', '') +
          item(3, '', '<pubDate>sometime soon</pubDate>') +
          item(
            4,
            '',
            '<pubDate>Wed, 29 May 2019 10:16:00 XYZ</pubDate><dc:date>2019-05-29T10:16:00Z</dc:date>',
          ),
      ),
    );
    expect(data.items.map((i) => i.id)).to.deep.equal(['id-1', 'id-4']);
    expect(warnings).to.deep.equal([
      'items[1]: no date (pubDate or dc:date) (left out)',
      'items[2].pubDate: "sometime soon" is not a date in a form feeds use (RFC 822 or RFC 3339); the item is left out',
      'items[3].pubDate: "Wed, 29 May 2019 10:16:00 XYZ" has a time zone this reader does not know (XYZ) (left out)',
    ]);
  });

  it('leaves out a javascript: link and keeps the item', () => {
    const { data, warnings } = read(
      rss(
        `<item><title>Bad link</title><link>javascript:alert(1)</link><guid>x</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate></item>${item(2)}`,
      ),
    );
    expect(warnings).to.deep.equal(['items[0].url: expected an http(s) URL (left out)']);
    expect(data.items.map((i) => i.id)).to.deep.equal(['x', 'id-2']);
    expect(data.items[0]).to.not.have.property('url');
  });

  it('decodes titles once as HTML text: what the XML leaves of &amp;amp; is decoded, a CDATA one too', () => {
    const { data } = read(
      rss(
        `<item><title><![CDATA[Tom &amp;amp; Jerry]]></title><guid>a</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate></item>` +
          `<item><title>Tom &amp;amp; Jerry &amp;#8217;</title><guid>b</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate></item>` +
          `<item><title>1 &lt; 2</title><guid>c</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate></item>`,
      ),
    );
    expect(data.items.map((i) => i.title)).to.deep.equal(['Tom &amp; Jerry', 'Tom & Jerry ’', '1 < 2']);
  });

  it('reads media:group, media:content, its credit and description, and builds photos', () => {
    const { data, warnings } = read(
      rss(
        item(
          1,
          `<media:group>
             <media:content url="/img/a-640.jpg" medium="image" width="640" height="360"/>
             <media:content url="https://cdn.example/a-1280.jpg" type="image/jpeg" width="1280" height="720">
               <media:credit>AP</media:credit></media:content>
             <media:description>The square at dawn</media:description>
           </media:group>
           <media:content url="https://cdn.example/clip.mp4" medium="video"/>`,
        ),
      ),
    );
    expect(warnings).to.deep.equal([]);
    const [story] = data.items;
    expect(story!.image).to.deep.equal({
      src: 'https://news.example/img/a-640.jpg',
      width: 640,
      height: 360,
    });
    expect(story!.media).to.equal('video');
    expect(story!.photos).to.deep.equal([
      {
        src: 'https://news.example/img/a-640.jpg',
        width: 640,
        height: 360,
        caption: 'The square at dawn',
      },
      {
        src: 'https://cdn.example/a-1280.jpg',
        width: 1280,
        height: 720,
        caption: 'The square at dawn',
        credit: 'AP',
      },
    ]);
  });

  it('takes media:thumbnail, then an image enclosure, for the list; a video enclosure makes a video', () => {
    const { data, warnings } = read(
      rss(
        item(1, '<media:thumbnail url="https://cdn.example/t.jpg" width="150" height="100"/>') +
          item(2, '<enclosure url="https://cdn.example/e.jpg" type="image/jpeg" length="1"/>') +
          item(3, '<enclosure url="https://cdn.example/v.mp4" type="video/mp4" length="1"/>') +
          item(
            4,
            '<enclosure type="image/png"/><media:thumbnail url="https://cdn.example/t.jpg" width="wide"/>',
          ) +
          item(
            5,
            '<enclosure url="https://cdn.example/e.jpg" type="image/jpeg"/><media:thumbnail url="https://cdn.example/t.jpg"/>',
          ),
      ),
    );
    expect(data.items.map((i) => i.image?.src)).to.deep.equal([
      'https://cdn.example/t.jpg',
      'https://cdn.example/e.jpg',
      undefined,
      'https://cdn.example/t.jpg',
      'https://cdn.example/t.jpg',
    ]);
    // The enclosure is the article's photo; the thumbnail only the list's picture.
    expect(data.items[4]!.photos).to.deep.equal([{ src: 'https://cdn.example/e.jpg' }]);
    expect(data.items.map((i) => i.media)).to.deep.equal([
      undefined,
      undefined,
      'video',
      undefined,
      undefined,
    ]);
    expect(warnings).to.deep.equal([
      'items[3].media:thumbnail[0].width: expected a whole number of pixels (left out)',
      'items[3].enclosure[0].url: is required (left out)',
    ]);
  });

  it('takes categories as the category and the tags <tag-list> shows', () => {
    const { data } = read(
      rss(
        item(1, '<category>World</category><category domain="x">Oman</category><category>World</category>'),
      ),
    );
    expect(data.items[0]!.category).to.deep.equal({ name: 'World' });
    const tags = parseTags(pickItem<NativeItem>(data), FEED_URL).value.tags.map((t) => t.name);
    expect(tags).to.deep.equal(['World', 'Oman']);
  });

  it('takes a permalink guid as the url, and the source, dc:creator or the name in author as the source', () => {
    const { data } = read(
      rss(
        `<item><title>A</title><guid>https://news.example/a</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate><author>desk@news.example (Aysel Mammadova)</author></item>` +
          `<item><title>B</title><guid isPermaLink="false">https://news.example/b</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate><author>desk@news.example</author></item>` +
          item(3, '<source url="https://reuters.example/rss">Reuters</source><dc:creator>Rauf</dc:creator>') +
          item(4, '<dc:creator>Rauf</dc:creator><dc:creator>Leyla</dc:creator>'),
      ),
    );
    expect(data.items.map((i) => [i.url, i.source])).to.deep.equal([
      ['https://news.example/a', 'Aysel Mammadova'],
      [undefined, undefined],
      ['https://news.example/3', 'Reuters'],
      ['https://news.example/4', 'Rauf, Leyla'],
    ]);
  });

  it('resolves relative links against xml:base, else the feed URL; takes atom:link rel="next"', () => {
    const { data } = read(
      rss(
        `<item xml:base="https://cdn.example/en/"><title>A</title><link>a.html</link><guid>a</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate>
           <content:encoded xml:base="/body/">&lt;a href="x.html"&gt;x&lt;/a&gt;</content:encoded></item>` +
          `<item><title>B</title><link>/b.html</link><guid>b</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate></item>`,
        '<atom:link rel="next" href="?page=2"/>',
      ),
      'https://news.example/feeds/rss.xml',
    );
    expect(data.items.map((i) => i.url)).to.deep.equal([
      'https://cdn.example/en/a.html',
      'https://news.example/b.html',
    ]);
    expect(data.items[0]!.body).to.equal('<a href="https://cdn.example/body/x.html">x</a>');
    expect(data.next).to.equal('https://news.example/feeds/rss.xml?page=2');
  });

  it('gives an item without a title the start of its description', () => {
    const { data } = read(
      rss(
        `<item><description>&lt;p&gt;Just a short note.&lt;/p&gt;</description><guid>n</guid><pubDate>Wed, 29 May 2019 10:16:00 GMT</pubDate></item>`,
      ),
    );
    expect(data.items[0]!.title).to.equal('Just a short note.');
  });

  it('is invalid for a parse error document', () => {
    expect(() => readRss(xml('<rss version="2.0"><channel><title>x</channel></rss>'), { url: FEED_URL }))
      .to.throw(NewsError)
      .that.satisfies((error: NewsError) =>
        error.message.startsWith('The response is not well-formed XML ('),
      );
  });

  it('is invalid for a document that is not RSS', () => {
    expect(() => readRss(xml('<html><body/></html>'), { url: FEED_URL }))
      .to.throw(NewsError)
      .with.property('message', 'Expected an RSS document (rss, channel), got <html>.');
    expect(() => readRss(xml('<rss version="2.0"/>'), { url: FEED_URL })).to.throw(NewsError);
  });
});
