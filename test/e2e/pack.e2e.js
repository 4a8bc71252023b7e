// End-to-end: the npm user's path. `npm pack` the built repo, install the tarball into a new Vite +
// TypeScript app outside the repo, type-check the app (strict, with the package's own .d.ts files
// checked too) and build it with Vite, then load the built app in the machine's Chrome: the element
// renders the data it is given, and importing the package root registers nothing. Needs `npm run build`
// first (npm test does it) and the npm registry or npm's cache for vite, typescript and the package's
// dependencies (lit, dompurify, ...).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage } from './helpers.js';
import {
  INSTALL_FLAGS,
  assertBuilt,
  manifest,
  packOnce,
  removeScratch,
  repoVersion,
  root,
  run,
  runBin,
  scratchDir,
  serveDir,
  timed,
} from './pack-helpers.js';

const feed = JSON.parse(readFileSync(new URL('./fixtures/latest-news.json', import.meta.url), 'utf8'));
const TAGS = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'];

describe('npm pack --dry-run', () => {
  it(
    'lists only what users need, and every file the exports map points at',
    { timeout: 60_000 },
    async () => {
      assertBuilt();
      const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
      const files = JSON.parse(stdout)[0].files.map((file) => file.path);
      const allowed =
        /^(dist\/.+|schema\/(feed|article|tags|photos)\.json|README\.md|package\.json|LICENSE(\.md|\.txt)?|custom-elements\.json)$/;
      const unexpected = files.filter((file) => !allowed.test(file) || file.endsWith('.tsbuildinfo'));
      assert.deepEqual(
        unexpected,
        [],
        'the tarball holds dist/, schema/, README, package.json and LICENSE only',
      );
      for (const name of ['feed', 'article', 'tags', 'photos'])
        assert.ok(files.includes(`schema/${name}.json`), `schema/${name}.json is in the tarball`);
      for (const dir of ['src/', 'test/', 'demo/', 'examples/', 'scripts/', '.ci/', 'node_modules/']) {
        assert.ok(!files.some((file) => file.startsWith(dir)), `nothing from ${dir}`);
      }
      // Every target of the exports map, `main`, `module` and `types` is in the tarball.
      const targets = new Set([manifest.main, manifest.module, manifest.types]);
      const collect = (value) => {
        if (typeof value === 'string') targets.add(value);
        else for (const nested of Object.values(value)) collect(nested);
      };
      collect(manifest.exports);
      for (const target of targets) {
        const path = target.replace(/^\.\//, '');
        if (path.includes('*')) {
          const [prefix, suffix] = path.split('*');
          assert.ok(
            files.some(
              (file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length > prefix.length,
            ),
            `files for ${target}`,
          );
        } else {
          assert.ok(files.includes(path), `${target} is in the tarball`);
        }
      }
      for (const file of readdirSync(join(root, 'dist/cdn'))) {
        assert.ok(files.includes(`dist/cdn/${file}`), `dist/cdn/${file} is in the tarball`);
      }
    },
  );
});

/** The scratch app: what a developer writes after `npm install news-widgets`. */
const APP_FILES = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>scratch app</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <latest-news></latest-news>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
  // The package root alone, on a page of its own: it must register nothing.
  'root.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>scratch app: the root module</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <acme-latest-news></acme-latest-news>
    <script type="module" src="/src/root.ts"></script>
  </body>
</html>
`,
  'src/main.ts': `import 'news-widgets/latest-news/define';
import { LatestNewsElement, type Feed, type NewsLoadEvent } from 'news-widgets';

declare global {
  interface Window {
    __loads: { items: number; warnings: readonly string[]; url: string | null }[];
  }
}

// The README's JSON format, checked against the Feed type (excess properties are errors here).
const feed: Feed = ${JSON.stringify(feed, null, 2)};

// HTMLElementTagNameMap comes from 'news-widgets/latest-news/define': no cast needed.
const el = document.querySelector('latest-news')!;
const typed: LatestNewsElement = el;
typed.limit = ${feed.items.length};
typed.variant = 'list';

// Events are typed through GlobalEventHandlersEventMap.
window.__loads = [];
el.addEventListener('news-load', (event) => {
  const load: NewsLoadEvent = event;
  window.__loads.push({ items: (load.data as Feed).items.length, warnings: event.warnings, url: event.url ?? null });
});
el.addEventListener('news-error', (event) => console.error('news-error', event.kind, event.message));
el.data = feed;

// Wrong types are errors, not silently accepted (never called).
export function wrongTypes(): void {
  // @ts-expect-error limit is a number
  el.limit = 'ten';
  // @ts-expect-error variant is 'list' | 'ticker'
  el.variant = 'grid';
  // @ts-expect-error <tag-list> is not registered here, so it is a plain HTMLElement
  const nothing: LatestNewsElement = document.createElement('tag-list');
  void nothing;
}
`,
  'src/root.ts': `import * as widgets from 'news-widgets';
import type { Feed } from 'news-widgets';

declare global {
  interface Window {
    __root: { registered: string[]; exports: string[]; defaultTagAfter: boolean };
  }
}

const tags = ${JSON.stringify(TAGS)};
const registered = tags.filter((tag) => customElements.get(tag) !== undefined);
// The class under a tag of the page's own, as the README shows.
widgets.LatestNewsElement.define('acme-latest-news');
const el = document.querySelector('acme-latest-news') as widgets.LatestNewsElement;
const feed: Feed = ${JSON.stringify(feed)};
el.data = feed;
window.__root = {
  registered,
  exports: Object.keys(widgets).sort(),
  defaultTagAfter: customElements.get('latest-news') !== undefined,
};
`,
  'vite.config.mjs': `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (file) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  build: {
    sourcemap: true,
    rolldownOptions: { input: { main: page('./index.html'), root: page('./root.html') } },
  },
});
`,
  // Strict, and skipLibCheck off: the package's .d.ts files are checked as the app's code is.
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noUnusedLocals: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: false,
        noEmit: true,
      },
      include: ['src'],
    },
    null,
    2,
  )}\n`,
  // The same code under Node's own resolution (what `moduleResolution: nodenext` projects use).
  'tsconfig.nodenext.json': `${JSON.stringify(
    {
      extends: './tsconfig.json',
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' },
    },
    null,
    2,
  )}\n`,
};

describe('the packed tarball in a new Vite + TypeScript app', () => {
  let app;
  let browser;
  let server;
  let tarball;

  before(async () => {
    tarball = await timed('npm pack', () => packOnce());
    app = await scratchDir('pack-app');
    await writeFile(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }, null, 2)}\n`,
    );
    for (const [file, text] of Object.entries(APP_FILES)) {
      await mkdir(join(app, file, '..'), { recursive: true });
      await writeFile(join(app, file), text);
    }
    await timed('npm install (tarball, vite, typescript)', () =>
      run(
        'npm',
        [
          'install',
          ...INSTALL_FLAGS,
          '--save-exact',
          tarball,
          `vite@${repoVersion('vite')}`,
          `typescript@${repoVersion('typescript')}`,
        ],
        { cwd: app },
      ),
    );
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await removeScratch(app);
  });

  it('installs the package from the tarball with its dependencies', async () => {
    const installed = JSON.parse(await readFile(join(app, 'node_modules/news-widgets/package.json'), 'utf8'));
    assert.equal(installed.version, manifest.version);
    const dependencies = JSON.parse(await readFile(join(app, 'package.json'), 'utf8')).dependencies;
    assert.match(dependencies['news-widgets'], /^file:.*\.tgz$/, 'installed from the tarball');
    for (const dependency of Object.keys(manifest.dependencies)) {
      await readFile(join(app, 'node_modules', dependency, 'package.json'));
    }
  });

  it(
    'type-checks (strict, lib check on) with moduleResolution bundler and nodenext',
    { timeout: 60_000 },
    async () => {
      await timed('tsc --noEmit (bundler)', () =>
        runBin(app, 'typescript', 'bin/tsc', ['--noEmit', '-p', 'tsconfig.json']),
      );
      await timed('tsc --noEmit (nodenext)', () =>
        runBin(app, 'typescript', 'bin/tsc', ['--noEmit', '-p', 'tsconfig.nodenext.json']),
      );
    },
  );

  it('builds with vite', { timeout: 60_000 }, async () => {
    const { stdout, stderr } = await timed('vite build', () =>
      runBin(app, 'vite', 'bin/vite.js', ['build', '--logLevel', 'warn']),
    );
    assert.equal(`${stdout}${stderr}`.trim(), '', 'vite build says nothing at --logLevel warn');
    server = await serveDir(join(app, 'dist'));
    browser = await launchBrowser();
  });

  it('renders the data given to <latest-news>, with no console errors', { timeout: 30_000 }, async () => {
    assert.ok(server, 'the app was built');
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${server.origin}/`);
      await opened.page.waitForFunction(() => window.__loads?.length > 0, null, { timeout: 10_000 });
      const view = await opened.page.evaluate(() => {
        const el = document.querySelector('latest-news');
        const root = el.shadowRoot;
        return {
          loads: window.__loads,
          defined: customElements.get('latest-news') === el.constructor,
          titles: [...root.querySelectorAll('[part~="item"] [part~="title"]')].map((t) =>
            t.textContent.replace(/\s+/g, ' ').trim(),
          ),
          others: ['news-article', 'tag-list', 'photo-gallery'].filter((tag) => customElements.get(tag)),
          scripts: performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => path.endsWith('.js')),
        };
      });
      assert.deepEqual(view.loads, [{ items: feed.items.length, warnings: [], url: null }]);
      assert.ok(view.defined, '<latest-news> is registered by latest-news/define');
      assert.deepEqual(
        view.titles,
        feed.items.map((item) => item.title),
      );
      assert.deepEqual(view.others, [], 'latest-news/define registers only <latest-news>');
      // The page with <latest-news> alone never loads the HTML sanitiser, which the build holds for
      // <news-article> (root.html imports everything). Its allowlist marks it; DOMPurify, which the
      // sanitiser loads only where the browser's Sanitizer API cannot do the work, is in a file of its own.
      const assets = readdirSync(join(app, 'dist/assets')).filter((file) => file.endsWith('.js'));
      const holding = (pattern) =>
        assets.filter((file) => pattern.test(readFileSync(join(app, 'dist/assets', file), 'utf8')));
      const sanitiser = holding(/sub sup small mark abbr/);
      const purify = holding(/DOMPurify/);
      assert.ok(sanitiser.length > 0, `the build holds the sanitiser (${assets})`);
      assert.ok(purify.length > 0, `the build holds DOMPurify (${assets})`);
      assert.deepEqual(
        sanitiser.filter((file) => purify.includes(file)),
        [],
        'the sanitiser and DOMPurify are separate files',
      );
      const scripts = [
        ...readFileSync(join(app, 'dist/index.html'), 'utf8').matchAll(
          /(?:src|href)="\/(assets\/[^"]+\.js)"/g,
        ),
      ].map((match) => match[1]);
      scripts.push(...view.scripts.map((path) => path.slice(1)));
      assert.ok(scripts.length > 0, 'the page loads scripts');
      for (const script of new Set(scripts)) {
        const code = readFileSync(join(app, 'dist', script), 'utf8');
        assert.doesNotMatch(code, /sub sup small mark abbr/, `${script}`);
        assert.doesNotMatch(code, /DOMPurify/, `${script}`);
      }
      assert.deepEqual(opened.pageErrors, [], 'no uncaught errors');
      assert.deepEqual(opened.consoleErrors, [], 'no console errors');
    } finally {
      await opened.close();
    }
  });

  it('importing only the package root registers no element', { timeout: 30_000 }, async () => {
    assert.ok(server, 'the app was built');
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${server.origin}/root.html`);
      await opened.page.waitForFunction(
        () => document.querySelector('acme-latest-news')?.shadowRoot?.querySelector('[part~="item"]'),
        null,
        { timeout: 10_000 },
      );
      const state = await opened.page.evaluate(() => ({
        ...window.__root,
        items: document.querySelector('acme-latest-news').shadowRoot.querySelectorAll('[part~="item"]')
          .length,
      }));
      assert.deepEqual(state.registered, [], 'no element is registered by importing news-widgets');
      assert.equal(state.defaultTagAfter, false, 'define(name) registers only that name');
      assert.ok(state.exports.includes('LatestNewsElement') && state.exports.includes('configure'));
      assert.equal(state.items, feed.items.length, 'the class works under a tag of its own');
      assert.deepEqual(opened.pageErrors, [], 'no uncaught errors');
      assert.deepEqual(opened.consoleErrors, [], 'no console errors');
    } finally {
      await opened.close();
    }
  });
});
