// Misbehaving endpoints for the browser tests, served by the test runner's dev server under /fault/.
//
// A Koa-style middleware `(ctx, next)`. It only reads `ctx.req`, `ctx.res` and `ctx.url` and writes the
// raw Node response itself (`ctx.respond = false`), so no other middleware (etag, cache headers, plugin
// transforms) can change what a route sends, and it also runs behind a bare `http` shim.
//
// The tests load from http://localhost:PORT; asking http://127.0.0.1:PORT/fault/... is a cross-origin
// request, so CORS matters. Every response carries `Access-Control-Allow-Origin: *` and
// `Access-Control-Expose-Headers: ETag` unless the query has `cors=0` (then no CORS headers at all: the
// browser blocks the response, which the page sees as a network error). `cors=credentials` echoes the
// Origin and allows credentials instead, for tests that send cookies.
//
// Routes (query parameters; every route except the control ones takes `delay=<ms>` before its headers):
//   /fault/json?status=200&body=<urlencoded>&type=<content-type>&etag=<v>&cache=<Cache-Control>&cors=0
//       &link=<Link header>&pages=<X-WP-TotalPages> (both then exposed to CORS)
//       generic response; with `etag`, a request whose If-None-Match matches gets 304 with no body.
//       `retry-after=<s>` adds a Retry-After header. `bytes=N` replaces `body` with a JSON string of
//       exactly N bytes, sent with its Content-Length: for size limits (a body put in the URL must stay
//       under Node's 16 KB limit on request headers, or the server answers 431 without CORS headers).
//   /fault/drip?bytes=N&interval=ms&type=...   headers at once, then one byte of a JSON string every
//       `interval` ms until N bytes were sent (`"xxxx…"`, valid JSON once complete).
//   /fault/big?mb=50    a JSON array of about that many MiB, streamed without Content-Length.
//   /fault/big?lie=short   declares Content-Length: 10 and sends 1000 bytes of valid JSON.
//   /fault/big?lie=huge    declares Content-Length: 100000000, sends a small body, closes the socket.
//   /fault/seq?key=K&fail=N&status=503&body=<urlencoded>   the first N requests with key K get `status`
//       and `{"error":"…"}`; later ones get 200 and `body` (json options apply: type, etag, cache…).
//   /fault/store?key=K  POST stores a body (and `status`, default 200) under K; GET serves it (json
//       options apply), so a test can change what an endpoint answers between polls.
//   /fault/switch?key=K  POST `{"route":"drip","params":{"bytes":100}}` makes a GET with key K answer as
//       that other route with those query parameters (and key=K, counted once under K); POST again to
//       switch it, e.g. from a good feed (`{"route":"json","params":{"body":"…"}}`) to a fault between
//       two loads of the same URL. 404 until something was posted. `cors` comes from the params.
//   /fault/html200      200 text/html `<!doctype html><h1>Oops</h1>`.
//   /fault/malformed    200 application/json `{"items": [1, 2,`.
//   /fault/truncated    declares the full Content-Length of a JSON feed, sends half, destroys the socket.
// Control routes (not counted, no delay):
//   /fault/count?key=K      `{"count":N}`: requests that any other /fault route received with key=K.
//   /fault/headers?key=K    the request headers of the last such request, lower-case names, plus the
//                           pseudo-headers ":method" and ":url" (path and query, to check cache-busters);
//                           404 if there was none.
//   /fault/seq-reset?key=K  forgets the sequence, count and headers of K.
//   /fault/reset            forgets everything.
// OPTIONS (preflight) on any /fault route: 204 with the allow headers; preflights are not counted.

const PREFIX = '/fault/';
const CONTROL_ROUTES = new Set(['count', 'headers', 'seq-reset', 'reset']);
/** The routes /fault/switch can answer as. */
const SWITCH_TARGETS = new Set(['json', 'store', 'seq', 'drip', 'big', 'html200', 'malformed', 'truncated']);
const MAX_DELAY_MS = 120_000;
const MAX_BIG_MB = 1024;
const MAX_DRIP_BYTES = 1_000_000;
const MAX_JSON_BYTES = 100 * 1024 * 1024;

/** Serves a fault route from the raw Node request and response. Exported for custom servers. */
export function createFaultHandler() {
  /** @type {{ counts: Map<string, number>, headers: Map<string, object>, seq: Map<string, number> }} */
  const state = {
    counts: new Map(),
    headers: new Map(),
    seq: new Map(),
    store: new Map(),
    switches: new Map(),
  };

  function reset(key) {
    if (key === undefined) {
      state.counts.clear();
      state.headers.clear();
      state.seq.clear();
      state.store.clear();
      state.switches.clear();
    } else {
      state.counts.delete(key);
      state.headers.delete(key);
      state.seq.delete(key);
      state.store.delete(key);
      state.switches.delete(key);
    }
  }

  async function handle(req, res, url) {
    const route = url.pathname.slice(PREFIX.length);
    const q = url.searchParams;
    const cors = corsHeaders(q.get('cors'), req.headers.origin);

    if (req.method === 'OPTIONS') {
      const allow = cors['Access-Control-Allow-Origin']
        ? {
            'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
            'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '*',
            'Access-Control-Max-Age': '0',
          }
        : {};
      res.writeHead(204, { ...cors, ...allow, 'Content-Length': '0' });
      res.end();
      return;
    }

    const key = q.get('key');
    if (route === 'store' && req.method === 'POST') {
      if (key === null) return sendJson(res, cors, 400, { error: 'store needs a key' });
      state.store.set(key, { status: intParam(q, 'status', 200), body: await readBody(req) });
      return sendJson(res, cors, 200, { ok: true });
    }
    if (route === 'switch') {
      if (key === null) return sendJson(res, cors, 400, { error: 'switch needs a key' });
      if (req.method === 'POST') {
        let target;
        try {
          target = JSON.parse(await readBody(req));
        } catch {
          target = undefined;
        }
        const name = typeof target?.route === 'string' ? target.route : '';
        if (!SWITCH_TARGETS.has(name)) {
          return sendJson(res, cors, 400, { error: `switch cannot serve route "${name}"` });
        }
        state.switches.set(key, { route: name, params: { ...target.params } });
        return sendJson(res, cors, 200, { ok: true });
      }
      const target = state.switches.get(key);
      if (!target) return sendJson(res, cors, 404, { error: `nothing switched on under key=${key}` });
      const inner = new URL(`${PREFIX}${target.route}`, url);
      for (const [name, value] of Object.entries(target.params)) inner.searchParams.set(name, String(value));
      inner.searchParams.set('key', key);
      return handle(req, res, inner);
    }
    if (!CONTROL_ROUTES.has(route) && key !== null) {
      state.counts.set(key, (state.counts.get(key) ?? 0) + 1);
      state.headers.set(key, {
        ...req.headers,
        ':method': req.method,
        ':url': `${url.pathname}${url.search}`,
      });
    }

    switch (route) {
      case 'count':
        return sendJson(res, cors, 200, { count: key === null ? 0 : (state.counts.get(key) ?? 0) });
      case 'headers': {
        const headers = key === null ? undefined : state.headers.get(key);
        if (!headers) return sendJson(res, cors, 404, { error: `no request with key=${key} yet` });
        return sendJson(res, cors, 200, headers);
      }
      case 'seq-reset':
        reset(key ?? undefined);
        return sendJson(res, cors, 200, { ok: true });
      case 'reset':
        reset();
        return sendJson(res, cors, 200, { ok: true });
    }

    const delay = clampInt(q.get('delay'), 0, 0, MAX_DELAY_MS);
    if (delay > 0) {
      await sleep(delay);
      if (isGone(res)) return;
    }

    switch (route) {
      case 'json':
        return sendGeneric(req, res, cors, q, intParam(q, 'status', 200), q.get('body') ?? '{}');
      case 'store': {
        const stored = key === null ? undefined : state.store.get(key);
        if (!stored) return sendJson(res, cors, 404, { error: `nothing stored under key=${key}` });
        return sendGeneric(req, res, cors, q, stored.status, stored.body);
      }
      case 'seq': {
        if (key === null) return sendJson(res, cors, 400, { error: 'seq needs a key' });
        const n = (state.seq.get(key) ?? 0) + 1;
        state.seq.set(key, n);
        const fail = clampInt(q.get('fail'), 1, 0, 1_000_000);
        if (n <= fail) {
          const status = intParam(q, 'status', 503);
          const extra = q.has('retry-after') ? { 'Retry-After': q.get('retry-after') } : {};
          return sendJson(res, { ...cors, ...extra }, status, {
            error: `planned failure ${n} of ${fail} for key ${key}`,
          });
        }
        return sendGeneric(req, res, cors, q, 200, q.get('body') ?? '{}');
      }
      case 'drip':
        return drip(res, cors, q);
      case 'big':
        return big(res, cors, q);
      case 'html200':
        return sendText(res, cors, 200, 'text/html; charset=utf-8', '<!doctype html><h1>Oops</h1>');
      case 'malformed':
        return sendText(res, cors, 200, 'application/json', '{"items": [1, 2,');
      case 'truncated':
        return truncated(res, cors);
      default:
        return sendJson(res, cors, 404, { error: `unknown fault route: ${url.pathname}` });
    }
  }

  return { handle, reset, state };
}

/** Builds a Koa-style middleware with its own state. */
export function createFaultMiddleware() {
  const handler = createFaultHandler();
  async function faultMiddleware(ctx, next) {
    const url = new URL(ctx.url ?? ctx.req.url, 'http://fault.invalid');
    if (!url.pathname.startsWith(PREFIX)) return next();
    ctx.respond = false;
    try {
      await handler.handle(ctx.req, ctx.res, url);
    } catch (error) {
      if (!ctx.res.headersSent) {
        ctx.res.writeHead(500, { 'Content-Type': 'text/plain' });
        ctx.res.end(String(error?.stack ?? error));
      } else {
        ctx.res.destroy();
      }
    }
  }
  faultMiddleware.reset = handler.reset;
  faultMiddleware.state = handler.state;
  return faultMiddleware;
}

/** The shared instance the test runner uses. */
export const faultMiddleware = createFaultMiddleware();
export default faultMiddleware;

// ---------------------------------------------------------------------------------------------------

function corsHeaders(mode, origin) {
  if (mode === '0' || mode === 'false') return {};
  if (mode === 'credentials') {
    return {
      'Access-Control-Allow-Origin': origin || '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'ETag',
      Vary: 'Origin',
    };
  }
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };
}

function intParam(q, name, fallback) {
  const value = Number.parseInt(q.get(name) ?? '', 10);
  return Number.isFinite(value) ? value : fallback;
}

function clampInt(raw, fallback, min, max) {
  const value = Number.parseInt(raw ?? '', 10);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isGone(res) {
  return res.destroyed || res.writableEnded || res.socket?.destroyed === true;
}

function quoteEtag(value) {
  return value.startsWith('"') || value.startsWith('W/"') ? value : `"${value}"`;
}

function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const strip = (v) => v.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((v) => v.trim() === '*' || strip(v) === strip(etag));
}

function sendText(res, headers, status, type, body) {
  const buffer = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': String(buffer.length) });
  res.end(buffer);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function sendJson(res, headers, status, value) {
  sendText(
    res,
    { 'Cache-Control': 'no-store', ...headers },
    status,
    'application/json',
    JSON.stringify(value),
  );
}

/** `/fault/json` and the success path of `/fault/seq`. */
function sendGeneric(req, res, cors, q, status, body) {
  if (q.has('bytes')) body = jsonStringOfSize(clampInt(q.get('bytes'), 2, 2, MAX_JSON_BYTES));
  const headers = { ...cors };
  if (q.has('cache')) headers['Cache-Control'] = q.get('cache');
  if (q.has('retry-after')) headers['Retry-After'] = q.get('retry-after');
  // WordPress's paging headers, exposed to CORS as WordPress does.
  if (q.has('link')) headers.Link = q.get('link');
  if (q.has('pages')) headers['X-WP-TotalPages'] = q.get('pages');
  if ((q.has('link') || q.has('pages')) && headers['Access-Control-Expose-Headers']) {
    headers['Access-Control-Expose-Headers'] += ', Link, X-WP-TotalPages';
  }
  // Only successful responses carry a validator; an error page never answers If-None-Match.
  if (q.has('etag') && status >= 200 && status < 300) {
    const etag = quoteEtag(q.get('etag'));
    headers.ETag = etag;
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }
  sendText(res, headers, status, q.get('type') ?? 'application/json', body);
}

function drip(res, cors, q) {
  const total = clampInt(q.get('bytes'), 100, 2, MAX_DRIP_BYTES);
  const interval = clampInt(q.get('interval'), 100, 1, 60_000);
  res.writeHead(200, {
    ...cors,
    'Content-Type': q.get('type') ?? 'application/json',
    'Cache-Control': 'no-store',
  });
  res.flushHeaders();
  let sent = 0;
  const timer = setInterval(() => {
    if (isGone(res)) {
      clearInterval(timer);
      return;
    }
    const byte = sent === 0 || sent === total - 1 ? '"' : 'x';
    sent += 1;
    if (sent >= total) {
      clearInterval(timer);
      res.end(byte);
    } else {
      res.write(byte);
    }
  }, interval);
  res.on('close', () => clearInterval(timer));
}

/** `"xxx…"`: a JSON string of exactly `size` (at least 2) bytes. */
function jsonStringOfSize(size) {
  return `"${'x'.repeat(Math.max(0, size - 2))}"`;
}

/** A body of exactly `size` bytes (at least 2) that parses as a JSON array of strings. */
function jsonArrayOfSize(size) {
  return size < 4 ? '[]' : `["${'a'.repeat(size - 4)}"]`;
}

async function big(res, cors, q) {
  const lie = q.get('lie') ?? (q.get('length') === 'lie' ? 'short' : null);
  if (lie === 'short') {
    // Declares 10 bytes, then writes 1000 bytes of valid JSON straight to the socket and closes it, so
    // Node's own Content-Length bookkeeping stays out of the way.
    const body = jsonArrayOfSize(1000);
    const head = [
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      'Content-Length: 10',
      'Cache-Control: no-store',
      ...Object.entries(cors).map(([name, value]) => `${name}: ${value}`),
      'Connection: close',
      '',
      '',
    ].join('\r\n');
    const socket = res.socket;
    socket.write(head + body, () => socket.destroy());
    return;
  }
  if (lie === 'huge') {
    const body = '{"title":"Huge lie","items":[';
    res.writeHead(200, {
      ...cors,
      'Content-Type': 'application/json',
      'Content-Length': '100000000',
      'Cache-Control': 'no-store',
    });
    res.write(body, () => res.socket?.destroy());
    return;
  }

  const mb = Math.min(MAX_BIG_MB, Math.max(0, Number.parseFloat(q.get('mb') ?? '1') || 0));
  const target = Math.floor(mb * 1024 * 1024);
  res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.flushHeaders();
  const chunkSize = 64 * 1024;
  const chunk = `"${'a'.repeat(chunkSize - 3)}",`;
  const tail = '"end"]';
  let written = 1;
  if (!res.write('[')) await drained(res);
  while (written + chunk.length + tail.length <= target) {
    if (isGone(res)) return;
    written += chunk.length;
    if (!res.write(chunk)) await drained(res);
  }
  if (!isGone(res)) res.end(tail);
}

function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function truncated(res, cors) {
  const items = Array.from({ length: 20 }, (_, i) => ({
    id: String(1000 + i),
    url: `https://news.example/en/article-${i}`,
    title: `Truncated feed item number ${i}`,
    publishedAt: '2026-03-03T13:41:00+04:00',
    category: { name: 'Other' },
  }));
  const buffer = Buffer.from(JSON.stringify({ title: 'Truncated', url: 'https://news.example/', items }));
  res.writeHead(200, {
    ...cors,
    'Content-Type': 'application/json',
    'Content-Length': String(buffer.length),
    'Cache-Control': 'no-store',
  });
  res.write(buffer.subarray(0, Math.floor(buffer.length / 2)), () => res.socket?.destroy());
}
