// `news-widgets render` (the package's bin, dist/cli/news-widgets.js, as built): the real samples as
// files, the demo's sample endpoints over HTTP (every element), styles and nonce, the snippets the README
// gives site owners, data that would not render (exit 1, errors on stderr) and wrong usage (exit 2).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startDemoServer } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const bin = join(root, manifest.bin['news-widgets']);
const shared = join(root, '../shared/real-feeds');

/** `news-widgets render ...args`; resolves to { code, stdout, stderr }. */
function render(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'render', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dataOf = (html) => JSON.parse(/<script type="application\/json">([^]*?)<\/script>/.exec(html)[1]);

describe('news-widgets render', () => {
  describe('the real samples, as files', () => {
    const SAMPLES = {
      'rss2-livemint.xml': [
        'latest-news',
        'PM Modi-Xi Jinping informal summit in Varanasi this October: Report',
      ],
      'atom-heise-developer.xml': ['latest-news', null],
      'jsonfeed-inessential.json': [
        'latest-news',
        'James Dempsey and the Breakpoints Benefit App Camp for Girls',
      ],
      'jsonfeed-pxlnv.json': ['news-article', 'Uber Lost $4.5 Billion in 2017'],
      'wp-v2-posts-embed.json': ['news-article', 'The Beauties of Gullfoss'],
    };
    for (const [file, [element, first]] of Object.entries(SAMPLES)) {
      it(`${file} as <${element}>`, async () => {
        const { code, stdout, stderr } = await render([join(shared, file), '--element', element]);
        assert.equal(code, 0, stderr);
        assert.match(stdout, new RegExp(`^<${element}><div class="news-fallback" part="base" lang="en">`));
        assert.ok(stdout.endsWith(`</script></${element}>\n`));
        const data = dataOf(stdout);
        const title = element === 'latest-news' ? data.items[0].title : data.title;
        if (first) assert.equal(title, first);
        if (element === 'news-article') assert.match(stdout, /<div part="body" class="body">/);
      });
    }

    it('a file saved from an endpoint: relative URLs resolve against its `src`', async () => {
      const file = join(shared, 'wp-v2-posts-embed.json');
      const before = await render([file, '--element', 'news-article']);
      assert.match(before.stdout, /<a>tourist attractions in Iceland<\/a>/);
      const { code, stdout } = await render([
        file,
        '--element',
        'news-article',
        '--attr',
        'src=https://test.frontity.io/wp-json/wp/v2/posts?_embed',
      ]);
      assert.equal(code, 0);
      assert.match(
        stdout,
        /<a href="https:\/\/test\.frontity\.io\/iceland\/">tourist attractions in Iceland<\/a>/,
      );
    });

    it('README: a ticker in Azerbaijani, in Baku time, links opening in a new tab', async () => {
      const { code, stdout } = await render([
        join(shared, 'rss2-livemint.xml'),
        '--element',
        'latest-news',
        '--attr',
        'variant=ticker',
        '--attr',
        'lang=az',
        '--attr',
        'time-zone=Asia/Baku',
        '--attr',
        'link-target=_blank',
        '--attr',
        'limit=3',
      ]);
      assert.equal(code, 0);
      assert.match(
        stdout,
        /^<latest-news variant="ticker" lang="az" time-zone="Asia\/Baku" link-target="_blank" limit="3">/,
      );
      assert.match(stdout, /<div part="ticker" role="region" aria-label="Livemint - News">/);
      assert.match(
        stdout,
        /<time part="time" datetime="2019-05-29T10:16:00\+00:00" title="29 may 2019">29 may 2019<\/time>/,
      );
      assert.match(stdout, /target="_blank" rel="noopener noreferrer"/);
      assert.equal(stdout.match(/<li part="item">/g).length, 3);
    });
  });

  describe('the demo’s sample endpoints, over HTTP', () => {
    let vite;
    let origin;
    before(async () => {
      ({ vite, origin } = await startDemoServer());
    });
    after(() => vite?.close());

    const ENDPOINTS = {
      'latest-news': '/api/latest',
      'news-article': '/api/article/491283',
      'tag-list': '/api/tags/trending',
      'photo-gallery': '/api/photos/491283',
    };
    for (const [element, path] of Object.entries(ENDPOINTS)) {
      it(`<${element}> from ${path}, styles inline with a nonce`, async () => {
        const { code, stdout, stderr } = await render([
          `${origin}${path}`,
          '--element',
          element,
          '--styles',
          'inline',
          '--nonce',
          'r4nd0m',
          '--attr',
          `src=${origin}${path}`,
        ]);
        assert.equal(code, 0, stderr);
        assert.match(stdout, new RegExp(`^<style nonce="r4nd0m">:where\\(${element}:has`));
        assert.match(
          stdout,
          new RegExp(`</style><${element} src="${origin}${path}"><div class="news-fallback"`),
        );
        // Every URL in the output is http(s), and made absolute against the endpoint.
        for (const [, url] of stdout.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(url, /^https?:\/\//);
        if (element === 'photo-gallery')
          assert.match(
            stdout,
            /<li part="item"><figure part="figure"><a part="open" href="http:\/\/127\.0\.0\.1:\d+\/media\//,
          );
      });
    }

    it('the same news as WordPress, RSS, JSON Feed and Atom', async () => {
      for (const path of [
        '/wp-json/wp/v2/posts?_embed',
        '/feeds/rss.xml',
        '/feeds/feed.json',
        '/feeds/atom.xml',
      ]) {
        const { code, stdout, stderr } = await render([`${origin}${path}`, '--element', 'latest-news']);
        assert.equal(code, 0, `${path}: ${stderr}`);
        assert.ok(dataOf(stdout).items.length > 0, path);
      }
    });
  });

  describe('data that would not render: exit 1, the errors on stderr', () => {
    it('every entry invalid', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'render-'));
      const file = join(dir, 'bad.json');
      await writeFile(file, JSON.stringify({ items: [{ title: 'no id or date' }] }));
      const { code, stdout, stderr } = await render([file, '--element', 'latest-news']);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /^error <latest-news> would not render: /);
      assert.match(stderr, /error Every entry was invalid: items\[0\]\.id: is required/);
    });

    it('a file that is not there; not a format the widgets read', async () => {
      let result = await render([join(root, 'nope.json'), '--element', 'tag-list']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /would not render: [^]*error Could not reach/);
      result = await render([join(root, 'LICENSE'), '--element', 'tag-list']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /would not render/);
    });
  });

  describe('wrong usage: exit 2 with the usage line', () => {
    const CASES = {
      'no --element': [join(shared, 'rss2-livemint.xml')],
      'an unknown element': [join(shared, 'rss2-livemint.xml'), '--element', 'news-ticker'],
      'an event handler as an attribute': [
        join(shared, 'rss2-livemint.xml'),
        '--element',
        'latest-news',
        '--attr',
        'onclick=alert(1)',
      ],
      'another element’s attribute': [
        join(shared, 'rss2-livemint.xml'),
        '--element',
        'photo-gallery',
        '--attr',
        'limit=3',
      ],
      '--styles other': [join(shared, 'rss2-livemint.xml'), '--element', 'latest-news', '--styles', 'link'],
      'a nonce that is not base64': [
        join(shared, 'rss2-livemint.xml'),
        '--element',
        'latest-news',
        '--nonce',
        '"><x',
      ],
      'an unknown option': [join(shared, 'rss2-livemint.xml'), '--element', 'latest-news', '--json'],
      'no target': ['--element', 'latest-news'],
    };
    for (const [name, args] of Object.entries(CASES)) {
      it(name, async () => {
        const { code, stdout, stderr } = await render(args);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.match(stderr, /^news-widgets: .+\n/);
        assert.match(stderr, /^usage: news-widgets render <url\|file> --element/m);
      });
    }

    it('--help prints the usage and exits 0', async () => {
      const { code, stdout } = await render(['--help']);
      assert.equal(code, 0);
      assert.match(
        stdout,
        /^usage: news-widgets render <url\|file> --element latest-news\|news-article\|tag-list\|photo-gallery \[--attr name=value \.\.\.\]/,
      );
    });
  });
});
