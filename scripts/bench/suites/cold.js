// Issue item 3: script tag to first content, cold (a fresh browser context per load, nothing cached),
// with the publisher page's four widgets and the data served locally: our CDN files against a page
// that fetches and renders the same data with plain DOM code. Then the compile and evaluation cost of
// each CDN file, from traces of pages that load only that file.
import { readdirSync } from 'node:fs';
import { articlePage, scriptPage } from '../lib/pages.js';
import { breakdown, parseTrace, scriptCosts, TIMELINE } from '../lib/trace.js';
import { median, openBenchPage, spread } from '../lib/util.js';

const VARIANTS = [
  { id: 'module', label: 'news-widgets.js (ES module)' },
  { id: 'classic', label: 'news-widgets.iife.js (classic script)' },
  { id: 'baseline', label: 'baseline: plain DOM code, no library' },
];

async function load(browser, url, { trace = false } = {}) {
  const opened = await openBenchPage(browser);
  const { page } = opened;
  try {
    await page.goto('about:blank');
    if (trace) await browser.startTracing(page, { categories: TIMELINE });
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench || globalThis.__benchError, null, {
      timeout: 20_000,
    });
    const error = await page.evaluate(() => globalThis.__benchError);
    if (error) throw new Error(`${url}: ${error}`);
    const result = await page.evaluate(() => globalThis.__bench);
    if (trace) result.trace = parseTrace(await browser.stopTracing());
    opened.assertNoErrors(url);
    return result;
  } finally {
    await opened.close();
  }
}

export async function coldSuite({ browser, server, cdnDir, runs, warmups, traceRuns, log }) {
  for (const variant of VARIANTS)
    server.pages.set(`/cold/${variant.id}.html`, articlePage({ kind: variant.id }));

  const samples = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
  for (let i = 0; i < warmups + runs; i++) {
    const order = i % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const variant of order) {
      const result = await load(browser, `${server.origin}/cold/${variant.id}.html`);
      if (i >= warmups) samples[variant.id].push(result);
    }
  }
  // When the files that matter started and ended, after the script tag (medians): the waterfall.
  const timeline = (list) => {
    const key = (path) =>
      path.startsWith('/cdn/sanitize-html-')
        ? 'sanitiser chunk'
        : path.startsWith('/media/')
          ? undefined
          : path;
    const seen = new Map();
    for (const result of list) {
      for (const { path, start, end } of result.resources) {
        const name = key(path);
        if (!name) continue;
        if (!seen.has(name)) seen.set(name, []);
        seen.get(name).push({ start: start - result.scriptTag, end: end - result.scriptTag });
      }
    }
    return [...seen].map(([name, spans]) => ({
      name,
      start: median(spans.map((s) => s.start)),
      end: median(spans.map((s) => s.end)),
    }));
  };
  const rows = VARIANTS.map((variant) => {
    const list = samples[variant.id];
    const content = list.map((r) => r.content - r.scriptTag);
    return {
      ...variant,
      timeline: timeline(list),
      content: median(content),
      frame: median(list.map((r) => r.frame - r.scriptTag)),
      fcp: median(list.map((r) => r.fcp)),
      spread: spread(content),
    };
  });
  const base = rows.find((row) => row.id === 'baseline');
  for (const row of rows) row.ratio = row.content / base.content;
  for (const row of rows)
    log(`  ${row.id}: ${row.content.toFixed(1)} ms to content (${row.ratio.toFixed(2)}×)`);

  // Main-thread time from the script tag to the content, by kind (median of traced loads).
  for (const row of rows) {
    const traced = [];
    for (let i = 0; i < traceRuns; i++) {
      const { trace } = await load(browser, `${server.origin}/cold/${row.id}.html`, { trace: true });
      traced.push(breakdown(trace, 'script-tag', 'content'));
    }
    row.breakdown = Object.fromEntries(
      Object.keys(traced[0]).map((k) => [k, median(traced.map((t) => t[k]))]),
    );
  }

  // Compile and evaluation of each CDN file alone.
  const files = readdirSync(cdnDir).filter((file) => file.endsWith('.js'));
  const scripts = [];
  for (const file of files) {
    server.pages.set(`/script/${file}.html`, scriptPage(file));
    const costs = [];
    for (let i = 0; i < traceRuns; i++) {
      const opened = await openBenchPage(browser);
      try {
        await opened.page.goto('about:blank');
        await browser.startTracing(opened.page, { categories: TIMELINE });
        await opened.page.goto(`${server.origin}/script/${file}.html`, { waitUntil: 'load' });
        await opened.page.waitForTimeout(200);
        costs.push(scriptCosts(parseTrace(await browser.stopTracing()), file));
        opened.assertNoErrors(file);
      } finally {
        await opened.close();
      }
    }
    scripts.push({
      file,
      background: median(costs.map((c) => c.background)),
      compile: median(costs.map((c) => c.compile)),
      evaluate: median(costs.map((c) => c.evaluate)),
    });
  }
  return { rows, scripts };
}
