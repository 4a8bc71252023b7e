// Issue item 5: the partner ticker (latest-news.js, variant="ticker"). Over `seconds` of animation: the
// compositor's frames (presented and dropped, from its PipelineReporter trace events), the main
// thread's style, layout and script work meanwhile, and proof that it animates only `transform` on the
// compositor: the keyframes of every animation in the element's shadow root, the compositor thread's
// own record of the animations it ran, and no "could not composite" report from Blink. Then a few
// seconds of requestAnimationFrame timing, for main-thread frame pacing while it runs.
import {
  compositeFailures,
  compositorAnimations,
  compositorFrames,
  parseTrace,
  TIMELINE,
} from '../lib/trace.js';
import { openBenchPage, pageHtml } from '../lib/util.js';

const PAGE = pageHtml(
  '<script type="module" src="/cdn/latest-news.js"></script>',
  `<header style="padding: 0.5rem 1rem; border-bottom: 1px solid #ddd">
      <latest-news variant="ticker" src="/api/latest"></latest-news>
    </header>
    <main style="padding: 1rem"><h1>A partner's page</h1><p>The ticker runs in the header.</p></main>`,
  'Partner page with the ticker',
);

/** In the page: every animation in the ticker's shadow root, and which properties its keyframes set. */
const inspect = () => {
  const host = globalThis.document.querySelector('latest-news');
  return {
    inDocument: globalThis.document.getAnimations().length,
    animations: host.shadowRoot.getAnimations().map((animation) => {
      const keyframes = animation.effect.getKeyframes();
      const properties = new Set();
      for (const frame of keyframes) {
        for (const key of Object.keys(frame)) {
          if (!['offset', 'computedOffset', 'easing', 'composite'].includes(key)) properties.add(key);
        }
      }
      const target = animation.effect.target;
      return {
        type: animation.constructor.name,
        target: `${target.localName}.${[...target.classList].join('.')}`,
        playState: animation.playState,
        properties: [...properties],
        keyframes: keyframes.map((frame) => frame.transform),
      };
    }),
  };
};

/** In the page: the animation's clock, to tell how far it moved over the window. */
const clock = () =>
  Number(globalThis.document.querySelector('latest-news').shadowRoot.getAnimations()[0]?.currentTime);

/** In the page: requestAnimationFrame timestamps over `seconds` (main-thread frames while it runs). */
const frames = async (seconds) => {
  const { performance, requestAnimationFrame } = globalThis;
  const stamps = [];
  await new Promise((resolve) => {
    const end = performance.now() + seconds * 1000;
    const tick = (time) => {
      stamps.push(time);
      if (time < end) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  const intervals = stamps.slice(1).map((time, i) => time - stamps[i]);
  const sorted = [...intervals].sort((a, b) => a - b);
  const vsync = sorted[sorted.length >> 1];
  return {
    frames: stamps.length,
    vsync,
    dropped: intervals.reduce((sum, dt) => sum + Math.max(0, Math.round(dt / vsync) - 1), 0),
    longest: sorted.at(-1),
  };
};

const mark = (name) => globalThis.performance.mark(name);

export async function tickerSuite({ browser, server, seconds, log }) {
  server.pages.set('/ticker.html', PAGE);
  const opened = await openBenchPage(browser);
  const { page, cdp } = opened;
  try {
    await page.goto(`${server.origin}/blank`);
    // First trace: the load, to see the compositor start the animation.
    await browser.startTracing(page, { categories: [...TIMELINE, 'cc'] });
    await page.goto(`${server.origin}/ticker.html`);
    await page.waitForFunction(
      () => globalThis.document.querySelector('latest-news')?.shadowRoot?.getAnimations().length > 0,
      null,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(1000);
    const startup = parseTrace(await browser.stopTracing());
    const renderer = startup.find((e) => e.name === 'ElementAnimations::SetRunState')?.pid;

    // The window: nothing else runs in the page, so the main thread's work is the ticker's, and the
    // compositor's frames are the animation's.
    await cdp.send('Performance.enable');
    const before = await opened.metrics();
    const startedAt = await page.evaluate(clock);
    await browser.startTracing(page, {
      categories: ['disabled-by-default-devtools.timeline.frame', 'blink.user_timing'],
    });
    await page.evaluate(mark, 'ticker-start');
    await page.waitForTimeout(seconds * 1000);
    await page.evaluate(mark, 'ticker-end');
    const window = parseTrace(await browser.stopTracing());
    const after = await opened.metrics();
    const progressed = ((await page.evaluate(clock)) - startedAt) / 1000;
    const marks = Object.fromEntries(
      window.filter((e) => e.cat?.includes('blink.user_timing')).map((e) => [e.name, e]),
    );
    const pid = marks['ticker-start']?.pid ?? renderer;
    const compositor = compositorFrames(
      window,
      pid,
      marks['ticker-start']?.ts ?? 0,
      marks['ticker-end']?.ts ?? Infinity,
    );
    const delta = (name) => after[name] - before[name];
    const result = {
      seconds,
      progressed,
      compositor,
      animations: await page.evaluate(inspect),
      compositorAnimations: compositorAnimations(startup, renderer),
      compositeFailures: compositeFailures(startup),
      main: {
        layouts: delta('LayoutCount'),
        styleRecalcs: delta('RecalcStyleCount'),
        scriptMs: delta('ScriptDuration') * 1000,
        taskMs: delta('TaskDuration') * 1000,
      },
      // Main-thread frames while it runs, from requestAnimationFrame (which itself asks for a main
      // frame, and so a style update, every vsync: hence apart from the window above).
      raf: await page.evaluate(frames, Math.min(seconds, 3)),
    };
    opened.assertNoErrors('ticker');
    log(
      `  compositor: ${compositor.presented} frames presented, ${compositor.dropped} dropped in ${seconds} s; ` +
        `main thread: ${result.main.layouts} layouts, ${result.main.styleRecalcs} style recalcs`,
    );
    return result;
  } finally {
    await opened.close();
  }
}
