// `npm run figures`: the hostile-world figures in one summary. Runs the tests that measure them (fault and
// hostile pages, strict CSP / Trusted Types pages, property-based fuzzing, leak cycles, axe on every
// state) and prints what they report on their `figure:` lines, as a table. The tests count what they
// print (the fuzz figures are counts of what each run found, asserted after printing); a figure from a
// failed suite is marked, and one that no test printed is reported missing, never left out. Exits
// non-zero if any suite failed or any figure is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}\n${result.stderr}`;
  return { ok: result.status === 0, output, seconds: (Date.now() - started) / 1000 };
};

if (!existsSync(`${root}dist/cdn/news-widgets.js`)) {
  const build = run(process.execPath, ['scripts/build.js']);
  if (!build.ok) {
    console.error(build.output);
    process.exit(1);
  }
}

const e2e = ['hostile', 'csp', 'leaks', 'a11y']
  .map((name) => `test/e2e/${name}.e2e.js`)
  .filter((file) => existsSync(root + file));
const suites = [
  {
    name: 'end-to-end (hostile pages, strict pages, leaks, axe)',
    ...run(process.execPath, ['--test', ...e2e]),
  },
  {
    name: 'property-based fuzzing (in Chromium)',
    ...run(process.execPath, [
      'node_modules/@web/test-runner/dist/bin.js',
      'test/data/fuzz.test.ts',
      'test/data/fault-matrix.test.ts',
    ]),
  },
];

// Each figure is what a test counted and printed; it is marked when its suite failed (the counts may be
// why), and a figure no test printed is reported as missing rather than left out of the table.
const figures = suites.flatMap((suite) =>
  [...suite.output.matchAll(/figure: (\S+) (.*)$/gm)].map((m) => ({
    area: m[1],
    text: m[2].trim(),
    ok: suite.ok,
  })),
);
// The fault matrix and hostile pages report their own lines too.
for (const m of suites[0].output.matchAll(/hostile: (.*)$/gm))
  figures.push({ area: 'hostile', text: m[1].trim(), ok: suites[0].ok });
const expected = [
  ...['parseFeed', 'parseArticle', 'parseTags', 'parsePhotos', 'safeUrl+safeSrcset', 'rendered'].map(
    (name) => `fuzz ${name} `,
  ),
  'fault cases=',
  ...(e2e.length === 4 ? ['hostile ', 'csp pages=', 'leak ', 'axe scenarios='] : []),
];
const missing = expected.filter((prefix) => !figures.some((f) => `${f.area} ${f.text}`.startsWith(prefix)));

// Totals of the hostile cases: tried / handled / scripts executed / content lost.
const totals = [0, 0, 0, 0];
for (const { area, text } of figures) {
  const m =
    area === 'hostile' && /cases (\d+), handled (\d+), scripts executed (\d+), content lost (\d+)/.exec(text);
  if (m) for (let i = 0; i < 4; i++) totals[i] += Number(m[i + 1]);
}
if (totals[0])
  figures.unshift({
    area: 'hostile (total)',
    text: `tried=${totals[0]} handled=${totals[1]} scripts-executed=${totals[2]} content-lost=${totals[3]}`,
    ok: suites[0].ok,
  });
// Long per-case lines: the figures up to the first ";".
for (const f of figures) if (f.area === 'hostile') f.text = f.text.split(';')[0];
const rows = [...new Map(figures.map((f) => [`${f.area} ${f.text}`, f])).values()];
console.log('\n| area | figures |\n| --- | --- |');
for (const { area, text, ok } of rows)
  console.log(`| ${area} | ${text.replaceAll('|', '/')}${ok ? '' : ' (its suite FAILED)'} |`);
for (const prefix of missing) console.log(`| ${prefix.trim()} | MISSING: no test printed this figure |`);
console.log('');
for (const suite of suites) {
  console.log(`${suite.ok ? 'passed' : 'FAILED'}: ${suite.name} (${suite.seconds.toFixed(0)} s)`);
  if (!suite.ok)
    console.log(
      suite.output
        .split('\n')
        .filter((line) => /not ok|❌|Error/.test(line))
        .slice(0, 20)
        .join('\n'),
    );
}
if (missing.length) console.log(`missing figures: ${missing.map((m) => m.trim()).join(', ')}`);
process.exit(suites.every((suite) => suite.ok) && !missing.length ? 0 : 1);
