// The WordPress REST API v2 (src/data/formats/wordpress.ts): the real `/wp/v2/posts?_embed` sample as a
// feed and one of its posts as an article, through the reader and the native parsers, with values copied
// by hand from the file; then each pitfall (entities, date_gmt, paging) on its own.
import { expect } from '@open-wc/testing';
import { readWordPress, nextPage } from '../../../src/data/formats/wordpress.js';
import type { NativeFeed, NativeItem, NativeTags } from '../../../src/data/formats/native.js';
import { pickItem } from '../../../src/data/formats/pick.js';
import { NewsError } from '../../../src/data/errors.js';
import { parseArticle } from '../../../src/data/schemas/article.js';
import { parseFeed } from '../../../src/data/schemas/feed.js';
import { parseTags } from '../../../src/data/schemas/tags.js';
import { headers, sample } from './helpers.js';

const URL_POSTS = 'https://test.frontity.io/wp-json/wp/v2/posts?_embed';
const UPLOADS = 'https://test.frontity.io/wp-content/uploads/2016/11/';

const feedOf = (json: unknown, url = URL_POSTS, init?: Record<string, string>) => {
  const reading = readWordPress(json, { url, headers: init && headers(init) });
  expect(reading.kind).to.equal('feed');
  return { data: reading.data as NativeFeed, warnings: reading.warnings };
};

/** A small post with what `_embed` adds. */
const post = (extra: Record<string, unknown> = {}) => ({
  id: 491283,
  date: '2026-03-03T13:41:00',
  date_gmt: '2026-03-03T09:41:00',
  modified_gmt: '2026-03-03T10:02:00',
  link: 'https://news.example/en/military/491283/',
  title: { rendered: 'Azerbaijan, T&uuml;rkiye &#8211; talks' },
  excerpt: { rendered: '<p>Minister &amp; delegation in Ankara&hellip;</p>\n', protected: false },
  content: { rendered: '<p>Body</p>', protected: false },
  format: 'standard',
  ...extra,
});

describe('readWordPress: the sample', () => {
  it('reads /wp/v2/posts?_embed as a feed of three posts', async () => {
    const { data, warnings } = feedOf(JSON.parse(await sample('wp-v2-posts-embed.json')));
    expect(warnings).to.deep.equal([]);
    const { value, warnings: native } = parseFeed(data, URL_POSTS);
    expect(native).to.deep.equal([]);
    expect(value.url).to.equal('https://test.frontity.io/');
    expect(value.next).to.equal(undefined);
    expect(value.items.map((i) => [i.id, i.title])).to.deep.equal([
      ['60', 'The Beauties of Gullfoss'],
      ['57', 'Shinjuku Gyoen National Garden'],
      ['51', 'Sunrise at Phú Quốc Island'],
    ]);
    const [gullfoss, shinjuku, phuQuoc] = value.items;
    expect(gullfoss!.url).to.equal('https://test.frontity.io/2016/the-beauties-of-gullfoss/');
    // date_gmt 2016-11-25T16:31:11 is UTC (date, 18:31:11, is the site's own time).
    expect(Date.parse(gullfoss!.publishedAt)).to.equal(Date.UTC(2016, 10, 25, 16, 31, 11));
    expect(Date.parse(gullfoss!.updatedAt!)).to.equal(Date.UTC(2019, 8, 2, 10, 41, 23));
    expect(Date.parse(shinjuku!.publishedAt)).to.equal(Date.UTC(2016, 9, 25, 16, 25, 24));
    expect(Date.parse(phuQuoc!.publishedAt)).to.equal(Date.UTC(2016, 8, 25, 16, 5, 31));
    expect(gullfoss!.category).to.deep.equal({
      name: 'Inspiring Stories',
      url: 'https://test.frontity.io/category/inspiring-stories/',
    });
    expect(gullfoss!.source).to.equal('David Arenas');
    expect(shinjuku!.source).to.equal('Mario Santos');
    expect(gullfoss!.summary).to.equal(
      'Gullfoss is a waterfall located in the canyon of the Hvítá river, in southwest Iceland.',
    );
    // The square 150x150 thumbnail is a crop: not in the srcset.
    expect(gullfoss!.image).to.deep.equal({
      src: `${UPLOADS}Iceland-test.jpg`,
      srcset: `${UPLOADS}Iceland-test-300x182.jpg 300w, ${UPLOADS}Iceland-test-768x465.jpg 768w, ${UPLOADS}Iceland-test-1024x620.jpg 1024w, ${UPLOADS}Iceland-test-1200x726.jpg 1200w, ${UPLOADS}Iceland-test.jpg 5000w`,
      alt: 'iceland',
      width: 5000,
      height: 3025,
    });
    expect(shinjuku!.image).to.deep.equal({
      src: `${UPLOADS}14784067704_a14b7ce20d_z.jpg`,
      srcset: `${UPLOADS}14784067704_a14b7ce20d_z-300x199.jpg 300w, ${UPLOADS}14784067704_a14b7ce20d_z.jpg 640w`,
      alt: 'Shinjuku Gyoen',
      width: 640,
      height: 425,
    });
    expect(phuQuoc!.image!.src).to.equal(`${UPLOADS}sunrise-phu-quoc-island-ocean.jpg`);
    expect([phuQuoc!.image!.width, phuQuoc!.image!.height]).to.deep.equal([1280, 844]);
  });

  it('gives <news-article> and <tag-list> a post of the feed, with its body, photo and tags', async () => {
    const { data } = feedOf(JSON.parse(await sample('wp-v2-posts-embed.json')));
    const article = parseArticle(
      pickItem(data, 'https://test.frontity.io/2016/sunrise-at-phu-quoc-island/'),
      URL_POSTS,
    );
    expect(article.warnings).to.deep.equal([]);
    expect(article.value.title).to.equal('Sunrise at Phú Quốc Island');
    expect(article.value.body).to.match(
      /^<h3>Phú Quốc<\/h3>\n<p>Phú Quốc is the largest island in Vietnam\./,
    );
    expect(article.value.photos).to.have.length(1);
    expect(article.value.photos[0]!.alt).to.equal('sunrise-phu-quoc-island-ocean');
    const tags = parseTags(pickItem(data, '51'), URL_POSTS).value.tags;
    expect(tags).to.deep.equal([
      { name: 'Island', url: 'https://test.frontity.io/tag/island/', count: undefined },
      { name: 'Phú Quốc', url: 'https://test.frontity.io/tag/phu-quoc/', count: undefined },
      { name: 'Vietnam', url: 'https://test.frontity.io/tag/vietnam/', count: undefined },
    ]);
    // No item asked for: the newest, Gullfoss (2016-11-25).
    expect((pickItem(data) as NativeItem).id).to.equal('60');
  });

  it('reads one post (/wp/v2/posts/<id>?_embed) as an article', async () => {
    const [gullfoss] = JSON.parse(await sample('wp-v2-posts-embed.json'));
    const url = 'https://test.frontity.io/wp-json/wp/v2/posts/60?_embed';
    const reading = readWordPress(gullfoss, { url });
    expect(reading.kind).to.equal('article');
    expect(reading.warnings).to.deep.equal([]);
    const { value, warnings } = parseArticle(reading.data, url);
    expect(warnings).to.deep.equal([]);
    expect(value.id).to.equal('60');
    expect(value.title).to.equal('The Beauties of Gullfoss');
    expect(Date.parse(value.publishedAt)).to.equal(Date.UTC(2016, 10, 25, 16, 31, 11));
    expect(value.body).to.match(/^<p>Gullfoss is a waterfall located in the canyon of the Hvítá river/);
    expect(value.tags.map((t) => t.name)).to.deep.equal(['Gullfoss', 'Iceland', 'Nature', 'Waterfall']);
    expect(value.photos).to.have.length(1);
    expect(value.photos[0]).to.deep.include({
      src: `${UPLOADS}Iceland-test.jpg`,
      alt: 'iceland',
      width: 5000,
      height: 3025,
      caption: undefined,
    });
    expect(value.photos[0]!.srcset).to.contain(`${UPLOADS}Iceland-test-768x465.jpg 768w`);
    expect(value.category!.name).to.equal('Inspiring Stories');
  });
});

describe('readWordPress: the fields', () => {
  it('decodes title.rendered once: &amp;amp; stays &amp; as text, and the excerpt is text', () => {
    const reading = readWordPress(
      post({
        title: { rendered: 'Tom &amp;amp; Jerry &#8216;live&#8217; &lt;b&gt;' },
        excerpt: { rendered: '<p>A &amp;amp; B <strong>bold</strong></p>' },
      }),
      { url: 'https://news.example/wp-json/wp/v2/posts/1' },
    );
    const article = reading.data as NativeItem;
    expect(article.title).to.equal('Tom &amp; Jerry ‘live’ <b>');
    expect(article.summary).to.equal('A &amp; B bold');
  });

  it('reads date_gmt as UTC, not as the site time in date', () => {
    const article = readWordPress(post(), { url: 'https://news.example/wp-json/wp/v2/posts/1' })
      .data as NativeItem;
    expect(article.publishedAt).to.equal('2026-03-03T09:41:00Z');
    expect(Date.parse(article.publishedAt)).to.equal(Date.UTC(2026, 2, 3, 9, 41, 0));
    expect(Date.parse(article.updatedAt!)).to.equal(Date.UTC(2026, 2, 3, 10, 2, 0));
    expect(article.title).to.equal('Azerbaijan, Türkiye – talks');
    expect(article.summary).to.equal('Minister & delegation in Ankara…');
  });

  it('leaves out a post without date_gmt (a draft), and says so at its place', () => {
    const { data, warnings } = feedOf([post({ id: 1 }), post({ id: 2, date_gmt: null }), post({ id: 3 })]);
    expect(data.items.map((i) => i.id)).to.deep.equal(['1', '3']);
    expect(warnings).to.deep.equal(['items[1]: no date (date_gmt) (left out)']);
  });

  it('leaves out a javascript: link, and an image whose URL is not http(s)', () => {
    const { data, warnings } = feedOf([
      post({
        link: 'javascript:alert(1)',
        _embedded: { 'wp:featuredmedia': [{ source_url: 'data:image/png;base64,AAAA', alt_text: 'x' }] },
      }),
    ]);
    expect(warnings).to.deep.equal([
      'items[0].url: expected an http(s) URL (left out)',
      'items[0].image.src: expected an http(s) URL (left out)',
    ]);
    expect(data.items[0]).to.not.have.property('url');
    expect(data.items[0]).to.not.have.property('image');
  });

  it('reports a featured image WordPress would not give, and keeps the post', () => {
    const { data, warnings } = feedOf([
      post({
        _embedded: {
          'wp:featuredmedia': [
            {
              code: 'rest_forbidden',
              message: 'Sorry, you are not allowed to do that.',
              data: { status: 401 },
            },
          ],
        },
      }),
    ]);
    expect(data.items).to.have.length(1);
    expect(warnings).to.deep.equal([
      'items[0]._embedded.wp:featuredmedia[0]: WordPress answered "Sorry, you are not allowed to do that." (rest_forbidden). (left out)',
    ]);
  });

  it('maps format video and gallery to the badge', () => {
    const { data } = feedOf([
      post({ id: 1, format: 'video' }),
      post({ id: 2, format: 'gallery' }),
      post({ id: 3 }),
    ]);
    expect(data.items.map((i) => i.media)).to.deep.equal(['video', 'photo', undefined]);
  });

  it('reads /wp/v2/tags as tags: names decoded, links, counts', () => {
    const reading = readWordPress(
      [
        {
          id: 10,
          count: 4,
          link: 'https://news.example/tag/a-b/',
          name: 'A &amp; B',
          slug: 'a-b',
          taxonomy: 'post_tag',
        },
        { id: 11, count: 2, link: 'https://news.example/tag/c/', name: 'C', slug: 'c', taxonomy: 'post_tag' },
      ],
      { url: 'https://news.example/wp-json/wp/v2/tags' },
    );
    expect(reading.kind).to.equal('tags');
    const { value, warnings } = parseTags(
      reading.data as NativeTags,
      'https://news.example/wp-json/wp/v2/tags',
    );
    expect(warnings).to.deep.equal([]);
    expect(value.tags).to.deep.equal([
      { name: 'A & B', url: 'https://news.example/tag/a-b/', count: 4 },
      { name: 'C', url: 'https://news.example/tag/c/', count: 2 },
    ]);
  });

  it('is invalid for a WordPress error and for what is no post', () => {
    expect(() =>
      readWordPress(
        { code: 'rest_no_route', message: 'No route was found', data: { status: 404 } },
        { url: URL_POSTS },
      ),
    )
      .to.throw(NewsError)
      .with.property('message', 'WordPress answered "No route was found" (rest_no_route).');
    expect(() => readWordPress({ id: 1, title: { rendered: 'x' } }, { url: URL_POSTS }))
      .to.throw(NewsError)
      .with.property('message', 'the article: no date (date_gmt) (left out)');
    expect(() => readWordPress('posts', { url: URL_POSTS })).to.throw(NewsError);
  });
});

describe('readWordPress: paging', () => {
  it('takes next from the Link header', () => {
    const { data } = feedOf([post()], 'https://news.example/wp-json/wp/v2/posts?_embed&page=1', {
      Link: '<https://news.example/wp-json/wp/v2/posts?_embed&page=2>; rel="next", <https://news.example/wp-json/wp/v2/>; rel="https://api.w.org/"',
    });
    expect(data.next).to.equal('https://news.example/wp-json/wp/v2/posts?_embed&page=2');
  });

  it('resolves a relative Link and ignores rel="prev"', () => {
    const url = 'https://news.example/wp-json/wp/v2/posts?page=2';
    expect(
      nextPage({ url, headers: headers({ Link: '</wp-json/wp/v2/posts?page=1>; rel="prev"' }) }),
    ).to.equal(undefined);
    expect(
      nextPage({
        url,
        headers: headers({
          Link: '</wp-json/wp/v2/posts?page=1>; rel=prev, </wp-json/wp/v2/posts?page=3>; rel=next',
        }),
      }),
    ).to.equal('https://news.example/wp-json/wp/v2/posts?page=3');
  });

  it('else counts pages with X-WP-TotalPages and the page in the URL', () => {
    const at = (url: string, total: string) =>
      nextPage({ url, headers: headers({ 'X-WP-TotalPages': total }) });
    expect(at('https://news.example/wp-json/wp/v2/posts?_embed', '3')).to.equal(
      'https://news.example/wp-json/wp/v2/posts?_embed=&page=2',
    );
    expect(at('https://news.example/wp-json/wp/v2/posts?_embed&page=2', '3')).to.equal(
      'https://news.example/wp-json/wp/v2/posts?_embed=&page=3',
    );
    expect(at('https://news.example/wp-json/wp/v2/posts?page=3', '3')).to.equal(undefined);
    expect(at('https://news.example/wp-json/wp/v2/posts', '1')).to.equal(undefined);
    expect(nextPage({ url: 'https://news.example/wp-json/wp/v2/posts' })).to.equal(undefined);
  });
});
