// A second opinion on sanitizeHtml(): DOMPurify (a dev dependency here, no longer in any bundle), set to
// the same allowlist, sanitises the same input. Whatever we keep, it must keep too: no element and no
// attribute of ours that DOMPurify would have taken out. Over DOMPurify's own 218 payloads and a set
// of news bodies. (We may take out more: the content of script-like and form elements.)
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import {
  ATTRS as ALLOWED_ATTRS,
  TAGS as ALLOWED_TAGS,
  sanitizeHtml,
} from '../../src/sanitize/sanitize-html.js';

const corpus = (await (
  await fetch(new URL('../fixtures/dompurify-payloads.json', import.meta.url))
).json()) as { cases: { title: string | null; payload: string }[] };

// DOMPurify is told our own allowlist, so the two differ only in how they apply it.
const TAGS = [...ALLOWED_TAGS];
const ATTRS = [...ALLOWED_ATTRS];

/** What we add ourselves: lazy images, and where links open. */
const ADDED = new Set(['loading', 'decoding', 'rel', 'target']);
/**
 * URLs follow a rule of their own on each side: DOMPurify drops a value that looks like a script URL,
 * ours keeps only what resolves (against the endpoint) to an absolute http(s) URL, which
 * sanitize-html.test.ts checks for every payload. "\u0001java\u0003script:x" is then a path on the
 * publisher's site, harmless, and DOMPurify drops it. So URL attributes are left out of the comparison.
 */
const URLS = new Set(['href', 'src', 'cite', 'srcset']);

const BASE = 'https://news.example/api/article/1';

const NEWS = [
  '<p>Plain <strong>bold</strong> and <em>emphasis</em>, <a href="/en/news/2">a link</a>.</p>',
  '<h2>Section</h2><p>Text</p><h3>Sub</h3><blockquote cite="https://x.example/">Quote</blockquote>',
  '<figure><img src="/photo.jpg" srcset="/p-640.jpg 640w, /p.jpg 1280w" sizes="100vw" alt="A photo" width="1280" height="720"><figcaption>Caption</figcaption></figure>',
  '<table><caption>T</caption><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
  '<ol start="3" reversed type="a"><li>one</li></ol><dl><dt>t</dt><dd>d</dd></dl><p><time datetime="2026-03-03">today</time></p>',
  '<div class="x" style="color:red" id="main" data-x="1"><span lang="az" dir="ltr">Salam</span></div>',
  '<p><b is="x-gadget">is</b><x-widget>custom</x-widget><details><summary>s</summary>d</details></p>',
];

/** Elements and `tag@attribute` pairs in a tree, counted. */
function inventory(root: ParentNode | null): Map<string, number> {
  const found = new Map<string, number>();
  const add = (key: string) => found.set(key, (found.get(key) ?? 0) + 1);
  // DOMPurify returns null for an input it gives up on (it keeps nothing then).
  for (const el of root?.querySelectorAll('*') ?? []) {
    add(`<${el.localName}>`);
    for (const { name } of el.attributes)
      if (!ADDED.has(name) && !URLS.has(name)) add(`<${el.localName}>@${name}`);
  }
  return found;
}

function compare(html: string) {
  const ours = inventory(sanitizeHtml(html, { base: BASE, site: 'https://news.example' }));
  // DOMPurify works on the tree the browser parsed in a <template>, as ours does: one parse, two
  // policies (a string would be parsed as a whole document, where <frameset> means something else).
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = document.createElement('div');
  root.append(template.content);
  DOMPurify.sanitize(root, {
    ALLOWED_TAGS: TAGS,
    ALLOWED_ATTR: ATTRS,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Its guard for markup that is serialised into XML later; ours is never serialised at all.
    SAFE_FOR_XML: false,
    IN_PLACE: true,
  });
  const theirs = inventory(root);
  const extra = [...ours].filter(([key, count]) => count > (theirs.get(key) ?? 0)).map(([key]) => key);
  return { ours, extra };
}

describe('sanitizeHtml against DOMPurify with the same allowlist', () => {
  it('keeps nothing DOMPurify would take out, over its own 218 payloads', () => {
    expect(corpus.cases.length).to.equal(218);
    const failures = corpus.cases
      .map((c, i) => ({ i, payload: c.payload, extra: compare(c.payload).extra }))
      .filter((r) => r.extra.length);
    expect(failures, failures.map((f) => `#${f.i} ${f.extra.join(' ')}`).join('; ')).to.deep.equal([]);
  });

  it('keeps nothing DOMPurify would take out of news bodies, and keeps the news itself', () => {
    for (const html of NEWS) expect(compare(html).extra, html).to.deep.equal([]);
    const { ours } = compare(NEWS.join(''));
    for (const kept of ['<strong>', '<a>', '<img>@sizes', '<td>@colspan', '<ol>@start', '<time>@datetime'])
      expect(ours.has(kept), kept).to.equal(true);
  });

  it('(the comparison notices an element DOMPurify removes)', () => {
    const theirs = inventory(
      DOMPurify.sanitize('<p><svg><g/></svg></p>', { RETURN_DOM_FRAGMENT: true, ALLOWED_TAGS: TAGS }),
    );
    const unsanitised = document.createElement('template');
    unsanitised.innerHTML = '<p><svg><g/></svg></p>';
    const raw = inventory(unsanitised.content);
    expect(
      [...raw].filter(([key, count]) => count > (theirs.get(key) ?? 0)).map(([key]) => key),
    ).to.deep.equal(['<svg>', '<g>']);
  });
});
