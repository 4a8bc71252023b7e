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
