/* global window, document, requestAnimationFrame, ResizeObserver */
// A classic script inlined at the top of the cold-start and publisher pages (the suites read this file
// into a <script>, so it costs no request). Records when the page's widgets have all shown their
// content: ours once each top-level widget has fired news-load (which it does once its content is
// rendered), the baseline when its code calls benchContentReady(); then forces style and layout, and
// waits for the next frame.

function benchContentReady() {
  performance.mark('content');
  // Style and layout now, so the time includes them; not on pages that count long tasks, where this
  // forced layout would lengthen the task that fired the last news-load.
  if (!window.__observed) void document.body.offsetHeight;
  const content = performance.now();
  requestAnimationFrame(() =>
    setTimeout(() => {
      const tag = performance.getEntriesByName('script-tag')[0];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      window.__bench = {
        scriptTag: tag ? tag.startTime : NaN,
        content,
        frame: performance.now(),
        fcp: paint ? paint.startTime : NaN,
        resources: performance.getEntriesByType('resource').map((entry) => ({
          path: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
      };
    }),
  );
}

/** Calls benchContentReady() once `count` top-level widgets have loaded; news-error fails the run. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the page that inlines this file
function benchWatchWidgets(count) {
  const loaded = new Set();
  document.addEventListener(
    'news-load',
    (event) => {
      // A gallery inside the article also fires news-load: only the page's own widgets count.
      if (event.composedPath()[0] !== event.target) return;
      loaded.add(event.target);
      if (loaded.size === count) benchContentReady();
    },
    true,
  );
  document.addEventListener(
    'news-error',
    (event) => {
      window.__benchError = `${event.target.localName}: ${event.message ?? event.kind}`;
    },
    true,
  );
}

/** Collects long tasks and layout shifts from the start of the page into window.__observed. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the page that inlines this file
function benchObserve() {
  const observed = { longTasks: [], shifts: [] };
  window.__observed = observed;
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '(gone)';
    const host = node.getRootNode().host;
    const part = node.getAttribute('part');
    const name = `${node.localName}${part ? `[part="${part}"]` : node.className ? `.${node.className}` : ''}`;
    return host ? `${host.localName} › ${name}` : name;
  };
  // Each widget's height as it changes: the placeholder's first, the content's last.
  observed.heights = {};
  const sizes = new ResizeObserver((entries) => {
    for (const { target, borderBoxSize } of entries) {
      const name = `${target.localName}${target.getAttribute('variant') ? ` (${target.getAttribute('variant')})` : ''}`;
      (observed.heights[name] ??= []).push(Math.round(borderBoxSize[0].blockSize));
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    for (const widget of document.querySelectorAll('latest-news, news-article, tag-list, photo-gallery')) {
      sizes.observe(widget);
    }
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      observed.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      observed.shifts.push({
        at: entry.startTime,
        value: entry.value,
        sources: entry.sources.map((source) => describe(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
