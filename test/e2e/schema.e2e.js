// The published JSON Schema files (schema/*.json, written by `npm run build` from the zod schemas), read
// the way a publisher's tooling would read them: with a JSON Schema 2020-12 validator (ajv). The sample
// endpoint's four responses and the end-to-end fixtures must pass; broken documents must not.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { startDemoServer } from './helpers.js';

const read = async (path) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));

// Formats (uri-reference, date-time) are annotations here, as in most validators by default: the
// schemas carry a pattern where the format is strict.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validators = {};
for (const name of ['feed', 'article', 'tags', 'photos']) {
  validators[name] = ajv.compile(await read(`schema/${name}.json`));
}

/** Asserts that `doc` is valid as `name`, showing ajv's errors when it is not. */
function valid(name, doc, label) {
  const ok = validators[name](doc);
  assert.ok(ok, `${label} should be a valid ${name}: ${ajv.errorsText(validators[name].errors)}`);
}

function invalid(name, doc, label) {
  assert.equal(validators[name](doc), false, `${label} should not be a valid ${name}`);
}

describe('schema/*.json', () => {
  let vite;
  let origin;

  before(async () => {
    ({ vite, origin } = await startDemoServer());
  });

  after(() => vite?.close());

  it('are JSON Schema 2020-12 documents with a title', async () => {
    for (const name of Object.keys(validators)) {
      const schema = await read(`schema/${name}.json`);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(schema.title, /<[a-z-]+>/);
    }
  });

  it('accept every response of the sample endpoint', async () => {
    const routes = {
      feed: '/api/latest',
      article: '/api/article/491283',
      tags: '/api/tags/trending',
      photos: '/api/photos/491283',
    };
    for (const [name, route] of Object.entries(routes)) {
      const response = await fetch(`${origin}${route}`);
      assert.equal(response.status, 200, route);
      const doc = await response.json();
      valid(name, doc, route);
    }
  });

  it('accept the test fixtures, and an article wherever its tags and photos are read', async () => {
    const article = await read('test/e2e/fixtures/article.json');
    valid('feed', await read('test/e2e/fixtures/latest-news.json'), 'latest-news.json');
    valid('article', article, 'article.json');
    valid('tags', article, 'article.json');
    valid('photos', article, 'article.json');
    valid('feed', [article], 'an article as an item of a bare array');
  });

  it('reject documents that the elements cannot show', async () => {
    const feed = await read('test/e2e/fixtures/latest-news.json');
    const article = await read('test/e2e/fixtures/article.json');
    const item = feed.items[0];
    const broken = [
      ['feed', { title: 'No items' }, 'a feed without items'],
      ['feed', { items: { 0: item } }, 'items that are not an array'],
      ['feed', [{ ...item, title: '' }], 'a blank title'],
      ['feed', [{ ...item, id: '' }], 'an empty id'],
      ['feed', [{ ...item, id: true }], 'an id that is neither text nor a number'],
      ['feed', [{ ...item, publishedAt: '2026-03-03' }], 'a date without a time'],
      ['feed', [{ ...item, publishedAt: '2026-03-03T13:41:00' }], 'a time without an offset'],
      ['feed', [{ ...item, media: 'hologram' }], 'an unknown media'],
      ['feed', [{ ...item, image: { alt: 'no src' } }], 'an image without src'],
      ['feed', [{ ...item, category: 'Energy' }], 'a category that is text'],
      ['article', { ...article, publishedAt: undefined }, 'an article without publishedAt'],
      ['article', { ...article, tags: [{ url: 'https://news.example/t/' }] }, 'a tag without a name'],
      ['tags', [{ name: 'x', count: -1 }], 'a negative count'],
      ['photos', [{ alt: 'no src' }], 'a photo without src'],
      ['photos', [{ src: 'https://news.example/a.jpg', width: 0 }], 'a zero width'],
    ];
    for (const [name, doc, label] of broken) invalid(name, JSON.parse(JSON.stringify(doc)), label);
  });

  it('draw the same lines as the validator the elements use, at every bound stated by hand', async () => {
    // Some checks are zod transforms (for bytes), whose bounds documents.ts states for the JSON Schema
    // by hand: here both sides judge the same values, so that the two statements cannot drift apart.
    const { parseFeed } = await import('../../dist/data/schemas/feed.js');
    const { parsePhotos } = await import('../../dist/data/schemas/photos.js');
    const { parseTags } = await import('../../dist/data/schemas/tags.js');
    const base = 'https://news.example/api/';
    const item = { id: '1', url: 'https://news.example/1', publishedAt: '2026-03-03T13:41:00Z' };
    // [schema, document with `value` in one field, whether the elements keep it, label].
    const cases = [
      ...['Headline', ' Headline ', '', '   ', '\n\t'].map((value) => [
        'feed',
        { items: [{ ...item, title: value }] },
        (v) => parseFeed(v, base).value.items[0]?.title === value.trim(),
        `title ${JSON.stringify(value)}`,
      ]),
      ...['photo', 'video', 'Photo', 'audio', '', 1, null].map((value) => [
        'feed',
        { items: [{ ...item, title: 'x', media: value }] },
        (v) => parseFeed(v, base).value.items[0]?.media === value,
        `media ${JSON.stringify(value)}`,
      ]),
      ...[1, 0.5, 99999, 99999.5, 0, -1, 100000, 1e9, '640'].map((value) => [
        'photos',
        [{ src: 'https://news.example/a.jpg', width: value }],
        (v) => parsePhotos(v, base).value.photos[0]?.width === value,
        `width ${JSON.stringify(value)}`,
      ]),
      ...[0, 1, 250, -1, -0.5, '3'].map((value) => [
        'tags',
        [{ name: 'x', count: value }],
        (v) => parseTags(v, base).value.tags[0]?.count === value,
        `count ${JSON.stringify(value)}`,
      ]),
    ];
    const disagree = [];
    for (const [name, doc, kept, label] of cases) {
      const schema = validators[name](JSON.parse(JSON.stringify(doc)));
      const elements = kept(JSON.parse(JSON.stringify(doc)));
      if (schema !== elements) disagree.push(`${label}: JSON Schema ${schema}, elements ${elements}`);
    }
    assert.deepEqual(disagree, []);
  });
});
