// The server renderer against DOMPurify's 218 XSS / mXSS / DOM-clobbering payloads: each one is an
// article's body (sanitised with sanitize-html from the browser's allowlist) and, as text, its title,
// summary, category, caption, tag and gallery caption (escaped). The output is loaded in Chromium with
// JavaScript on and no widget script: no script may run (alert/confirm/prompt, a dialog, a global
// flag), and no script element, event handler, javascript: URL, frame or form may be in the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, sendHtml, startServer } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { renderElement } = await import(`${root}dist/server/render.js`);
const { cases } = JSON.parse(readFileSync(`${root}test/fixtures/dompurify-payloads.json`, 'utf8'));

let server;
let browser;
const pages = new Map();

before(async () => {
  server = await startServer((req, res, url) => {
    const html = pages.get(url.pathname);
    if (!html) return false;
    sendHtml(res, html);
    return true;
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** An article whose every field holds `payload`. */
const article = (payload, i) => ({
  id: `a${i}`,
  url: `https://news.example/a/${i}`,
  title: `${payload} title`,
  summary: `${payload} x`,
  publishedAt: '2026-03-03T13:41:00+04:00',
  category: { name: `${payload} x`, url: 'https://news.example/c/' },
  source: `${payload} x`,
  body: payload,
  tags: [{ name: `${payload} x`, url: 'https://news.example/t/' }],
  photos: [
    { src: 'https://news.example/1.jpg', caption: payload, credit: payload, alt: payload },
    { src: 'https://news.example/2.jpg', caption: payload },
  ],
  translations: [{ lang: 'az', title: `${payload} x`, url: 'https://news.example/az/' }],
});

const TRAP = `<script>
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print'])
    window[name] = (...args) => window.__ran.push(name + ':' + args.join(','));
</script>`;

describe('the renderer and DOMPurify’s 218 payloads, in Chromium with JavaScript on', () => {
  it('has them all', () => assert.equal(cases.length, 218));

  it('no payload runs a script or leaves a javascript: URL, an event handler or a script', async () => {
    const rendered = cases.map(({ payload }, i) => {
      const { html } = renderElement('news-article', article(payload, i), {
        url: 'https://news.example/api/article.json',
      });
      // Each payload also as a headline and a tag name.
      const feed = renderElement('latest-news', {
        title: `${payload} x`,
        url: 'https://news.example/',
        items: [
          {
            id: '1',
            title: `${payload} x`,
            url: 'https://news.example/1',
            publishedAt: '2026-03-03T13:41:00Z',
            category: { name: `${payload} x` },
          },
        ],
      }).html;
      const tags = renderElement('tag-list', {
        title: `${payload} x`,
        tags: [{ name: `${payload} x`, url: 'https://news.example/t' }],
      }).html;
      return html + feed + tags;
    });
    pages.set(
      '/xss',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>xss</title>${TRAP}</head><body>${rendered.join('\n')}</body></html>`,
    );
    const opened = await openPage(browser);
    const dialogs = [];
    opened.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await opened.page.goto(`${server.origin}/xss`, { waitUntil: 'load' });
      // Error events of images that fail, and anything queued: two frames after load.
      await opened.page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const found = await opened.page.evaluate(() => {
        const problems = [];
        for (const el of document.querySelectorAll('*')) {
          for (const name of el.getAttributeNames()) {
            const value = el.getAttribute(name);
            if (/^on/i.test(name)) problems.push(`${el.localName} ${name}`);
            // URL attributes hold http(s) URLs only (a title may say "javascript:" as text).
            if (
              /^(href|src|srcset|cite|action|formaction|xlink:href|poster|background|data|ping)$/i.test(
                name,
              ) &&
              !/^https?:\/\//.test(value ?? '')
            )
              problems.push(`${el.localName} ${name}=${value}`);
          }
          if (
            /^(iframe|frame|object|embed|form|input|button|textarea|select|svg|math|style|template|noscript|base|meta|link)$/.test(
              el.localName,
            ) &&
            el.closest('body')
          )
            problems.push(`<${el.localName}>`);
        }
        const scripts = [...document.querySelectorAll('script')].filter((s) => s.type !== 'application/json');
        if (scripts.length !== 1) problems.push(`${scripts.length} scripts`);
        // Each data script holds JSON: it parses.
        for (const s of document.querySelectorAll('script[type="application/json"]'))
          JSON.parse(s.textContent);
        return { problems, ran: window.__ran, articles: document.querySelectorAll('news-article').length };
      });
      assert.equal(found.articles, 218, 'every article is in the page (no payload ended an element early)');
      assert.deepEqual(found.ran, []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(opened.pageErrors, []);
      assert.deepEqual(found.problems, []);
    } finally {
      await opened.close();
    }
  });

  it('keeps every body inside its element: markup the browser builds otherwise than the sanitiser', async () => {
    // Each shape once parsed (by sanitize-html's htmlparser2) with an element nested that a browser
    // closes: the `</div>`s written after it then closed the page's own elements, and the body, the
    // footer and the page after it left <news-article>. Then DOMPurify's payloads as bodies too.
    const shapes = [
      '<ul><li><div><li>x</li></div></li></ul>'.repeat(4),
      '<dl><dd><div><dd>y</dd></div></dd></dl>'.repeat(4),
      '<dl><dt><div><dt>y</dt></div></dt></dl>'.repeat(4),
      '<a href="https://news.example/1"><div><a href="https://news.example/2">z</a></div></a>'.repeat(4),
      '<table><tr><td>x<div><table><tr><td>y</td></tr></table></div></td></tr></table>'.repeat(4),
      '<table>x<div><table>y</table></div></table>'.repeat(4),
      '<p><div><p>q</p></div></p>'.repeat(4),
      '<h2><div><h3>q</h3></div></h2>'.repeat(4),
      // Leading newlines in <pre> the parser drops one by one: the body stays markup all the same.
      '<pre>\n\n\n\n\nx</pre><pre><b></b>\n\n\n\ny</pre>',
    ];
    const SHAPES = shapes.length;
    shapes.push(...cases.map(({ payload }) => payload));
    const escape = '<p><a href="https://attacker.example/login">ESCAPED</a></p>';
    const columns = shapes.map((shape, i) => {
      const { html } = renderElement(
        'news-article',
        { ...article('x', i), body: `<p>story</p>${shape}${escape}` },
        { url: 'https://news.example/api/article.json' },
      );
      return `<div class="column" id="c${i}">${html}</div><p class="after" id="p${i}">after</p>`;
    });
    pages.set(
      '/shapes',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shapes</title></head><body><main>${columns.join('\n')}</main></body></html>`,
    );
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${server.origin}/shapes`, { waitUntil: 'load' });
      const problems = await opened.page.evaluate(
        ([count, SHAPES]) => {
          const found = [];
          const main = document.querySelector('main');
          for (let i = 0; i < count; i++) {
            const column = document.getElementById(`c${i}`);
            const after = document.getElementById(`p${i}`);
            const article = column?.querySelector(':scope > news-article');
            if (column?.parentElement !== main) found.push(`${i}: the column left <main>`);
            if (after?.parentElement !== main) found.push(`${i}: the text after it was moved`);
            if (!article) {
              found.push(`${i}: no <news-article> in its column`);
              continue;
            }
            if (!article.querySelector(':scope > script[type="application/json"]'))
              found.push(`${i}: the inline data is not a child of the element`);
            // The shapes end with the link in the body; a payload may turn it into text (an unclosed
            // <textarea>), never move it out.
            const body = article.querySelector('[part="body"]');
            if (i < SHAPES && !body?.querySelector('a[href="https://attacker.example/login"]'))
              found.push(`${i}: the body's last link is not in the body`);
            if (!article.querySelector('footer [part="tags"]'))
              found.push(`${i}: the footer left the article`);
          }
          for (const link of document.querySelectorAll('a[href="https://attacker.example/login"]'))
            if (!link.closest('news-article [part="body"]')) found.push(`a body's link outside its body`);
          return found;
        },
        [shapes.length, SHAPES],
      );
      assert.deepEqual(problems, []);
    } finally {
      await opened.close();
    }
  });
});
