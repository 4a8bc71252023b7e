// `news-widgets check` (the package's bin, dist/cli/news-widgets.js, as built): every real sample and the
// native fixtures as files and from a local server, broken inputs, the server's CORS and caching headers
// present and missing, the --json shape, colours, and wrong usage.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join } from 'node:path';
import { startServer } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const bin = join(root, manifest.bin['news-widgets']);
const realDir = join(root, 'test/fixtures/real-feeds');
const nativeDir = join(root, 'test/e2e/fixtures');

/** Runs the bin; resolves to { code, stdout, stderr }. Never a TTY: plain text unless FORCE_COLOR. */
function cli(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `news-widgets check ...args`. */
const run = (args, env) => cli(['check', ...args], env);

const json = async (args) => {
  const result = await run([...args, '--json']);
  return { ...result, report: JSON.parse(result.stdout) };
};

// Every real sample, with what a reader counts in the file by hand: its format, items and first title.
const REAL = {
  'jsonfeed-inessential.json': {
    format: 'jsonfeed',
    items: 20,
    first: 'James Dempsey and the Breakpoints Benefit App Camp for Girls',
    type: 'application/feed+json',
  },
  'jsonfeed-jsonfeed-org.json': {
    format: 'jsonfeed',
    items: 1,
    first: 'Announcing JSON Feed',
    type: 'application/json',
  },
  'jsonfeed-pxlnv.json': {
    format: 'jsonfeed',
    items: 20,
    first: 'Uber Lost $4.5 Billion in 2017',
    type: 'application/json',
  },
  'wp-v2-posts-embed.json': {
    format: 'wordpress',
    items: 3,
    first: 'The Beauties of Gullfoss',
    type: 'application/json; charset=UTF-8',
  },
  'atom-heise-developer.xml': {
    format: 'atom',
    items: 15,
    first: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
    type: 'application/atom+xml',
  },
  'rss2-livemint.xml': {
    format: 'rss',
    items: 25,
    first: 'PM Modi-Xi Jinping informal summit in Varanasi this October: Report',
    type: 'application/rss+xml; charset=UTF-8',
  },
};

const NATIVE = {
  'latest-news.json': { element: 'latest-news', kind: 'feed' },
  'article.json': { element: 'news-article', kind: 'article' },
  'article-hostile.json': { element: 'news-article', kind: 'article' },
};

const BIG = 6 * 1024 * 1024;
const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[`);
const GREEN = new RegExp(`${ESC}\\[32m`);

describe('news-widgets check', () => {
  let server;
  const origins = [];

  before(async () => {
    assert.deepEqual(
      (await readdir(realDir)).filter((name) => name !== 'SOURCES.md').sort(),
      Object.keys(REAL).sort(),
    );
    server = await startServer(async (req, res, url) => {
      origins.push(req.headers.origin);
      const [, route, name = ''] = url.pathname.split('/');
      const partnerHeaders = {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        Vary: 'Origin',
        'Cache-Control': 'public, max-age=60',
        ETag: '"v1"',
        'Last-Modified': 'Tue, 03 Mar 2026 10:00:00 GMT',
      };
      const send = (status, type, body, headers = {}) => {
        res.writeHead(status, { 'Content-Type': type, ...headers });
        res.end(body);
      };
      if (route === 'real' && REAL[name]) {
        return send(200, REAL[name].type, await readFile(join(realDir, name)), partnerHeaders);
      }
      if (route === 'bare' && REAL[name])
        return send(200, REAL[name].type, await readFile(join(realDir, name)));
      if (route === 'native' && NATIVE[name]) {
        return send(200, 'application/json', await readFile(join(nativeDir, name)), partnerHeaders);
      }
      if (route === 'other-origin') {
        return send(200, 'application/json', await readFile(join(nativeDir, 'latest-news.json')), {
          ...partnerHeaders,
          'Access-Control-Allow-Origin': 'https://publisher.example',
          'Cache-Control': 'no-store',
        });
      }
      if (route === 'bad-json') return send(200, 'application/json', '{"items": [', partnerHeaders);
      if (route === 'html') return send(200, 'text/html', '<!doctype html><title>Home</title><p>Hello</p>');
      if (route === 'html-as-xml') return send(200, 'text/xml', '<html><body><p>Hi</p></body></html>');
      if (route === 'broken-xml')
        return send(200, 'application/rss+xml', '<rss><channel><item></channel></rss>');
      if (route === 'undefined-entity') {
        // xmldom reports `&nbsp;` (no DTD) as an error and goes on; browsers refuse the whole document.
        const item = '<item><title>A&nbsp;B</title><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>';
        return send(
          200,
          'application/rss+xml',
          `<rss version="2.0"><channel><title>T</title>${item}</channel></rss>`,
        );
      }
      if (route === 'all-invalid') {
        return send(200, 'application/json', JSON.stringify({ items: [{ title: 'No date' }, { url: 'x' }] }));
      }
      if (route === 'huge') {
        // No Content-Length: the cap must stop reading the body itself.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 32);
        let sent = 0;
        const write = () => {
          while (sent < BIG) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once('drain', write);
          }
          res.end();
        };
        write();
        return;
      }
      return false;
    });
  });

  after(() => server?.close());

  describe('every real sample', () => {
    for (const [name, expected] of Object.entries(REAL)) {
      it(`${name} as a file`, async () => {
        const { code, report } = await json([join(realDir, name)]);
        assert.equal(code, 0, report.errors.join('\n'));
        assert.equal(report.ok, true);
        assert.equal(report.source, 'file');
        assert.equal(report.element, 'latest-news');
        assert.equal(report.format, expected.format);
        assert.equal(report.counts.items, expected.items);
        assert.equal(report.headlines[0].title, expected.first);
        assert.match(report.headlines[0].publishedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d/);
        assert.equal(report.server, undefined, 'no server facts for a file');
      });

      it(`${name} from a server, as text`, async () => {
        const { code, stdout } = await run([`${server.origin}/real/${name}`]);
        assert.equal(code, 0, stdout);
        assert.match(stdout, /<latest-news> would render/);
        assert.match(stdout, new RegExp(`format: ${expected.format}`));
        assert.ok(stdout.includes(expected.first), 'the first headline');
        assert.match(stdout, new RegExp(`items: ${expected.items}`));
        assert.ok(stdout.includes(`content type: ${expected.type}`));
        assert.doesNotMatch(stdout, ANSI, 'no colours when piped');
      });
    }

    it('a feed as <news-article>, <tag-list> and <photo-gallery>: the newest item, or the one asked for', async () => {
      const wp = `${server.origin}/real/wp-v2-posts-embed.json`;
      const article = await json([wp, '--element', 'news-article']);
      assert.equal(article.code, 0);
      assert.equal(article.report.element, 'news-article');
      assert.equal(article.report.title, 'The Beauties of Gullfoss');
      const picked = await json([
        wp,
        '--element',
        'news-article',
        '--item',
        'https://test.frontity.io/2016/sunrise-at-phu-quoc-island/',
      ]);
      assert.equal(picked.report.title, 'Sunrise at Phú Quốc Island');
      const tags = await json([wp, '--element', 'tag-list']);
      assert.equal(tags.code, 0);
      assert.equal(tags.report.element, 'tag-list');
      assert.equal(typeof tags.report.counts.tags, 'number');
      const photos = await json([wp, '--element', 'photo-gallery']);
      assert.equal(photos.code, 0);
      assert.equal(photos.report.counts.photos, 1, 'the featured image');
      assert.deepEqual(photos.report.images, { total: 1, sized: 1, unsized: 0 });
    });

    it('counts images with and without width and height', async () => {
      const { report } = await json([join(realDir, 'rss2-livemint.xml')]);
      assert.deepEqual(report.images, { total: 25, sized: 0, unsized: 25 });
      const { stdout } = await run([join(realDir, 'rss2-livemint.xml')]);
      assert.match(stdout, /images: 25 \(0 with width\/height, 25 without\)/);
    });

    it('--format forces a format: the wrong one is an error', async () => {
      const forced = await json([join(realDir, 'rss2-livemint.xml'), '--format', 'rss']);
      assert.equal(forced.code, 0);
      const wrong = await json([join(realDir, 'rss2-livemint.xml'), '--format', 'atom']);
      assert.equal(wrong.code, 1);
      assert.equal(wrong.report.ok, false);
      assert.match(wrong.report.errors[0], /Atom/);
    });
  });

  describe('the native fixtures', () => {
    for (const [name, expected] of Object.entries(NATIVE)) {
      it(`${name} as a file and from a server: <${expected.element}>`, async () => {
        for (const target of [join(nativeDir, name), `${server.origin}/native/${name}`]) {
          const { code, report } = await json([target]);
          assert.equal(code, 0, report.errors.join('\n'));
          assert.equal(report.format, 'native');
          assert.equal(report.kind, expected.kind);
          assert.equal(report.element, expected.element);
        }
      });
    }

    it('warnings carry their path and do not fail the check', async () => {
      const { code, report, stdout } = await json([join(nativeDir, 'article-hostile.json')]);
      assert.equal(code, 0, stdout);
      assert.ok(report.warnings.length > 0);
      for (const warning of report.warnings) assert.match(warning, /^[\w]+(\[\d+\])?(\.\w+)*: /);
    });
  });

  describe('broken inputs: exit 1 with the error', () => {
    const cases = {
      'bad JSON': ['/bad-json', /not valid JSON/],
      'an HTML page': ['/html', /Expected JSON but the server sent text\/html/],
      'XML that is no feed': ['/html-as-xml', /not in a format the widgets read/],
      'XML that is not well-formed': ['/broken-xml', /not well-formed XML/],
      'XML with an entity it does not define (an error, not a partial document)': [
        '/undefined-entity',
        /not well-formed XML \(entity not found/,
      ],
      'a feed whose items are all invalid': ['/all-invalid', /Every entry was invalid: items\[0\]/],
      'a 404': ['/missing.json', /answered 404/],
      'a body over the size cap': ['/huge', /larger than the 5 MB limit/],
    };
    for (const [label, [path, pattern]] of Object.entries(cases)) {
      it(label, async () => {
        const { code, report } = await json([`${server.origin}${path}`]);
        assert.equal(code, 1);
        assert.equal(report.ok, false);
        assert.match(report.errors.join('\n'), pattern);
        const text = await run([`${server.origin}${path}`]);
        assert.equal(text.code, 1);
        assert.match(text.stdout, /would not render/);
        assert.match(text.stdout, pattern);
      });
    }

    it('a file that does not exist, and an HTML file', async () => {
      const missing = await json([join(root, 'no-such-feed.json')]);
      assert.equal(missing.code, 1);
      assert.match(missing.report.errors[0], /Could not reach|No such file/);
      const html = await json([join(root, 'demo/index.html')]);
      assert.equal(html.code, 1);
      assert.match(html.report.errors[0], /text\/html/);
    });
  });

  describe('what partners need from the server', () => {
    it('sends an Origin, and reports CORS and caching headers that are there', async () => {
      origins.length = 0;
      const { code, report } = await json([`${server.origin}/real/rss2-livemint.xml`]);
      assert.equal(code, 0);
      assert.ok(origins.includes('https://partner.example'), `Origin sent: ${origins}`);
      const facts = report.server;
      assert.equal(facts.status, 200);
      assert.equal(facts.cors.allowOrigin, 'https://partner.example');
      assert.equal(facts.cors.ok, true);
      assert.deepEqual(facts.caching, {
        cacheControl: 'public, max-age=60',
        etag: '"v1"',
        lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT',
      });
      assert.equal(facts.contentType, 'application/rss+xml; charset=UTF-8');
      const size = (await readFile(join(realDir, 'rss2-livemint.xml'))).length;
      assert.equal(facts.bytes, size);
      assert.deepEqual(facts.problems, []);
    });

    it('says which are missing', async () => {
      const { code, report } = await json([`${server.origin}/bare/jsonfeed-pxlnv.json`]);
      assert.equal(code, 0, 'the element still renders (on the same origin)');
      const facts = report.server;
      assert.equal(facts.cors.allowOrigin, null);
      assert.equal(facts.cors.ok, false);
      assert.equal(facts.problems.length, 3);
      assert.match(facts.problems[0], /No Access-Control-Allow-Origin/);
      assert.match(facts.problems[1], /No Cache-Control/);
      assert.match(facts.problems[2], /No ETag or Last-Modified/);
      const { stdout } = await run([`${server.origin}/bare/jsonfeed-pxlnv.json`]);
      assert.match(stdout, /CORS: Access-Control-Allow-Origin: \(missing\)/);
      assert.match(stdout, /Cache-Control: \(missing\)/);
      assert.match(stdout, /ETag: \(missing\)/);
      assert.match(stdout, /For partners \(3\)/);
    });

    it('an origin that is not the partner’s, and no-store', async () => {
      const { report } = await json([`${server.origin}/other-origin`]);
      assert.equal(report.server.cors.ok, false);
      assert.match(report.server.problems.join('\n'), /"https:\/\/publisher\.example"/);
      assert.match(report.server.problems.join('\n'), /no-store/);
    });

    it('facts of a failed request too (a 404)', async () => {
      const { report } = await json([`${server.origin}/missing.json`]);
      assert.equal(report.server.status, 404);
    });
  });

  describe('output', () => {
    it('--json: one object with ok, element, format, warnings, errors and the rest', async () => {
      const { stdout, report } = await json([`${server.origin}/real/atom-heise-developer.xml`]);
      assert.equal(stdout.trim().split('\n')[0], '{', 'nothing before the object');
      assert.equal(typeof report.ok, 'boolean');
      assert.equal(report.element, 'latest-news');
      assert.equal(report.format, 'atom');
      assert.ok(Array.isArray(report.warnings) && report.warnings.every((w) => typeof w === 'string'));
      assert.ok(Array.isArray(report.errors) && report.errors.every((e) => typeof e === 'string'));
      assert.equal(report.counts.items, 15);
      assert.equal(report.headlines.length, 5);
      assert.equal(typeof report.server.bytes, 'number');
      const failed = await json([`${server.origin}/html`]);
      assert.equal(failed.report.ok, false);
      assert.equal(failed.report.element, null);
      assert.equal(failed.report.format, null);
      assert.ok(failed.report.errors.length > 0);
    });

    it('colours with FORCE_COLOR, none with NO_COLOR', async () => {
      const target = join(nativeDir, 'article.json');
      assert.match((await run([target], { FORCE_COLOR: '1' })).stdout, GREEN);
      assert.doesNotMatch((await run([target], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout, ANSI);
    });
  });

  describe('wrong usage: exit 2 with a usage line', () => {
    const cases = {
      'no command': [],
      'an unknown command': ['render', 'x.json'],
      'no <url|file>': ['check'],
      'two targets': ['check', 'a.json', 'b.json'],
      'an unknown flag': ['check', 'a.json', '--verbose'],
      'a bad --element': ['check', 'a.json', '--element', 'news-ticker'],
      'a bad --format': ['check', 'a.json', '--format', 'xml'],
      '--element without a value': ['check', 'a.json', '--element'],
    };
    for (const [label, args] of Object.entries(cases)) {
      it(label, async () => {
        const { code, stdout, stderr } = await cli(args);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.match(stderr, /^usage: news-widgets check <url\|file>/m);
      });
    }

    it('--help prints the usage and exits 0', async () => {
      const { code, stdout } = await cli(['check', '--help']);
      assert.equal(code, 0);
      assert.match(stdout, /^usage: news-widgets check/);
    });
  });

  it('is the package bin, and stays out of the browser files', async () => {
    assert.equal(manifest.bin['news-widgets'], './dist/cli/news-widgets.js');
    assert.ok(manifest.dependencies['@xmldom/xmldom'], '@xmldom/xmldom is a runtime dependency');
    assert.match(await readFile(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    for (const file of await readdir(join(root, 'dist/cdn'))) {
      if (extname(file) !== '.js') continue;
      const text = await readFile(join(root, 'dist/cdn', file), 'utf8');
      assert.doesNotMatch(text, /xmldom|partner\.example/, `${file} holds none of the command`);
    }
  });
});
