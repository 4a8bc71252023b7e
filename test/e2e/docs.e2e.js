// The documentation stays true: for every element, each `--news-*` token its styles read is documented on
// the class (JSDoc, which the manifest and README come from) and in the element's README section, the
// parts it renders (read by test/e2e/parts.js, rows.ts included) are exactly the documented ones, both
// ways, and every attribute is in its README table.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderedParts } from './parts.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const unique = (values) => [...new Set(values)].sort();

/** The README's section for `<name>`: from its heading to the next one. */
const section = (name) => {
  const start = readme.indexOf(`## \`<${name}>\``);
  assert.ok(start >= 0, `README has a section for <${name}>`);
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
};

for (const name of ['latest-news', 'news-article', 'tag-list', 'photo-gallery']) {
  const dir = `src/components/${name}/`;
  const files = readdirSync(new URL(`../../${dir}`, import.meta.url)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.define.ts'),
  );
  const styles = [
    'src/internal/styles.ts',
    ...files.filter((f) => f.endsWith('.styles.ts')).map((f) => dir + f),
  ];
  const element = read(`${dir}${name}.ts`);
  const docs = section(name);
  // Tokens read through the shared base styles count for every element; the README's shared list is in
  // the <latest-news> section.
  const shared = section('latest-news');

  describe(`<${name}> documentation`, () => {
    it('documents exactly the theme tokens its styles read', () => {
      const used = unique(
        styles.flatMap((file) => [...read(file).matchAll(/var\((--news-[\w-]+)/g)].map((m) => m[1])),
      );
      const documented = unique([...element.matchAll(/@cssproperty \[(--news-[\w-]+)=/g)].map((m) => m[1]));
      assert.ok(used.length > 10, `found the tokens (${used})`);
      // The shared base styles read every shared token; an element may document those it shows nothing with.
      const own = used.filter((token) => !read('src/internal/styles.ts').includes(`var(${token}`));
      for (const token of own) assert.ok(documented.includes(token), `${token} is documented`);
      for (const token of documented) assert.ok(used.includes(token), `${token} is read by the styles`);
      for (const token of own) assert.ok(docs.includes(`\`${token}\``), `README's section lists ${token}`);
      for (const token of used) assert.ok(shared.includes(`\`${token}\``) || docs.includes(`\`${token}\``));
    });

    it('documents exactly the parts it renders, and renders every part it documents', () => {
      // Templates, the rows <latest-news> builds with DOM calls (rows.ts specs), setAttribute('part'),
      // helpers such as anchor(): see test/e2e/parts.js.
      const { parts, unresolved, exported } = renderedParts(name);
      assert.deepEqual(unresolved, [], 'every part value can be read from the sources');
      const rendered = unique([...parts.keys()]);
      assert.ok(rendered.length > 10, `found the rendered parts (${rendered})`);
      const documented = unique([...element.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]));
      assert.deepEqual(
        rendered
          .filter((part) => !documented.includes(part))
          .map((part) => `${part} (${parts.get(part)[0]})`),
        [],
        'rendered parts without a @csspart',
      );
      assert.deepEqual(
        documented.filter((part) => !parts.has(part)),
        [],
        'documented parts that nothing renders',
      );
      // The README's generated list, and the part names anywhere in the section, are documented ones.
      const listed = /\*\*Parts\*\*:((?:.|\n(?!\n))*)/.exec(docs);
      assert.ok(listed, `README's section has a Parts list`);
      assert.deepEqual(unique([...listed[1].matchAll(/`([\w-]+)`/g)].map((m) => m[1])), documented);
      for (const part of documented) assert.ok(docs.includes(`\`${part}\``), `README lists the part ${part}`);
      // Parts of an inner element exported as this element's: the inner element documents them, and this
      // element's docs and README name them.
      for (const [inner, outer] of exported) {
        const innerTag = 'photo-gallery';
        const innerDocs = read(`src/components/${innerTag}/${innerTag}.ts`);
        assert.ok(
          innerDocs.includes(`@csspart ${inner} -`),
          `<${innerTag}> documents the exported part ${inner}`,
        );
        assert.ok(element.includes(`\`${outer}\``), `the docs name the exported part ${outer}`);
        assert.ok(docs.includes(`\`${outer}\``), `README names the exported part ${outer}`);
      }
    });

    it('lists every attribute in its README table', () => {
      const start = element.indexOf('static override properties');
      const block = element.slice(start, element.indexOf('};', start));
      const attributes = [...block.matchAll(/attribute: '([\w-]+)'/g)].map((m) => m[1]);
      const plain = [...block.matchAll(/^\s+(\w+): \{(?![^}]*(attribute|state: true))/gm)].map((m) => m[1]);
      assert.ok(attributes.length + plain.length > 0);
      for (const attr of [...attributes, ...plain, 'src', 'time-zone', 'with-credentials', 'lang']) {
        assert.ok(docs.includes(`| \`${attr}\``), `README's attribute table has ${attr}`);
      }
    });

    it('documents every event it dispatches', () => {
      const documented = [...element.matchAll(/@event \{\w+\} ([\w-]+)/g)].map((m) => m[1]);
      for (const event of documented) assert.ok(docs.includes(`\`${event}\``), `README mentions ${event}`);
      assert.ok(documented.includes('news-load') && documented.includes('news-error'));
    });
  });
}

// The sizes table of the README's Performance section is the build's (dist/cdn/manifest.json, after
// `npm run build`): each file's gzip and brotli size, to 0.1 KB.
describe('README: the CDN files’ sizes are the ones built', () => {
  const manifest = JSON.parse(read('dist/cdn/manifest.json'));
  const file = (prefix) => {
    const names = Object.keys(manifest).filter((name) => name.startsWith(prefix) && name.endsWith('.js'));
    assert.ok(names.length, `dist/cdn has ${prefix}*.js`);
    return names;
  };
  const ROWS = [
    [/^`latest-news\.js`/, 'latest-news.js'],
    [/^`news-widgets\.js`/, 'news-widgets.js'],
    [/^`news-widgets\.iife\.js`/, 'news-widgets.iife.js'],
    [/^\+ the sanitiser/, 'sanitize-html-'],
    [/^\+ DOMPurify/, 'purify-'],
    [/^\+ the photo lightbox/, 'lightbox-'],
    [/^\+ the ticker/, 'ticker.controller-'],
    [/^\+ load more/, 'load-more-'],
  ];
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const rows = readme
    .split('\n')
    .filter((line) => /^\| .*\| [\d.]+ \/ [\d.]+ KB +\|$/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));

  it('every file row states the size npm run build measured', () => {
    let checked = 0;
    for (const cells of rows) {
      const label = cells[1];
      const row = ROWS.find(([pattern]) => pattern.test(label));
      if (!row) continue;
      const [gzip, brotli] = cells.at(-2).replace(' KB', '').split(' / ');
      // Files of one kind (two load-more files) may differ by a byte or two: any of them matches.
      const built = file(row[1]).map((name) => `${kb(manifest[name].gzip)} / ${kb(manifest[name].brotli)}`);
      assert.ok(
        built.includes(`${gzip} / ${brotli}`),
        `${label}: README ${gzip} / ${brotli}, built ${built}`,
      );
      checked++;
    }
    assert.equal(checked, 9, 'the nine file rows of the sizes table');
  });
});
