import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/schemas/feed.js';
import type { FeedItem, ListMemo } from '../../src/data/schemas/feed.js';
import { NewsError } from '../../src/data/errors.js';
import { feed, item } from '../helpers.js';

const BASE = 'https://news.example/api/latest';

describe('parseFeed', () => {
  it('accepts the wire format and strips unknown fields', () => {
    const { value, warnings } = parseFeed(
      { ...feed(2), extra: 1, items: [{ ...item(1), views: 9 }, item(2)] },
      BASE,
    );
    expect(warnings).to.deep.equal([]);
    expect(value.title).to.equal('Latest News');
    expect(value.url).to.equal('https://news.example/en/news/');
    expect(value.items).to.have.length(2);
    expect(value.items[0]).to.not.have.property('views');
    expect(value).to.not.have.property('extra');
  });

  it('accepts a bare array of items', () => {
    const { value } = parseFeed([item(1), item(2), item(3)], BASE);
    expect(value.items.map((i) => i.id)).to.deep.equal(['1', '2', '3']);
    expect(value.title).to.equal(undefined);
  });

  it('turns numeric ids into strings', () => {
    expect(parseFeed([{ ...item(1), id: 491283 }], BASE).value.items[0]!.id).to.equal('491283');
  });

  for (const [name, data] of [
    ['null', null],
    ['a string', 'news'],
    ['a number', 42],
    ['an object without items', { title: 'x' }],
    ['items that are not an array', { items: { 0: item(1) } }],
  ] as const) {
    it(`rejects ${name} as invalid`, () => {
      let error: unknown;
      try {
        parseFeed(data, BASE);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(NewsError);
      expect((error as NewsError).kind).to.equal('invalid');
      expect((error as NewsError).message).to.not.match(/Invalid input/);
    });
  }

  it('leaves out a bad item, says why in plain words, and keeps the rest', () => {
    const items = [
      item(1),
      item(2),
      item(3),
      { ...item(4), publishedAt: 'yesterday' },
      { ...item(5), title: 7 },
      { id: '6' },
    ];
    const { value, warnings } = parseFeed({ items }, BASE);
    expect(value.items.map((i) => i.id)).to.deep.equal(['1', '2', '3']);
    expect(warnings).to.include('items[3].publishedAt: expected an RFC 3339 date-time with an offset');
    expect(warnings).to.include('items[4].title: expected a string, got a number');
    expect(warnings).to.include('items[5].title: is required');
    expect(warnings).to.include('items[5].publishedAt: is required');
    for (const warning of warnings) expect(warning).to.not.match(/Invalid input/);
  });

  it('rejects blank titles, impossible dates and non-object items', () => {
    const { value, warnings } = parseFeed(
      [{ ...item(1), title: '   ' }, { ...item(2), publishedAt: '2026-02-31T10:00:00Z' }, 'x', null],
      BASE,
    );
    expect(value.items).to.deep.equal([]);
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.equal('items[0].title: expected text, got an empty string');
    expect(warnings[2]).to.equal('items[2]: expected an object, got a string');
  });

  it('leaves out items that repeat an id', () => {
    const { value, warnings } = parseFeed([item(1), { ...item(1), title: 'Again' }, item(2)], BASE);
    expect(value.items.map((i) => i.title)).to.deep.equal(['Story number 1', 'Story number 2']);
    expect(warnings[0]).to.match(/items\[1\]\.id: repeats the id "1"/);
  });

  it('resolves relative URLs against the endpoint and drops unsafe ones without dropping the item', () => {
    const { value } = parseFeed(
      {
        url: 'javascript:alert(1)',
        items: [
          {
            ...item(1),
            url: '/en/story-1',
            category: { name: 'Energy', url: 'vbscript:msgbox(1)' },
            image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' },
          },
          { ...item(2), url: 'JaVaScRiPt:alert(1)', image: { src: 'thumb.jpg', width: 320, height: 200 } },
        ],
      },
      BASE,
    );
    expect(value.url).to.equal(undefined);
    const [one, two] = value.items;
    expect(one!.url).to.equal('https://news.example/en/story-1');
    // The unsafe URL is left out; the category stays.
    expect(one!.category).to.deep.equal({ name: 'Energy', url: undefined });
    expect(one!.image).to.equal(undefined);
    expect(two!.url).to.equal(undefined);
    expect(two!.image).to.deep.include({
      src: 'https://news.example/api/thumb.jpg',
      width: 320,
      height: 200,
    });
  });

  it('treats null in optional fields as absent', () => {
    const { value, warnings } = parseFeed(
      [
        {
          ...item(1),
          url: null,
          summary: null,
          category: null,
          image: null,
          updatedAt: null,
          media: null,
          lang: null,
        },
      ],
      BASE,
    );
    expect(warnings).to.deep.equal([]);
    expect(value.items).to.have.length(1);
    const [only] = value.items;
    for (const key of ['url', 'summary', 'category', 'image', 'updatedAt', 'media', 'lang'] as const)
      expect(only![key]).to.equal(undefined);
  });

  it('leaves out a wrong optional field, says so, and keeps the item', () => {
    const { value, warnings } = parseFeed(
      [{ ...item(1), category: 'Energy', updatedAt: '', summary: 5, url: 42, image: '' }],
      BASE,
    );
    expect(warnings).to.deep.equal([
      'items[0].url: expected a string, got a number (left out)',
      'items[0].summary: expected a string, got a number (left out)',
      'items[0].updatedAt: expected an RFC 3339 date-time with an offset (left out)',
      'items[0].category: expected an object, got a string (left out)',
      'items[0].image: expected an object, got a string (left out)',
    ]);
    expect(value.items).to.have.length(1);
    const [first] = value.items;
    expect(first!.title).to.equal('Story number 1');
    for (const key of ['url', 'summary', 'updatedAt', 'category', 'image'] as const)
      expect(first![key]).to.equal(undefined);
  });

  it('wants a date and a time with an offset, so that every reader sees the same instant', () => {
    const { value, warnings } = parseFeed(
      [
        { ...item(1), publishedAt: '2026-03-03T13:41' },
        { ...item(2), publishedAt: '2026-03-03' },
        { ...item(3), publishedAt: '2026-03-03T13:41:00+0400' },
        { ...item(4), publishedAt: '2026-03-03 13:41:00+04:00' },
        { ...item(5), publishedAt: '2026-03-03T24:00:00Z' },
        { ...item(6), publishedAt: '2026-03-03T13:41:00+24:00' },
        { ...item(7), publishedAt: 'Tue, 03 Mar 2026 13:41:00 GMT' },
      ],
      BASE,
    );
    expect(warnings).to.deep.equal([
      'items[0].publishedAt: expected an RFC 3339 date-time with an offset',
      'items[1].publishedAt: expected an RFC 3339 date-time with an offset',
      'items[3].publishedAt: expected an RFC 3339 date-time with an offset',
      'items[4].publishedAt: expected a real date and time',
      'items[5].publishedAt: expected a real date and time',
      'items[6].publishedAt: expected an RFC 3339 date-time with an offset',
    ]);
    expect(value.items.map((i) => i.id)).to.deep.equal(['3']);
  });

  it('writes every date in the one form all engines read alike, keeping its offset', () => {
    const dates = [
      ['2026-03-03T13:41:00+04:00', '2026-03-03T13:41:00+04:00'],
      ['2026-03-03t09:41:00z', '2026-03-03T09:41:00Z'],
      ['2026-03-03T13:41+04:00', '2026-03-03T13:41:00+04:00'],
      ['2026-03-03T13:41:00-0330', '2026-03-03T13:41:00-03:30'],
      ['2026-03-03T09:41:00.5Z', '2026-03-03T09:41:00.500Z'],
      ['2026-03-03T09:41:00.123456789Z', '2026-03-03T09:41:00.123Z'],
      ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
      ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00Z'],
      ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59Z'],
      ['2026-03-03T10:33:00.000Z', '2026-03-03T10:33:00.000Z'],
    ];
    const { value, warnings } = parseFeed(
      dates.map(([publishedAt], n) => ({ ...item(n), publishedAt })),
      BASE,
    );
    expect(warnings).to.deep.equal([]);
    expect(value.items.map((i) => i.publishedAt)).to.deep.equal(dates.map(([, out]) => out));
    expect(Date.parse(value.items[0]!.publishedAt)).to.equal(Date.parse('2026-03-03T09:41:00Z'));
    expect(Date.parse(value.items[3]!.publishedAt)).to.equal(Date.parse('2026-03-03T17:11:00Z'));
    // 2025 and 1900 have no 29 February; April, June, September and November no 31st.
    for (const bad of ['2025-02-29', '1900-02-29', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31'])
      expect(parseFeed([{ ...item(1), publishedAt: `${bad}T00:00:00Z` }], BASE).warnings, bad).to.deep.equal([
        'items[0].publishedAt: expected a real date and time',
      ]);
  });

  it('reports every value it leaves out: unsafe URLs, images, media, sizes, counts', () => {
    const { value, warnings } = parseFeed(
      {
        url: 'javascript:alert(1)',
        next: 'https://news.example/api/latest?before=1',
        items: [
          {
            ...item(1),
            url: 'javascript:alert(1)',
            media: 'hologram',
            category: { name: 'Energy', url: 'data:text/html,x' },
            image: { src: 'https://news.example/a.jpg', width: -5, srcset: 'a.jpg 1x, javascript:b 2x' },
          },
          { ...item(2), image: { src: 'vbscript:msgbox(1)' } },
        ],
      },
      BASE,
    );
    expect(warnings).to.deep.equal([
      'url: expected an http(s) URL (left out)',
      'items[0].url: expected an http(s) URL (left out)',
      'items[0].category.url: expected an http(s) URL (left out)',
      'items[0].media: expected "photo" or "video" (left out)',
      'items[0].image.srcset: an image candidate is not an http(s) URL (left out)',
      'items[0].image.width: expected a number above 0 (left out)',
      'items[1].image.src: expected an http(s) URL (left out)',
    ]);
    expect(value.next).to.equal('https://news.example/api/latest?before=1');
    const [one, two] = value.items;
    expect(one!.category).to.deep.equal({ name: 'Energy', url: undefined });
    expect(one!.image).to.deep.equal({
      src: 'https://news.example/a.jpg',
      // The unsafe candidate is left out; the safe one stays.
      srcset: 'https://news.example/api/a.jpg 1x',
      alt: undefined,
      width: undefined,
      height: undefined,
    });
    expect(two!.image).to.equal(undefined);
    const bad = parseFeed(
      [{ ...item(1), image: { src: 'a.jpg', srcset: 'javascript:a 1x, data:b 2x' } }],
      BASE,
    );
    expect(bad.warnings).to.deep.equal([
      'items[0].image.srcset: 2 image candidates are not http(s) URLs (left out)',
    ]);
    expect(bad.value.items[0]!.image!.srcset).to.equal(undefined);
  });

  it('ignores an unknown media type instead of dropping the item', () => {
    const { value } = parseFeed(
      [
        { ...item(1), media: 'hologram' },
        { ...item(2), media: 'video' },
      ],
      BASE,
    );
    expect(value.items.map((i) => i.media)).to.deep.equal([undefined, 'video']);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const json = `{"__proto__": {"polluted": "feed"}, "items": [{"id": "1", "title": "t", "publishedAt": "2026-03-03T13:41:00+04:00",
      "__proto__": {"polluted": "item"}, "constructor": {"prototype": {"polluted": "ctor"}},
      "category": {"name": "c", "__proto__": {"polluted": "cat"}}}]}`;
    const { value } = parseFeed(JSON.parse(json), BASE);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
    const first = value.items[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(first)).to.equal(Object.prototype);
    expect(first.polluted).to.equal(undefined);
    expect(Object.keys(first)).to.not.include('constructor');
    expect((first.category as Record<string, unknown>).polluted).to.equal(undefined);
    expect((value as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads only the data’s own fields: a page that polluted Object.prototype adds nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.summary = '<img src=x onerror=alert(1)>';
    proto.url = 'https://evil.example/';
    proto.media = 'video';
    try {
      const { value, warnings } = parseFeed(
        [{ id: '1', title: 'Plain', publishedAt: '2026-03-03T13:41:00+04:00', category: { name: 'c' } }],
        BASE,
      );
      expect(warnings).to.deep.equal([]);
      const [first] = value.items;
      // Every field is the item's own, so nothing is read from the prototype.
      expect(Object.hasOwn(first!, 'summary') && first!.summary).to.equal(undefined);
      expect(Object.hasOwn(first!, 'url') && first!.url).to.equal(undefined);
      expect(Object.hasOwn(first!, 'media') && first!.media).to.equal(undefined);
      expect(Object.hasOwn(first!.category!, 'url') && first!.category!.url).to.equal(undefined);
      // A polluted `items` or `title` on the container is not read either.
      proto.items = [item(9)];
      expect(() => parseFeed({}, BASE)).to.throw(/items: expected an array/);
      delete proto.items;
    } finally {
      delete proto.summary;
      delete proto.url;
      delete proto.media;
    }
  });

  describe('with a memo (a refresh)', () => {
    const memo = (): ListMemo<FeedItem> => ({ entries: new Map() });

    it('gives back the same objects for items whose JSON is unchanged, and validates the rest', () => {
      const m = memo();
      const first = parseFeed({ items: [item(1), item(2)] }, BASE, m).value.items;
      // New objects from a new response: equal JSON, except item 2.
      const second = parseFeed({ items: [item(0), item(1), { ...item(2), title: 'Edited' }] }, BASE, m).value
        .items;
      expect(second[1]).to.equal(first[0]);
      expect(second[2]).to.not.equal(first[1]);
      expect(second[2]!.title).to.equal('Edited');
      expect(second[0]!.id).to.equal('0');
    });

    it('validates again after the base URL changed: relative URLs resolve against the new one', () => {
      const m = memo();
      const raw = { items: [{ ...item(1), url: '/en/news/1' }] };
      expect(parseFeed(raw, BASE, m).value.items[0]!.url).to.equal('https://news.example/en/news/1');
      expect(parseFeed(raw, 'https://other.example/feed', m).value.items[0]!.url).to.equal(
        'https://other.example/en/news/1',
      );
    });

    it('reports what it left out on every parse, and still drops repeated ids', () => {
      const m = memo();
      const raw = { items: [{ ...item(1), url: 5 }, item(2), item(2)] };
      const first = parseFeed(raw, BASE, m);
      const second = parseFeed(raw, BASE, m);
      expect(first.warnings, first.warnings.join('; ')).to.have.length(2);
      expect(second.warnings).to.deep.equal(first.warnings);
      expect(second.value.items.map((i) => i.id)).to.deep.equal(['1', '2']);
    });

    it('validates again an item an app edited in place, at any depth, and one whose fields changed', () => {
      const m = memo();
      const raw = { items: [item(1), item(2), item(3)] };
      const first = parseFeed(raw, BASE, m).value.items;
      raw.items[0]!.title = 'Edited';
      (raw.items[1]!.category as { name: string }).name = 'Sport';
      const third = raw.items[2] as Record<string, unknown>;
      third.summary = 'Added';
      const second = parseFeed(raw, BASE, m).value.items;
      expect(second.map((i) => i.title)).to.deep.equal(['Edited', first[1]!.title, first[2]!.title]);
      expect(second[1]!.category!.name).to.equal('Sport');
      expect(second[2]!.summary).to.equal('Added');
      expect(second[0]).to.not.equal(first[0]);
      // A field taken away, and `null` (which means absent) for one that was absent: only the first is new.
      delete third.summary;
      const fourth = parseFeed(raw, BASE, m).value.items;
      expect(fourth[2]!.summary).to.equal(undefined);
      (raw.items[1] as Record<string, unknown>).summary = null;
      expect(parseFeed(raw, BASE, m).value.items[1]).to.equal(fourth[1]);
    });

    it('validates an item again when its id is another type, or a getter reads differently', () => {
      const m = memo();
      const first = parseFeed({ items: [{ ...item(1), id: 1 }] }, BASE, m).value.items;
      const second = parseFeed({ items: [{ ...item(1), id: '1' }] }, BASE, m).value.items;
      expect(second[0]!.id).to.equal('1');
      expect(second[0]).to.not.equal(first[0]);
      let title = 'One';
      const live = Object.defineProperty({ ...item(2) }, 'title', { get: () => title, enumerable: true });
      expect(parseFeed({ items: [live] }, BASE, m).value.items[0]!.title).to.equal('One');
      title = 'Two';
      expect(parseFeed({ items: [live] }, BASE, m).value.items[0]!.title).to.equal('Two');
      const throwing = Object.defineProperty({ ...item(2) }, 'title', {
        get: () => {
          throw new Error('no');
        },
        enumerable: true,
      });
      const result = parseFeed({ items: [throwing, item(3)] }, BASE, m);
      expect(result.value.items.map((i) => i.id)).to.deep.equal(['3']);
      expect(result.warnings.join()).to.contain('could not be validated');
    });

    it('validates an item that cannot be written as JSON', () => {
      const m = memo();
      const looped: Record<string, unknown> = { ...item(1) };
      looped.self = looped;
      expect(parseFeed({ items: [looped] }, BASE, m).value.items[0]!.id).to.equal('1');
      expect(parseFeed({ items: [looped] }, BASE, m).value.items[0]!.id).to.equal('1');
    });
  });
});
