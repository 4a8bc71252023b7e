// Small shared pieces: statistics, number formats, the in-page call helper, page HTML.

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The spread of a sample: the interquartile range relative to the median, as a percentage. */
export const spread = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < 4) return NaN;
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
  return ((q(0.75) - q(0.25)) / median(sorted)) * 100;
};

export const ms = (value, digits = 1) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a');
export const kb = (bytes, digits = 1) =>
  Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(digits)} KB` : 'n/a';
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(2)} MB` : 'n/a');
export const met = (ok) => (ok === undefined ? '' : ok ? 'yes' : '**no**');

/** Calls `globalThis.bench[name](...args)` in the page (pages/harness.js). */
export const call = (page, name, ...args) =>
  page.evaluate(({ name, args }) => globalThis.bench[name](...args), { name, args });

/** A bench page: `head` and `body` inside a plain HTML document in English. */
export const pageHtml = (head, body, title = 'news-widgets bench') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;

/** Opens a page in a fresh context with a DevTools session, failing the run on uncaught page errors. */
export async function openBenchPage(browser, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  return {
    page,
    cdp,
    errors,
    gc: () => cdp.send('HeapProfiler.collectGarbage'),
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    },
    assertNoErrors(where) {
      if (errors.length) throw new Error(`${where}: errors in the page:\n${errors.join('\n')}`);
    },
    close: () => context.close(),
  };
}
