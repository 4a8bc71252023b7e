// The documentation stays true: every `--news-*` token that the styles read is documented on the element
// (JSDoc, which the manifest and README come from) and in the README, and every documented one is used.
// Likewise for parts and attributes of <latest-news>.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const styleFiles = [
  'src/internal/styles.ts',
  ...readdirSync(new URL('../../src/components/latest-news/', import.meta.url))
    .filter((f) => f.endsWith('.styles.ts'))
    .map((f) => `src/components/latest-news/${f}`),
];
const element = read('src/components/latest-news/latest-news.ts');
const base = read('src/internal/news-element.ts');
const readme = read('README.md');
const unique = (values) => [...new Set(values)].sort();

describe('<latest-news> documentation', () => {
  it('documents exactly the theme tokens its styles read', () => {
    const used = unique(
      styleFiles.flatMap((file) => [...read(file).matchAll(/var\((--news-[\w-]+)/g)].map((m) => m[1])),
    );
    const documented = unique([...element.matchAll(/@cssproperty \[(--news-[\w-]+)=/g)].map((m) => m[1]));
    assert.deepEqual(documented, used);
    for (const token of used) assert.ok(readme.includes(`\`${token}\``), `README lists ${token}`);
  });

  it('documents exactly the parts it renders', () => {
    const rendered = unique([
      ...[...(element + base).matchAll(/part="([\w -]+)(?:"| \$\{)/g)].flatMap((m) => m[1].split(' ')),
      ...[...element.matchAll(/#anchor\([^,]+, '([\w-]+)'/g)].map((m) => m[1]),
      ...[...element.matchAll(/part=\$\{isNew \? '([\w ]+)' : '(\w+)'\}/g)].flatMap((m) => [
        ...m[1].split(' '),
        m[2],
      ]),
    ]);
    assert.ok(rendered.length > 15, `found the rendered parts (${rendered})`);
    const documented = unique([...element.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]));
    for (const part of rendered) assert.ok(documented.includes(part), `part "${part}" is documented`);
    for (const part of documented) assert.ok(readme.includes(`\`${part}\``), `README lists the part ${part}`);
  });

  it('lists every attribute in the README', () => {
    const block = element.slice(
      element.indexOf('static override properties'),
      element.indexOf('};', element.indexOf('static override properties')),
    );
    const attributes = [...block.matchAll(/attribute: '([\w-]+)'/g)].map((m) => m[1]);
    const plain = [...block.matchAll(/^\s+(\w+): \{(?![^}]*attribute)/gm)].map((m) => m[1]);
    for (const name of [...attributes, ...plain, 'src', 'time-zone', 'with-credentials', 'lang']) {
      assert.ok(readme.includes(`| \`${name}\``), `README's attribute table has ${name}`);
    }
  });
});
