// The one way widgets fetch their data. Concurrent requests for the same URL share one fetch; a short-lived
// cache serves elements that connect later, as long as the response's Cache-Control allows (never a
// `no-store` one); each caller can abort without cancelling the others; the
// timeout covers the whole body; bodies are capped; JSON is parsed, XML (RSS, Atom) kept as text for the
// format readers, anything else refused unread; network errors, 5xx and 429 are retried with capped,
// jittered backoff.
//
// Refreshes go through the browser's HTTP cache (`cache: 'default'`): it honours `Cache-Control`, so a
// CDN in front of the endpoint carries any number of readers, and it revalidates stale responses with
// `If-None-Match` itself. Setting that header from script would make every cross-origin poll pay a CORS
// preflight, so we leave it to the cache and skip parsing when the ETag we last saw comes back.
import { NewsError, isRetryable } from './errors.js';
import { getConfig } from './config.js';

export interface RequestOptions {
  /** Aborts this caller's interest; the shared fetch stops when no caller is left. */
  signal?: AbortSignal;
  /** Cookies and HTTP auth: `omit` unless the element opts in. */
  credentials?: RequestCredentials;
  /**
   * The oldest response from the short-lived in-memory cache to reuse, in ms: `0` always asks the server
   * (the HTTP cache still applies). Default: `cacheTtl`. Never longer than the response's headers allow:
   * a `no-store`, `no-cache` or `max-age=0` response is never reused. Negative: past every cache, as
   * `reload()` does: no cached response, no request already in flight, and the browser's HTTP cache
   * revalidates (`cache: 'no-cache'`).
   */
  maxAge?: number;
}

export interface JsonResponse {
  /** The parsed JSON, or an XML response's text. The same object when `notModified` is true. */
  readonly data: unknown;
  /**
   * The response's headers: its `content-type`, and cross-origin those the server exposes (WordPress's
   * `Link` and `X-WP-TotalPages`, for paging).
   */
  readonly headers: Headers;
  /** The final URL after redirects: relative URLs in the data resolve against it. */
  readonly url: string;
  /** True when the server's ETag matched the previous response for this URL. */
  readonly notModified: boolean;
}

interface Shared {
  promise: Promise<JsonResponse>;
  controller: AbortController;
  users: number;
}

const inflight = new Map<string, Shared>();
/**
 * Recent responses by credentials and URL, oldest first, with when they came, how long their headers let
 * them be reused (`fresh`, ms) and their ETag.
 */
const cache = new Map<string, { at: number; fresh: number; response: JsonResponse; etag: string | null }>();
const CACHE_ENTRIES = 32;

/**
 * How long a response may be reused, in ms, by what its headers say (RFC 9111), or `undefined` when it
 * must not be kept at all (`no-store`). `no-cache` and `max-age=0` give 0: kept only for its ETag, never
 * reused without asking the server. Without `max-age`, `Expires` (safelisted, so readable cross-origin)
 * decides; an `Age` the server exposes counts against either.
 */
function freshness(headers: Headers): number | undefined {
  const directives = new Map<string, string>();
  for (const directive of (headers.get('cache-control') ?? '').split(',')) {
    const [name = '', value = ''] = directive.split('=');
    if (name.trim()) directives.set(name.trim().toLowerCase(), value.trim().replace(/^"|"$/g, ''));
  }
  if (directives.has('no-store')) return undefined;
  if (directives.has('no-cache')) return 0;
  let lifetime = Infinity;
  const maxAge = directives.get('max-age');
  const expires = headers.get('expires');
  // A max-age or Expires that cannot be read counts as already stale, as RFC 9111 says.
  if (maxAge !== undefined) lifetime = /^\d+$/.test(maxAge) ? Number(maxAge) * 1000 : 0;
  else if (expires !== null) {
    const date = Date.parse(headers.get('date') ?? '');
    lifetime = (Date.parse(expires) || -Infinity) - (Number.isNaN(date) ? Date.now() : date);
  }
  const age = Number(headers.get('age'));
  if (age > 0) lifetime -= age * 1000;
  return lifetime > 0 ? lifetime : 0;
}

/**
 * Keeps a response for elements that connect later, to be reused for `cacheTtl` (or a caller's
 * `maxAge`) but never longer than its headers allow (see {@link freshness}). A `no-store` response is
 * not kept, and it drops what was kept for its URL before. Any other is kept with its ETag, even when it
 * may not be reused, so that a refresh that gets the same ETag back can skip parsing.
 */
function remember(key: string, response: JsonResponse, etag: string | null, from: Response) {
  const fresh = freshness(from.headers);
  cache.delete(key);
  if (fresh === undefined) return;
  cache.set(key, { at: Date.now(), fresh, response, etag });
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
}

/**
 * Requests started before the elements that need them are defined (see {@link prefetchJson}), by
 * credentials and URL, with how many elements are still to take theirs.
 */
const early = new Map<string, { promise: Promise<JsonResponse>; left: number }>();

/** Forgets cached responses and the ETags seen; for tests and for apps that log a user out. */
export function clearRequestCache(): void {
  cache.clear();
  early.clear();
}

const abortError = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The request was aborted.', 'AbortError');

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      done();
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort);
  });

const host = (url: string) => new URL(url).host;

const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooBig = () =>
    new NewsError('invalid', `The response is larger than the ${megabytes(maxBytes)} limit.`, undefined, url);
  if (declared > maxBytes) {
    // A body the server already broke off rejects its cancel: nothing to report to the page.
    response.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooBig();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function fetchOnce(
  url: string,
  key: string,
  credentials: RequestCredentials,
  outer: AbortSignal,
  cacheMode: RequestCache,
): Promise<JsonResponse> {
  const { timeout, maxBytes } = getConfig();
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortError(outer));
  outer.addEventListener('abort', onAbort);
  const timer = setTimeout(
    () =>
      controller.abort(
        new NewsError('timeout', `${host(url)} did not answer within ${timeout / 1000} s.`, undefined, url),
      ),
    timeout,
  );
  try {
    let response: Response;
    try {
      // Options without a prototype: the browser reads fetch options (body, method, mode…) inherited
      // from Object.prototype too, and a page that polluted it would break or redirect every request.
      const init: RequestInit = Object.assign(Object.create(null), {
        signal: controller.signal,
        credentials,
        headers: { accept: 'application/json' },
        cache: cacheMode,
      });
      response = await fetch(url, init);
    } catch {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new NewsError(
        'network',
        `Could not reach ${host(url)}: the server did not answer, or it does not allow cross-origin requests (CORS).`,
        undefined,
        url,
      );
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      const error = new NewsError(
        'http',
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
        response.status,
        url,
      );
      error.retryAfter = Number(response.headers.get('retry-after')) * 1000 || undefined;
      throw error;
    }
    const type = response.headers.get('content-type') ?? '';
    // JSON, or XML (application/rss+xml, …/atom+xml, …/rdf+xml, application/xml, text/xml) as text.
    const syntax = /^(application|text)\/([\w.+-]+\+)?(json|xml)\s*(;|$)/i.exec(type)?.[3];
    if (!syntax) {
      response.body?.cancel().catch(() => {});
      throw new NewsError(
        'not-json',
        `Expected JSON but the server sent ${type.split(';')[0] || 'no content type'}.`,
        undefined,
        url,
      );
    }
    const etag = response.headers.get('etag');
    const previous = cache.get(key);
    if (etag && previous?.etag === etag) {
      response.body?.cancel().catch(() => {});
      remember(key, previous.response, etag, response);
      return { ...previous.response, notModified: true };
    }
    let text: string;
    try {
      text = await readCapped(response, maxBytes, url);
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      if (error instanceof NewsError) throw error;
      throw new NewsError(
        'network',
        `The connection to ${host(url)} broke off before the response was complete.`,
        undefined,
        url,
      );
    }
    let data: unknown = text;
    try {
      if (/json/i.test(syntax)) data = JSON.parse(text);
    } catch (error) {
      throw new NewsError(
        'not-json',
        `The response is not valid JSON (${(error as Error).message}).`,
        undefined,
        url,
      );
    }
    const result: JsonResponse = {
      data,
      headers: response.headers,
      url: response.url || url,
      notModified: false,
    };
    remember(key, result, etag, response);
    return result;
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', onAbort);
  }
}

async function fetchWithRetry(
  url: string,
  key: string,
  credentials: RequestCredentials,
  signal: AbortSignal,
  cacheMode: RequestCache,
): Promise<JsonResponse> {
  const { retries, retryDelay, retryMaxDelay } = getConfig();
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, key, credentials, signal, cacheMode);
    } catch (error) {
      if (signal.aborted || !(error instanceof NewsError) || !isRetryable(error) || attempt >= retries)
        throw error;
      const cap = Math.min(retryMaxDelay, retryDelay * 2 ** attempt);
      // Equal jitter: at least half the step, so retries never bunch up at zero.
      const wait = Math.max(error.retryAfter ?? 0, cap / 2 + (Math.random() * cap) / 2);
      await sleep(Math.min(wait, retryMaxDelay), signal);
    }
  }
}

/**
 * Fetches and parses JSON from `url`; XML (`application/rss+xml`, `application/atom+xml`,
 * `application/rdf+xml`, `application/xml`, `text/xml`) resolves as its text, for the format readers.
 * Rejects with a {@link NewsError}, or with the abort reason when `signal` aborts.
 */
export function requestJson(url: string, options: RequestOptions = {}): Promise<JsonResponse> {
  const { signal, credentials = 'omit', maxAge } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const key = `${credentials} ${url}`;
  const cached = cache.get(key);
  // A caller's maxAge may ask for a newer response than the cache would give, never for an older one
  // than the server allows.
  if (cached && Date.now() - cached.at < Math.min(maxAge ?? getConfig().cacheTtl, cached.fresh)) {
    return Promise.resolve(cached.response);
  }

  const reload = maxAge! < 0;
  const started = early.get(key);
  if (started && maxAge === undefined) {
    if (--started.left < 1) early.delete(key);
    // In a task of its own: an element defined after the response came would otherwise render its
    // content in the same task as its definition, one long task instead of two short ones.
    const later = started.promise.then(
      (response) => new Promise<JsonResponse>((resolve) => setTimeout(resolve, 0, response)),
    );
    return follow(later, signal);
  }
  let shared = reload ? undefined : inflight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const created: Shared = {
      controller,
      users: 0,
      promise: fetchWithRetry(
        url,
        key,
        credentials,
        controller.signal,
        reload ? 'no-cache' : 'default',
      ).finally(() => {
        if (inflight.get(key) === created) inflight.delete(key);
      }),
    };
    // Nobody may be listening by the time it fails (every caller aborted): keep that quiet.
    created.promise.catch(() => {});
    inflight.set(key, created);
    shared = created;
  }
  const joined = shared;
  joined.users++;
  return follow(joined.promise, signal, () => {
    if (--joined.users === 0) {
      joined.controller.abort(abortError(signal!));
      if (inflight.get(key) === joined) inflight.delete(key);
    }
  });
}

/** `promise` for one caller: rejects when `signal` aborts first (after `left()`, which lets go of it). */
function follow(
  promise: Promise<JsonResponse>,
  signal?: AbortSignal,
  left?: () => void,
): Promise<JsonResponse> {
  if (!signal) return promise;
  return new Promise<JsonResponse>((resolve, reject) => {
    const leave = () => signal.removeEventListener('abort', onAbort);
    const onAbort = () => {
      leave();
      left?.();
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort);
    promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

/**
 * Starts now the request an element will make for `url` once it is defined: its first request (one
 * without `maxAge`) takes this response, whatever its cache headers say, as if it had joined it in
 * flight; called for each of several elements, it makes one request for them all. news-widgets.js defines
 * its elements one per task, and the last ones' requests would otherwise start tens of milliseconds late.
 * What no element has taken within 10 s is dropped.
 */
export function prefetchJson(url: string, credentials: RequestCredentials): void {
  const key = `${credentials} ${url}`;
  let entry = early.get(key);
  if (!entry) {
    entry = { promise: requestJson(url, { credentials }), left: 0 };
    // Nobody may take it: no unhandled rejection for that.
    entry.promise.catch(() => {});
    early.set(key, entry);
    const made = entry;
    setTimeout(() => early.get(key) === made && early.delete(key), 10_000);
  }
  entry.left++;
}
