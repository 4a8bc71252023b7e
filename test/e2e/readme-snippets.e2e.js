// The README's snippets for pages without JavaScript, server rendering and more languages, read from
// README.md and run as a reader would meet them: `https://your-site.example` points at a local server
// that serves the built CDN files under /news-widgets/ and real feeds (test/fixtures/real-feeds/).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  launchBrowser,
  openPage,
  readmeBlocks,
  sendFile,
  sendHtml,
  sendJson,
  startServer,
} from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const feeds = `${root}test/fixtures/real-feeds/`;
const run = promisify(execFile);

const blocks = readmeBlocks;

/** A shell command of the README as arguments: continued lines joined, no quoting in them. */
const argv = (command) => command.replace(/\\\n/g, ' ').trim().split(/\s+/);

/** Runs the built CLI as `npx news-widgets …` would; resolves with its exit code and output. */
async function cli(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [`${root}dist/cli/news-widgets.js`, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const LATEST = {
  title: 'Latest',
  url: '/en/news/',
  items: [{ id: 'a', url: '/en/a', title: 'From the endpoint', publishedAt: '2026-03-03T10:00:00Z' }],
  next: '/api/latest.json?page=2',
};

/** CDN files served with a line added, as a compromised CDN or a bad upload would. */
const tampered = new Set();
const ARTICLE = JSON.parse(readFileSync(new URL('./fixtures/article.json', import.meta.url), 'utf8'));

describe('README: without JavaScript, server rendering, more languages, integrity', () => {
  let site;
  let browser;
  const pages = {};

  before(async () => {
    site = await startServer(async (req, res, url) => {
      if (url.pathname.startsWith('/news-widgets/')) {
        const file = url.pathname.slice('/news-widgets/'.length);
        if ([...tampered].some((prefix) => file.startsWith(prefix))) {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          res.end(`${readFileSync(`${root}dist/cdn/${file}`, 'utf8')}\n;globalThis.tampered = true;`);
          return true;
        }
        return sendFile(res, `${root}dist/cdn/`, file);
      }
      if (url.pathname === '/api/article.json') return sendJson(res, ARTICLE);
      if (url.pathname === '/feeds/rss.xml') {
        res.writeHead(200, { 'Content-Type': 'text/xml' }).end(readFileSync(`${feeds}rss2-livemint.xml`));
        return true;
      }
      if (url.pathname === '/api/latest.json' || url.pathname === '/api/latest') return sendJson(res, LATEST);
      if (pages[url.pathname]) return sendHtml(res, pages[url.pathname]);
      return false;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const here = (text) => text.replaceAll('https://your-site.example', site.origin);
  const page = (path, body, head = '') => {
    pages[path] =
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
    return `${site.origin}${path}`;
  };

  describe('Without JavaScript and for search engines', () => {
    const [inline, css] = blocks('Without JavaScript and for search engines', 'html');

    it('the inline data renders at once, with no request; the fallback then hides', async () => {
      const url = page(
        '/inline.html',
        here(inline),
        '<script type="module" src="/news-widgets/news-widgets.js"></script>',
      );
      const before = site.requests.length;
      const opened = await openPage(browser);
      try {
        await opened.page.goto(url);
        await opened.page.waitForFunction(
          () => document.querySelector('latest-news').shadowRoot?.querySelector('[part~="title"]'),
          null,
          { timeout: 15_000 },
        );
        const title = await opened.page.evaluate(
          () => document.querySelector('latest-news').shadowRoot.querySelector('[part~="title"]').textContent,
        );
        assert.equal(title.trim(), 'Story one');
        assert.equal(await opened.page.locator('latest-news > ul').isVisible(), false, 'fallback hidden');
        assert.equal(await opened.page.locator('latest-news > ul').count(), 1, 'fallback kept in the HTML');
        const requested = site.requests.slice(before).map((r) => r.split('?')[0]);
        assert.ok(!requested.includes('/api/latest.json'), `no request to src: ${requested}`);
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        await opened.close();
      }
    });

    it('without JavaScript the fallback is what readers see', async () => {
      const url = page('/no-js.html', here(inline));
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const p = await context.newPage();
        await p.goto(url);
        const link = p.locator('latest-news > ul a');
        assert.equal(await link.isVisible(), true);
        assert.equal(await link.textContent(), 'Story one');
        assert.equal(await link.getAttribute('href'), `${site.origin}/en/1`);
      } finally {
        await context.close();
      }
    });

    it('the fallback CSS is where the link says, beside the scripts', () => {
      const href = /href="\/news-widgets\/([\w.-]+)"/.exec(css)?.[1];
      assert.equal(href, 'news-widgets-fallback.css');
      assert.ok(existsSync(`${root}dist/cdn/${href}`), `dist/cdn/${href} exists`);
      assert.match(readFileSync(`${root}dist/cdn/${href}`, 'utf8'), /\.news-fallback/);
    });

    it('npx news-widgets render: the ticker command prints the element with fallback and data', async () => {
      const [command] = blocks('Without JavaScript and for search engines', 'sh');
      const args = argv(here(command));
      assert.deepEqual(args.slice(0, 3), ['npx', 'news-widgets', 'render']);
      const { code, stdout, stderr } = await cli(args.slice(2));
      assert.equal(code, 0, stderr);
      assert.match(
        stdout,
        /^<latest-news variant="ticker" lang="az" time-zone="Asia\/Baku" link-target="_blank" limit="3"><div class="news-fallback"/,
      );
      assert.equal(stdout.match(/<li part="item">/g).length, 3);
      assert.match(stdout, /target="_blank" rel="noopener noreferrer"/);
      assert.match(stdout, /<script type="application\/json">\{"title":"Livemint - News"/);
    });

    it('the crontab line: the render command in it prints the element, its src kept', async () => {
      const [, cron] = blocks('Without JavaScript and for search engines', 'sh');
      const line = cron.split('\n').find((l) => l.startsWith('*/5'));
      const command = /&& (npx news-widgets render .*?) > \/tmp\/latest\.html && mv /.exec(line)?.[1];
      assert.ok(command, `a render command in: ${line}`);
      const { code, stdout, stderr } = await cli(argv(here(command)).slice(2));
      assert.equal(code, 0, stderr);
      assert.ok(stdout.startsWith(`<latest-news src="${site.origin}/api/latest" limit="8">`), stdout);
      assert.match(stdout, /<a part="title" href="[^"]*\/en\/a">From the endpoint<\/a>/);
      // A feed that would not render: exit 1 and nothing on stdout, so `&& mv` keeps the last good file.
      const bad = await cli(argv(here(command).replace('/api/latest ', '/nowhere ')).slice(2));
      assert.equal(bad.code, 1);
      assert.equal(bad.stdout, '');
    });

    it('the Node module snippet, as written', async () => {
      const [snippet] = blocks('Without JavaScript and for search engines', 'js');
      const server = pathToFileURL(`${root}dist/server/render.js`).href;
      assert.ok(snippet.includes("from 'news-widgets/server';"));
      const dir = mkdtempSync(join(tmpdir(), 'readme-server-'));
      try {
        const file = join(dir, 'snippet.mjs');
        const feed = {
          title: 'Latest news',
          items: [{ id: '1', title: 'Story one', url: '/en/1', publishedAt: '2026-03-03T10:00:00Z' }],
        };
        writeFileSync(
          file,
          `const feed = ${JSON.stringify(feed)};\n` +
            snippet.replace("'news-widgets/server'", JSON.stringify(server)) +
            '\nexport { html, warnings, head };\n',
        );
        const { html, warnings, head } = await import(pathToFileURL(file).href);
        assert.deepEqual(warnings, []);
        assert.ok(
          html.startsWith(
            '<latest-news limit="5" time-zone="Asia/Baku" link-params="utm_source=partner"><div class="news-fallback"',
          ),
          html,
        );
        assert.match(html, /href="https:\/\/your-site\.example\/en\/1\?utm_source=partner">Story one<\/a>/);
        assert.match(html, /<script type="application\/json">/);
        assert.match(head, /^<style>[^]*\.news-fallback[^]*<\/style>$/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('For site owners: one script tag', () => {
    it('the import map from manifest.json: files as built load; a changed one is refused, and its element says so', async () => {
      const [command] = blocks('For site owners: one script tag', 'sh');
      assert.ok(command.trimEnd().endsWith("' https://cdn.example/news-widgets/ dist/cdn/manifest.json"));
      const folder = `${site.origin}/news-widgets/`;
      const { stdout } = await run(
        'bash',
        ['-c', command.replace('https://cdn.example/news-widgets/', folder)],
        {
          cwd: root,
        },
      );
      const map = /^<script type="importmap">([^]*)<\/script>\n$/.exec(stdout)?.[1];
      assert.ok(map, stdout);
      const manifest = JSON.parse(readFileSync(`${root}dist/cdn/manifest.json`, 'utf8'));
      assert.equal(
        JSON.parse(map).integrity[`${folder}news-widgets.js`],
        manifest['news-widgets.js'].integrity,
      );
      const url = page(
        '/integrity.html',
        `<news-article src="/api/article.json"></news-article>
        <script type="module" src="/news-widgets/news-widgets.js"></script>`,
        stdout,
      );
      const load = async () => {
        const opened = await openPage(browser);
        try {
          await opened.page.goto(url);
          await opened.page.waitForTimeout(300);
          await opened.page.waitForFunction(
            () => {
              const el = document.querySelector('news-article');
              return !customElements.get('news-article') || ['ready', 'error'].includes(el.status);
            },
            null,
            { timeout: 20_000 },
          );
          return await opened.page.evaluate(() => {
            const root = document.querySelector('news-article').shadowRoot;
            return {
              defined: !!customElements.get('news-article'),
              body: root?.querySelector('[part~="body"]')?.textContent.slice(0, 28) ?? null,
              error: !!root?.querySelector('[part~="error"]'),
              tampered: globalThis.tampered === true,
            };
          });
        } finally {
          await opened.close();
        }
      };
      // As built: the article and its body show.
      tampered.clear();
      assert.deepEqual(await load(), {
        defined: true,
        body: 'A delegation led by Minister',
        error: false,
        tampered: false,
      });
      // The sanitiser's file changed: refused, and the article shows its error instead of its body.
      tampered.add('sanitize-html-');
      assert.deepEqual(await load(), { defined: true, body: null, error: true, tampered: false });
      // The script itself changed: refused, so nothing of it runs and the element is never defined.
      tampered.clear();
      tampered.add('news-widgets.js');
      assert.deepEqual(await load(), { defined: false, body: null, error: false, tampered: false });
      tampered.clear();
    });
  });

  describe('More languages', () => {
    it('the Turkish strings, as written: the list and the error box speak Turkish', async () => {
      const [strings] = blocks('More languages', 'js');
      const [element] = blocks('More languages', 'html');
      assert.ok(strings.startsWith("import { configure } from 'news-widgets';"));
      const script = strings.replace("from 'news-widgets'", "from '/news-widgets/news-widgets.js'");
      const url = page(
        '/turkish.html',
        `<script type="module">${script}</script>
        ${here(element)}
        ${here(element).replace('/api/latest.json', '/api/missing.json')}
        ${here(element).replace('<latest-news ', '<latest-news load-more="manual" ')}`,
      );
      const opened = await openPage(browser);
      try {
        await opened.page.goto(url);
        await opened.page.waitForFunction(
          () => {
            const [ok, failed, paged] = document.querySelectorAll('latest-news');
            return (
              ok.shadowRoot?.querySelector('[part~="more"]') &&
              failed.shadowRoot?.querySelector('[part~="retry"]') &&
              paged.shadowRoot?.querySelector('[part~="load-more"]')
            );
          },
          null,
          { timeout: 20_000 },
        );
        const shown = await opened.page.evaluate(() => {
          const [ok, failed, paged] = document.querySelectorAll('latest-news');
          return {
            loadMore: paged.shadowRoot.querySelector('[part~="load-more"]').textContent.trim(),
            more: ok.shadowRoot.querySelector('[part~="more"]').textContent.trim(),
            error: failed.shadowRoot.querySelector('[part~="error"] p').textContent.trim(),
            retry: failed.shadowRoot.querySelector('[part~="retry"]').textContent.trim(),
          };
        });
        assert.deepEqual(shown, {
          loadMore: 'Daha fazla haber',
          more: 'Tüm haberler',
          error: 'Haberler yüklenemedi.',
          retry: 'Tekrar dene',
        });
      } finally {
        await opened.close();
      }
    });
  });
});
