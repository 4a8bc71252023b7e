// How `news-widgets check` fetches: through the widgets' own request layer (requestJson: timeout, size
// cap, content types, retries), with a fetch that (1) sends an `Origin`, so that servers that echo it in
// `Access-Control-Allow-Origin` answer as they would a partner's page, (2) records what the server sent
// (status, headers, bytes) for the report, and (3) answers `file:` URLs from the disk, with a content type
// from the file's extension, so that a file goes through exactly the same rules as a response.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The origin the command says it comes from: a partner's page, never the endpoint's own origin. */
export const PARTNER_ORIGIN = 'https://partner.example';

/** What the server (or the file) answered, as far as the command saw it. */
export interface Answer {
  url: string;
  status: number;
  headers: Headers;
  /** Bytes read (the body may have been cut off at the size cap). */
  bytes: number;
  /** Milliseconds until the headers came. */
  ms: number;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.jsonfeed': 'application/feed+json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.rdf': 'application/rdf+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
};

/** The content type a file is served with, from its extension (what a static server would send). */
export const typeOfFile = (path: string): string =>
  TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

async function fileResponse(url: string): Promise<Response> {
  const path = fileURLToPath(url);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    // What fetch does for a host that does not answer: a TypeError, which the request layer reports.
    throw new TypeError(`No such file: ${path}`);
  }
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  const response = new Response(body, {
    status: 200,
    headers: { 'content-type': typeOfFile(path), 'content-length': String(size) },
  });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/**
 * Runs `task` with `globalThis.fetch` replaced by the command's fetch (see the top of this file); every
 * answer is pushed to `answers`. The original fetch is back when `task` settles.
 */
export async function withCommandFetch<T>(answers: Answer[], task: () => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const started = Date.now();
    const response = url.startsWith('file:')
      ? await fileResponse(url)
      : await original(input, {
          ...init,
          headers: { ...Object.fromEntries(new Headers(init?.headers)), origin: PARTNER_ORIGIN },
        });
    const answer: Answer = {
      url: response.url || url,
      status: response.status,
      headers: response.headers,
      bytes: 0,
      ms: Date.now() - started,
    };
    answers.push(answer);
    if (!response.body) return response;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          answer.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    const wrapped = new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(wrapped, 'url', { value: answer.url });
    return wrapped;
  };
  try {
    return await task();
  } finally {
    globalThis.fetch = original;
  }
}
