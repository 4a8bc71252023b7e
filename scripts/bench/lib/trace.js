// Reading Chromium traces (playwright's browser.startTracing): the renderer's main thread, where its time
// went between two performance.mark()s, script compile and evaluation, and compositor frames.

export const TIMELINE = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
];

export const parseTrace = (buffer) => JSON.parse(buffer.toString()).traceEvents;

/** The renderer main thread that recorded `markName` (or, without one, that compiled a script). */
export function mainThread(events, markName) {
  const hit = markName
    ? events.find((e) => e.name === markName && e.cat?.includes('blink.user_timing'))
    : events.find((e) => e.name === 'v8.compileModule' || e.name === 'EvaluateScript');
  if (hit) return { pid: hit.pid, tid: hit.tid };
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return thread && { pid: thread.pid, tid: thread.tid };
}

// Inside a measured window the main thread runs only the page's code, style, layout and GC, so a task's
// own time outside any instrumented event (V8 does not trace calls made through DevTools) is script.
const BUCKETS = [
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidatorInvalidationTracking)$/,
  ],
  ['layout', /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections)$/],
  [
    'paint',
    /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Decode.*)$/,
  ],
  ['gc', /GC|Sweep|Mark|Scavenge|Compact/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|RunTask)$|^v8|^V8/,
  ],
];

/** Self time of every complete event on `thread` inside [from, to] (µs), clipped to the window. */
export function selfTimes(events, thread, from, to) {
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur > 0)
    .map((e) => ({ name: e.name, start: Math.max(e.ts, from), end: Math.min(e.ts + e.dur, to) }))
    .filter((e) => e.end > e.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      self.set(done.name, (self.get(done.name) ?? 0) + done.self);
    }
  };
  for (const span of spans) {
    close(span.start);
    const parent = stack.at(-1);
    if (parent) parent.self -= span.end - span.start;
    stack.push({ ...span, self: span.end - span.start });
  }
  close(Infinity);
  return self;
}

/** Main-thread time between the marks `from` and `to`, in ms, by kind: script, style, layout, paint, gc. */
export function breakdown(events, from = 'bench-start', to = 'bench-end') {
  const thread = mainThread(events, from);
  const ts = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
  const start = ts(from);
  const end = ts(to);
  if (!thread || start === undefined || end === undefined)
    throw new Error(`trace has no ${from}/${to} marks`);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  for (const [name, us] of selfTimes(events, thread, start, end)) {
    const bucket = BUCKETS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    totals[bucket] += us / 1000;
  }
  return { wall: (end - start) / 1000, ...totals };
}

/**
 * Compile and evaluation of the script at a URL ending in `file`, in ms: streaming parse and compile off
 * the main thread (`background`), compile on it, and evaluation (a module's v8.evaluateModule, a classic
 * script's EvaluateScript less its compile): the top-level code with the element definitions and the
 * lazy compiles it needed. Meant for a page that loads that one script.
 */
export function scriptCosts(events, file) {
  const ofFile = (e) =>
    String(e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName ?? '').endsWith(file);
  const sum = (list) => list.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  const background = events.filter((e) => e.name === 'v8.parseOnBackground' && ofFile(e));
  const compile = events.filter(
    (e) => (e.name === 'v8.compileModule' || e.name === 'v8.compile') && ofFile(e),
  );
  const classic = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && ofFile(e));
  let evaluate = 0;
  if (classic) evaluate = classic.dur / 1000 - sum(compile);
  else if (compile[0]) {
    // A module's evaluation carries no URL: the one that follows this file's compile on its thread.
    const { pid, tid, ts } = compile[0];
    const module = events.find(
      (e) => e.name === 'v8.evaluateModule' && e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= ts,
    );
    if (module) evaluate = module.dur / 1000;
  }
  return { background: sum(background), compile: sum(compile), evaluate };
}

/**
 * Compositor frames of the page's renderer between `from` and `to` (µs): how many were presented and
 * how many dropped while a compositor animation ran, from the PipelineReporter events.
 */
export function compositorFrames(events, rendererPid, from, to) {
  const counts = { presented: 0, partial: 0, dropped: 0, mainThreadAnimation: 0 };
  for (const e of events) {
    if (e.name !== 'PipelineReporter' || e.ph !== 'b' || e.pid !== rendererPid) continue;
    if (e.ts < from || e.ts > to) continue;
    const report = e.args?.frame_reporter;
    if (!report?.has_compositor_animation) continue;
    if (report.has_main_animation) counts.mainThreadAnimation++;
    if (report.state === 'STATE_PRESENTED_ALL') counts.presented++;
    else if (report.state === 'STATE_PRESENTED_PARTIAL') counts.partial++;
    else if (report.state === 'STATE_DROPPED') counts.dropped++;
  }
  return counts;
}

/** Names of the animations the compositor thread ran ("Transform-…" for a transform). */
export function compositorAnimations(events, rendererPid) {
  return [
    ...new Set(
      events
        .filter((e) => e.name === 'ElementAnimations::SetRunState' && e.pid === rendererPid)
        .map((e) => String(e.args?.Name ?? '').replace(/-[\d-]+$/, '')),
    ),
  ];
}

/** Blink's animation events that say an animation could not run on the compositor. */
export const compositeFailures = (events) =>
  events
    .filter((e) => e.name === 'Animation' && e.args?.data?.compositeFailed)
    .map((e) => ({ failed: e.args.data.compositeFailed, properties: e.args.data.unsupportedProperties }));
