// Two generated files of the repository, served by the dev server for the embed-code page (embed.html):
// custom-elements.json (each element's attributes and their descriptions, from the Custom Elements
// Manifest analyzer) and dist/cdn/manifest.json (each CDN file's SRI hash, written by `npm run build`).
// They lie outside the Vite root (demo/), and neither exists in a fresh clone before its tool has run.
// Each is read on every request, so a new build shows on the next visit.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';

/** URL path on the dev server → the file, relative to the repository root. Nothing else is served. */
export const EMBED_SOURCES: Readonly<Record<string, string>> = {
  '/custom-elements.json': 'custom-elements.json',
  '/dist/cdn/manifest.json': 'dist/cdn/manifest.json',
};

/**
 * Connect-style middleware for {@link EMBED_SOURCES}; anything else is passed on. A missing file gets
 * `204 No Content` rather than a 404, which the browser would log as an error on every visit before the
 * first build: the page sees the empty answer and says what to run.
 */
export function createEmbedSourcesHandler(repoRoot: string): Connect.NextHandleFunction {
  return function embedSourcesHandler(req, res, next) {
    const file = EMBED_SOURCES[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    readFile(join(repoRoot, file)).then(
      (body) => {
        res.statusCode = 200;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Content-Length', body.length);
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.statusCode = 204;
        res.end();
      },
    );
  };
}

/** The Vite plugin: serves {@link EMBED_SOURCES} from the dev server (and `vite preview`). */
export function embedSources(repoRoot: string): Plugin {
  return {
    name: 'news-widgets:embed-sources',
    configureServer(server) {
      server.middlewares.use(createEmbedSourcesHandler(repoRoot));
    },
    configurePreviewServer(server) {
      server.middlewares.use(createEmbedSourcesHandler(repoRoot));
    },
  };
}
