// news-widgets/server (dist/server/render.js, as built), in Node without a DOM: what the HTML holds, what
// it escapes, how it reads every format, how the body is sanitised (the browser sanitiser's own probe),
// and the snippet the README gives Node developers. Needs `npm run build` (or tsc) first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const server = await import(`${root}dist/server/render.js`);
const { renderElement, sanitizeBody, jsonForScript, fallbackCss, styleElement } = server;
const real = (name) => readFileSync(`${root}../shared/real-feeds/${name}`, 'utf8');
const fixture = (name) => JSON.parse(readFileSync(`${root}test/e2e/fixtures/${name}`, 'utf8'));
const dataOf = (html) => JSON.parse(/<script type="application\/json">([^]*?)<\/script>/.exec(html)[1]);

describe('news-widgets/server', () => {
  it('is the package’s "./server" export, with the fallback CSS as "./fallback.css"', () => {
    const { exports } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    assert.equal(exports['./server'].default, './dist/server/render.js');
    assert.equal(exports['./fallback.css'], './dist/cdn/news-widgets-fallback.css');
    assert.equal(readFileSync(`${root}dist/cdn/news-widgets-fallback.css`, 'utf8'), `${fallbackCss()}\n`);
  });

  it('the README snippet: a list of headlines with its data inline', () => {
    // README: "For Node developers".
    const feed = {
      title: 'Latest news',
      url: 'https://news.example/en/news/',
      items: [
        { id: '1', title: 'Iran strikes oil tanker', url: '/en/1', publishedAt: '2026-03-03T14:34:00+04:00' },
      ],
    };
    const { html, warnings } = renderElement('latest-news', feed, {
      url: 'https://news.example/api/latest.json',
      attributes: { limit: 5, 'time-zone': 'Asia/Baku', 'link-params': 'utm_source=partner' },
      now: new Date('2026-03-03T12:00:00Z'),
    });
    assert.deepEqual(warnings, []);
    assert.equal(
      html,
      '<latest-news limit="5" time-zone="Asia/Baku" link-params="utm_source=partner">' +
        '<div class="news-fallback" part="base" lang="en"><h2 part="heading">Latest news</h2>' +
        '<ul part="list" class="list" role="list"><li part="item">' +
        '<time part="time" datetime="2026-03-03T14:34:00+04:00" title="March 3, 2026">14:34</time> ' +
        '<a part="title" href="https://news.example/en/1?utm_source=partner">Iran strikes oil tanker</a></li></ul>' +
        '<a part="more" href="https://news.example/en/news/?utm_source=partner">All news</a></div>' +
        '<script type="application/json">{"title":"Latest news","url":"https://news.example/en/news/","items":[{"id":"1","url":"https://news.example/en/1","title":"Iran strikes oil tanker","publishedAt":"2026-03-03T14:34:00+04:00"}]}</script>' +
        '</latest-news>',
    );
  });

  it('escapes text and attributes; the inline JSON cannot end its script', () => {
    const evil = '</script><script>alert(1)</script><!-- \u2028\u2029 & "q" \'a\'';
    const { html } = renderElement(
      'latest-news',
      {
        title: evil,
        items: [{ id: '1', title: evil, publishedAt: '2026-03-03T14:34:00Z', url: 'javascript:alert(1)' }],
      },
      { attributes: { 'aria-label': '"><img src=x onerror=alert(1)>' } },
    );
    assert.equal(html.match(/<script/g).length, 1);
    assert.equal(html.match(/<\/script>/g).length, 1);
    assert.doesNotMatch(html, /<img|javascript:|<!--/);
    // The line separators stay as text in the HTML, escaped in the JSON.
    assert.doesNotMatch(/<script[^]*/.exec(html)[0], /\u2028|\u2029/);
    assert.match(html, /aria-label="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
    assert.match(html, /<h2 part="heading">&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;!-- /);
    // The headline without a safe URL is text, not a link.
    assert.match(html, /<span part="title">&lt;\/script&gt;/);
    assert.equal(dataOf(html).title, evil.trim());
    assert.equal(jsonForScript('</script>\u2028'), '"\\u003c/script\\u003e\\u2028"');
  });

  it('refuses an unknown attribute or an event handler, and an unknown element', () => {
    assert.throws(
      () => renderElement('latest-news', { items: [] }, { attributes: { onclick: 'x()' } }),
      /no attribute "onclick"/,
    );
    assert.throws(
      () => renderElement('tag-list', { tags: [] }, { attributes: { limit: 3 } }),
      /no attribute "limit"/,
    );
    assert.throws(() => renderElement('news-ticker', {}), /Not an element/);
  });

  it('a polluted Object.prototype changes nothing', () => {
    const feed = {
      items: [{ id: '1', title: 'A', url: 'https://news.example/1', publishedAt: '2026-03-03T14:34:00Z' }],
    };
    const clean = renderElement('latest-news', feed).html;
    Object.prototype.variant = 'ticker';
    Object.prototype.onclick = 'alert(1)';
    Object.prototype['link-target'] = '_top';
    try {
      assert.equal(renderElement('latest-news', feed).html, clean);
    } finally {
      delete Object.prototype.variant;
      delete Object.prototype.onclick;
      delete Object.prototype['link-target'];
    }
  });

  it('throws the element’s error for data it would not show', () => {
    assert.throws(
      () => renderElement('latest-news', { items: [{ title: 'no id' }] }),
      (error) => {
        assert.equal(error.name, 'NewsError');
        assert.match(error.message, /Every entry was invalid: items\[0\]\.id/);
        return true;
      },
    );
    assert.throws(() => renderElement('latest-news', '<rss><channel>', { format: 'rss' }), /XML/);
  });

  it('an empty list is the element’s empty state', () => {
    const { html } = renderElement('tag-list', { tags: [] }, { attributes: { lang: 'ru' } });
    assert.match(html, /<p part="empty" role="status">Новостей пока нет\.<\/p>/);
  });

  it('reads every real sample, in its format', () => {
    const cases = [
      ['rss2-livemint.xml', 'rss', 'latest-news', 'application/rss+xml'],
      ['atom-heise-developer.xml', 'atom', 'latest-news', 'application/atom+xml'],
      ['jsonfeed-inessential.json', 'jsonfeed', 'latest-news', 'application/feed+json'],
      ['wp-v2-posts-embed.json', 'wordpress', 'news-article', 'application/json'],
      ['jsonfeed-pxlnv.json', 'jsonfeed', 'news-article', 'application/json'],
    ];
    for (const [file, format, tag, contentType] of cases) {
      const { html, format: read } = renderElement(tag, real(file), {
        url: 'https://example.org/feed',
        contentType,
      });
      assert.equal(read, format, file);
      assert.match(html, new RegExp(`^<${tag}><div class="news-fallback"`), file);
      assert.ok(html.endsWith(`</script></${tag}>`), file);
      const data = dataOf(html);
      if (tag === 'latest-news') assert.ok(data.items.length > 0, file);
      else assert.ok(data.title, file);
    }
  });

  it('dates and words in the element’s language and time zone', () => {
    const article = fixture('article.json');
    const at = (lang) =>
      renderElement('news-article', article, {
        url: 'https://news.example/api/a.json',
        attributes: { lang, 'time-zone': 'Asia/Baku' },
      }).html;
    assert.match(
      at('az'),
      /<time part="time" datetime="2026-03-03T13:41:00\+04:00">3 mart 2026, 13:41<\/time>/,
    );
    // The element's words in its language; the source's name in the article's.
    assert.match(at('az'), /Mənbə: <span lang="en">Report<\/span>/);
    assert.match(at('ru'), /3 марта 2026 г\., 13:41/);
    assert.match(at('ru'), /Обновлено <time datetime="2026-03-03T14:02:00\+04:00">14:02<\/time>/);
    const utc = renderElement('news-article', article, { attributes: { 'time-zone': 'UTC' } }).html;
    assert.match(utc, /March 3, 2026, 09:41/);
  });

  it('the article: heading level, sanitised body with links fitted to the page, tags, gallery', () => {
    const article = fixture('article.json');
    article.photos.push({ src: 'https://news.example/media/2.jpg', caption: 'Two' });
    const { html } = renderElement('news-article', article, {
      url: 'https://news.example/api/article.json',
      attributes: { 'heading-level': 3, 'link-target': '_blank', 'link-params': 'utm_source=p' },
    });
    assert.match(html, /<h3 part="title" lang="en">Azerbaijan, Türkiye discuss/);
    // The article's language on its content, not on the article (its words are the element's).
    assert.match(html, /<article part="article">/);
    assert.match(html, /<photo-gallery part="gallery" lang="en">/);
    assert.match(
      html,
      /<div part="body" class="body" lang="en"><p>A delegation led by Minister <a href="https:\/\/news.example\/en\/tags\/vugar-mustafayev\/\?utm_source=p" target="_blank" rel="noopener noreferrer">/,
    );
    assert.match(
      html,
      /<a part="tag" href="https:\/\/news.example\/en\/tags\/azerbaijan\/\?utm_source=p" target="_blank" rel="noopener noreferrer" lang="en">Azerbaijan<\/a>/,
    );
    assert.match(
      html,
      /<photo-gallery part="gallery" lang="en"><div class="news-fallback"[^]*<li part="item"><figure part="figure"><a part="open" href="https:\/\/news.example\/media\/2.jpg"/,
    );
    assert.match(html, /<p class="share" aria-hidden="true"><\/p>/);
  });

  it('sanitises a body to the browser’s allowlist (the browser sanitiser’s own probe)', () => {
    const PROBE =
      '<div title="t" id="i">a<script>x()</script><img src="x" srcdoc="x" class="c">' +
      '<a href="javascript:x()">l</a><a href=" JaVa&#9;ScRiPt:x()">m</a><x-y>gone</x-y><svg><a href="x">s</a></svg>' +
      '<iframe srcdoc="<b>f</b>"></iframe><form><input name="firstChild"><button>c</button></form>' +
      '<section data-x="1" slot="s"><p><b is="x-y">b</b></p></section><!--c--><?p i?>' +
      '<noscript>n</noscript><style>*{}</style><template><i>t</i></template><math><mi>m</mi></math>' +
      '<select><option>o</option></select><textarea>t</textarea><object data="x"></object>' +
      '<table><td colspan="2" formaction="x">d</td></table></div>';
    assert.equal(
      sanitizeBody(PROBE, { base: 'https://news.example/a/' }),
      // Written as the browser parses it (the table's implied tbody and tr included).
      '<div title="t">a<img src="https://news.example/a/x" loading="lazy" decoding="async"><a>l</a><a>m</a>' +
        '<p>b</p><table><tbody><tr><td colspan="2">d</td></tr></tbody></table></div>',
    );
    assert.equal(
      sanitizeBody(
        '<h1>A</h1><h3>B</h3><p><a href="#fn1">1</a> <a href="https://other.example/">o</a><img src="data:x"></p>',
        {
          headingLevel: 2,
          site: 'https://news.example',
        },
      ),
      '<h3>A</h3><h5>B</h5><p><a>1</a> <a href="https://other.example/" rel="noopener noreferrer">o</a></p>',
    );
  });

  it('writes a body back as the browser reads it: a <pre>’s leading blank lines, no swelling', () => {
    // The parser drops the newline right after <pre>: written back, each blank line stays (and the
    // rest of the body keeps its markup).
    const pre = '<h2>T</h2><pre>\n\n\n\n\ncode</pre><p><b>bold</b> <textarea>\n\nx</textarea></p>';
    assert.equal(sanitizeBody(pre), '<h3>T</h3><pre>\n\n\n\n\ncode</pre><p><b>bold</b> </p>');
    // A page's parser holds a <noscript>'s content as text, up to its end tag; what follows is the page's
    // (sanitize-html alone read the content as markup, and took the text after it too).
    assert.equal(sanitizeBody('<p>a<noscript><a alt="</noscript>">b</p>'), '<p>a"&gt;b</p>');
    // Formatting elements with different attributes are re-opened after every block by the parser:
    // k of them and m paragraphs became k × m elements (8 KB in, 3 MB out). Such a body keeps its text.
    const swelling = `<p>${Array.from({ length: 400 }, (_, i) => `<b title="${i}">`).join('')}</p>${'<p>x</p>'.repeat(400)}`;
    const out = sanitizeBody(swelling);
    assert.ok(out.length < 8 * swelling.length, `${out.length} characters from ${swelling.length}`);
    assert.equal(out.replace(/<[^>]*>/g, ''), 'x'.repeat(400));
  });

  // Bodies built to cost the server time or memory out of proportion to their length. Each would have
  // taken minutes or run Node out of memory before the parse had a budget and a depth limit; the
  // timeouts guard against that, they are not speed checks.
  describe('a body built to cost work out of proportion to its length', () => {
    // Formatting elements with different attributes re-opened after every block: k × m elements.
    const reopened = (k, m) =>
      `<p>${Array.from({ length: k }, (_, i) => `<b title="${i}">`).join('')}</p>${'<p>x'.repeat(m)}`;
    // Seven formatting elements re-opened in each of 15,000 paragraphs: 21 times the body written out.
    const seven = `<p><strong><small><code><em><b><i><u></p>${'<p>x'.repeat(15_000)}`;
    // A megabyte of nesting: sanitize-html takes time with the square of the depth.
    const deep = `${'<q>'.repeat(350_000)}deep`;

    it('re-opened formatting: its text, in a few times its length', { timeout: 60_000 }, () => {
      for (const body of [reopened(4096, 15_000), seven]) {
        const out = sanitizeBody(body);
        assert.ok(out.length < 3 * body.length, `${out.length} characters from ${body.length}`);
        assert.equal(out.replace(/<[^>]*>/g, ''), 'x'.repeat(body.split('<p>x').length - 1));
      }
      // More than 20,000 tags as well: sanitize-html cannot take it as written in time that grows with
      // its length (it could nest that deep), so it is left out.
      assert.equal(sanitizeBody(reopened(4096, 52_000)), '');
    });

    it('deep nesting: no deeper than Chromium nests (512), its text kept', { timeout: 60_000 }, () => {
      const out = sanitizeBody(deep);
      assert.equal(out.match(/<q>/g).length, 350_000);
      assert.match(out, /<q>deep<\/q>/);
      let depth = 0;
      let deepest = 0;
      for (const [tag] of out.matchAll(/<\/?q>/g))
        deepest = Math.max(deepest, (depth += tag[1] === '/' ? -1 : 1));
      assert.ok(deepest <= 512 && deepest > 500, `nested ${deepest} deep`);
    });

    it(
      'nesting the cut misses (moved by the adoption agency, inside templates): left out',
      { timeout: 60_000 },
      () => {
        // Each </b> moves the paragraphs and their hundred <div>s under a new <b>: a hundred levels deeper.
        const adopted = `<b><p><p><p>${'<div>'.repeat(100)}</b>`.repeat(7_000);
        // A template's content is a tree of its own, which began again at depth 0.
        const templates = `<template>${'<q>'.repeat(100)}`.repeat(3_400);
        for (const body of [adopted, templates]) {
          assert.ok(body.length > 1_000_000);
          assert.equal(sanitizeBody(body), '');
        }
      },
    );

    it(
      'tens of thousands of images without a URL (each cuts sanitize-html’s result): left out of the fallback only',
      { timeout: 60_000 },
      () => {
        // sanitize-html removes an image without a (safe) URL itself, and each removal copied its result so
        // far: 1 MB of them made 24 GB of copies (18 s).
        const body = 'abcdefghij<img>'.repeat(70_000);
        assert.equal(sanitizeBody(body), '');
        const article = { id: '1', title: 'T', publishedAt: '2026-03-03T10:00:00Z', body };
        const { html, warnings } = renderElement('news-article', article);
        assert.deepEqual(warnings, [
          `body: left out of the fallback: it has too many elements to remove for the server to sanitise it in time (${body.length} characters); the widget sanitises it in the browser`,
        ]);
        assert.doesNotMatch(html, /part="body"/);
        // The browser's sanitiser removes them in time that grows with their number: the data keeps it.
        assert.equal(dataOf(html).body, body);
        // A tenth of that copies 100 times less: sanitised here.
        assert.equal(sanitizeBody('abcdefghij<img>'.repeat(7_000)), 'abcdefghij'.repeat(7_000));
        // Elements dropped or unwrapped by name leave the tree before sanitize-html reads it: no cuts.
        assert.equal(
          sanitizeBody(`<div>${'abcdefghij<x-y>gone</x-y>'.repeat(40_000)}</div>`),
          `<div>${'abcdefghij'.repeat(40_000)}</div>`,
        );
        assert.equal(sanitizeBody('<font>k</font>'.repeat(75_000)), 'k'.repeat(75_000));
        // One that swells as well (read as written) would swell in the browser: out of the data too.
        const swollen = `${reopened(400, 1_000)}${`${'y'.repeat(240)}<img>`.repeat(4_400)}`;
        const rendered = renderElement('news-article', { ...article, body: swollen });
        assert.deepEqual(rendered.warnings, [
          `body: left out: its markup builds a tree far larger than itself (${swollen.length} characters)`,
        ]);
        assert.equal(dataOf(rendered.html).body, undefined);
      },
    );

    it(
      'markup in what the parser holds as text, and thousands of unwrapped elements as written: quick',
      { timeout: 60_000 },
      () => {
        // parse5 holds an <iframe>'s or a <noscript>'s content as text, beyond the 512-level cut; sanitize-html
        // read it as markup, nested a megabyte deep (80 s for the <noscript>).
        for (const tag of ['noscript', 'iframe']) {
          const body = `<${tag}>${'<q>'.repeat(349_000)}</${tag}>`;
          assert.equal(sanitizeBody(body), '');
        }
        // Read as written (it swells), 12,000 nested <font> around a megabyte of `&`: each one unwrapped
        // copied the whole result (60 GB, 38 s). Such a body is left out.
        const swell = `<p>${Array.from({ length: 10 }, (_, i) => `<b title=${String(i).padEnd(1000, 'x')}>`).join('')}</p>${'<p>x'.repeat(800)}`;
        const fonts = '<font>'.repeat(12_000);
        const body = `${fonts}${'&'.repeat(1_048_576 - fonts.length - swell.length)}${swell}`;
        assert.equal(sanitizeBody(body), '');
      },
    );

    it(
      'both at once: left out of the fallback and the inline data, with a warning',
      { timeout: 60_000 },
      () => {
        const body = `${seven.replace('</p>', `</p>${'<p>x'.repeat(50_000)}`)}${'<q>'.repeat(100_000)}deep`;
        const article = { id: '1', title: 'T', publishedAt: '2026-03-03T10:00:00Z', body };
        const { html, warnings } = renderElement('news-article', article);
        assert.deepEqual(warnings, [
          `body: left out: its markup builds a tree far larger than itself (${body.length} characters)`,
        ]);
        assert.doesNotMatch(html, /part="body"/);
        assert.equal(dataOf(html).body, undefined);
        assert.equal(dataOf(html).title, 'T');
      },
    );
  });

  it('inlines the element’s CSS once, with a nonce; every selector is scoped to a fallback', () => {
    const { html } = renderElement(
      'tag-list',
      { tags: [{ name: 'a' }] },
      { styles: 'inline', nonce: 'abc123' },
    );
    assert.match(html, /^<style nonce="abc123">:where\(tag-list:has\(>\.news-fallback\)\)\{/);
    assert.equal(html.match(/<style/g).length, 1);
    assert.equal(styleElement('x{}'), '<style>x{}</style>');
    for (const rule of fallbackCss()
      .replace(/@(media|supports)[^{]*\{/g, '')
      .split('}')) {
      const selectors = rule.split('{')[0];
      if (!selectors.trim()) continue;
      for (const selector of selectors.split(/,(?![^(]*\))/))
        assert.match(
          selector.trim(),
          /^(:where\((latest-news|news-article|tag-list|photo-gallery)[^ ]*:has\(>\.news-fallback\)\)|(latest-news|news-article|tag-list|photo-gallery)>\.news-fallback )/,
          selector,
        );
    }
  });
});
