// Property-based tests (fast-check): 10,000 generated payloads per schema and through the URL checker.
// Whatever comes in, parsing either returns data or throws a NewsError; every URL that comes out is an
// absolute http(s) URL; nothing touches Object.prototype. A sample is rendered through the elements,
// which must never run a script.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { NewsError } from '../../src/data/errors.js';
import { parseArticle } from '../../src/data/schemas/article.js';
import { parseFeed } from '../../src/data/schemas/feed.js';
import { parsePhotos } from '../../src/data/schemas/photos.js';
import { parseTags } from '../../src/data/schemas/tags.js';
import { safeSrcset, safeUrl } from '../../src/data/url.js';
import '../../src/define.js';

const RUNS = 10_000;
const BASE = 'https://news.example/api/feed.json';

const big = 'x'.repeat(100_000);
const nasty = fc.constantFrom(
  '',
  ' ',
  big,
  `${big}<script>alert(1)</script>`,
  '\u202Eevil\u202C',
  'a\u200Bb\u200D\uFEFF',
  '\uD800',
  'x\uDFFFy',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '../../etc/passwd',
  'https://news.example/ok',
  '2026-02-31T10:00:00Z',
  '2026-03-03T13:41:00+04:00',
  '2026-03-03T25:00:00Z',
  '9999-99-99',
  'Not/A_Zone',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
);

/** Any JSON value, nested up to 12 levels, with keys that include the dangerous ones and the real ones. */
const keys = fc.constantFrom(
  'id',
  'url',
  'title',
  'summary',
  'publishedAt',
  'updatedAt',
  'category',
  'name',
  'media',
  'image',
  'src',
  'srcset',
  'sizes',
  'alt',
  'width',
  'height',
  'caption',
  'credit',
  'tags',
  'photos',
  'items',
  'translations',
  'lang',
  'body',
  'count',
  'next',
  'PROTO',
  'constructor',
  'prototype',
  'x',
);
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 12 },
    nasty,
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(keys, tie('json'), { maxKeys: 8 }),
  ),
}));

/** Near-valid entries: the right keys, each with a random or nasty value, ids that repeat. */
const entry = fc.record(
  {
    id: fc.oneof(fc.constantFrom('1', '2', 1, 2), json),
    url: fc.oneof(nasty, json),
    title: fc.oneof(nasty, json),
    publishedAt: fc.oneof(nasty, json),
    updatedAt: fc.oneof(nasty, json),
    summary: fc.oneof(nasty, json),
    category: fc.oneof(fc.record({ name: fc.oneof(nasty, json), url: fc.oneof(nasty, json) }), json),
    image: fc.oneof(fc.record({ src: nasty, srcset: nasty, alt: nasty, width: json }), json),
    src: fc.oneof(nasty, json),
    srcset: fc.oneof(nasty, json),
    name: fc.oneof(nasty, json),
    body: fc.oneof(nasty, json),
    lang: fc.oneof(nasty, json),
    PROTO: json,
  },
  { requiredKeys: [] },
);
const payload = fc.oneof(
  json,
  fc.array(entry, { maxLength: 6 }),
  fc.record({
    title: fc.oneof(nasty, json),
    url: fc.oneof(nasty, json),
    next: fc.oneof(nasty, json),
    items: fc.oneof(fc.array(entry, { maxLength: 6 }), json),
    tags: fc.oneof(fc.array(entry, { maxLength: 6 }), json),
    photos: fc.oneof(fc.array(entry, { maxLength: 6 }), json),
    translations: fc.oneof(fc.array(entry, { maxLength: 4 }), json),
    PROTO: json,
  }),
  entry,
);

/** As it arrives over the network: through JSON text, with "PROTO" keys turned into real `__proto__` keys. */
const wire = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text.replaceAll('"PROTO":', '"__proto__":'));
};

const isSafe = (url: string) => /^https?:\/\/[^\s]/.test(url) && new URL(url).href === url;

/** Every string at a URL-ish key of `value`, anywhere. */
function urlsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => urlsIn(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'url' || k === 'src' || k === 'next') && typeof v === 'string') out.push(v);
      else if (k === 'srcset' && typeof v === 'string')
        out.push(...v.split(/ \d+(?:\.\d+)?[wx](?:, |$)|, /).filter(Boolean));
      else urlsIn(v, out);
    }
  return out;
}

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const unpolluted = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(protoBefore);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
};

describe('property-based: the schemas and the URL checker', function () {
  this.timeout(120_000);
  let failures = 0;

  for (const [name, parse] of [
    ['parseFeed', parseFeed],
    ['parseArticle', parseArticle],
    ['parseTags', parseTags],
    ['parsePhotos', parsePhotos],
  ] as const) {
    it(`${name}: ${RUNS} payloads, never a crash, only http(s) URLs, no prototype change`, () => {
      fc.assert(
        fc.property(payload, (value) => {
          const data = wire(value);
          let result: { value: unknown; warnings: string[] } | undefined;
          try {
            result = parse(data, BASE);
          } catch (error) {
            if (!(error instanceof NewsError) || error.kind !== 'invalid') {
              failures++;
              throw error;
            }
          }
          if (result) {
            for (const url of urlsIn(result.value)) expect(isSafe(url), url).to.equal(true);
            for (const warning of result.warnings)
              expect(warning)
                .to.be.a('string')
                .and.not.match(/Invalid input/);
          }
          unpolluted();
        }),
        { numRuns: RUNS },
      );
      console.log(`figure: fuzz ${name} payloads=${RUNS} crashes=${failures} prototype-changes=0`);
    });
  }

  it(`safeUrl and safeSrcset: ${RUNS} strings each, only absolute http(s) URLs come out`, () => {
    const candidates = fc.oneof(nasty, fc.string({ unit: 'binary' }), fc.webUrl(), fc.string());
    fc.assert(
      fc.property(candidates, fc.oneof(fc.constant(BASE), fc.constant(undefined)), (value, base) => {
        const url = safeUrl(value, base);
        if (url !== undefined) expect(isSafe(url), url).to.equal(true);
        const set = safeSrcset(`${value} 1x, ${value}, x.jpg 2x`, base);
        for (const candidate of set?.split(', ') ?? [])
          expect(isSafe(candidate.split(' ')[0]!)).to.equal(true);
      }),
      { numRuns: RUNS },
    );
    console.log(`figure: fuzz safeUrl+safeSrcset payloads=${RUNS} crashes=0 unsafe-urls=0`);
  });

  it('renders 200 generated articles, tag lists, galleries and feeds without running anything', async () => {
    const hits: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    const saved = { alert: w.alert };
    w.alert = () => hits.push('alert');
    try {
      const samples = fc.sample(payload, { numRuns: 200, seed: 42 }).map(wire);
      const zones = fc.sample(fc.oneof(nasty, fc.constantFrom('Asia/Baku', 'UTC')), {
        numRuns: 200,
        seed: 7,
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const [i, data] of samples.entries()) {
        for (const tag of ['news-article', 'tag-list', 'photo-gallery', 'latest-news']) {
          const el = document.createElement(tag) as HTMLElement & {
            data: unknown;
            updateComplete: Promise<unknown>;
          };
          el.setAttribute('time-zone', String(zones[i]));
          el.setAttribute('lang', String(zones[(i + 1) % zones.length]).slice(0, 20));
          el.data = data;
          wrapper.append(el);
          await el.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 0));
          const root = el.shadowRoot!;
          expect(root.querySelector('script, iframe, object, embed'), tag).to.equal(null);
          for (const node of root.querySelectorAll('[href], [src]')) {
            const url = node.getAttribute('href') ?? node.getAttribute('src')!;
            expect(isSafe(url), `${tag} ${url}`).to.equal(true);
          }
          el.remove();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(hits).to.deep.equal([]);
      unpolluted();
    } finally {
      w.alert = saved.alert;
    }
    expect(failures).to.equal(0);
    console.log(`figure: fuzz rendered payloads=200 elements=4 scripts-run=${hits.length}`);
  });
});
