// Issue item 6: memory. JS heap and DOM nodes with 1,000 items (after a forced garbage collection,
// from the DevTools protocol's Performance.getMetrics), and after `cycles` refreshes that each bring 10
// new items and drop the 10 oldest: the figures must come back to where they were (no growth). Ours and
// the baseline, each in a fresh page.
import { RENDER_PAGE } from './render.js';
import { call, openBenchPage } from '../lib/util.js';

const KEYS = { heap: 'JSHeapUsedSize', nodes: 'Nodes', listeners: 'JSEventListeners' };

async function measure(opened) {
  // Twice: the first collection can leave objects that only a second finds unreachable (weak maps).
  await opened.gc();
  await opened.gc();
  const metrics = await opened.metrics();
  return Object.fromEntries(Object.entries(KEYS).map(([key, name]) => [key, metrics[name]]));
}

export async function memorySuite({ browser, server, cycles, log }) {
  server.pages.set('/render.html', RENDER_PAGE);
  const checkpoint = Math.min(10, cycles);
  const results = {};
  for (const who of ['ours', 'base']) {
    const opened = await openBenchPage(browser);
    const { page, cdp } = opened;
    try {
      await cdp.send('Performance.enable');
      await page.goto(`${server.origin}/render.html`);
      await page.waitForFunction(() => globalThis.bench);
      await call(page, 'ready');
      const empty = await measure(opened);
      const items = await call(page, 'memoryMount', who);
      const mounted = await measure(opened);
      const treeMounted = await call(page, 'shadowCounts');
      let warm;
      let shown = items;
      for (let n = 1; n <= cycles; n++) {
        shown = await call(page, 'memoryCycle', who, n);
        if (shown !== 1000)
          throw new Error(`memory (${who}): ${shown} items after refresh ${n}, expected 1,000`);
        if (n === checkpoint) warm = await measure(opened);
      }
      const end = await measure(opened);
      const treeEnd = await call(page, 'shadowCounts');
      opened.assertNoErrors(`memory (${who})`);
      const minus = (a, b) => Object.fromEntries(Object.keys(KEYS).map((key) => [key, a[key] - b[key]]));
      results[who] = {
        items,
        mounted: minus(mounted, empty),
        afterCycles: minus(end, empty),
        growth: minus(end, warm),
        tree: { mounted: treeMounted, end: treeEnd },
        checkpoint,
        cycles,
      };
      log(
        `  ${who}: ${(results[who].mounted.heap / 1048576).toFixed(2)} MB heap, ${results[who].mounted.nodes} nodes for ` +
          `1,000 items; after ${cycles} refreshes ${(results[who].afterCycles.heap / 1048576).toFixed(2)} MB, ` +
          `${results[who].afterCycles.nodes} nodes`,
      );
    } finally {
      await opened.close();
    }
  }
  return results;
}
