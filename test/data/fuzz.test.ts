// Property-based tests (fast-check): 10,000 generated payloads per schema and through the URL checker.
// Whatever comes in, parsing either returns data or throws a NewsError; every URL that comes out is an
// absolute http(s) URL; nothing touches Object.prototype. A sample is rendered through the elements,
// which must never run a script.
//
// The figures they print (`figure: fuzz …` lines, collected by `npm run figures`) are counted, not
// written down: every payload runs to the end, each crash, prototype change and unsafe URL found is
// counted, the counts are printed, and then they must be 0. The first test shows that the counting
// catches each kind of failure. Only the parsers' exported API is used (`parse(raw, url)` returns
// `{ value, warnings }` or throws a NewsError).
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

// What the counting below watches: the prototypes of the built-ins a polluting parser could change,
// every own property of each, with its descriptor.
const watched = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
];
type Snapshot = Map<PropertyKey, PropertyDescriptor>[];
const snapshot = (): Snapshot =>
  watched.map(
    (proto) => new Map(Reflect.ownKeys(proto).map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)!])),
  );
const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  a.value === b.value &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;
const pristine = snapshot();
const pristineProtos = watched.map((proto) => Object.getPrototypeOf(proto) as unknown);

/**
 * The changes made to the watched prototypes since the test began, described; each one is undone, so
 * that one payload's change is counted once and does not spill into the next.
 */
function prototypeChanges(): string[] {
  const changes: string[] = [];
  watched.forEach((proto, i) => {
    const before = pristine[i]!;
    const name =
      proto === Object.prototype ? 'Object' : (proto as { constructor: { name: string } }).constructor.name;
    for (const key of Reflect.ownKeys(proto)) {
      const now = Object.getOwnPropertyDescriptor(proto, key)!;
      const was = before.get(key);
      if (was && sameDescriptor(was, now)) continue;
      changes.push(`${name}.prototype.${String(key)} ${was ? 'changed' : 'added'}`);
      if (was) Object.defineProperty(proto, key, was);
      else delete (proto as Record<PropertyKey, unknown>)[key];
    }
    for (const [key, was] of before) {
      if (Object.prototype.hasOwnProperty.call(proto, key)) continue;
      changes.push(`${name}.prototype.${String(key)} deleted`);
      Object.defineProperty(proto, key, was);
    }
    if (Object.getPrototypeOf(proto) !== pristineProtos[i]) {
      changes.push(`${name}.prototype's prototype replaced`);
      Object.setPrototypeOf(proto, pristineProtos[i] as object | null);
    }
  });
  return changes;
}

/** The prototypes of the realm's built-ins: anything else under a parser's output came from the input. */
const builtins = new Set<unknown>([null]);
for (const name of Object.getOwnPropertyNames(globalThis)) {
  try {
    const value = (globalThis as Record<string, unknown>)[name];
    if (typeof value === 'function' && value.prototype) builtins.add(value.prototype);
  } catch {
    // A global whose getter throws is no constructor of ours.
  }
}

/** Paths in `value` to objects whose prototype is not a built-in one (e.g. set from a `__proto__` key). */
function foreignPrototypes(
  value: unknown,
  path = 'value',
  seen = new Set<object>(),
  out: string[] = [],
): string[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (!builtins.has(Object.getPrototypeOf(value))) out.push(path);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) foreignPrototypes(descriptor.value, `${path}.${String(key)}`, seen, out);
  }
  return out;
}

/** What a fuzz run counted: each figure is the number of payloads (or URLs) where it was seen. */
interface Tally {
  payloads: number;
  crashes: number;
  prototypeChanges: number;
  unsafeUrls: number;
  rawMessages: number;
  /** The first few cases behind any count above, for the failure message. */
  examples: string[];
}

const tally = (): Tally => ({
  payloads: 0,
  crashes: 0,
  prototypeChanges: 0,
  unsafeUrls: 0,
  rawMessages: 0,
  examples: [],
});

const note = (t: Tally, what: string, input: unknown) => {
  if (t.examples.length >= 5) return;
  let text: string;
  try {
    text = JSON.stringify(input) ?? String(input);
  } catch {
    text = String(input);
  }
  t.examples.push(`${what} for ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`);
};

type Parse = (raw: unknown, url: string | undefined) => { value: unknown; warnings: string[] };

/**
 * Runs one payload through `parse` and counts what went wrong: a throw that is not a NewsError of kind
 * `invalid` (a crash), each unsafe URL in the output, a change to a built-in prototype or an output object
 * with a prototype from the input, and a warning that is zod's raw message rather than ours.
 */
function count(t: Tally, parse: Parse, data: unknown): void {
  t.payloads++;
  let result: ReturnType<Parse> | undefined;
  try {
    result = parse(data, BASE);
  } catch (error) {
    if (!(error instanceof NewsError) || error.kind !== 'invalid') {
      t.crashes++;
      note(t, `crash (${(error as Error)?.name}: ${(error as Error)?.message})`, data);
    }
  }
  const changed = [...prototypeChanges(), ...(result ? foreignPrototypes(result.value) : [])];
  if (changed.length) {
    t.prototypeChanges++;
    note(t, `prototype change (${changed.slice(0, 3).join(', ')})`, data);
  }
  if (!result) return;
  for (const url of urlsIn(result.value)) {
    if (isSafe(url)) continue;
    t.unsafeUrls++;
    note(t, `unsafe URL ${url}`, data);
  }
  const warnings: unknown = result.warnings;
  for (const warning of Array.isArray(warnings) ? warnings : [warnings]) {
    if (typeof warning === 'string' && !/Invalid input/.test(warning)) continue;
    t.rawMessages++;
    note(t, `raw warning ${String(warning)}`, data);
  }
}

const figures = (t: Tally) =>
  `payloads=${t.payloads} crashes=${t.crashes} prototype-changes=${t.prototypeChanges} unsafe-urls=${t.unsafeUrls} raw-messages=${t.rawMessages}`;

const expectNone = (t: Tally) =>
  expect(
    {
      crashes: t.crashes,
      prototypeChanges: t.prototypeChanges,
      unsafeUrls: t.unsafeUrls,
      rawMessages: t.rawMessages,
    },
    t.examples.join('\n'),
  ).to.deep.equal({ crashes: 0, prototypeChanges: 0, unsafeUrls: 0, rawMessages: 0 });

const parsers = [
  ['parseFeed', parseFeed],
  ['parseArticle', parseArticle],
  ['parseTags', parseTags],
  ['parsePhotos', parsePhotos],
] as const;

describe('property-based: the schemas and the URL checker', function () {
  this.timeout(120_000);

  it('the counters count: a parser that crashes, pollutes and lets javascript: through is caught', () => {
    const t = tally();
    const bad = (data: string) =>
      parsers.map(([, parse]): Parse => (raw, url) => {
        if (data === 'crash') throw new TypeError('boom');
        if (data === 'pollute') {
          (Object.prototype as Record<string, unknown>).polluted = 1;
          return { value: {}, warnings: [] };
        }
        if (data === 'proto') return { value: { items: [Object.create({ id: 'x' })] }, warnings: [] };
        if (data === 'url') return { value: { url: 'javascript:alert(1)' }, warnings: ['Invalid input'] };
        return parse(raw, url);
      });
    for (const data of ['crash', 'pollute', 'proto', 'url', 'fine'])
      for (const parse of bad(data)) count(t, parse, data);
    expect(({} as Record<string, unknown>).polluted, 'the pollution was undone').to.equal(undefined);
    expect(figures(t)).to.equal('payloads=20 crashes=4 prototype-changes=8 unsafe-urls=4 raw-messages=4');
  });

  for (const [name, parse] of parsers) {
    it(`${name}: ${RUNS} payloads, never a crash, only http(s) URLs, no prototype change`, () => {
      const t = tally();
      fc.assert(
        fc.property(payload, (value) => {
          count(t, parse, wire(value));
        }),
        { numRuns: RUNS },
      );
      console.log(`figure: fuzz ${name} ${figures(t)}`);
      expect(t.payloads).to.equal(RUNS);
      expectNone(t);
    });
  }

  it(`safeUrl and safeSrcset: ${RUNS} strings each, only absolute http(s) URLs come out`, () => {
    const t = tally();
    let urls = 0;
    const candidates = fc.oneof(nasty, fc.string({ unit: 'binary' }), fc.webUrl(), fc.string());
    fc.assert(
      fc.property(candidates, fc.oneof(fc.constant(BASE), fc.constant(undefined)), (value, base) => {
        t.payloads++;
        let out: string[];
        try {
          const url = safeUrl(value, base);
          const set = safeSrcset(`${value} 1x, ${value}, x.jpg 2x`, base);
          out = [
            ...(url === undefined ? [] : [url]),
            ...(set?.split(', ') ?? []).map((c) => c.split(' ')[0]!),
          ];
        } catch (error) {
          t.crashes++;
          note(t, `crash (${(error as Error)?.message})`, value);
          return;
        }
        urls += out.length;
        for (const url of out) {
          if (isSafe(url)) continue;
          t.unsafeUrls++;
          note(t, `unsafe URL ${url}`, value);
        }
        if (prototypeChanges().length) {
          t.prototypeChanges++;
          note(t, 'prototype change', value);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`figure: fuzz safeUrl+safeSrcset ${figures(t)} urls-checked=${urls}`);
    expect(t.payloads).to.equal(RUNS);
    expect(urls, 'some URLs came out to check').to.be.greaterThan(RUNS / 2);
    expectNone(t);
  });

  it('renders 200 generated articles, tag lists, galleries and feeds without running anything', async () => {
    const hits: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    const saved = { alert: w.alert };
    w.alert = () => hits.push('alert');
    const t = tally();
    let elements = 0;
    let scriptElements = 0;
    let urls = 0;
    try {
      const samples = fc.sample(payload, { numRuns: 200, seed: 42 }).map(wire);
      const zones = fc.sample(fc.oneof(nasty, fc.constantFrom('Asia/Baku', 'UTC')), {
        numRuns: 200,
        seed: 7,
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const [i, data] of samples.entries()) {
        t.payloads++;
        for (const tag of ['news-article', 'tag-list', 'photo-gallery', 'latest-news']) {
          const el = document.createElement(tag) as HTMLElement & {
            data: unknown;
            updateComplete: Promise<unknown>;
          };
          el.setAttribute('time-zone', String(zones[i]));
          el.setAttribute('lang', String(zones[(i + 1) % zones.length]).slice(0, 20));
          el.data = data;
          try {
            wrapper.append(el);
            await el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 0));
          } catch (error) {
            t.crashes++;
            note(t, `<${tag}> crashed (${(error as Error)?.message})`, data);
          }
          elements++;
          const root = el.shadowRoot!;
          for (const node of root.querySelectorAll('script, iframe, object, embed')) {
            scriptElements++;
            note(t, `<${tag}> rendered <${node.localName}>`, data);
          }
          for (const node of root.querySelectorAll('[href], [src]')) {
            const url = node.getAttribute('href') ?? node.getAttribute('src')!;
            urls++;
            if (isSafe(url)) continue;
            t.unsafeUrls++;
            note(t, `<${tag}> rendered the URL ${url}`, data);
          }
          el.remove();
        }
        if (prototypeChanges().length) {
          t.prototypeChanges++;
          note(t, 'prototype change', data);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      w.alert = saved.alert;
    }
    console.log(
      `figure: fuzz rendered payloads=${t.payloads} elements=${elements} scripts-run=${hits.length} script-elements=${scriptElements} crashes=${t.crashes} prototype-changes=${t.prototypeChanges} unsafe-urls=${t.unsafeUrls} urls-checked=${urls}`,
    );
    expect(elements).to.equal(800);
    expect(urls, 'some URLs were rendered to check').to.be.greaterThan(0);
    expect({ scriptsRun: hits.length, scriptElements }, t.examples.join('\n')).to.deep.equal({
      scriptsRun: 0,
      scriptElements: 0,
    });
    expectNone(t);
  });
});
