// End-to-end: the framework examples (examples/react, examples/vue), each copied to a folder outside the
// repo, installed with the packed tarball in place of `file:../..` and built with its own `npm run build`
// (type-check, then vite build). The built app runs in the machine's Chrome: <latest-news> shows the
// list handed to it as the `data` property, and the app hears news-load and news-error through the
// framework's own event syntax. The README's Frameworks snippets must be lines of the examples. Needs
// `npm run build` first (npm test does it) and the npm registry or npm's cache.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage } from './helpers.js';
import {
  INSTALL_FLAGS,
  copyApp,
  packOnce,
  removeScratch,
  root,
  run,
  scratchDir,
  serveDir,
  timed,
} from './pack-helpers.js';

const EXAMPLES = {
  react: { heading: 'news-widgets in React 19' },
  vue: { heading: 'news-widgets in Vue 3' },
};

/** Every file of an example, as text (no node_modules or build output). */
function exampleSources(name) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'examples', name));
  return files.join('\n');
}

/** What the page shows and logged: runs in the page. */
function readApp() {
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const latest = document.querySelector('latest-news')?.shadowRoot;
  const tags = document.querySelector('tag-list')?.shadowRoot;
  return {
    heading: text(document.querySelector('h1')),
    status: text(document.querySelector('[role="status"]')),
    titles: [...(latest?.querySelectorAll('[part~="item"] [part~="title"]') ?? [])].map(text),
    error: text(latest?.querySelector('[part~="error"]')),
    stale: text(latest?.querySelector('[part~="stale"]')),
    tags: [...(tags?.querySelectorAll('[part~="tag"]') ?? [])].map(text),
    // An attribute named "data" would mean the framework set the feed as a string, not a property.
    dataAttribute: document.querySelector('latest-news')?.getAttribute('data') ?? null,
  };
}

describe('framework examples, installed from the packed tarball', () => {
  let tarball;
  let browser;

  before(async () => {
    tarball = await timed('npm pack', () => packOnce());
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  for (const [name, { heading }] of Object.entries(EXAMPLES)) {
    describe(`examples/${name}`, () => {
      let dir;
      let server;
      const feedTitles = [];

      after(async () => {
        await server?.close();
        await removeScratch(dir);
      });

      it(
        'installs with the tarball and builds with its own `npm run build`',
        { timeout: 240_000 },
        async () => {
          dir = await scratchDir(`example-${name}`);
          await copyApp(join(root, 'examples', name), dir);
          const manifestPath = join(dir, 'package.json');
          const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
          assert.equal(manifest.dependencies['news-widgets'], 'file:../..', 'the example uses the repo');
          manifest.dependencies['news-widgets'] = `file:${tarball}`;
          await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
          await timed(`examples/${name}: npm install`, () =>
            run('npm', ['install', ...INSTALL_FLAGS], { cwd: dir, timeout: 200_000 }),
          );
          await timed(`examples/${name}: npm run build`, () => run('npm', ['run', 'build'], { cwd: dir }));
          const data = readFileSync(join(dir, 'src/data.ts'), 'utf8');
          feedTitles.push(...[...data.matchAll(/^ {6}title: '([^']+)',$/gm)].map((match) => match[1]));
          assert.equal(feedTitles.length, 3, 'the sample feed has three headlines');
          server = await serveDir(join(dir, 'dist'));
        },
      );

      it(
        'shows the list from `data` and hears news-load, then news-error, through the event props',
        {
          timeout: 30_000,
        },
        async () => {
          assert.ok(server, 'the example was built');
          const opened = await openPage(browser);
          const logs = [];
          opened.page.on('console', (message) => {
            if (message.type() === 'log') logs.push(message.text());
          });
          try {
            await opened.page.goto(`${server.origin}/`);
            await opened.page.waitForFunction(
              () => document.querySelector('[role="status"]')?.textContent.startsWith('Showing'),
              null,
              { timeout: 10_000 },
            );
            const shown = await opened.page.evaluate(readApp);
            assert.equal(shown.heading, heading);
            assert.deepEqual(shown.titles, feedTitles, 'the headlines of the data property');
            assert.equal(shown.status, `Showing ${feedTitles.length} headlines`);
            assert.equal(shown.dataAttribute, null, '`data` was set as a property');
            assert.deepEqual(shown.tags, ['Azerbaijan', 'Energy', 'Caspian Sea']);
            assert.ok(logs.includes(`news-load ${feedTitles.length}`), `news-load logged (${logs})`);

            // news-impression: each of the three headlines, once, after a second in view.
            await opened.page.waitForFunction(
              (count) => document.querySelector('#seen')?.textContent === `Headlines seen: ${count}`,
              feedTitles.length,
              { timeout: 10_000 },
            );
            assert.ok(logs.includes('news-impression 491283 2'), `news-impression logged (${logs})`);
            // news-click: the app routes the headline, and the browser stays on the app's page.
            const before = opened.page.url();
            await opened.page.locator('latest-news').locator('[part~="item"] [part~="title"]').nth(1).click();
            await opened.page.waitForFunction(
              () => document.querySelector('#opened')?.textContent.startsWith('Opened in the app'),
              null,
              { timeout: 10_000 },
            );
            assert.equal(
              await opened.page.textContent('#opened'),
              `Opened in the app: ${feedTitles[1]} (#2)`,
            );
            assert.equal(opened.page.url(), before, 'the browser did not follow the link');

            await opened.page.getByRole('button', { name: 'Load a broken feed' }).click();
            await opened.page.waitForFunction(
              () => document.querySelector('[role="status"]')?.textContent.startsWith('Could not'),
              null,
              { timeout: 10_000 },
            );
            const broken = await opened.page.evaluate(readApp);
            assert.match(broken.status, /^Could not show the news \(invalid\): /);
            // New data that fails replaces nothing: the headlines stay, with the "couldn't update" note
            // (a failed update never throws away good content on screen).
            assert.ok(broken.stale.length > 0, 'the element notes that it could not update');
            assert.equal(broken.error, '');
            assert.ok(broken.titles.length > 0, 'the headlines from before stay');
            assert.ok(logs.includes('news-error invalid'), `news-error logged (${logs})`);
            assert.deepEqual(opened.pageErrors, [], 'no uncaught errors');
            assert.deepEqual(opened.consoleErrors, [], 'no console errors');
          } finally {
            await opened.close();
          }
        },
      );
    });
  }

  it("README's Frameworks snippets are lines of the examples", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Frameworks');
    assert.ok(start >= 0, 'README has a Frameworks section');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const sources = new Set(
      Object.keys(EXAMPLES)
        .flatMap((name) => exampleSources(name).split('\n'))
        .map((line) => line.trim()),
    );
    const blocks = [...section.matchAll(/```\w*\n([^]*?)```/g)].map((match) => match[1]);
    assert.ok(blocks.length >= 2, 'a React and a Vue snippet');
    for (const block of blocks) {
      for (const line of block.split('\n').map((l) => l.trim())) {
        if (line === '' || line === '// …' || line.startsWith('npm ')) continue;
        assert.ok(sources.has(line), `README line is in examples/: ${line}`);
      }
    }
  });
});
