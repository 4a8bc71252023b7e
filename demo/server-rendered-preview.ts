// The server-rendered page of the demo (server-rendered.html): /server-rendered/preview.html is an article
// page whose four widgets are rendered on this server with news-widgets/server (src/server/, loaded through
// Vite's module runner so it needs no build): each element with its fallback and its data inline, and the
// fallback CSS in a <style>. `?js=0` leaves the page's script out, as a reader without JavaScript gets it
// (the demo page also loads it in a sandboxed frame that runs no script); `?lang=az|ru` renders in that
// language. The data comes from the sample endpoint (sample-endpoint.ts), as the widgets would fetch it.
import type { IncomingMessage } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import type * as ServerModule from '../src/server/render.js';
import { sampleResponse } from './sample-endpoint.js';

/** The sample endpoint's one article. */
const ARTICLE_ID = '491283';

export const PREVIEW_PATH = '/server-rendered/preview.html';

const LABELS: Record<string, { title: string; latest: string }> = {
  en: { title: 'A server-rendered article page', latest: 'Latest news' },
  az: { title: 'Serverdə hazırlanmış məqalə səhifəsi', latest: 'Son xəbərlər' },
  ru: { title: 'Страница статьи, отрисованная на сервере', latest: 'Последние новости' },
};

const PAGE_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1c1f; background: #fff; }
  .page { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  @media (max-width: 50rem) { .page { grid-template-columns: minmax(0, 1fr); } }
  main > * + * { margin-top: 1.5rem; }
  .note { margin: 0; padding: 0.5rem 1.5rem; background: #eef1f5; font-size: 0.9rem; }
`;

const originOf = (req: IncomingMessage): string => {
  const host = req.headers.host && /^[\w.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  return `http://${host}`;
};

/** The preview page's HTML, with every widget rendered by news-widgets/server. */
async function previewHtml(
  server: ViteDevServer,
  repoRoot: string,
  url: URL,
  origin: string,
): Promise<string> {
  const { renderElement, fallbackCss } = (await server.ssrLoadModule(
    `${repoRoot}src/server/render.ts`,
  )) as typeof ServerModule;
  const lang = ['en', 'az', 'ru'].includes(url.searchParams.get('lang') ?? '')
    ? url.searchParams.get('lang')!
    : 'en';
  const js = url.searchParams.get('js') !== '0';
  const clock = { startedAt: Date.now(), now: Date.now() };
  const render = (
    tag: 'latest-news' | 'news-article' | 'tag-list' | 'photo-gallery',
    src: string,
    attributes = {},
  ) => {
    const response = sampleResponse(src, '', origin, clock);
    return renderElement(tag, response.body, {
      url: origin + src,
      contentType: response.type,
      attributes: { src, lang, ...attributes },
    }).html;
  };
  const article = `/api/article/${ARTICLE_ID}`;
  const labels = LABELS[lang]!;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${labels.title}</title>
    <style>${PAGE_CSS}</style>
    <style>${fallbackCss()}</style>
    ${js ? `<script type="module" src="/@fs${repoRoot}src/define.ts"></script>` : ''}
  </head>
  <body>
    <p class="note" lang="en">${
      js
        ? 'JavaScript on: the widgets below were rendered on the server and have taken over in the browser; the list polls for new headlines.'
        : 'JavaScript off: what a reader without JavaScript and a crawler get. Every widget below is plain HTML from the server.'
    }</p>
    <div class="page">
      <main>
        ${render('news-article', article, { 'heading-level': '1' })}
        ${render('photo-gallery', article)}
        ${render('tag-list', article)}
      </main>
      <aside aria-label="${labels.latest}">${render('latest-news', '/api/latest', { limit: '8', refresh: '20' })}</aside>
    </div>
  </body>
</html>`;
}

/** The Vite plugin: serves {@link PREVIEW_PATH} from the dev server. */
export function serverRenderedPreview(repoRoot: string): Plugin {
  return {
    name: 'news-widgets:server-rendered-preview',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname !== PREVIEW_PATH) {
          next();
          return;
        }
        previewHtml(server, repoRoot, url, originOf(req)).then(
          (html) => {
            res.statusCode = 200;
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(html);
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`The server-rendered preview failed: ${String(error)}\n`);
          },
        );
      });
    },
  };
}
