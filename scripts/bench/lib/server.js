// The bench's HTTP server on 127.0.0.1: the CDN files (from a snapshot of dist/cdn/), the bench pages and
// baselines, generated feeds, and the demo's sample endpoint. Text is gzipped when the browser asks for
// it (Chromium offers gzip, not brotli, over plain http), as a CDN would, so transfer sizes are real;
// nothing is cacheable, so every page load is a cold one.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../../test/e2e/helpers.js';
import { ARTICLE_ID, numberedFeed, sample } from './data.js';

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Wide (16:9) photos: unlike the sample's 3:2 ones, not the shape the gallery assumes before one loads. */
const WIDE = { width: 1280, height: 720 };

/**
 * The article for the publisher runs: its photos swapped for 16:9 ones, with or without width and height
 * (what a feed that leaves them out looks like).
 */
const publisherArticle = (article, origin, sized) => ({
  ...article,
  photos: article.photos.map(({ width: _w, height: _h, src: _s, srcset: _set, ...photo }, i) => ({
    ...photo,
    src: `${origin}/bench-media/wide-${i + 1}.svg`,
    srcset: `${origin}/bench-media/wide-${i + 1}-640.svg 640w, ${origin}/bench-media/wide-${i + 1}.svg 1280w`,
    ...(sized && WIDE),
  })),
});

/**
 * @param {{ cdnDir: string }} options
 * @returns the server, plus `pages` (path → HTML) for suites to add pages to.
 */
export async function startBenchServer({ cdnDir }) {
  const pages = new Map([['/blank', '<!doctype html><html lang="en"><title>blank</title></html>']]);
  const gzipCache = new Map();
  const clock = { startedAt: Date.now() - 60_000, now: Date.now() };

  /** Sends a body, gzipped (level 9, as precompressed CDN files are) when the request accepts it. */
  const send = (req, res, status, type, body, cacheKey) => {
    let payload = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/')) {
      let zipped = cacheKey && gzipCache.get(cacheKey);
      if (!zipped) {
        zipped = gzipSync(payload, { level: 9 });
        if (cacheKey) gzipCache.set(cacheKey, zipped);
      }
      payload = zipped;
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
    return true;
  };

  const sendFrom = async (req, res, dir, relPath) => {
    const path = normalize(join(dir, decodeURIComponent(relPath)));
    if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
    let body;
    try {
      body = await readFile(path);
    } catch {
      return false;
    }
    return send(req, res, 200, TYPES[extname(path)] ?? 'application/octet-stream', body, path);
  };

  const feeds = new Map();
  const server = await startServer(async (req, res, url) => {
    const { pathname } = url;
    if (pathname.startsWith('/cdn/')) return sendFrom(req, res, cdnDir, pathname.slice('/cdn/'.length));
    if (pathname.startsWith('/bench/'))
      return sendFrom(req, res, PAGES_DIR, pathname.slice('/bench/'.length));
    // /bench-data/feed-1010-1000.json: the newest headline's number, then how many.
    const feed = /^\/bench-data\/feed-(\d+)-(\d+)\.json$/.exec(pathname);
    if (feed) {
      let body = feeds.get(pathname);
      if (!body) {
        body = JSON.stringify(numberedFeed(server.origin, Number(feed[1]), Number(feed[2])));
        feeds.set(pathname, body);
      }
      return send(req, res, 200, TYPES['.json'], body, pathname);
    }
    const wide = /^\/bench-media\/wide-(\d)(-640)?\.svg$/.exec(pathname);
    if (wide) {
      const width = wide[2] ? 640 : WIDE.width;
      const svg = sample.renderSampleSvg({
        width,
        height: Math.round((width * WIDE.height) / WIDE.width),
        label: `Wide photo ${wide[1]}`,
        hue: 40 * Number(wide[1]),
      });
      return send(req, res, 200, TYPES['.svg'], svg);
    }
    if (pathname.startsWith('/api/') || pathname.startsWith('/media/')) {
      const answer = sample.sampleResponse(pathname, url.search, server.origin, {
        ...clock,
        now: Date.now(),
      });
      let { body } = answer;
      const photos = url.searchParams.get('photos');
      if (photos && pathname === `/api/article/${ARTICLE_ID}`) {
        body = JSON.stringify(publisherArticle(JSON.parse(body), server.origin, photos === 'sized'));
      }
      // Not cached: /api/latest changes as the sample clock ticks.
      return send(req, res, answer.status, answer.type, body);
    }
    const html = pages.get(pathname);
    if (html === undefined) return false;
    return send(req, res, 200, TYPES['.html'], html);
  });
  return { ...server, pages };
}
