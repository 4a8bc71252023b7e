// custom-elements.json (the Custom Elements Manifest `npm run build` writes) tells the truth about every
// element: its attributes and properties are the class's `static properties`, its parts are the ones it
// renders, its theme tokens the ones its styles read, its events, states and slots the documented and
// rendered ones, and every entry says what it is. The manifest is what the analyzer makes of the sources
// now, and the README's generated API blocks are what scripts/docs.js makes of the manifest now.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { BLOCKS, ELEMENTS, MANIFEST, README, elementsOf, renderReadme } from '../../scripts/docs.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const sorted = (values) => [...new Set(values)].sort();

assert.ok(existsSync(MANIFEST), 'custom-elements.json exists: run `npm run build` first');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = elementsOf(manifest);
const packageJson = JSON.parse(read('package.json'));
const base = read('src/internal/news-element.ts');
const sharedStyles = read('src/internal/styles.ts');

/**
 * A class's `static properties = {...}` entries, read from its source: `{ name, attribute, reflect,
 * state }`, where `attribute` is the observed attribute (`false` for none, as Lit has it). Every line of
 * the object must be an entry or the base class's spread, so that nothing escapes the reading.
 */
function staticProperties(source, file) {
  const start = source.search(/static (?:override )?properties = \{\n/);
  assert.ok(start >= 0, `${file} has static properties`);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('\n  };', start));
  const entries = [];
  let spread = false;
  for (const line of body.split('\n').filter((l) => l.trim())) {
    if (/^\s+\.\.\.NewsElement\.properties,$/.test(line)) {
      spread = true;
      continue;
    }
    const match = /^\s+(\w+): \{(.*)\},$/.exec(line);
    assert.ok(match, `${file}: a static properties entry on one line, as "name: { … },": ${line.trim()}`);
    const options = match[2];
    const attribute = /attribute: false/.test(options)
      ? false
      : (/attribute: '([\w-]+)'/.exec(options)?.[1] ?? match[1].toLowerCase());
    entries.push({
      name: match[1],
      attribute,
      reflect: /reflect: true/.test(options),
      state: /state: true/.test(options),
    });
  }
  return { entries, spread };
}

const baseProperties = staticProperties(base, 'src/internal/news-element.ts').entries;
// `static get observedAttributes()` adds attributes no property stands for (`lang`).
const extraObserved = [
  .../\[\.\.\.super\.observedAttributes, ([^\]]*)\]/.exec(base)[1].matchAll(/'([\w-]+)'/g),
].map((m) => m[1]);

const describedEntries = (element) => [
  ...(element.attributes ?? []).map((entry) => ['attribute', entry]),
  ...(element.members ?? []).map((entry) => [`${entry.kind} (${entry.privacy ?? 'public'})`, entry]),
  ...(element.events ?? []).map((entry) => ['event', entry]),
  ...(element.cssParts ?? []).map((entry) => ['part', entry]),
  ...(element.cssProperties ?? []).map((entry) => ['CSS property', entry]),
  ...(element.cssStates ?? []).map((entry) => ['state', entry]),
  ...(element.slots ?? []).map((entry) => ['slot', entry]),
];

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the sources now', async () => {
    const fresh = await cli({
      argv: ['analyze', '--quiet'],
      cwd: decodeURIComponent(root.pathname),
      noWrite: true,
    });
    assert.deepEqual(
      JSON.parse(JSON.stringify(fresh)),
      manifest,
      'custom-elements.json is stale: run `npm run analyze` (or `npm run build`)',
    );
  });

  it('is published: package.json points at it and ships it', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
    assert.equal(packageJson.exports['./custom-elements.json'], './custom-elements.json');
    assert.ok(packageJson.files.includes('custom-elements.json'));
  });

  it('names modules that are in the package, each element with the module that registers its tag', () => {
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/.+\.js$/);
      assert.ok(existsSync(new URL(module.path, root)), `${module.path} is built`);
    }
    for (const tag of ELEMENTS) {
      const element = elements.get(tag);
      assert.ok(element, `the manifest has <${tag}>`);
      assert.equal(element.customElement, true);
      const path = `dist/components/${tag}/${tag}.js`;
      const module = manifest.modules.find((m) => m.path === path);
      assert.ok(module?.declarations.includes(element), `<${tag}> is declared in ${path}`);
      assert.ok(module.exports.some((e) => e.kind === 'js' && e.name === element.name));
      const definer = manifest.modules.find((m) => m.path === `dist/components/${tag}/${tag}.define.js`);
      assert.deepEqual(definer?.exports, [
        { kind: 'custom-element-definition', name: tag, declaration: { name: element.name, module: path } },
      ]);
      assert.ok(element.summary && element.description, `<${tag}> has a summary and a description`);
    }
    assert.deepEqual(sorted(elements.keys()), sorted(ELEMENTS), 'no other element has a tag');
  });
});

for (const tag of ELEMENTS) {
  const dir = `src/components/${tag}/`;
  const files = readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.ts') && !f.endsWith('.define.ts'));
  const source = read(`${dir}${tag}.ts`);
  const code = files
    .filter((f) => !f.endsWith('.styles.ts'))
    .map((f) => read(dir + f))
    .join('\n');
  const styles = [sharedStyles, ...files.filter((f) => f.endsWith('.styles.ts')).map((f) => read(dir + f))];
  const own = staticProperties(source, `${dir}${tag}.ts`);
  const properties = [...(own.spread ? baseProperties : []), ...own.entries];
  const element = elements.get(tag);

  describe(`<${tag}> in custom-elements.json`, () => {
    it('has exactly the attributes and properties of its static properties', () => {
      assert.ok(own.spread, 'the element keeps the base class properties');
      const reactive = properties.filter((p) => !p.state);
      const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static);
      const publicFields = fields.filter((m) => !m.privacy || m.privacy === 'public');
      assert.deepEqual(
        sorted(publicFields.filter((m) => !m.readonly).map((m) => m.name)),
        sorted(reactive.map((p) => p.name)),
        'public properties',
      );
      assert.deepEqual(
        sorted((element.attributes ?? []).map((a) => a.name)),
        sorted([...reactive.filter((p) => p.attribute).map((p) => p.attribute), ...extraObserved]),
        'attributes',
      );
      for (const property of properties) {
        const member = fields.find((m) => m.name === property.name);
        const attribute = element.attributes.find((a) => a.fieldName === property.name);
        if (property.state) {
          assert.ok(!member && !attribute, `${property.name} is internal state: not in the manifest`);
          continue;
        }
        assert.equal(member.attribute, property.attribute || undefined, `${property.name}'s attribute`);
        assert.equal(member.reflects, property.reflect || undefined, `${property.name} reflects`);
        assert.equal(attribute?.name, property.attribute || undefined, `${property.name}'s attribute entry`);
        if (attribute) assert.equal(attribute.description, member.description);
        if (attribute && member.default !== undefined) assert.equal(attribute.default, member.default);
      }
      for (const name of extraObserved) {
        assert.equal(element.attributes.find((a) => a.name === name).fieldName, name);
      }
    });

    it('has exactly the public methods of its class', () => {
      // Public instance methods as written in the class: no modifier (an `override` is a lifecycle
      // callback); the files beside it hold controllers and helpers, not the element's methods.
      const declared = [...(source + base).matchAll(/^ {2}(?:async )?(\w+)\([^)]*\)(?::[^{]+)? \{$/gm)]
        .map((m) => m[1])
        .filter((name) => name !== 'constructor');
      const methods = (element.members ?? []).filter(
        (m) => m.kind === 'method' && !m.static && (!m.privacy || m.privacy === 'public'),
      );
      assert.deepEqual(sorted(methods.map((m) => m.name)), sorted(declared));
    });

    it('has exactly the parts it renders', () => {
      // The same reading of the templates as test/e2e/docs.e2e.js.
      const rendered = sorted([
        ...[...(code + base).matchAll(/part="([\w -]+)(?:"| \$\{)/g)].flatMap((m) => m[1].split(' ')),
        ...[...code.matchAll(/part=\$\{([^}]*)\}/g)].flatMap((m) =>
          [...m[1].matchAll(/'([\w -]+)'/g)].flatMap((q) => q[1].split(' ')),
        ),
        ...[...code.matchAll(/anchor\([^,]+, '([\w-]+)'/g)].map((m) => m[1]),
        ...[...code.matchAll(/setAttribute\('part', '([\w -]+)'\)/g)].flatMap((m) => m[1].split(' ')),
      ]);
      assert.ok(rendered.length > 10, `found the rendered parts (${rendered})`);
      const documented = sorted([...source.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]));
      const listed = (element.cssParts ?? []).map((p) => p.name);
      assert.deepEqual(sorted(listed), documented, 'the manifest lists the @csspart tags');
      assert.equal(listed.length, documented.length, 'each part once');
      for (const part of rendered) assert.ok(listed.includes(part), `the manifest lists the part ${part}`);
    });

    it('has exactly the theme tokens its styles read, each with its default', () => {
      const used = sorted(
        styles.flatMap((css) => [...css.matchAll(/var\((--news-[\w-]+)/g)].map((m) => m[1])),
      );
      const listed = (element.cssProperties ?? []).map((p) => p.name);
      assert.deepEqual(
        sorted(listed),
        sorted([...source.matchAll(/@cssproperty \[(--news-[\w-]+)=/g)].map((m) => m[1])),
        'the manifest lists the @cssproperty tags',
      );
      // The shared styles read every shared token; an element may leave out those it shows nothing with.
      for (const token of used.filter((t) => !sharedStyles.includes(`var(${t}`))) {
        assert.ok(listed.includes(token), `the manifest lists ${token}`);
      }
      for (const token of listed) assert.ok(used.includes(token), `the styles read ${token}`);
      for (const property of element.cssProperties) {
        assert.ok(property.default?.trim(), `${property.name} has a default`);
      }
    });

    it('has exactly the documented events, states and slots', () => {
      const events = [...source.matchAll(/@event \{(\w+)\} ([\w-]+)/g)].map((m) => ({
        name: m[2],
        type: m[1],
      }));
      assert.deepEqual(
        (element.events ?? []).map((e) => ({ name: e.name, type: e.type?.text })),
        events,
        'the manifest lists the @event tags',
      );
      // Every element loads through the base class, which dispatches both; the gallery's own by name.
      const dispatched = [
        'news-load',
        'news-error',
        ...[...code.matchAll(/'(news-photo-[\w-]+)'/g)].map((m) => m[1]),
      ];
      for (const name of dispatched)
        assert.ok(
          events.some((e) => e.name === name),
          `${name} is documented`,
        );

      const states = (element.cssStates ?? []).map((s) => s.name);
      assert.deepEqual(
        states,
        [...source.matchAll(/@cssstate ([\w-]+)/g)].map((m) => m[1]),
      );
      const set = /for \(const state of \[([^\]]*)\]\)/.exec(base)[1];
      for (const state of states) assert.ok(set.includes(`'${state}'`), `the element sets :state(${state})`);

      const slots = (element.slots ?? []).map((s) => s.name);
      assert.deepEqual(
        slots,
        [...source.matchAll(/@slot ([\w-]+)/g)].map((m) => m[1]),
      );
      const rendered = [...code.matchAll(/<slot(?: name="([\w-]+)")?>/g)].map((m) => m[1] ?? '');
      assert.deepEqual(sorted(slots), sorted(rendered), 'the slots it renders');
    });

    it('describes every entry', () => {
      for (const [kind, entry] of describedEntries(element)) {
        assert.ok(entry.description?.trim(), `${kind} ${entry.name} has a description`);
      }
    });
  });
}

describe("README.md's API blocks", () => {
  it('are what scripts/docs.js writes from the manifest now', async () => {
    const readme = readFileSync(README, 'utf8');
    const expected = await renderReadme(readme, manifest);
    const blocks = (text) =>
      ELEMENTS.flatMap((tag) =>
        BLOCKS.map((block) => {
          const start = `<!-- api:${tag}:${block}:start -->`;
          const from = text.indexOf(start);
          return [
            `${tag} ${block}`,
            text.slice(from, text.indexOf(`<!-- api:${tag}:${block}:end -->`, from)),
          ];
        }),
      );
    const want = new Map(blocks(expected));
    for (const [name, text] of blocks(readme)) {
      assert.equal(text, want.get(name), `README's ${name} block is stale: run \`npm run docs\``);
    }
  });
});
