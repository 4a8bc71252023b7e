// Issue 14: content before script. The publisher's article page with the four widgets (article, gallery,
// tags, latest news), loaded the two ways the README gives: client-only (elements with `src`, the README's
// page CSS reserving their space, news-widgets.js) and rendered on the server (each element's HTML from
// news-widgets/server: its fallback, its data inline, and news-widgets-fallback.css). Layout shift while it
// loads, first contentful paint, largest contentful paint, when the widgets show their content (the
// server's fallback counts from the first paint), and the requests made to the endpoints.
import { articlePage } from '../lib/pages.js';
import { median, openBenchPage } from '../lib/util.js';

const RECORD_LCP = `<script>
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
</script>`;

/** The server-rendered page: every widget's HTML made with the built module, from the bench's endpoint. */
async function serverPage(server) {
  const { renderElement } = await import(new URL('../../../dist/server/render.js', import.meta.url).href);
  const bodies = new Map();
  for (const src of new Set([`/api/article/491283`, '/api/latest'])) {
    const response = await fetch(server.origin + src);
    bodies.set(src, { text: await response.text(), type: response.headers.get('content-type') });
  }
  const render = (tag, src, attributes) => {
    const { text, type } = bodies.get(src);
    return renderElement(tag, text, {
      url: server.origin + src,
      contentType: type,
      attributes: { src, ...attributes },
    }).html;
  };
  return articlePage({ kind: 'module', observe: true, render }).replace('</head>', `${RECORD_LCP}</head>`);
}

async function load(browser, url) {
  const opened = await openBenchPage(browser);
  const { page } = opened;
  const api = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) api.push(pathname);
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench || globalThis.__benchError, null, {
      timeout: 20_000,
    });
    const error = await page.evaluate(() => globalThis.__benchError);
    if (error) throw new Error(`${url}: ${error}`);
    await page.waitForTimeout(1000);
    const figures = await page.evaluate(() => ({
      bench: globalThis.__bench,
      lcp: globalThis.__lcp,
      shifts: globalThis.__observed.shifts,
    }));
    opened.assertNoErrors(url);
    return {
      cls: figures.shifts.reduce((sum, shift) => sum + shift.value, 0),
      shifts: figures.shifts,
      fcp: figures.bench.fcp,
      lcp: figures.lcp,
      content: figures.bench.content,
      requests: api.length,
    };
  } finally {
    await opened.close();
  }
}

export async function ssrSuite({ browser, server, publisherRuns, log }) {
  const pages = {
    client: articlePage({ kind: 'module', observe: true }).replace('</head>', `${RECORD_LCP}</head>`),
    server: await serverPage(server),
  };
  const rows = [];
  for (const [id, html] of Object.entries(pages)) {
    const path = `/ssr/${id}.html`;
    server.pages.set(path, html);
    const loads = [];
    for (let i = 0; i < publisherRuns; i++) loads.push(await load(browser, server.origin + path));
    const row = {
      id,
      label: id === 'client' ? 'client-only, README page CSS' : 'rendered on the server',
      runs: loads.length,
      cls: median(loads.map((l) => l.cls)),
      maxCls: Math.max(...loads.map((l) => l.cls)),
      fcp: median(loads.map((l) => l.fcp)),
      lcp: median(loads.map((l) => l.lcp)),
      // With the server's fallback, the widgets' content is on screen from the first paint.
      firstContent: median(loads.map((l) => (id === 'server' ? l.fcp : l.content))),
      upgraded: median(loads.map((l) => l.content)),
      requests: median(loads.map((l) => l.requests)),
      shifts: loads
        .flatMap((l) => l.shifts)
        .sort((a, b) => b.value - a.value)
        .slice(0, 3),
    };
    log(
      `  ${id}: CLS ${row.cls.toFixed(4)} (max ${row.maxCls.toFixed(4)}), FCP ${row.fcp.toFixed(0)} ms, ` +
        `content ${row.firstContent.toFixed(0)} ms, ${row.requests} endpoint request(s)`,
    );
    rows.push(row);
  }
  return { rows };
}
