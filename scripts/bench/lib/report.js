// The markdown report: goals at a glance, then one section per issue item, then where the time and the
// bytes go. Prettier formats it afterwards (the repo checks every file with prettier --check).
import { kb, mb, met, ms, ratio } from './util.js';

const table = (headers, rows) =>
  [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((h, i) => (i === 0 ? '---' : '--:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => String(cell ?? '').replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');

const count = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : 'n/a');
const fixed = (n, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const pct = (n) => (Number.isFinite(n) ? `±${n.toFixed(0)}%` : '');
const signed = (n, format) => (n > 0 ? `+${format(n)}` : format(n));

const KINDS = ['script', 'style', 'layout', 'gc'];

function breakdownTable(rows) {
  return table(
    ['case', 'who', 'wall', ...KINDS],
    rows.flatMap((row) =>
      ['ours', 'base'].map((who) => {
        const b = row.breakdown?.[who];
        return [
          row.short ?? row.label,
          who === 'ours' ? 'ours' : 'baseline',
          ms(b?.wall),
          ...KINDS.map((k) => ms(b?.[k])),
        ];
      }),
    ),
  );
}

function profileTable(profile, label) {
  const rows = [];
  const groups = profile.groups.slice(0, 8);
  const functions = profile.functions.slice(0, 10);
  for (let i = 0; i < Math.max(groups.length, functions.length); i++) {
    rows.push([
      groups[i] ? groups[i][0] : '',
      groups[i] ? ms(groups[i][1]) : '',
      functions[i] ? functions[i][0] : '',
      functions[i] ? ms(functions[i][1]) : '',
    ]);
  }
  return `${label}\n\n${table(['source (self time)', 'ms', 'function (self time)', 'ms'], rows)}`;
}

export function renderReport(meta, results) {
  const out = [];
  const goals = [];
  // Each argument is a block (a paragraph or a table): blank lines between them.
  const push = (...blocks) => out.push(...blocks.flatMap((block) => [block, '']));

  push(
    '# news-widgets benchmarks',
    `The latest figures from \`${meta.command}\`, written by scripts/bench/bench.js. ` +
      `${meta.date}; ${meta.machine}; ${meta.browser}; Node ${meta.node}. ` +
      `Load average ${meta.loadStart} at the start and ${meta.loadEnd} at the end${
        meta.busy ? ' (other work was running on the machine: timings are noisier than on an idle one)' : ''
      }. ${meta.runs}. The CDN files: ${meta.build}. Took ${meta.took}.`,
    'Times are measured in the page with `performance.now()`, from just before the operation until its result ' +
      'is styled and laid out (a forced layout), and again until the next frame; ours and the baseline run ' +
      'interleaved in the same page, garbage collected before each run; medians. Sizes are gzip level 9 and ' +
      'brotli quality 11; KB = 1,024 bytes. This file reports; nothing here fails a test.',
  );

  const { render, cold, publisher, ssr, ticker, memory, sizes } = results;

  // Goals at a glance, filled from each section.
  if (render) {
    for (const row of render.rows) goals.push([row.goalLabel, ratio(row.ratio), met(row.ratio <= row.goal)]);
  }
  if (sizes) {
    for (const row of sizes.rows.filter((r) => r.goal)) {
      goals.push([`${row.file} ≤ ${kb(row.goal, 0)} gzip`, kb(row.gzip), met(row.gzip <= row.goal)]);
    }
  }
  if (publisher) {
    const sized = publisher.rows.find((r) => r.id === 'sizes');
    goals.push([
      'publisher page: 1 request per endpoint',
      `${sized.maxRequests} at most`,
      met(sized.maxRequests === 1),
    ]);
    goals.push([
      'publisher page: no long task over 50 ms',
      `${count(sized.longTasks)} (median of ${sized.runs}; in ${sized.loadsWithLongTasks} of ${sized.runs} loads; longest ${ms(sized.longest, 0)})`,
      met(sized.maxLongTasks === 0),
    ]);
    goals.push([
      'publisher page: CLS 0 with photo sizes given',
      `${fixed(sized.cls)} (median of ${sized.runs})`,
      met(sized.maxCls === 0),
    ]);
  }
  if (ssr) {
    const server = ssr.rows.find((r) => r.id === 'server');
    const client = ssr.rows.find((r) => r.id === 'client');
    goals.push([
      'server-rendered page: layout shift of the widgets ≤ 0.01',
      `${fixed(server.cls, 4)} (max ${fixed(server.maxCls, 4)} over ${server.runs})`,
      met(server.maxCls <= 0.01),
    ]);
    goals.push([
      'server-rendered page: content before the client-only page (no goal set)',
      `${ms(server.firstContent, 0)} against ${ms(client.firstContent, 0)}`,
      '',
    ]);
  }
  if (ticker) {
    const props = [...new Set(ticker.animations.animations.flatMap((a) => a.properties))];
    goals.push([
      'ticker animates only `transform`, on the compositor',
      `${props.join(', ') || 'nothing'}; compositor ran: ${ticker.compositorAnimations.join(', ') || 'none'}`,
      met(
        props.length === 1 && props[0] === 'transform' && ticker.compositorAnimations.includes('Transform'),
      ),
    ]);
    goals.push([
      `ticker: frames dropped over ${ticker.seconds} s (no goal set)`,
      `${ticker.compositor.dropped} of ${ticker.compositor.presented + ticker.compositor.dropped} compositor frames`,
      '',
    ]);
  }
  if (memory?.ours) {
    const { growth, cycles, checkpoint } = memory.ours;
    goals.push([
      `memory: no growth from refresh ${checkpoint} to ${cycles}`,
      `${signed(growth.nodes, count)} DOM nodes, ${signed(growth.heap / 1024, (v) => `${v.toFixed(0)} KB`)} JS heap`,
      met(growth.nodes <= 0 && growth.heap < 256 * 1024),
    ]);
  }
  push('## Goals at a glance', table(['goal', 'measured', 'met'], goals));

  if (render) {
    push(
      '## 1–2. `<latest-news>` with 1,000 items against a hand-written baseline',
      'The baseline (scripts/bench/pages/baseline-list.js) clones `<template>`s into a shadow root that adopts ' +
        `the element's own style sheets; its markup is ${
          render.markup.same
            ? 'the same as ours, element for element and attribute for attribute'
            : '**not** the same as ours'
        } (comments and white space aside; checked by every bench run). Ours validates the JSON and checks every URL; the baseline trusts its data.`,
      table(
        ['case', 'ours', 'baseline', 'ratio', 'goal', 'met', 'to next frame (ours / baseline)', 'spread'],
        render.rows.map((row) => [
          row.label,
          ms(row.ours),
          ms(row.base),
          ratio(row.ratio),
          `≤ ${row.goal}×`,
          met(row.ratio <= row.goal),
          `${ms(row.oursFrame)} / ${ms(row.baseFrame)} (${ratio(row.frameRatio)})`,
          pct(row.spread),
        ]),
      ),
      '"spread" is the larger interquartile range of the two, relative to its median.',
      'Main-thread time by kind (median of traced runs; traced runs are slower than untraced ones):',
      breakdownTable(render.rows),
    );
  }

  if (cold) {
    push(
      '## 3. Script tag to first content, cold',
      'The publisher page with four widgets (article, gallery, tags from one article endpoint; latest news), ' +
        'each load in a fresh browser context with nothing cached, data from a local server that gzips. ' +
        'From the script tag (a mark just before it) until every widget has rendered its content and it is laid ' +
        'out; ours includes the lazily loaded sanitiser. The baseline (scripts/bench/pages/baseline-page.js) ' +
        'fetches the same data and builds it with plain DOM calls and the browser’s `setHTML()` sanitiser.',
      table(
        ['page', 'to content', 'vs baseline', 'to next frame', 'first contentful paint', 'spread'],
        cold.rows.map((row) => [
          row.label,
          ms(row.content),
          ratio(row.ratio),
          ms(row.frame),
          ms(row.fcp, 0),
          pct(row.spread),
        ]),
      ),
      'When each file was requested and arrived, after the script tag (medians; images left out):',
      table(
        ['page', ...new Set(cold.rows.flatMap((row) => row.timeline.map((t) => t.name))), 'content'],
        cold.rows.map((row) => {
          const names = [...new Set(cold.rows.flatMap((r) => r.timeline.map((t) => t.name)))];
          return [
            row.label,
            ...names.map((name) => {
              const t = row.timeline.find((entry) => entry.name === name);
              return t ? `${t.start.toFixed(0)}–${t.end.toFixed(0)} ms` : '';
            }),
            ms(row.content, 0),
          ];
        }),
      ),
      'Main-thread time from the script tag to the content, by kind (median of traced loads):',
      table(
        ['page', 'wall', ...KINDS],
        cold.rows.map((row) => [
          row.label,
          ms(row.breakdown.wall),
          ...KINDS.map((k) => ms(row.breakdown[k])),
        ]),
      ),
      'Each CDN file alone on a page (median of traced loads): parse and compile streamed off the main thread, ' +
        'compile on it, and evaluation (top-level code, element definitions, the lazy compiles they need):',
      table(
        ['file', 'background parse + compile', 'main-thread compile', 'evaluate'],
        cold.scripts.map((s) => [s.file, ms(s.background), ms(s.compile, 2), ms(s.evaluate)]),
      ),
    );
  }

  if (ssr) {
    push(
      '## 4b. Content before script: the publisher page rendered on the server',
      'The article page of section 4 without the trending bar (four widgets), loaded the two ways the README ' +
        'gives: client-only (`src` on each element, the README’s page CSS, news-widgets.js) and rendered on the ' +
        'server (each element’s HTML from `news-widgets/server`: its fallback and its data inline, with ' +
        'news-widgets-fallback.css). Medians; “content” is when the widgets’ content is on screen: the first ' +
        'paint for the server’s fallback, the last news-load for the client-only page; “upgraded” is the last ' +
        'news-load on both.',
      table(
        ['page', 'loads', 'CLS', 'FCP', 'LCP', 'content', 'upgraded', 'endpoint requests'],
        ssr.rows.map((row) => [
          row.label,
          row.runs,
          `${fixed(row.cls, 4)} (max ${fixed(row.maxCls, 4)})`,
          ms(row.fcp, 0),
          ms(row.lcp, 0),
          ms(row.firstContent, 0),
          ms(row.upgraded, 0),
          row.requests,
        ]),
      ),
      'The largest layout shifts, and what moved:',
      table(
        ['page', 'at', 'value', 'moved'],
        ssr.rows.flatMap((row) =>
          row.shifts.map((shift) => [
            row.label,
            ms(shift.at, 0),
            fixed(shift.value, 4),
            shift.sources.join(', '),
          ]),
        ),
      ),
    );
  }

  if (publisher) {
    push(
      '## 4. The publisher page with every widget',
      'scripts/bench/lib/pages.js: a site header with the trending bar, the article (heading level 1) with its ' +
        'gallery and tags, the latest news beside it, text after it; news-widgets.js; 1280×800. Long tasks from ' +
        '`PerformanceObserver("longtask")`, layout shifts from `"layout-shift"` (summed, none after input), ' +
        'until every widget has loaded, every eager image has settled and a quiet second has passed.',
      table(
        [
          'photos',
          'loads',
          'requests per endpoint',
          'JS transferred (gzip)',
          'JS decoded',
          'long tasks > 50 ms',
          'CLS',
        ],
        publisher.rows.map((row) => [
          row.label,
          row.runs,
          Object.entries(row.endpoints)
            .map(([endpoint, n]) => `${endpoint}: ${n}`)
            .join('; '),
          `${kb(row.jsBytes)} (${row.scripts.map((s) => s.replace('/cdn/', '')).join(', ')})`,
          kb(row.jsDecoded),
          `${count(row.longTasks)} (max ${row.maxLongTasks}, in ${row.loadsWithLongTasks} of ${row.runs} loads; longest ${ms(row.longest, 0)})`,
          `${fixed(row.cls)} (max ${fixed(row.maxCls)})`,
        ]),
      ),
      'The largest layout shifts over all the loads, and what moved (`host › part` inside a widget):',
      table(
        ['photos', 'at', 'value', 'moved'],
        publisher.rows.flatMap((row) =>
          row.shifts.map((shift) => [
            row.label,
            ms(shift.at, 0),
            fixed(shift.value, 4),
            shift.sources.join(', '),
          ]),
        ),
      ),
    );
    push(
      'Each widget’s height as the page loads (ResizeObserver: the first is its placeholder, or 0 before the ' +
        'script has defined it; the last is its content):',
      table(
        ['photos', 'widget', 'heights, in order (px)'],
        publisher.rows.flatMap((row) =>
          Object.entries(row.heights ?? {}).map(([widget, heights]) => [
            row.label,
            widget,
            heights.join(' → '),
          ]),
        ),
      ),
    );
    const sized = publisher.rows.find((r) => r.id === 'sizes');
    if (sized?.longTaskDetails?.length) {
      push(
        'Main-thread tasks over 50 ms in a traced load, by kind:',
        table(
          ['task', ...KINDS],
          sized.longTaskDetails.map((t) => [ms(t.duration), ...KINDS.map((k) => ms(t[k]))]),
        ),
      );
    }
    if (sized?.profile) {
      push(
        'The first `Intl.DateTimeFormat` a page creates loads ICU data: that is most of `dateFormatter` below, ' +
          'and the baseline page pays it too.',
      );
    }
    if (sized?.profile)
      push(
        profileTable(
          sized.profile,
          'CPU profile of a load, navigation to the last widget’s content, by source file (via news-widgets.js.map) and function:',
        ),
      );
  }

  if (ticker) {
    const { compositor, main, raf, animations } = ticker;
    push(
      '## 5. The ticker',
      `latest-news.js, \`variant="ticker"\`, the sample feed, ${ticker.seconds} s of animation in a page that does nothing else.`,
      table(
        ['measure', 'value'],
        [
          ['compositor frames presented / dropped', `${compositor.presented} / ${compositor.dropped}`],
          ['frames that needed a main-thread animation', compositor.mainThreadAnimation],
          ['animation clock advanced', `${fixed(ticker.progressed, 2)} s`],
          ['main thread meanwhile: layouts / style recalcs', `${main.layouts} / ${main.styleRecalcs}`],
          ['main thread meanwhile: script / all tasks', `${ms(main.scriptMs)} / ${ms(main.taskMs)}`],
          [
            'animations in the shadow root (`shadowRoot.getAnimations()`)',
            animations.animations
              .map(
                (a) =>
                  `${a.type} on ${a.target}, ${a.playState}: keyframes set ${a.properties.join(', ')} (${a.keyframes.join(' → ')})`,
              )
              .join('; '),
          ],
          ['`document.getAnimations()` (does not see shadow roots)', animations.inDocument],
          ['animations the compositor thread ran (trace)', ticker.compositorAnimations.join(', ') || 'none'],
          ['Blink reports of animations it could not composite', ticker.compositeFailures.length],
          [
            `requestAnimationFrame over ${Math.min(ticker.seconds, 3)} s (main-thread pacing)`,
            `${raf.frames} frames at ${ms(raf.vsync)}, ${raf.dropped} dropped, longest ${ms(raf.longest)}`,
          ],
        ],
      ),
    );
  }

  if (memory) {
    const rows = ['ours', 'base']
      .filter((who) => memory[who])
      .map((who) => {
        const m = memory[who];
        return [
          who === 'ours' ? 'ours' : 'baseline',
          mb(m.mounted.heap),
          count(m.mounted.nodes),
          mb(m.afterCycles.heap),
          count(m.afterCycles.nodes),
          `${signed(m.growth.nodes, count)} nodes, ${signed(m.growth.heap / 1024, (v) => `${v.toFixed(0)} KB`)}`,
          `${count(m.tree.mounted.comments)} → ${count(m.tree.end.comments)}`,
        ];
      });
    const { cycles, checkpoint } = memory.ours ?? memory.base;
    push(
      '## 6. Memory',
      `JS heap (\`JSHeapUsedSize\`) and DOM nodes (\`Nodes\`) from \`Performance.getMetrics\` after two forced ` +
        `collections, relative to the page before the list; then ${cycles} refreshes that each bring 10 new items ` +
        `and drop the 10 oldest (1,000 shown throughout).`,
      table(
        [
          'list',
          'JS heap, 1,000 items',
          'DOM nodes, 1,000 items',
          `JS heap after ${cycles} refreshes`,
          `DOM nodes after ${cycles}`,
          `growth, refresh ${checkpoint} → ${cycles}`,
          'comment nodes in the shadow root, mounted → end',
        ],
        rows,
      ),
    );
    const ours = memory.ours;
    const extra = ours ? ours.tree.end.comments - ours.tree.mounted.comments : 0;
    if (extra > 0) {
      push(
        `Ours still shows 1,000 items after the ${cycles} refreshes, but its shadow root holds ${count(extra)} more ` +
          `comment nodes (Lit's markers) than at the start: ${fixed(extra / (cycles * 10), 2)} per row removed.`,
      );
    }
  }

  if (sizes) {
    push(
      '## Sizes',
      table(
        ['file', 'minified', 'gzip', 'brotli', 'goal (gzip)', 'met'],
        [
          ...sizes.rows.map((row) => [
            row.file,
            kb(row.bytes),
            kb(row.gzip),
            kb(row.brotli),
            row.goal ? `≤ ${kb(row.goal, 0)}` : 'lazy: loaded with the first article body',
            row.goal ? met(row.gzip <= row.goal) : '',
          ]),
          ...sizes.anchors.map((a) => [`anchor: ${a.name}`, kb(a.bytes), kb(a.gzip), kb(a.brotli), '', '']),
          ...sizes.given.map((a) => [`anchor: ${a.name} (${a.note})`, '', kb(a.gzip), '', '', '']),
        ],
      ),
    );
    push(
      'Where each file’s bytes come from (its source map): minified bytes, and “marginal gzip”, what the ' +
        'file’s gzip size would lose without them:',
    );
    for (const [file, c] of Object.entries(sizes.composition)) {
      push(
        `**${file}** (${kb(c.bytes)} minified, ${kb(c.gzip)} gzip)`,
        table(
          ['area', 'minified', 'marginal gzip'],
          c.areas.map((a) => [a.group, kb(a.bytes), kb(a.gzip)]),
        ),
      );
    }
  }

  if (render?.rows.some((row) => row.profile)) {
    push(
      '## Where our rendering time goes',
      'CPU profiles of ours (three runs each, averaged), self time mapped through news-widgets.js.map. Native work a function triggers (a forced layout, a DOM call) counts as that function’s.',
    );
    for (const row of render.rows.filter((r) => r.profile))
      push(profileTable(row.profile, `**${row.label}**`));
  }

  if (meta.failures.length) {
    push('## Failed to run', ...meta.failures.map((f) => `- ${f}`));
  }
  return out.join('\n');
}
