// The article, tags and photos parsers, and the zod glue under all four (src/data/schemas/validate.ts).
import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/data/schemas/article.js';
import { parseFeed } from '../../src/data/schemas/feed.js';
import { parsePhotos } from '../../src/data/schemas/photos.js';
import { parseTags } from '../../src/data/schemas/tags.js';
import { NewsError } from '../../src/data/errors.js';
import { photo, seedArticle } from '../fixtures/article.js';
import { feed } from '../helpers.js';

const BASE = 'https://news.example/api/article/491283';

const without = (data: Record<string, unknown>, ...keys: string[]) => {
  const copy = { ...data };
  for (const key of keys) delete copy[key];
  return copy;
};

describe('parseArticle', () => {
  it('keeps the article and its lists, each entry validated on its own', () => {
    const { value, warnings } = parseArticle(
      seedArticle({
        tags: [{ name: 'Azerbaijan', url: '/en/tags/azerbaijan/' }, { url: 'https://x.example/' }],
        photos: [photo(1), { ...photo(2), src: 'javascript:alert(1)' }, { ...photo(3), width: 'wide' }],
        translations: [{ lang: 'az', title: 'Azərbaycan' }, { lang: 'ru' }],
      }),
      BASE,
    );
    expect(warnings).to.deep.equal([
      'tags[1].name: is required',
      'photos[1].src: expected an http(s) URL',
      'photos[2].width: expected a number, got a string (left out)',
      'translations[1].title: is required',
    ]);
    expect(value.tags).to.deep.equal([
      { name: 'Azerbaijan', url: 'https://news.example/en/tags/azerbaijan/', count: undefined },
    ]);
    expect(value.photos.map((p) => p.src)).to.deep.equal([photo(1).src, photo(3).src]);
    expect(value.photos[1]!.width).to.equal(undefined);
    expect(value.translations).to.deep.equal([{ lang: 'az', title: 'Azərbaycan', url: undefined }]);
  });

  it('is invalid without an id, a title or a date, and says which', () => {
    for (const [key, message] of [
      ['id', 'id: is required'],
      ['title', 'title: is required'],
      ['publishedAt', 'publishedAt: is required'],
    ] as const) {
      expect(() => parseArticle(without(seedArticle(), key), BASE))
        .to.throw(NewsError)
        .with.property('message', message);
    }
    expect(() => parseArticle([seedArticle()], BASE)).to.throw('Expected an article object, got an array.');
  });

  it('leaves out a body that is not text, and lists that are not arrays, with a note', () => {
    const { value, warnings } = parseArticle(
      seedArticle({ body: 5, tags: 'Azerbaijan', photos: null }),
      BASE,
    );
    expect(value.body).to.equal(undefined);
    expect(value.tags).to.deep.equal([]);
    expect(value.photos).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      'body: expected a string, got a number (left out)',
      'tags: expected an array, got a string (left out)',
    ]);
  });
});

describe('parseTags and parsePhotos', () => {
  it('read an article without tags or photos as none, with its headline as no heading', () => {
    const article = without(seedArticle(), 'tags', 'photos');
    expect(parseTags(article, BASE)).to.deep.equal({ value: { title: undefined, tags: [] }, warnings: [] });
    expect(parsePhotos(article, BASE)).to.deep.equal({
      value: { title: undefined, photos: [] },
      warnings: [],
    });
  });

  it('still call a container without its list invalid', () => {
    expect(() => parseTags({ title: 'Trending' }, BASE)).to.throw('tags: expected an array of tags');
    expect(() => parsePhotos({ title: 'Ankara' }, BASE)).to.throw('photos: expected an array of photos');
    expect(() => parseTags('tags', BASE)).to.throw(
      'Expected a tags object or an array of tags, got a string.',
    );
  });

  it('report a negative count, a bad heading and repeated names', () => {
    const { value, warnings } = parseTags(
      {
        title: 7,
        tags: [
          { name: 'A', count: -1 },
          { name: 'A', count: 3 },
          { name: 'B', count: 2 },
        ],
      },
      BASE,
    );
    expect(warnings).to.deep.equal([
      'title: expected a string, got a number (left out)',
      'tags[0].count: expected a number of at least 0 (left out)',
      'tags[1].name: repeats the name "A" of an earlier entry',
    ]);
    expect(value.tags.map((t) => [t.name, t.count])).to.deep.equal([
      ['A', undefined],
      ['B', 2],
    ]);
  });
});

describe('the zod glue', () => {
  it('is not thrown off by a page that polluted Object.prototype with zod’s own names', () => {
    const clean = parseFeed(feed(3), BASE);
    const proto = Object.prototype as Record<string, unknown>;
    const names = [
      'error',
      'message',
      'checks',
      'path',
      'issues',
      'continue',
      'abort',
      'reportInput',
      'jitless',
      'optin',
      'optout',
      'catchall',
      'shape',
      'coerce',
      'pattern',
    ];
    for (const name of names) proto[name] = 'POLLUTED';
    try {
      // Valid data reads as on a clean page.
      expect(parseFeed(feed(3), BASE)).to.deep.equal(clean);
      // zod calls the planted `error` as its error map and throws: an invalid entry is still only left out.
      const { value, warnings } = parseFeed([{ id: '1' }, ...feed(1).items], BASE);
      expect(warnings).to.deep.equal(['items[0]: could not be validated']);
      expect(value.items).to.deep.equal(clean.value.items.slice(0, 1));
    } finally {
      for (const name of names) delete proto[name];
    }
  });

  it('calls data that cannot be read unusable, instead of throwing', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    const { value, warnings } = parseFeed([trap, feed(1).items[0]], BASE);
    expect(warnings).to.deep.equal(['items[0]: could not be validated']);
    expect(value.items).to.have.length(1);
  });
});
