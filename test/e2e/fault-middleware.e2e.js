// The /fault/ endpoints that the browser tests rely on, served by @web/dev-server (the server inside
// web-test-runner) exactly as web-test-runner.config.js wires them in.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { createFaultMiddleware } from '../server/fault-middleware.js';

let server;
let base;

/** A raw GET that reports how the response ended: for bodies that lie about their length. */
function rawGet(path) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, (res) => {
      const chunks = [];
      let settled = false;
      const finish = (outcome) => {
        if (settled) return;
        settled = true;
        resolve({ res, body: Buffer.concat(chunks).toString('utf8'), outcome });
      };
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => finish(res.complete ? 'complete' : 'incomplete'));
      res.on('aborted', () => finish('aborted'));
      res.on('error', () => finish('error'));
      res.on('close', () => finish(res.complete ? 'complete' : 'incomplete'));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('fault middleware behind @web/dev-server', () => {
  before(async () => {
    server = await startDevServer({
      config: {
        rootDir: fileURLToPath(new URL('../..', import.meta.url)),
        hostname: '127.0.0.1',
        port: 0,
        middleware: [createFaultMiddleware()],
      },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
    base = `http://127.0.0.1:${server.server.address().port}`;
  });

  after(async () => {
    await server?.stop();
  });

  beforeEach(async () => {
    await fetch(`${base}/fault/reset`);
  });

  it('/fault/json sends status, body, type and cache headers, with CORS', async () => {
    const body = encodeURIComponent('{"title":"x","items":[]}');
    const res = await fetch(
      `${base}/fault/json?status=201&body=${body}&type=application/feed%2Bjson&cache=max-age%3D60`,
    );
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('content-type'), 'application/feed+json');
    assert.equal(res.headers.get('cache-control'), 'max-age=60');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-expose-headers'), 'ETag');
    assert.deepEqual(await res.json(), { title: 'x', items: [] });
  });

  it('/fault/json with etag answers a matching If-None-Match with an empty 304', async () => {
    const first = await fetch(`${base}/fault/json?etag=v1&body=%5B%5D`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('etag'), '"v1"');
    const again = await fetch(`${base}/fault/json?etag=v1&body=%5B%5D`, {
      headers: { 'If-None-Match': '"v1"' },
    });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const changed = await fetch(`${base}/fault/json?etag=v2&body=%5B%5D`, {
      headers: { 'If-None-Match': '"v1"' },
    });
    assert.equal(changed.status, 200);
  });

  it('/fault/json?bytes=N sends a JSON string of N bytes with its Content-Length', async () => {
    const res = await fetch(`${base}/fault/json?bytes=200000`);
    assert.equal(res.headers.get('content-length'), '200000');
    const value = await res.json();
    assert.equal(value.length, 199_998);
  });

  it('cors=0 leaves out every CORS header', async () => {
    const res = await fetch(`${base}/fault/json?cors=0`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.equal(res.headers.get('access-control-expose-headers'), null);
  });

  it('answers preflights with 204 and the allow headers', async () => {
    const res = await fetch(`${base}/fault/json?key=pre`, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-news' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-allow-headers'), 'x-news');
    assert.match(res.headers.get('access-control-allow-methods'), /GET/);
    const count = await (await fetch(`${base}/fault/count?key=pre`)).json();
    assert.deepEqual(count, { count: 0 }, 'preflights are not counted');
  });

  it('delay holds the headers back', async () => {
    const started = Date.now();
    const res = await fetch(`${base}/fault/json?delay=300`);
    assert.ok(Date.now() - started >= 280, `headers came after ${Date.now() - started} ms`);
    assert.equal(res.status, 200);
  });

  it('/fault/seq fails N times, then succeeds; seq-reset starts over', async () => {
    const url = `${base}/fault/seq?key=s1&fail=2&status=502&body=${encodeURIComponent('{"ok":true}')}`;
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(url)).status);
    assert.deepEqual(statuses, [502, 502, 200]);
    const failed = await (await fetch(`${base}/fault/seq?key=s2&fail=1`)).json();
    assert.equal(typeof failed.error, 'string');
    assert.deepEqual(await (await fetch(url)).json(), { ok: true });
    await fetch(`${base}/fault/seq-reset?key=s1`);
    assert.equal((await fetch(url)).status, 502);
  });

  it('/fault/count and /fault/headers see every keyed request, /fault/reset forgets them', async () => {
    await fetch(`${base}/fault/json?key=k&_=1`, { headers: { Cookie: 'a=b' } });
    await fetch(`${base}/fault/seq?key=k&fail=0`, { headers: { 'If-None-Match': '"abc"' } });
    assert.deepEqual(await (await fetch(`${base}/fault/count?key=k`)).json(), { count: 2 });
    const headers = await (await fetch(`${base}/fault/headers?key=k`)).json();
    assert.equal(headers['if-none-match'], '"abc"');
    assert.equal(headers.cookie, undefined);
    assert.equal(headers[':method'], 'GET');
    assert.equal(headers[':url'], '/fault/seq?key=k&fail=0');
    await fetch(`${base}/fault/reset`);
    assert.deepEqual(await (await fetch(`${base}/fault/count?key=k`)).json(), { count: 0 });
    assert.equal((await fetch(`${base}/fault/headers?key=k`)).status, 404);
  });

  it('/fault/html200, /fault/malformed', async () => {
    const html = await fetch(`${base}/fault/html200`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type'), /^text\/html/);
    assert.equal(await html.text(), '<!doctype html><h1>Oops</h1>');
    const malformed = await fetch(`${base}/fault/malformed`);
    assert.equal(malformed.headers.get('content-type'), 'application/json');
    await assert.rejects(malformed.json(), SyntaxError);
  });

  it('/fault/drip sends the headers at once and then one byte at a time', async () => {
    const started = Date.now();
    const res = await fetch(`${base}/fault/drip?bytes=6&interval=40`);
    const headersAfter = Date.now() - started;
    const text = await res.text();
    const doneAfter = Date.now() - started;
    assert.equal(text, '"xxxx"');
    assert.equal(JSON.parse(text), 'xxxx');
    assert.ok(headersAfter < 150, `headers after ${headersAfter} ms`);
    assert.ok(doneAfter >= 200, `body done after ${doneAfter} ms`);
  });

  it('/fault/big streams a valid JSON array of the asked size without Content-Length', async () => {
    const res = await fetch(`${base}/fault/big?mb=2`);
    assert.equal(res.headers.get('content-length'), null);
    const text = await res.text();
    assert.ok(Math.abs(text.length - 2 * 1024 * 1024) < 128 * 1024, `${text.length} bytes`);
    assert.ok(Array.isArray(JSON.parse(text)));
  });

  it('/fault/big?lie=short declares 10 bytes and sends 1000', async () => {
    // Read the raw socket (Node's own client rightly refuses such a response; Chrome reads 10 bytes).
    const raw = await new Promise((resolve, reject) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1', () => {
        socket.write('GET /fault/big?lie=short HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      });
      const chunks = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', reject);
    });
    const [head, body] = [raw.slice(0, raw.indexOf('\r\n\r\n')), raw.slice(raw.indexOf('\r\n\r\n') + 4)];
    assert.match(head, /^HTTP\/1\.1 200 /);
    assert.match(head, /\r\nContent-Length: 10\r\n/i);
    assert.match(head, /\r\nAccess-Control-Allow-Origin: \*\r\n/i);
    assert.equal(body.length, 1000);
    assert.ok(Array.isArray(JSON.parse(body)));
  });

  it('/fault/big?lie=huge and /fault/truncated close the connection before the declared length', async () => {
    const huge = await rawGet('/fault/big?lie=huge');
    assert.equal(huge.res.headers['content-length'], '100000000');
    assert.notEqual(huge.outcome, 'complete');
    const truncated = await rawGet('/fault/truncated');
    const declared = Number(truncated.res.headers['content-length']);
    assert.ok(declared > 0);
    assert.notEqual(truncated.outcome, 'complete');
    assert.ok(
      truncated.body.length > 0 && truncated.body.length < declared,
      `${truncated.body.length}/${declared}`,
    );
    await assert.rejects(fetch(`${base}/fault/truncated`).then((res) => res.text()));
  });

  it('leaves other paths to the dev server', async () => {
    const res = await fetch(`${base}/package.json`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).name, 'news-widgets');
    const unknown = await fetch(`${base}/fault/nope`);
    assert.equal(unknown.status, 404);
  });
});
