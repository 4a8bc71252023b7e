// Issue items 1 and 2: mounting 1,000 items, and a refresh that brings 10 new ones on top, against the
// hand-written baseline (pages/baseline-list.js). Interleaved runs after warm-ups, garbage collected
// before each; medians and ratios. Then one traced run of each (main-thread time by kind) and CPU
// profiles of ours mapped to the source files.
import { attribute, startProfile } from '../lib/profile.js';
import { breakdown, parseTrace, TIMELINE } from '../lib/trace.js';
import { call, median, openBenchPage, pageHtml, spread } from '../lib/util.js';

export const RENDER_PAGE = pageHtml(
  `<script type="module" src="/cdn/news-widgets.js"></script>
    <script type="module" src="/bench/harness.js"></script>`,
  '<main id="stage"></main>',
);

export const CASES = [
  {
    id: 'mount',
    label: 'Mount 1,000 items (`data`)',
    short: 'mount',
    goalLabel: '1,000-item mount ≤ 1.25× the baseline',
    goal: 1.25,
    items: 1000,
  },
  {
    id: 'poll',
    label: 'Refresh: 10 new on top of 1,000 (the poll: fetch, validate, merge, render)',
    short: 'refresh (poll)',
    goalLabel: 'refresh, 10 new on 1,000 (the poll) ≤ 2.5× the baseline',
    goal: 2.5,
    items: 1010,
  },
  {
    id: 'data',
    label: 'Refresh: 10 new on top of 1,000 (a new `data` object)',
    short: 'refresh (`data`)',
    goalLabel: 'refresh, 10 new on 1,000 (a new `data` object) ≤ 2.5× the baseline',
    goal: 2.5,
    items: 1010,
  },
];

async function once(page, kase, who) {
  const result =
    kase.id === 'mount' ? await call(page, 'mount', who) : await call(page, 'refresh', who, kase.id);
  if (result.items !== kase.items) {
    throw new Error(`${kase.id} (${who}) shows ${result.items} items, expected ${kase.items}`);
  }
  return result;
}

async function prepare(page, gc, kase, who) {
  await call(page, 'clear');
  if (kase.id !== 'mount') await call(page, 'prepareRefresh', who, kase.id);
  await gc();
}

export async function renderSuite({ browser, server, cdnDir, runs, warmups, traceRuns, log }) {
  server.pages.set('/render.html', RENDER_PAGE);
  const opened = await openBenchPage(browser);
  const { page, cdp, gc } = opened;
  try {
    await page.goto(`${server.origin}/render.html`);
    await page.waitForFunction(() => globalThis.bench);
    await call(page, 'ready');
    const markup = await call(page, 'sameMarkup');
    if (!markup.same)
      log(`  ! markup differs from the baseline's:\n    ours: ${markup.ours}\n    base: ${markup.base}`);

    const rows = [];
    for (const kase of CASES) {
      const samples = { ours: [], base: [] };
      for (let i = 0; i < warmups + runs; i++) {
        // Alternate who goes first, so that neither always runs right after the other's garbage.
        for (const who of i % 2 ? ['base', 'ours'] : ['ours', 'base']) {
          await prepare(page, gc, kase, who);
          const result = await once(page, kase, who);
          if (i >= warmups) samples[who].push(result);
        }
      }
      const stat = (who, key) => median(samples[who].map((r) => r[key]));
      const row = {
        ...kase,
        ours: stat('ours', 'layout'),
        base: stat('base', 'layout'),
        oursFrame: stat('ours', 'frame'),
        baseFrame: stat('base', 'frame'),
        spread: Math.max(
          spread(samples.ours.map((r) => r.layout)),
          spread(samples.base.map((r) => r.layout)),
        ),
      };
      row.ratio = row.ours / row.base;
      row.frameRatio = row.oursFrame / row.baseFrame;
      rows.push(row);
      log(
        `  ${kase.id}: ours ${row.ours.toFixed(1)} ms, baseline ${row.base.toFixed(1)} ms, ${row.ratio.toFixed(2)}×`,
      );
    }

    // Where the main thread's time goes: traced runs of each, the median of every kind of work.
    for (const row of rows) {
      row.breakdown = {};
      for (const who of ['ours', 'base']) {
        const traced = [];
        for (let i = 0; i < traceRuns; i++) {
          await prepare(page, gc, row, who);
          await browser.startTracing(page, { categories: TIMELINE });
          await once(page, row, who);
          traced.push(breakdown(parseTrace(await browser.stopTracing())));
        }
        row.breakdown[who] = Object.fromEntries(
          Object.keys(traced[0]).map((kind) => [kind, median(traced.map((t) => t[kind]))]),
        );
      }
    }

    // Where our script time goes: CPU profiles of three more runs of ours, by original source file.
    const map = `${cdnDir}news-widgets.js.map`;
    for (const row of rows) {
      const profiles = [];
      for (let i = 0; i < 3; i++) {
        await prepare(page, gc, row, 'ours');
        const stop = await startProfile(cdp, 50);
        await once(page, row, 'ours');
        profiles.push(await stop());
      }
      const merged = { groups: new Map(), functions: new Map() };
      for (const profile of profiles) {
        const { groups, functions } = attribute(profile, {
          file: 'news-widgets.js',
          map,
          runs: profiles.length,
        });
        for (const [key, value] of groups) merged.groups.set(key, (merged.groups.get(key) ?? 0) + value);
        for (const [key, value] of functions)
          merged.functions.set(key, (merged.functions.get(key) ?? 0) + value);
      }
      const top = (table, n) => [...table].sort((a, b) => b[1] - a[1]).slice(0, n);
      row.profile = { groups: top(merged.groups, 10), functions: top(merged.functions, 12) };
    }
    opened.assertNoErrors('render');
    return { markup, rows };
  } finally {
    await opened.close();
  }
}
