// JSON Feed 1.0 / 1.1 (src/data/formats/jsonfeed.ts): the real samples through the reader and then the
// native parser, with values copied by hand from the files, and each pitfall on its own.
import { expect } from '@open-wc/testing';
import { readJsonFeed } from '../../../src/data/formats/jsonfeed.js';
import type { NativeFeed } from '../../../src/data/formats/native.js';
import { pickItem } from '../../../src/data/formats/pick.js';
import { NewsError } from '../../../src/data/errors.js';
import { parseArticle } from '../../../src/data/schemas/article.js';
import { parseFeed } from '../../../src/data/schemas/feed.js';
import { sample } from './helpers.js';

const read = (json: unknown, url = 'https://news.example/feed.json') => {
  const reading = readJsonFeed(json, { url });
  expect(reading.kind).to.equal('feed');
  return { ...reading, data: reading.data as NativeFeed };
};

/** A JSON Feed 1.1 with `items`. */
const feed11 = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'News',
  items,
  ...extra,
});
const entry = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `id-${n}`,
  url: `https://news.example/${n}`,
  title: `Story ${n}`,
  date_published: '2026-03-03T13:41:00+04:00',
  ...extra,
});

describe('readJsonFeed: the samples', () => {
  it("reads jsonfeed.org's own feed (JSON Feed 1, one item, a feed-level author)", async () => {
    const url = 'https://jsonfeed.org/feed.json';
    const { data, warnings } = read(JSON.parse(await sample('jsonfeed-jsonfeed-org.json')), url);
    expect(warnings).to.deep.equal([]);
    expect(data.title).to.equal('JSON Feed');
    expect(data.url).to.equal('https://jsonfeed.org/');
    expect(data.items).to.have.length(1);
    const [item] = data.items;
    expect(item!.id).to.equal('https://jsonfeed.org/2017/05/17/announcing_json_feed');
    expect(item!.url).to.equal('https://jsonfeed.org/2017/05/17/announcing_json_feed');
    expect(item!.title).to.equal('Announcing JSON Feed');
    expect(item!.source).to.equal('Brent Simmons and Manton Reece');
    expect(item!.body).to.match(/^<p>We — Manton Reece and Brent Simmons — have noticed/);
    expect(item!.image).to.equal(undefined);

    const parsed = parseFeed(data, url);
    expect(parsed.warnings).to.deep.equal([]);
    expect(parsed.value.items.map((i) => i.title)).to.deep.equal(['Announcing JSON Feed']);
    // 2017-05-17T08:02:12-07:00
    expect(Date.parse(parsed.value.items[0]!.publishedAt)).to.equal(Date.UTC(2017, 4, 17, 15, 2, 12));
  });

  it('reads inessential.com (20 items, content_html, the feed author for every item)', async () => {
    const url = 'http://inessential.com/feed.json';
    const { data, warnings } = read(JSON.parse(await sample('jsonfeed-inessential.json')), url);
    expect(warnings).to.deep.equal([]);
    const { value, warnings: native } = parseFeed(data, url);
    expect(native).to.deep.equal([]);
    expect(value.title).to.equal('inessential.com');
    expect(value.url).to.equal('http://inessential.com/');
    expect(value.items).to.have.length(20);
    const [first, , third] = value.items;
    const last = value.items[19]!;
    expect(first!.title).to.equal('James Dempsey and the Breakpoints Benefit App Camp for Girls');
    expect(first!.url).to.equal('http://inessential.com/2017/06/02/james_dempsey_and_the_breakpoints_benefi');
    // 2017-06-02T22:05:47-07:00
    expect(Date.parse(first!.publishedAt)).to.equal(Date.UTC(2017, 5, 3, 5, 5, 47));
    expect(third!.title).to.equal('“App: The Human Story” Screening in San Jose');
    expect(last.title).to.equal('My CocoaConf Yosemite 2017 Talk');
    expect(last.url).to.equal('http://inessential.com/2017/03/25/my_cocoaconf_yosemite_2017_talk');
    // 2017-03-25T11:55:21-07:00
    expect(Date.parse(last.publishedAt)).to.equal(Date.UTC(2017, 2, 25, 18, 55, 21));
    expect(value.items.every((i) => i.source === 'Brent Simmons')).to.equal(true);
    expect(value.items.every((i) => i.image === undefined)).to.equal(true);
  });

  it('reads Pixel Envy (version http://jsonfeed.org/version/1, date_modified, item authors, entities in a title)', async () => {
    const url = 'https://pxlnv.com/feed/json/';
    const { data, warnings } = read(JSON.parse(await sample('jsonfeed-pxlnv.json')), url);
    expect(warnings).to.deep.equal([]);
    const { value, warnings: native } = parseFeed(data, url);
    expect(native).to.deep.equal([]);
    expect(value.title).to.equal('Pixel Envy');
    expect(value.url).to.equal('https://pxlnv.com/');
    expect(value.items).to.have.length(20);
    const first = value.items[0]!;
    expect(first.id).to.equal('https://pxlnv.com/linklog/uber-losses-2017/');
    expect(first.url).to.equal('https://pxlnv.com/linklog/uber-losses-2017/');
    expect(first.title).to.equal('Uber Lost $4.5 Billion in 2017');
    expect(first.source).to.equal('Nick Heer');
    // 2018-02-13T23:23:12+00:00 and 2018-02-13T23:51:35+00:00
    expect(Date.parse(first.publishedAt)).to.equal(Date.UTC(2018, 1, 13, 23, 23, 12));
    expect(Date.parse(first.updatedAt!)).to.equal(Date.UTC(2018, 1, 13, 23, 51, 35));
    const fcc = value.items[12]!;
    expect(fcc.url).to.equal('https://pxlnv.com/linklog/fcc-verizon-jokes/');
    expect(fcc.title).to.equal(
      'FCC Says Releasing ‘Jokes’ It Wrote About Ajit Pai Colluding With Verizon Would ‘Harm’ Agency',
    );
    expect(Date.parse(fcc.publishedAt)).to.equal(Date.UTC(2018, 1, 6, 13, 44, 40));
    expect(value.items[19]!.title).to.equal(
      'Major Publishers Are Turning Away From Facebook Instant Articles',
    );
    expect(Date.parse(value.items[19]!.publishedAt)).to.equal(Date.UTC(2018, 1, 2, 12, 30, 55));
  });

  it('gives <news-article> the newest item, or the one asked for, with its body', async () => {
    const url = 'https://pxlnv.com/feed/json/';
    const { data } = read(JSON.parse(await sample('jsonfeed-pxlnv.json')), url);
    const newest = parseArticle(pickItem(data), url);
    expect(newest.value.title).to.equal('Uber Lost $4.5 Billion in 2017');
    expect(newest.value.body).to.match(/^<p>Eric Newcomer, <em>Bloomberg<\/em>:<\/p>/);
    const asked = parseArticle(pickItem(data, 'https://pxlnv.com/linklog/fcc-verizon-jokes/'), url);
    expect(asked.value.id).to.equal('https://pxlnv.com/linklog/fcc-verizon-jokes/');
  });
});

describe('readJsonFeed: the fields', () => {
  it('maps JSON Feed 1.1: authors, language, summary, image, banner_image, tags, next_url, content_text', () => {
    const { data, warnings } = read(
      feed11(
        [
          entry(1, {
            summary: 'A <b>short</b> summary',
            content_text: 'First paragraph.\n\nSecond <one>.',
            image: '/img/1.jpg',
            banner_image: 'https://cdn.example/banner.jpg',
            tags: ['Politics', 'Baku', 7],
            authors: [{ name: 'Aysel' }, { name: 'Rauf' }],
            date_modified: '2026-03-03T14:02:00+04:00',
            attachments: [{ url: 'https://cdn.example/v.mp4', mime_type: 'video/mp4' }],
          }),
        ],
        { language: 'az', home_page_url: '/az/', next_url: '/feed.json?page=2' },
      ),
    );
    expect(warnings).to.deep.equal([]);
    const { value } = parseFeed(data, 'https://news.example/feed.json');
    expect(value.url).to.equal('https://news.example/az/');
    expect(value.next).to.equal('https://news.example/feed.json?page=2');
    expect(value.items[0]).to.deep.include({
      id: 'id-1',
      lang: 'az',
      summary: 'A short summary',
      source: 'Aysel, Rauf',
      media: 'video',
      updatedAt: '2026-03-03T14:02:00+04:00',
    });
    expect(value.items[0]!.image!.src).to.equal('https://news.example/img/1.jpg');
    const article = parseArticle(pickItem(data), 'https://news.example/feed.json').value;
    expect(article.body).to.equal('<p>First paragraph.</p><p>Second &#60;one&#62;.</p>');
    expect(article.tags.map((t) => t.name)).to.deep.equal(['Politics', 'Baku']);
    expect(article.photos.map((p) => p.src)).to.deep.equal([
      'https://news.example/img/1.jpg',
      'https://cdn.example/banner.jpg',
    ]);
  });

  it('decodes the references in a title once: &amp;amp; stays &amp; as text', () => {
    const { data } = read(feed11([entry(1, { title: 'Tom &amp;amp; Jerry &#8216;live&#8217;' })]));
    expect(data.items[0]!.title).to.equal('Tom &amp; Jerry ‘live’');
  });

  it('leaves out an item without a date, with a warning naming the fields it looked for', () => {
    const { data, warnings } = read(
      feed11([entry(1), entry(2, { date_published: undefined }), entry(3, { date_published: 'soon' })]),
    );
    expect(data.items.map((i) => i.id)).to.deep.equal(['id-1']);
    expect(warnings).to.deep.equal([
      'items[1]: no date (date_published or date_modified) (left out)',
      'items[2].date_published: "soon" is not a date in a form feeds use (RFC 822 or RFC 3339); the item is left out',
    ]);
  });

  it('takes date_modified when there is no date_published', () => {
    const { data } = read(
      feed11([entry(1, { date_published: undefined, date_modified: '2026-03-03T10:00:00Z' })]),
    );
    expect(data.items[0]!.publishedAt).to.equal('2026-03-03T10:00:00Z');
  });

  it('leaves out a javascript: link and keeps the item', () => {
    const { data, warnings } = read(feed11([entry(1, { url: 'javascript:alert(1)' }), entry(2)]));
    expect(warnings).to.deep.equal(['items[0].url: expected an http(s) URL (left out)']);
    expect(data.items.map((i) => i.id)).to.deep.equal(['id-1', 'id-2']);
    expect(data.items[0]).to.not.have.property('url');
    expect(parseFeed(data, 'https://news.example/').warnings).to.deep.equal([]);
  });

  it('reports bad items at their place in the source, not among the items kept', () => {
    const { data, warnings } = read(
      feed11([entry(1, { date_published: undefined }), 'oops', entry(3, { image: 5 }), entry(3), entry(4)]),
    );
    expect(warnings).to.deep.equal([
      'items[0]: no date (date_published or date_modified) (left out)',
      'items[1]: expected an object, got a string',
      'items[2].image: expected a string, got a number (left out)',
      'items[3]: repeats the id "id-3" of an earlier item (left out)',
    ]);
    expect(data.items.map((i) => i.id)).to.deep.equal(['id-3', 'id-4']);
  });

  it('gives an item without a title the start of its text, and one without an id its url', () => {
    const long = 'word '.repeat(40);
    const { data } = read(
      feed11([{ url: 'https://news.example/a', content_text: long, date_published: '2026-03-03T10:00:00Z' }]),
    );
    expect(data.items[0]!.id).to.equal('https://news.example/a');
    expect(data.items[0]!.title).to.equal(`${'word '.repeat(19)}word…`);
  });

  it('is invalid without a JSON Feed version or items', () => {
    expect(() => readJsonFeed({ version: 'https://example.com/1', items: [] }, { url: 'https://x.example/' }))
      .to.throw(NewsError)
      .with.property('message', 'version: expected a JSON Feed version URL');
    expect(() => readJsonFeed({ version: 'https://jsonfeed.org/version/1.1' }, { url: 'https://x.example/' }))
      .to.throw(NewsError)
      .with.property('kind', 'invalid');
    expect(() => readJsonFeed([], { url: 'https://x.example/' })).to.throw(
      'Expected a JSON Feed object, got an array.',
    );
  });
});
