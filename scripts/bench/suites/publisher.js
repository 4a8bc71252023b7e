// Issue item 4: the publisher's article page with every widget (the article, its gallery and tags, the
// latest news, and the trending bar): requests per endpoint, JavaScript transferred (gzip, as the
// server sends it), long tasks over 50 ms and layout shifts while it loads. The article's photos are
// 16:9 (the gallery assumes 3:2 until a photo without a size has loaded): with width and height given,
// and again without them.
import { ARTICLE_ID } from '../lib/data.js';
import { articlePage } from '../lib/pages.js';
import { attribute, startProfile } from '../lib/profile.js';
import { breakdown, mainThread, parseTrace, TIMELINE } from '../lib/trace.js';
import { median, openBenchPage } from '../lib/util.js';

export const VARIANTS = [
  { id: 'sizes', label: '16:9 photos with width and height', photos: 'sized' },
  { id: 'unsized', label: '16:9 photos without width and height', photos: 'unsized' },
];

/** Waits until every <img> in the page and its open shadow roots has loaded or failed. */
const imagesSettled = () => {
  const { document } = globalThis;
  const images = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'img') images.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return images.every((img) => img.complete || img.loading === 'lazy');
};

async function load(browser, url, { trace = false } = {}) {
  const opened = await openBenchPage(browser);
  const { page, cdp } = opened;
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) =>
    requests.set(requestId, { url: request.url, type, bytes: 0, decoded: 0 }),
  );
  cdp.on('Network.responseReceived', ({ requestId, type }) => {
    const entry = requests.get(requestId);
    if (entry) entry.type = type;
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const entry = requests.get(requestId);
    if (entry) entry.decoded += dataLength;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  try {
    await cdp.send('Network.enable');
    await page.goto('about:blank');
    if (trace) await browser.startTracing(page, { categories: TIMELINE });
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench || globalThis.__benchError, null, {
      timeout: 20_000,
    });
    const error = await page.evaluate(() => globalThis.__benchError);
    if (error) throw new Error(`${url}: ${error}`);
    await page.waitForFunction(imagesSettled, null, { timeout: 10_000 });
    // A quiet second for late tasks and shifts (a photo's decode, the ticker's measure, a timer).
    await page.waitForTimeout(1000);
    const observed = await page.evaluate(() => globalThis.__observed);
    const events = trace ? parseTrace(await browser.stopTracing()) : undefined;
    opened.assertNoErrors(url);
    const list = [...requests.values()];
    const endpoints = {};
    for (const { url: address } of list) {
      const { pathname, search } = new URL(address);
      if (pathname.startsWith('/api/'))
        endpoints[pathname + search] = (endpoints[pathname + search] ?? 0) + 1;
    }
    const scripts = list.filter((r) => r.type === 'Script');
    return {
      endpoints,
      scripts: scripts.map((r) => new URL(r.url).pathname),
      jsBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
      jsDecoded: scripts.reduce((sum, r) => sum + r.decoded, 0),
      longTasks: observed.longTasks,
      cls: observed.shifts.reduce((sum, shift) => sum + shift.value, 0),
      heights: observed.heights,
      shifts: observed.shifts,
      events,
    };
  } finally {
    await opened.close();
  }
}

/** What each main-thread task over 50 ms spent its time on. */
function longTaskDetails(events) {
  const thread = mainThread(events, 'script-tag');
  return events
    .filter((e) => e.name === 'RunTask' && e.pid === thread.pid && e.tid === thread.tid && e.dur > 50_000)
    .map((task) => {
      const kinds = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
      const split = breakdownOf(events, thread, task.ts, task.ts + task.dur);
      for (const [kind, value] of Object.entries(split)) kinds[kind] = value;
      return { duration: task.dur / 1000, ...kinds };
    });
}

function breakdownOf(events, thread, from, to) {
  // breakdown() works on marks; this is the same split for an arbitrary window.
  const marked = [
    ...events,
    { name: '__from', cat: 'blink.user_timing', ts: from, pid: thread.pid, tid: thread.tid },
    { name: '__to', cat: 'blink.user_timing', ts: to, pid: thread.pid, tid: thread.tid },
  ];
  const { wall: _wall, ...kinds } = breakdown(marked, '__from', '__to');
  return kinds;
}

/** A CPU profile from navigation to the last widget's news-load, mapped through news-widgets.js.map. */
async function profileLoad(browser, url, cdnDir) {
  const opened = await openBenchPage(browser);
  try {
    // Same origin first, so the navigation stays in this renderer and the profiler sees all of it.
    await opened.page.goto(new URL('/blank', url).href);
    const stop = await startProfile(opened.cdp, 100);
    await opened.page.goto(url);
    await opened.page.waitForFunction(() => globalThis.__bench, null, { timeout: 20_000 });
    const profile = await stop();
    const { groups, functions } = attribute(profile, {
      file: 'news-widgets.js',
      map: `${cdnDir}news-widgets.js.map`,
    });
    return { groups: groups.slice(0, 10), functions: functions.slice(0, 12) };
  } finally {
    await opened.close();
  }
}

export async function publisherSuite({ browser, server, cdnDir, publisherRuns, log }) {
  const results = [];
  for (const variant of VARIANTS) {
    const path = `/publisher/${variant.id}.html`;
    server.pages.set(
      path,
      articlePage({ kind: 'module', trending: true, photos: variant.photos, observe: true }),
    );
    const loads = [];
    for (let i = 0; i < (variant.id === 'unsized' ? 1 : publisherRuns); i++)
      loads.push(await load(browser, server.origin + path));
    const longTasks = loads.map((l) => l.longTasks.length);
    const row = {
      ...variant,
      runs: loads.length,
      endpoints: loads[0].endpoints,
      maxRequests: Math.max(...loads.flatMap((l) => Object.values(l.endpoints))),
      scripts: loads[0].scripts,
      jsBytes: median(loads.map((l) => l.jsBytes)),
      jsDecoded: median(loads.map((l) => l.jsDecoded)),
      longTasks: median(longTasks),
      maxLongTasks: Math.max(...longTasks),
      loadsWithLongTasks: longTasks.filter((n) => n > 0).length,
      longest: Math.max(0, ...loads.flatMap((l) => l.longTasks.map((t) => t.duration))),
      cls: median(loads.map((l) => l.cls)),
      maxCls: Math.max(...loads.map((l) => l.cls)),
      shifts: loads
        .flatMap((l) => l.shifts)
        .sort((a, b) => b.value - a.value)
        .slice(0, 5),
      heights: loads[0].heights,
    };
    if (variant.id === 'sizes') {
      // Where the main thread's time goes while the page loads: a traced load (each task over 50 ms
      // split by kind), and a CPU profile of another, by original source file and function.
      const traced = await load(browser, server.origin + path, { trace: true });
      row.longTaskDetails = longTaskDetails(traced.events);
      row.profile = await profileLoad(browser, server.origin + path, cdnDir);
    }
    log(
      `  ${variant.id}: ${row.maxRequests} request(s) per endpoint at most, JS ${(row.jsBytes / 1024).toFixed(1)} KB, ` +
        `${row.longTasks} long task(s), CLS ${row.cls.toFixed(4)}`,
    );
    results.push(row);
  }
  return { article: `/api/article/${ARTICLE_ID}`, rows: results };
}
