// The fault matrix: every way a feed server misbehaves, through real <latest-news> elements (and
// <news-article> for some), each checked three ways:
//   1. state: a first load that fails shows the error box (part="error", role="alert") with a plain
//      message, and news-error says which kind (http / not-json / invalid / timeout / network) and status;
//      a fault that heals shows the content;
//   2. retry policy, counted on the fault server: one request for other 4xx, not-JSON, oversized bodies
//      and timeouts; 1 + `retries` for 5xx, 429 and network errors;
//   3. a refresh that fails keeps the content already shown, adds the `stale` note and fires news-error
//      (the endpoint answers a good feed first, then /fault/switch turns it into the fault).
// The `after` hook prints a `figure: fault …` line for `npm run figures` (scripts/figures.js).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/latest-news/latest-news.define.js';
import '../../src/components/news-article/news-article.define.js';
import { configure } from '../../src/data/config.js';
import type { NewsConfig } from '../../src/data/config.js';
import type { NewsErrorKind } from '../../src/data/errors.js';
import type { NewsErrorEvent } from '../../src/events/events.js';
import { readerError, stringsFor } from '../../src/internal/i18n.js';
import { seedArticle } from '../fixtures/article.js';
import {
  crossFault,
  fault,
  feed,
  lastHeaders,
  part,
  parts,
  requestCount,
  resetAll,
  texts,
  uniqueKey,
} from '../helpers.js';

type Params = Record<string, string | number>;
type Tag = 'latest-news' | 'news-article';
type NewsEl = HTMLElement & {
  load(refresh?: boolean): Promise<boolean>;
  locale: string;
  updateComplete: Promise<boolean>;
};

/** Short timeouts and retry delays keep the matrix fast; each case may add its own settings. */
const FAST: NewsConfig = { timeout: 800, retryDelay: 10, retryMaxDelay: 50 };
const DEFAULT_RETRIES = 2;

interface Fault {
  name: string;
  /** The fault route and its query. */
  route: string;
  params: Params;
  kind: NewsErrorKind;
  status?: number;
  message: RegExp;
  /** The policy: network errors, 5xx and 429 are retried; nothing else is. */
  retried: boolean;
  config?: NewsConfig;
  /** Ask the page's own origin, not the other one (see the 429 case). */
  sameOrigin?: boolean;
  tags: Tag[];
  /** Each failed load takes at least this long (Retry-After), or at most this long (the timeout). */
  minMs?: number;
  maxMs?: number;
}

const error = (message: string) => JSON.stringify({ error: message });

const FAULTS: Fault[] = [
  {
    name: '404',
    route: 'json',
    params: { status: 404, body: error('not found') },
    kind: 'http',
    status: 404,
    message: /^The server answered 404 Not Found for http:\/\/\S+\.$/,
    retried: false,
    tags: ['latest-news', 'news-article'],
  },
  {
    name: '410',
    route: 'json',
    params: { status: 410, body: error('gone') },
    kind: 'http',
    status: 410,
    message: /^The server answered 410 Gone for /,
    retried: false,
    tags: ['latest-news'],
  },
  {
    name: '500',
    route: 'json',
    params: { status: 500, body: error('boom') },
    kind: 'http',
    status: 500,
    message: /^The server answered 500 Internal Server Error for /,
    retried: true,
    tags: ['latest-news'],
  },
  {
    name: '503 (retries: 3)',
    route: 'json',
    params: { status: 503, body: error('down') },
    kind: 'http',
    status: 503,
    message: /^The server answered 503 Service Unavailable for /,
    retried: true,
    config: { retries: 3 },
    tags: ['latest-news', 'news-article'],
  },
  {
    // retryMaxDelay above the Retry-After, so that the wait it asks for is what the retry waits. Same
    // origin: cross-origin, a script sees Retry-After only when the server lists it in
    // Access-Control-Expose-Headers, and the fault server exposes only ETag.
    name: '429 with Retry-After: 1 (retries: 1)',
    route: 'json',
    params: { status: 429, 'retry-after': 1, body: error('slow down') },
    kind: 'http',
    status: 429,
    message: /^The server answered 429 Too Many Requests for /,
    retried: true,
    config: { retries: 1, retryMaxDelay: 2000 },
    sameOrigin: true,
    tags: ['latest-news'],
    minMs: 950,
  },
  {
    name: '415',
    route: 'json',
    params: { status: 415, body: error('unsupported') },
    kind: 'http',
    status: 415,
    message: /^The server answered 415 Unsupported Media Type for /,
    retried: false,
    tags: ['latest-news'],
  },
  {
    name: 'malformed JSON',
    route: 'malformed',
    params: {},
    kind: 'not-json',
    message: /^The response is not valid JSON \(.+\)\.$/,
    retried: false,
    tags: ['latest-news', 'news-article'],
  },
  {
    // The socket closes half-way through the declared length: a broken connection, retried.
    name: 'truncated JSON',
    route: 'truncated',
    params: {},
    kind: 'network',
    message: /^The connection to \S+ broke off before the response was complete\.$/,
    retried: true,
    tags: ['latest-news'],
  },
  {
    name: 'HTML error page with status 200',
    route: 'html200',
    params: {},
    kind: 'not-json',
    message: /^Expected JSON but the server sent text\/html\.$/,
    retried: false,
    tags: ['latest-news', 'news-article'],
  },
  {
    name: 'JSON sent as text/plain',
    route: 'json',
    params: { type: 'text/plain', body: JSON.stringify(feed(3)) },
    kind: 'not-json',
    message: /^Expected JSON but the server sent text\/plain\.$/,
    retried: false,
    tags: ['latest-news'],
  },
  {
    name: 'first byte after the timeout',
    route: 'json',
    params: { delay: 3000, body: JSON.stringify(feed(3)) },
    kind: 'timeout',
    message: /^\S+ did not answer within 0\.8 s\.$/,
    retried: false,
    tags: ['latest-news', 'news-article'],
    maxMs: 1800,
  },
  {
    // Headers at once, then a byte a second: only a timeout that covers the body ends it in time.
    name: 'body dripping at 1 byte/s',
    route: 'drip',
    params: { bytes: 60, interval: 1000 },
    kind: 'timeout',
    message: /^\S+ did not answer within 0\.8 s\.$/,
    retried: false,
    tags: ['latest-news'],
    maxMs: 1800,
  },
  {
    name: '50 MB body (maxBytes 5 MiB)',
    route: 'big',
    params: { mb: 50 },
    kind: 'invalid',
    message: /^The response is larger than the 5 MB limit\.$/,
    retried: false,
    tags: ['latest-news'],
  },
  {
    // Content-Length: 10 before 1000 bytes: the body is the 10 declared bytes, which are not JSON.
    name: 'Content-Length lies short',
    route: 'big',
    params: { lie: 'short' },
    kind: 'not-json',
    message: /^The response is not valid JSON \(.+\)\.$/,
    retried: false,
    tags: ['latest-news'],
  },
  {
    // Content-Length: 100000000: refused before reading, whatever follows.
    name: 'Content-Length lies huge',
    route: 'big',
    params: { lie: 'huge' },
    kind: 'invalid',
    message: /^The response is larger than the 5 MB limit\.$/,
    retried: false,
    tags: ['latest-news'],
  },
  {
    name: 'no CORS headers',
    route: 'json',
    params: { cors: 0, body: JSON.stringify(feed(3)) },
    kind: 'network',
    message:
      /^Could not reach \S+: the server did not answer, or it does not allow cross-origin requests \(CORS\)\.$/,
    retried: true,
    tags: ['latest-news', 'news-article'],
  },
];

// ---------------------------------------------------------------------------------------------------
// What the tests observed, for the figure line.

const tally = { cases: 0, handled: 0, contentLost: 0, wrongRetries: 0 };

/** One case's observations: every problem is recorded before the case asserts that there is none. */
class Observed {
  problems: string[] = [];
  stateReached = true;

  /** The element reached the expected state (error box, content, recovery). */
  state(ok: boolean, what: string): void {
    if (ok) return;
    this.stateReached = false;
    this.problems.push(what);
  }

  /** A request count against the policy. */
  requests(observed: number, expected: number, what: string): void {
    if (observed === expected) return;
    tally.wrongRetries++;
    this.problems.push(`${what}: ${observed} requests, the policy says ${expected}`);
  }

  /** Content shown before a refresh is still shown after it. */
  kept(ok: boolean, what: string): void {
    if (ok) return;
    tally.contentLost++;
    this.stateReached = false;
    this.problems.push(what);
  }
}

/** Rejections nobody handled while a case ran: a fault must not reach the page as an uncaught error. */
const leaked: string[] = [];
const onLeak = (event: PromiseRejectionEvent) => leaked.push(String(event.reason));

/**
 * Runs one case: counts it, and counts it handled when the expected state was reached throughout. Then
 * asserts that nothing went wrong, an uncaught rejection included (that one does not change the state).
 */
async function run(body: (seen: Observed) => Promise<void>): Promise<void> {
  tally.cases++;
  const seen = new Observed();
  await body(seen);
  if (seen.stateReached) tally.handled++;
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const reason of leaked) seen.problems.push(`unhandled rejection on the page: ${reason}`);
  expect(seen.problems).to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------------
// Helpers.

const goodBody = (tag: Tag) => (tag === 'latest-news' ? feed(3) : seedArticle());

/** Makes /fault/switch?key=K answer as `route` with `params` from now on. */
async function switchTo(key: string, route: string, params: Params = {}): Promise<void> {
  const response = await fetch(fault('switch', { key }), {
    method: 'POST',
    body: JSON.stringify({ route, params }),
  });
  expect(response.status, `switch to ${route}`).to.equal(200);
}

type Outcome = { event: Event; ms: number };

/** The element's next news-load or news-error, whichever comes first, and how long it took. */
function settle(target: EventTarget, timeout = 8000): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const done = (event: Event) => {
      clearTimeout(timer);
      target.removeEventListener('news-load', done);
      target.removeEventListener('news-error', done);
      resolve({ event, ms: performance.now() - started });
    };
    const timer = setTimeout(() => {
      target.removeEventListener('news-load', done);
      target.removeEventListener('news-error', done);
      reject(new Error(`neither news-load nor news-error within ${timeout} ms`));
    }, timeout);
    target.addEventListener('news-load', done);
    target.addEventListener('news-error', done);
  });
}

/** Renders `<tag src=…>` and waits for its first load to end. */
async function mount(tag: Tag, src: string): Promise<{ el: NewsEl } & Outcome> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const settled = settle(wrapper);
  render(
    tag === 'latest-news'
      ? html`<latest-news src=${src}></latest-news>`
      : html`<news-article src=${src}></news-article>`,
    wrapper,
  );
  const outcome = await settled;
  return { el: wrapper.querySelector<NewsEl>(tag)!, ...outcome };
}

/** A forced refresh, as a poll would make it. */
async function refresh(el: NewsEl): Promise<Outcome> {
  const settled = settle(el);
  void el.load(true);
  return settled;
}

/** What the element shows: its headlines, or the article's title and body. */
const content = (el: NewsEl): string[] =>
  el.localName === 'latest-news'
    ? texts(el, 'title')
    : [...texts(el, 'title'), part(el, 'body')?.textContent?.trim() ?? ''];

/** The nodes of that content, to tell a kept list from one rendered again. */
const contentNodes = (el: NewsEl): HTMLElement[] => [...parts(el, 'title'), ...parts(el, 'body')];

/** A message for a person: one line, no stack, no internal error names. */
const plain = (message: string) =>
  message.length > 0 &&
  !/[\n\r]/.test(message) &&
  !/\bat \S+:\d+(:\d+)?/.test(message) &&
  !/TypeError|DOMException|AbortError|NewsError|\[object|undefined|null\b/.test(message);

interface Expected {
  kind: NewsErrorKind;
  status?: number;
  message?: RegExp;
}

/** Checks a news-error event against what was expected; `phase` names it in the problems. */
function checkEvent(seen: Observed, outcome: Outcome, want: Expected, phase: string): void {
  const { event } = outcome;
  seen.state(event.type === 'news-error', `${phase}: ${event.type} instead of news-error`);
  if (event.type !== 'news-error') return;
  const { kind, status, message } = event as NewsErrorEvent;
  seen.state(kind === want.kind, `${phase}: kind ${kind}, expected ${want.kind}`);
  seen.state(status === want.status, `${phase}: status ${status}, expected ${want.status}`);
  if (want.message)
    seen.state(want.message.test(message), `${phase}: message ${JSON.stringify(message)} ≠ ${want.message}`);
  seen.state(plain(message), `${phase}: message is not plain: ${JSON.stringify(message)}`);
}

/** The first load failed: the error box, in plain words, and nothing else. */
function checkErrorBox(seen: Observed, el: NewsEl, outcome: Outcome, want: Expected, phase: string): void {
  checkEvent(seen, outcome, want, phase);
  const s = stringsFor(el.locale);
  const box = part(el, 'error');
  seen.state(box !== null, `${phase}: no error box`);
  if (box) {
    seen.state(box.getAttribute('role') === 'alert', `${phase}: the error box is not role=alert`);
    const headline = box.querySelector('p')?.textContent?.trim();
    seen.state(
      headline === readerError(s, want.kind),
      `${phase}: error box says ${JSON.stringify(headline)}`,
    );
    // The detail (URL, status, parse error) is the developer's: in the event and the console, not the box.
    const text = box.textContent ?? '';
    seen.state(part(el, 'error-detail') === null, `${phase}: the error box shows a detail`);
    seen.state(
      !/https?:|\/fault\//.test(text) && !text.includes((outcome.event as NewsErrorEvent).message),
      `${phase}: the error box shows developer text: ${JSON.stringify(text)}`,
    );
    seen.state(part(el, 'retry')?.textContent?.trim() === s.retry, `${phase}: no "${s.retry}" button`);
  }
  seen.state(
    content(el).every((text) => text === ''),
    `${phase}: content shown next to the error box`,
  );
  seen.state(part(el, 'stale') === null, `${phase}: stale note without content`);
}

/** A refresh failed: the content from before is still there, with the stale note and no error box. */
function checkKept(
  seen: Observed,
  el: NewsEl,
  before: { text: string[]; nodes: HTMLElement[] },
  outcome: Outcome,
  want: Expected,
  phase: string,
): void {
  checkEvent(seen, outcome, want, phase);
  const text = content(el);
  const nodes = contentNodes(el);
  seen.kept(
    JSON.stringify(text) === JSON.stringify(before.text),
    `${phase}: content went from ${JSON.stringify(before.text)} to ${JSON.stringify(text)}`,
  );
  seen.kept(
    nodes.length === before.nodes.length && nodes.every((node, i) => node === before.nodes[i]),
    `${phase}: the content was rendered again`,
  );
  seen.state(part(el, 'error') === null, `${phase}: error box over content`);
  const stale = part(el, 'stale');
  seen.state(
    stale?.textContent?.trim() === stringsFor(el.locale).stale && stale.getAttribute('role') === 'status',
    `${phase}: stale note ${JSON.stringify(stale?.textContent ?? null)}`,
  );
}

/** The element shows `expected` and no error or stale note. */
function checkShown(seen: Observed, el: NewsEl, outcome: Outcome, expected: string[], phase: string): void {
  seen.state(outcome.event.type === 'news-load', `${phase}: ${outcome.event.type} instead of news-load`);
  const text = content(el);
  seen.state(
    JSON.stringify(text) === JSON.stringify(expected),
    `${phase}: shows ${JSON.stringify(text)}, expected ${JSON.stringify(expected)}`,
  );
  seen.state(part(el, 'error') === null, `${phase}: error box`);
  seen.state(part(el, 'stale') === null, `${phase}: stale note`);
}

const titles = (count: number) => feed(count).items.map((item) => item.title);

// ---------------------------------------------------------------------------------------------------

describe('fault matrix', function () {
  this.timeout(15_000);

  beforeEach(() => {
    leaked.length = 0;
    window.addEventListener('unhandledrejection', onLeak);
    resetAll();
    configure(FAST);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onLeak);
    resetAll();
  });

  after(() => {
    console.log(
      `figure: fault cases=${tally.cases} handled=${tally.handled} content-lost=${tally.contentLost} wrong-retries=${tally.wrongRetries}`,
    );
  });

  for (const f of FAULTS) {
    for (const tag of f.tags) {
      it(`${f.name}: <${tag}> shows a plain error, ${f.retried ? 'retries' : 'does not retry'}, keeps content on refresh`, async () => {
        if (f.config) configure(f.config);
        const retries = f.config?.retries ?? DEFAULT_RETRIES;
        const policy = f.retried ? 1 + retries : 1;
        const want: Expected = { kind: f.kind, status: f.status, message: f.message };
        const at = f.sameOrigin ? fault : crossFault;
        const timing = (seen: Observed, outcome: Outcome, phase: string) => {
          if (f.minMs !== undefined)
            seen.state(outcome.ms >= f.minMs, `${phase}: ended after ${outcome.ms} ms, before ${f.minMs}`);
          if (f.maxMs !== undefined)
            seen.state(outcome.ms <= f.maxMs, `${phase}: ended after ${outcome.ms} ms, after ${f.maxMs}`);
        };

        await run(async (seen) => {
          // 1. First load: the error box.
          const first = uniqueKey(`first-${tag}`);
          const failed = await mount(tag, at(f.route, { ...f.params, key: first }));
          checkErrorBox(seen, failed.el, failed, want, 'first load');
          timing(seen, failed, 'first load');
          seen.requests(await requestCount(first), policy, 'first load');

          // 2. Good content, then the same endpoint turns into the fault and a refresh fails.
          const key = uniqueKey(`refresh-${tag}`);
          await switchTo(key, 'json', { body: JSON.stringify(goodBody(tag)) });
          const shown = await mount(tag, at('switch', { key }));
          const expected = tag === 'latest-news' ? titles(3) : content(shown.el);
          checkShown(seen, shown.el, shown, expected, 'good load');
          seen.state(
            expected.every((text) => text !== ''),
            'good load: nothing shown',
          );
          if (tag === 'news-article')
            seen.state(
              expected[0] === seedArticle().title,
              `good load: title ${JSON.stringify(expected[0])}`,
            );
          const good = await requestCount(key);
          seen.requests(good, 1, 'good load');
          const before = { text: content(shown.el), nodes: contentNodes(shown.el) };
          await switchTo(key, f.route, f.params);
          const refreshed = await refresh(shown.el);
          checkKept(seen, shown.el, before, refreshed, want, 'refresh');
          timing(seen, refreshed, 'refresh');
          seen.requests((await requestCount(key)) - good, policy, 'refresh');
        });
      });
    }
  }

  it('304 with an ETag: a refresh gets 304 and keeps the content without rendering again', async () => {
    await run(async (seen) => {
      const key = uniqueKey('etag');
      const src = crossFault('json', { key, etag: 'v1', cache: 'no-cache', body: JSON.stringify(feed(3)) });
      const shown = await mount('latest-news', src);
      checkShown(seen, shown.el, shown, titles(3), 'first load');
      const nodes = contentNodes(shown.el);
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(shown.el.shadowRoot!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const refreshed = await refresh(shown.el);
      await shown.el.updateComplete;
      mutations.push(...observer.takeRecords());
      observer.disconnect();
      checkShown(seen, shown.el, refreshed, titles(3), 'refresh');
      const headers = await lastHeaders(key);
      seen.state(headers['if-none-match'] === '"v1"', `refresh: If-None-Match ${headers['if-none-match']}`);
      seen.kept(
        contentNodes(shown.el).every((node, i) => node === nodes[i]),
        'refresh: the list was rendered again',
      );
      seen.state(mutations.length === 0, `refresh: ${mutations.length} DOM mutations after a 304`);
      seen.requests(await requestCount(key), 2, 'first load and refresh');
    });
  });

  it('five 503s then 200, retries: 5: the first load and a refresh both recover', async () => {
    configure({ retries: 5 });
    await run(async (seen) => {
      const first = uniqueKey('seq5-first');
      const src = crossFault('seq', { key: first, fail: 5, status: 503, body: JSON.stringify(feed(3)) });
      const loaded = await mount('latest-news', src);
      checkShown(seen, loaded.el, loaded, titles(3), 'first load');
      seen.requests(await requestCount(first), 6, 'first load');

      const key = uniqueKey('seq5-refresh');
      await switchTo(key, 'json', { body: JSON.stringify(feed(3)) });
      const shown = await mount('latest-news', crossFault('switch', { key }));
      checkShown(seen, shown.el, shown, titles(3), 'good load');
      await switchTo(key, 'seq', { fail: 5, status: 503, body: JSON.stringify(feed(4)) });
      const refreshed = await refresh(shown.el);
      checkShown(seen, shown.el, refreshed, titles(4), 'refresh');
      seen.requests((await requestCount(key)) - 1, 6, 'refresh');
    });
  });

  it('five 503s then 200, default retries: an error, then "Try again" recovers; a refresh keeps content', async () => {
    await run(async (seen) => {
      const want: Expected = { kind: 'http', status: 503, message: /^The server answered 503 / };
      const first = uniqueKey('seq2-first');
      const src = crossFault('seq', { key: first, fail: 5, status: 503, body: JSON.stringify(feed(3)) });
      const failed = await mount('latest-news', src);
      checkErrorBox(seen, failed.el, failed, want, 'first load');
      seen.requests(await requestCount(first), 1 + DEFAULT_RETRIES, 'first load');
      const retry = part(failed.el, 'retry');
      const recovered = settle(failed.el);
      retry?.click();
      checkShown(seen, failed.el, await recovered, titles(3), '"Try again"');
      seen.requests(await requestCount(first), 6, 'first load and "Try again"');

      const key = uniqueKey('seq2-refresh');
      await switchTo(key, 'json', { body: JSON.stringify(feed(3)) });
      const shown = await mount('latest-news', crossFault('switch', { key }));
      checkShown(seen, shown.el, shown, titles(3), 'good load');
      const before = { text: content(shown.el), nodes: contentNodes(shown.el) };
      await switchTo(key, 'seq', { fail: 5, status: 503, body: JSON.stringify(feed(4)) });
      checkKept(seen, shown.el, before, await refresh(shown.el), want, 'first refresh');
      seen.requests((await requestCount(key)) - 1, 1 + DEFAULT_RETRIES, 'first refresh');
      checkShown(seen, shown.el, await refresh(shown.el), titles(4), 'second refresh');
      seen.requests((await requestCount(key)) - 1, 6, 'both refreshes');
    });
  });
});
