import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../src/components/latest-news/latest-news.define.js';
import { clearRequestCache, prefetchJson, requestJson } from '../../src/data/request.js';
import { configure } from '../../src/data/config.js';
import { NewsError } from '../../src/data/errors.js';
import {
  crossFault,
  fault,
  feed,
  lastHeaders,
  nextEvent,
  requestCount,
  resetAll,
  sleep,
  uniqueKey,
} from '../helpers.js';

const failure = async (promise: Promise<unknown>): Promise<NewsError> => {
  try {
    await promise;
  } catch (error) {
    return error as NewsError;
  }
  throw new Error('expected the request to fail');
};

describe('requestJson', () => {
  beforeEach(() => {
    resetAll();
    configure({ retryDelay: 20, retryMaxDelay: 100 });
  });
  afterEach(resetAll);

  it('shares one fetch between concurrent requests for the same URL', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, delay: 100, body: '{"a":1}' });
    const [a, b, c] = await Promise.all([requestJson(url), requestJson(url), requestJson(url)]);
    expect(a.data).to.deep.equal({ a: 1 });
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    expect(await requestCount(key)).to.equal(1);
  });

  it('reuses a response no older than maxAge', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, body: '[]' });
    await requestJson(url);
    await requestJson(url, { maxAge: 60_000 });
    expect(await requestCount(key)).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await requestJson(url, { maxAge: 10 });
    expect(await requestCount(key)).to.equal(2);
  });

  it('serves later requests from the short-lived cache, and refreshes bypass it', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, body: '[]' });
    await requestJson(url);
    await requestJson(url);
    expect(await requestCount(key)).to.equal(1);
    await requestJson(url, { maxAge: 0 });
    expect(await requestCount(key)).to.equal(2);
    configure({ cacheTtl: 0 });
    await requestJson(url);
    expect(await requestCount(key)).to.equal(3);
  });

  it('lets one caller abort without cancelling the others', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, delay: 200, body: '{"ok":true}' });
    const controller = new AbortController();
    const aborted = requestJson(url, { signal: controller.signal });
    const kept = requestJson(url);
    controller.abort();
    const error = await failure(aborted);
    expect((error as unknown as Error).name).to.equal('AbortError');
    expect((await kept).data).to.deep.equal({ ok: true });
  });

  it('cancels the fetch when every caller aborted, and a later request starts afresh', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, delay: 300, body: '{"ok":true}' });
    const a = new AbortController();
    const b = new AbortController();
    const pa = requestJson(url, { signal: a.signal });
    const pb = requestJson(url, { signal: b.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    a.abort();
    b.abort();
    await failure(pa);
    await failure(pb);
    const fresh = await requestJson(url);
    expect(fresh.data).to.deep.equal({ ok: true });
    expect(await requestCount(key)).to.equal(2);
  });

  it('times out when the server is slow to answer', async () => {
    configure({ timeout: 300 });
    const error = await failure(requestJson(crossFault('json', { delay: 3000, body: '{}' })));
    expect(error).to.be.instanceOf(NewsError);
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/did not answer within 0.3 s/);
  });

  it('times out when the body drips in too slowly', async () => {
    configure({ timeout: 500 });
    const started = performance.now();
    const error = await failure(requestJson(crossFault('drip', { bytes: 200, interval: 50 })));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(2500);
  });

  it('retries 5xx with backoff until it succeeds', async () => {
    const key = uniqueKey();
    const response = await requestJson(crossFault('seq', { key, fail: 2, status: 503, body: '{"ok":1}' }));
    expect(response.data).to.deep.equal({ ok: 1 });
    expect(await requestCount(key)).to.equal(3);
  });

  it('retries 429 too, and gives up after the configured retries', async () => {
    configure({ retries: 2 });
    const key = uniqueKey();
    const error = await failure(requestJson(crossFault('seq', { key, fail: 10, status: 429 })));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(429);
    expect(await requestCount(key)).to.equal(3);
  });

  for (const status of [400, 401, 403, 404, 410, 415]) {
    it(`never retries ${status}`, async () => {
      const key = uniqueKey();
      const error = await failure(requestJson(crossFault('json', { key, status, body: '{}' })));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.message).to.contain(String(status));
      expect(await requestCount(key)).to.equal(1);
    });
  }

  it('retries network errors (no CORS) and then reports them plainly', async () => {
    configure({ retries: 1 });
    const key = uniqueKey();
    const error = await failure(requestJson(crossFault('json', { key, cors: 0, body: '{}' })));
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/Could not reach .*CORS/);
    expect(await requestCount(key)).to.equal(2);
  });

  it('treats an HTML page with status 200 as not JSON, without parsing it', async () => {
    const error = await failure(requestJson(crossFault('html200')));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.equal('Expected JSON but the server sent text/html.');
  });

  it('treats a wrong content type as not JSON', async () => {
    const error = await failure(requestJson(crossFault('json', { type: 'text/plain', body: '{"a":1}' })));
    expect(error.kind).to.equal('not-json');
  });

  it('accepts JSON Feed and other +json types', async () => {
    const response = await requestJson(
      crossFault('json', { type: 'application/feed+json; charset=utf-8', body: '[1]' }),
    );
    expect(response.data).to.deep.equal([1]);
  });

  it('reports malformed JSON as not JSON', async () => {
    const error = await failure(requestJson(crossFault('malformed')));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.match(/^The response is not valid JSON/);
  });

  it('caps the body size, whether or not Content-Length says so', async () => {
    configure({ maxBytes: 100_000 });
    const streamed = await failure(requestJson(crossFault('big', { mb: 1 })));
    expect(streamed.message).to.match(/larger than the 0.1 MB limit/);
    const declared = await failure(requestJson(crossFault('big', { lie: 'huge' })));
    expect(declared.message).to.match(/larger than/);
  });

  it('reports a body cut short as a network error', async () => {
    configure({ retries: 0 });
    const error = await failure(requestJson(crossFault('truncated')));
    expect(['network', 'not-json']).to.include(error.kind);
  });

  it('omits cookies unless asked, and adds no cache-busting query', async () => {
    document.cookie = 'nw_test=1; path=/';
    const key = uniqueKey();
    const url = fault('json', { key, body: '{}' });
    await requestJson(url);
    const headers = await lastHeaders(key);
    expect(headers.cookie).to.equal(undefined);
    expect(headers[':url']).to.equal(new URL(url).pathname + new URL(url).search);
    clearRequestCache();
    await requestJson(url, { credentials: 'include' });
    expect((await lastHeaders(key)).cookie).to.contain('nw_test=1');
    document.cookie = 'nw_test=; path=/; max-age=0';
  });

  it('revalidates with If-None-Match and reports an unchanged ETag as not modified', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, etag: '"v1"', cache: 'no-cache', body: '{"n":1}' });
    const first = await requestJson(url);
    expect(first.notModified).to.equal(false);
    const second = await requestJson(url, { maxAge: 0 });
    expect((await lastHeaders(key))['if-none-match']).to.equal('"v1"');
    expect(second.notModified).to.equal(true);
    expect(second.data).to.equal(first.data);
  });

  it('honours Cache-Control: a fresh response is not fetched again on refresh', async () => {
    const key = uniqueKey();
    const url = crossFault('json', { key, cache: 'max-age=60', body: '{"n":2}' });
    await requestJson(url);
    await requestJson(url, { maxAge: 0 });
    expect(await requestCount(key)).to.equal(1);
  });

  describe('Cache-Control', () => {
    it('never keeps a no-store body: each later request asks the server, whatever maxAge it allows', async () => {
      const key = uniqueKey();
      const url = crossFault('json', { key, cache: 'no-store', body: '{"n":1}' });
      const first = await requestJson(url);
      expect(first.data).to.deep.equal({ n: 1 });
      await requestJson(url);
      expect(await requestCount(key)).to.equal(2);
      await requestJson(url, { maxAge: 60_000 });
      expect(await requestCount(key)).to.equal(3);
    });

    it('still shares one fetch in flight for a no-store response', async () => {
      const key = uniqueKey();
      const url = crossFault('json', { key, delay: 150, cache: 'no-store', body: '{"a":1}' });
      const [a, b, c] = await Promise.all([requestJson(url), requestJson(url), requestJson(url)]);
      expect(a.data).to.deep.equal({ a: 1 });
      expect(b).to.equal(a);
      expect(c).to.equal(a);
      expect(await requestCount(key)).to.equal(1);
      await requestJson(url);
      expect(await requestCount(key)).to.equal(2);
    });

    it('drops the body kept for a URL when the URL answers no-store', async () => {
      const key = uniqueKey();
      const url = fault('switch', { key });
      const answer = (body: unknown, params: Record<string, string> = {}) =>
        fetch(url, {
          method: 'POST',
          body: JSON.stringify({ route: 'json', params: { body: JSON.stringify(body), ...params } }),
        });
      await answer({ n: 1 });
      expect((await requestJson(url)).data).to.deep.equal({ n: 1 });
      expect((await requestJson(url)).data).to.deep.equal({ n: 1 });
      expect(await requestCount(key)).to.equal(1);
      await answer({ n: 2 }, { cache: 'no-store' });
      expect((await requestJson(url, { maxAge: 0 })).data).to.deep.equal({ n: 2 });
      expect(await requestCount(key)).to.equal(2);
      // Neither the new body nor the old one is served from memory.
      await answer({ n: 3 }, { cache: 'no-store' });
      expect((await requestJson(url)).data).to.deep.equal({ n: 3 });
      expect(await requestCount(key)).to.equal(3);
    });

    for (const cache of ['no-cache', 'max-age=0', 'private, max-age=0, must-revalidate']) {
      it(`${cache}: never reused without asking the server, even for a caller that allows a minute`, async () => {
        const key = uniqueKey();
        const url = crossFault('json', { key, cache, body: '[]' });
        await requestJson(url);
        await requestJson(url);
        await requestJson(url, { maxAge: 60_000 });
        expect(await requestCount(key)).to.equal(3);
      });
    }

    it('no-cache with an ETag: kept for the ETag, so an unchanged refresh is not modified', async () => {
      const key = uniqueKey();
      const url = crossFault('json', { key, etag: '"n1"', cache: 'no-cache', body: '{"n":1}' });
      const first = await requestJson(url);
      const second = await requestJson(url, { maxAge: 60_000 });
      expect(await requestCount(key)).to.equal(2);
      expect((await lastHeaders(key))['if-none-match']).to.equal('"n1"');
      expect(second.notModified).to.equal(true);
      expect(second.data).to.equal(first.data);
    });

    it('max-age caps how long a response is reused, whatever maxAge a caller allows', async () => {
      const key = uniqueKey();
      const url = crossFault('json', { key, cache: 'max-age=1', body: '[]' });
      await requestJson(url);
      await requestJson(url, { maxAge: 60_000 });
      expect(await requestCount(key)).to.equal(1);
      await sleep(1100);
      await requestJson(url, { maxAge: 60_000 });
      expect(await requestCount(key)).to.equal(2);
    });

    it('reads Expires without max-age, and counts Age against both', async () => {
      const now = Date.now();
      const cases: [Record<string, string>, boolean][] = [
        [{ expires: '0' }, false],
        [{ expires: new Date(now - 60_000).toUTCString() }, false],
        [{ expires: new Date(now + 60_000).toUTCString() }, true],
        [{ 'cache-control': 'max-age=0', expires: new Date(now + 60_000).toUTCString() }, false],
        [{ 'cache-control': 'max-age=60', age: '30' }, true],
        [{ 'cache-control': 'max-age=60', age: '60' }, false],
        [{ 'cache-control': 'max-age=soon' }, false],
        [{}, true],
      ];
      const fetchStub = sinon.stub(window, 'fetch');
      try {
        for (const [i, [headers, reused]] of cases.entries()) {
          fetchStub.callsFake(() =>
            Promise.resolve(
              new Response('{"ok":true}', { headers: { 'content-type': 'application/json', ...headers } }),
            ),
          );
          const url = `https://news.example/api/${i}.json`;
          await requestJson(url);
          const calls = fetchStub.callCount;
          await requestJson(url);
          expect(fetchStub.callCount - calls, JSON.stringify(headers)).to.equal(reused ? 0 : 1);
        }
      } finally {
        fetchStub.restore();
      }
    });

    it('a second element on a no-store endpoint makes its own request; on a cacheable one it shares', async () => {
      for (const [cache, requests] of [
        ['no-store', 2],
        ['max-age=60', 1],
      ] as const) {
        const key = uniqueKey();
        const src = crossFault('json', { key, cache, body: JSON.stringify(feed(2)) });
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const first = nextEvent(wrapper, 'news-load');
        render(html`<latest-news src=${src}></latest-news>`, wrapper);
        await first;
        const second = nextEvent(wrapper, 'news-load');
        render(html`<latest-news src=${src}></latest-news><latest-news src=${src}></latest-news>`, wrapper);
        await second;
        expect(await requestCount(key), cache).to.equal(requests);
      }
    });
  });

  describe('prefetchJson', () => {
    it('hands its response to as many first requests as it was asked for, even a no-store one', async () => {
      const key = uniqueKey();
      const url = crossFault('json', { key, cache: 'no-store', body: '{"n":1}' });
      prefetchJson(url, 'omit');
      prefetchJson(url, 'omit');
      await sleep(300);
      expect(await requestCount(key)).to.equal(1);
      const a = await requestJson(url);
      const b = await requestJson(url, { signal: new AbortController().signal });
      expect(a.data).to.deep.equal({ n: 1 });
      expect(b).to.equal(a);
      expect(await requestCount(key)).to.equal(1);
      // Both taken: the next request asks the server, as no-store says.
      await requestJson(url);
      expect(await requestCount(key)).to.equal(2);
    });

    it('is not taken by a refresh, nor by a request with other credentials', async () => {
      const key = uniqueKey();
      // Same-origin: cookies to another origin need CORS headers the fault server does not send.
      const url = fault('json', { key, cache: 'no-store', body: '{"n":1}' });
      prefetchJson(url, 'omit');
      // Answered: a refresh now would join it in flight, as any request does.
      await sleep(300);
      await requestJson(url, { maxAge: 0 });
      await requestJson(url, { credentials: 'include' });
      expect(await requestCount(key)).to.equal(3);
      await requestJson(url);
      expect(await requestCount(key)).to.equal(3);
    });

    it('hands a failure over like a response, and one taker that aborts leaves it to the others', async () => {
      const key = uniqueKey();
      const url = crossFault('seq', { key, fail: 10, status: 404 });
      prefetchJson(url, 'omit');
      prefetchJson(url, 'omit');
      const controller = new AbortController();
      const first = failure(requestJson(url, { signal: controller.signal }));
      controller.abort();
      expect((await first).name).to.equal('AbortError');
      const error = await failure(requestJson(url));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(await requestCount(key)).to.equal(1);
    });
  });
});
