// `npm run figures`: the hostile-world figures in one summary. Runs the tests that measure them (fault and
// hostile pages, strict CSP / Trusted Types pages, property-based fuzzing, leak cycles, axe on every
// state) and prints what they report on their `figure:` lines, as a table. Exits non-zero if any failed.
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
    ...run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', 'test/data/fuzz.test.ts']),
  },
];

const figures = suites.flatMap((suite) =>
  [...suite.output.matchAll(/figure: (\S+) (.*)$/gm)].map((m) => ({ area: m[1], text: m[2].trim() })),
);
// The fault matrix and hostile pages report their own lines too.
for (const m of suites[0].output.matchAll(/hostile: (.*)$/gm))
  figures.push({ area: 'hostile', text: m[1].trim() });

const rows = [...new Map(figures.map((f) => [`${f.area} ${f.text}`, f])).values()];
console.log('\n| area | figures |\n| --- | --- |');
for (const { area, text } of rows) console.log(`| ${area} | ${text.replaceAll('|', '/')} |`);
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
process.exit(suites.every((suite) => suite.ok) ? 0 : 1);
