// No built file makes code from strings: no eval, no Function constructor, no string timers. Strict CSP
// pages (no 'unsafe-eval') and Trusted Types pages would block them, and report each attempt even when
// the library catches the error: zod's JIT object parser probes `new Function` that way, which is why
// the schemas use zod/mini's plain object parser. csp.e2e.js runs the files on such pages; this test
// reads every file, so that a dependency update that brings such code in fails here first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [join(dir, entry.name)]
        : [],
  );

/** What makes code from a string, as minified code spells it. */
const EVAL = [
  ['eval', /(^|[^\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function(...) called', /(^|[^\w$.])Function\s*\(/],
  ['a Function alias constructed', /=\s*Function\s*[;,)]/],
  ['a string timer', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
];

/** The offending snippets of `code`. */
const evalIn = (code) =>
  EVAL.flatMap(([name, pattern]) => {
    const match = pattern.exec(code);
    return match ? [`${name}: …${code.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
  });

describe('built files', () => {
  it('the patterns find what they are meant to find', () => {
    for (const code of [
      'a=eval("1")',
      'x;eval (s)',
      'new Function("return 1")',
      'const F=Function;new F("")',
      'return Function("a","b")',
      'setTimeout("alert(1)",0)',
    ])
      assert.notDeepEqual(evalIn(code), [], code);
    for (const code of ['t instanceof Function', 'x.evaluate(y)', 'medieval(1)', 'typeof e=="function"'])
      assert.deepEqual(evalIn(code), [], code);
  });

  it('make no code from strings: no eval, no Function constructor, no string timers', () => {
    const all = files(dist);
    assert.ok(
      all.some((file) => file.endsWith('/cdn/news-widgets.iife.js')),
      'run npm run build first',
    );
    assert.ok(all.length > 20, `only ${all.length} files in dist/`);
    const found = all.flatMap((file) =>
      evalIn(readFileSync(file, 'utf8')).map((what) => `${file.slice(dist.length)}: ${what}`),
    );
    assert.deepEqual(found, []);
  });
});
