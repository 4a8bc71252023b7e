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
import { launchBrowser, openPage, sendFile, sendHtml, startServer } from './helpers.js';
import { renderedParts } from './parts.js';

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

    it('has exactly the parts it renders, both ways', () => {
      // The same reading of the sources as test/e2e/docs.e2e.js (test/e2e/parts.js): templates, the
      // rows of rows.ts, setAttribute('part'), helpers such as anchor().
      const { parts, unresolved } = renderedParts(tag);
      assert.deepEqual(unresolved, [], 'every part value can be read from the sources');
      const rendered = sorted(parts.keys());
      assert.ok(rendered.length > 10, `found the rendered parts (${rendered})`);
      const documented = sorted([...source.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]));
      const listed = (element.cssParts ?? []).map((p) => p.name);
      assert.deepEqual(sorted(listed), documented, 'the manifest lists the @csspart tags');
      assert.equal(listed.length, documented.length, 'each part once');
      assert.deepEqual(
        rendered.filter((part) => !listed.includes(part)),
        [],
        'rendered parts the manifest does not list',
      );
      assert.deepEqual(
        listed.filter((part) => !parts.has(part)),
        [],
        'parts the manifest lists that nothing renders',
      );
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

// The parts the built elements really put in their shadow roots, in Chromium, in the states a page can
// reach quickly (data with thumbnails, photo and video badges and categories; the ticker, also under
// reduced motion; the lightbox; a broken image; empty; error; loading): each one is in the manifest, and
// the reading of the sources found it, so the checks above cannot miss a part the code makes some way
// they do not read.
describe('parts the built elements render (Chromium)', () => {
  const cdnDir = decodeURIComponent(new URL('dist/cdn/', root).pathname);
  const photo = (n) => ({
    src: `/img-${n}.svg`,
    width: 300,
    height: 200,
    alt: `Photo ${n}`,
    caption: 'Caption',
    credit: 'Credit',
  });
  const item = (n, extra) => ({
    id: String(n),
    url: `https://news.example/story-${n}`,
    title: `Story ${n}`,
    publishedAt: new Date(Date.now() - n * 60_000).toISOString(),
    category: { name: 'World', url: 'https://news.example/world/' },
    image: photo(n),
    ...extra,
  });
  const feed = {
    title: 'Latest',
    url: 'https://news.example/news/',
    items: [item(1, { media: 'photo' }), item(2, { media: 'video' }), item(3)],
  };
  const article = {
    ...item(9, { media: 'photo' }),
    summary: 'Summary.',
    updatedAt: new Date().toISOString(),
    source: 'Report',
    body: '<p>Text.</p>',
    tags: [{ name: 'A', url: 'https://news.example/t/a', count: 3 }],
    photos: [photo(1), photo(2), { ...photo(3), src: '/missing.svg' }],
    translations: [{ lang: 'az', title: 'Başlıq', url: 'https://news.example/az/9' }],
  };
  const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parts</title>
<script type="module" src="/cdn/news-widgets.js"></script></head><body>
<latest-news class="data" thumbnails></latest-news><latest-news class="data" variant="ticker"></latest-news>
<news-article class="data" structured-data></news-article><tag-list class="data" counts></tag-list>
<tag-list class="data" variant="bar"></tag-list><photo-gallery class="data" id="gallery"></photo-gallery>
<latest-news class="empty"></latest-news><tag-list class="empty"></tag-list><photo-gallery class="empty"></photo-gallery>
<latest-news src="/fail"></latest-news><news-article src="/fail"></news-article><tag-list src="/fail"></tag-list>
<photo-gallery src="/fail"></photo-gallery>
<latest-news></latest-news><news-article></news-article><tag-list></tag-list><photo-gallery></photo-gallery>
<script type="module">
  const feed = ${JSON.stringify(feed)};
  const article = ${JSON.stringify(article)};
  const data = { 'latest-news': feed, 'news-article': article, 'tag-list': article, 'photo-gallery': article };
  const empty = { 'latest-news': { items: [] }, 'tag-list': { tags: [] }, 'photo-gallery': { photos: [] } };
  for (const tag of Object.keys(data)) {
    customElements.whenDefined(tag).then(() => {
      for (const el of document.querySelectorAll(tag + '.data')) el.data = data[tag];
      for (const el of document.querySelectorAll(tag + '.empty')) el.data = empty[tag];
    });
  }
</script></body></html>`;

  it(
    'every part in a shadow root is in the manifest and in the reading of the sources',
    { timeout: 60_000 },
    async () => {
      const site = await startServer(async (req, res, url) => {
        if (url.pathname.startsWith('/cdn/')) return sendFile(res, cdnDir, url.pathname.slice(5));
        if (url.pathname === '/') {
          sendHtml(res, PAGE);
          return true;
        }
        if (url.pathname === '/fail') {
          res.writeHead(404, { 'Content-Type': 'application/json' }).end('{}');
          return true;
        }
        if (/^\/img-\d\.svg$/.test(url.pathname)) {
          res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
          res.end(
            '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200"/></svg>',
          );
          return true;
        }
        return false;
      });
      const browser = await launchBrowser();
      const seen = new Map(ELEMENTS.map((tag) => [tag, new Set()]));
      try {
        for (const reducedMotion of ['no-preference', 'reduce']) {
          const opened = await openPage(browser);
          try {
            const { page } = opened;
            await page.emulateMedia({ reducedMotion });
            await page.goto(`${site.origin}/`);
            await page.waitForFunction(
              () =>
                [...document.querySelectorAll('.data, .empty, [src="/fail"]')].every(
                  (el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]'),
                ) && document.querySelectorAll('[src="/fail"]').length === 4,
              null,
              { timeout: 20_000 },
            );
            await page.evaluate(() => document.getElementById('gallery').show(2));
            await page.waitForTimeout(300);
            const found = await page.evaluate(
              (tags) =>
                Object.fromEntries(
                  tags.map((tag) => [
                    tag,
                    [...document.querySelectorAll(tag)].flatMap((el) =>
                      [...el.shadowRoot.querySelectorAll('[part]')].flatMap((node) => [...node.part]),
                    ),
                  ]),
                ),
              ELEMENTS,
            );
            for (const [tag, parts] of Object.entries(found))
              for (const part of parts) seen.get(tag).add(part);
          } finally {
            await opened.close();
          }
        }
      } finally {
        await browser.close();
        await site.close();
      }
      // The page did render the rows, the ticker's controls and the lightbox: the check is not empty.
      for (const part of [
        'item',
        'time',
        'badge',
        'photo',
        'video',
        'title',
        'category',
        'thumbnail',
        'pause',
        'previous',
      ])
        assert.ok(seen.get('latest-news').has(part), `<latest-news> rendered the part ${part}`);
      for (const part of ['lightbox', 'counter', 'placeholder', 'error', 'empty', 'loading'])
        assert.ok(seen.get('photo-gallery').has(part), `<photo-gallery> rendered the part ${part}`);
      for (const tag of ELEMENTS) {
        const listed = (elements.get(tag).cssParts ?? []).map((p) => p.name);
        const { parts } = renderedParts(tag);
        const live = sorted(seen.get(tag));
        assert.deepEqual(
          live.filter((part) => !listed.includes(part)),
          [],
          `<${tag}>: rendered parts the manifest does not list`,
        );
        assert.deepEqual(
          live.filter((part) => !parts.has(part)),
          [],
          `<${tag}>: rendered parts the reading of the sources missed`,
        );
      }
    },
  );
});
