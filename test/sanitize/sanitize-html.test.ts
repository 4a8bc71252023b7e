// Security tests of sanitizeHtml(): DOMPurify's own 218 XSS / mXSS / DOM-clobbering payloads
// (test/fixtures/dompurify-payloads.json, a copy of shared/xss/dompurify-expect-payloads.json) go through
// our sanitiser and into a live shadow root. Nothing may run — not while images load, not when every
// element is clicked, hovered, focused or sent the events that inline handlers listen for — and what is
// left must be the news allowlist with http(s) URLs only. Positive controls prove that the harness
// notices execution and bad markup, so that the zeros mean something.
import { expect, fixture, html } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/sanitize/sanitize-html.js';
import { sleep } from '../helpers.js';
import {
  probe,
  arm,
  disarm,
  deep,
  guardNavigation,
  interact,
  XHTML,
  ALLOWED_TAGS,
  ALLOWED_ATTRS,
  FORBIDDEN_TAGS,
  FORBIDDEN_SANITISED_ATTR,
  URL_ATTRS,
  srcsetUrls,
  isHttp,
} from './xss-harness.js';
import type { Probe } from './xss-harness.js';

interface PayloadCase {
  title: string | null;
  payload: string;
}

const corpus = (await (
  await fetch(new URL('../fixtures/dompurify-payloads.json', import.meta.url))
).json()) as { count: number; cases: PayloadCase[] };

const snippet = (el: Element) => el.outerHTML.slice(0, 160);

/** Everything in `root` that sanitised news HTML must not hold, in words; `[]` when it is clean. */
function problems(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deep(root)) {
    const tag = el.localName;
    if (el.namespaceURI !== XHTML) found.push(`<${tag}> in namespace ${el.namespaceURI}: ${snippet(el)}`);
    if (FORBIDDEN_TAGS.has(tag)) found.push(`forbidden element <${tag}>: ${snippet(el)}`);
    else if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}> is outside the allowlist: ${snippet(el)}`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (FORBIDDEN_SANITISED_ATTR.test(name))
        found.push(`forbidden attribute ${attr.name} on <${tag}>: ${snippet(el)}`);
      else if (!ALLOWED_ATTRS.has(name))
        found.push(`attribute ${attr.name} is outside the allowlist: ${snippet(el)}`);
      if (attr.namespaceURI) found.push(`namespaced attribute ${attr.name}: ${snippet(el)}`);
      if (URL_ATTRS.has(name) && !isHttp(attr.value))
        found.push(`${attr.name} is not an absolute http(s) URL: ${snippet(el)}`);
      if (name === 'srcset')
        for (const url of srcsetUrls(attr.value))
          if (!isHttp(url))
            found.push(`srcset candidate ${JSON.stringify(url)} is not http(s): ${snippet(el)}`);
    }
    if (tag === 'a' && el.hasAttribute('target') && !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))
      found.push(`a link with a target but without rel=noopener: ${snippet(el)}`);
  }
  return found;
}

/** Parses `markup` into an inert fragment (a template's content): nothing in it loads or runs. */
const inert = (markup: string): DocumentFragment => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
};

/** Parses `markup` into a fragment of this document without sanitising it (for the positive controls). */
const unsanitised = (markup: string): DocumentFragment => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return document.importNode(template.content, true);
};

/** A shadow root in the document, with one box per piece of content, all at the top of the viewport. */
function stage(host: HTMLElement) {
  const root = host.attachShadow({ mode: 'open' });
  const boxes: HTMLDivElement[] = [];
  return {
    root,
    add(content: Node, label: string) {
      const box = document.createElement('div');
      box.dataset.case = label;
      // Every box starts at the top of the viewport, so lazy images would load too.
      box.style.cssText = 'position:absolute;top:0;left:0;width:40rem;opacity:0.01';
      box.append(content);
      root.append(box);
      boxes.push(box);
      return box;
    },
    boxes,
  };
}

// Relative URLs in the payloads (src=x) resolve to this server, which answers 404 quickly.
const BASE = new URL('/xss-corpus/', location.href).href;

describe('sanitizeHtml: DOMPurify’s own XSS payloads', () => {
  it('reads all 218 payloads of the shared corpus', () => {
    expect(corpus.count).to.equal(218);
    expect(corpus.cases).to.have.length(218);
    for (const c of corpus.cases) expect(c.payload).to.be.a('string');
  });

  describe('in a live shadow root', () => {
    let host: HTMLDivElement;
    const boxes: HTMLDivElement[] = [];
    const errors: Error[] = [];
    let release: () => void = () => {};

    before(async () => {
      arm();
      // Not fixture(): @open-wc/testing removes fixtures after each test, and these must stay for all.
      host = document.createElement('div');
      host.style.cssText = 'position:relative;height:1px;overflow:visible';
      document.body.append(host);
      const s = stage(host);
      release = guardNavigation(s.root);
      corpus.cases.forEach((c, i) => {
        // One payload that throws must not hide what the others do: its own test reports the error.
        try {
          boxes[i] = s.add(sanitizeHtml(c.payload, { base: BASE }), String(i));
        } catch (error) {
          errors[i] = error as Error;
        }
      });
      await sleep(300);
    });

    after(() => {
      release();
      host.remove();
      disarm();
    });

    it('runs nothing while the 218 sanitised payloads load (window.__xss stays 0)', () => {
      expect(probe.__hits, 'stacks of the calls').to.deep.equal([]);
      expect(probe.__xss).to.equal(0);
    });

    it('runs nothing when every element left is clicked and sent every handler’s event', async () => {
      await interact(host.shadowRoot!, 300);
      expect(probe.__hits, 'stacks of the calls').to.deep.equal([]);
      expect(probe.__xss).to.equal(0);
    });

    corpus.cases.forEach((c, i) => {
      it(`#${i} ${c.title ?? JSON.stringify(c.payload.slice(0, 60))}: only allowlisted elements, attributes and http(s) URLs`, () => {
        if (errors[i]) throw errors[i];
        const box = boxes[i]!;
        expect(box.dataset.case).to.equal(String(i));
        expect(problems(box), `payload: ${c.payload}\noutput: ${box.innerHTML}`).to.deep.equal([]);
      });
    });
  });
});

describe('sanitizeHtml: positive controls (the harness can fail)', () => {
  beforeEach(arm);
  afterEach(disarm);

  it('counts an unsanitised <img onerror> that fires in the same kind of shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const s = stage(host);
    s.add(unsanitised('<img src=x onerror="alert(1)">'), 'control');
    await sleep(300);
    expect(probe.__xss).to.equal(1);
  });

  it('counts an unsanitised javascript: link when the harness clicks it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const s = stage(host);
    const release = guardNavigation(s.root);
    try {
      s.add(
        unsanitised('<a href="javascript:__hit()">x</a><a href="https://news.example/">y</a>'),
        'control',
      );
      await interact(s.root, 300);
      expect(probe.__xss).to.equal(1);
    } finally {
      release();
    }
  });

  it('counts an unsanitised inline handler when the harness sends its event', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const s = stage(host);
    s.add(unsanitised('<b onmouseover="__hit()">x</b>'), 'control');
    await interact(s.root, 50);
    expect(probe.__xss).to.equal(1);
  });

  it('finds forbidden elements, attributes and URLs in unsanitised markup', () => {
    const found = problems(
      inert(
        '<img src=x onerror=alert(1)><a href="javascript:alert(1)" style="x" id=a>x</a><svg></svg>' +
          '<img src="https://a.example/a.jpg" srcset="https://a.example/b.jpg 1x, javascript:alert(1) 2x">',
      ),
    );
    expect(found.some((p) => p.startsWith('forbidden attribute onerror'))).to.equal(true);
    expect(found.some((p) => p.startsWith('src is not an absolute http(s) URL'))).to.equal(true);
    expect(found.some((p) => p.startsWith('href is not an absolute http(s) URL'))).to.equal(true);
    expect(found.some((p) => p.startsWith('forbidden attribute style'))).to.equal(true);
    expect(found.some((p) => p.startsWith('forbidden attribute id'))).to.equal(true);
    expect(found.some((p) => p.startsWith('forbidden element <svg>'))).to.equal(true);
    expect(found.some((p) => p.startsWith('srcset candidate "javascript:alert(1)"'))).to.equal(true);
  });

  it('splits a srcset like the browser does', () => {
    expect(srcsetUrls('a.jpg 1x, b.jpg 2x')).to.deep.equal(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('a.jpg 1x,javascript:alert(1) 2x')).to.deep.equal(['a.jpg', 'javascript:alert(1)']);
    expect(srcsetUrls('a.jpg,b.jpg')).to.deep.equal(['a.jpg,b.jpg']);
    expect(srcsetUrls('a.jpg, b.jpg')).to.deep.equal(['a.jpg', 'b.jpg']);
  });
});

describe('sanitizeHtml: custom elements the page defines', () => {
  // A page may define its own elements; article HTML must not be able to make them. Customized built-ins
  // (`<b is="...">`) are the subtle case: the "is" value is fixed when the parser creates the element, so
  // blanking the attribute afterwards does not stop the upgrade once the element joins the page.
  before(() => {
    if (!customElements.get('x-xss-gadget'))
      customElements.define(
        'x-xss-gadget',
        class extends HTMLElement {
          constructor() {
            super();
            (window as unknown as Probe).__hit();
          }
        },
        { extends: 'b' },
      );
    if (!customElements.get('x-xss-auto'))
      customElements.define(
        'x-xss-auto',
        class extends HTMLElement {
          constructor() {
            super();
            (window as unknown as Probe).__hit();
          }
        },
      );
  });
  beforeEach(arm);
  afterEach(disarm);

  it('control: unsanitised, <b is="x-xss-gadget"> and <x-xss-auto> are upgraded (and counted)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    stage(host).add(unsanitised('<b is="x-xss-gadget">a</b><x-xss-auto>b</x-xss-auto>'), 'control');
    await sleep(50);
    expect(probe.__xss, probe.__hits.join('\n')).to.equal(2);
  });

  it('sanitised, neither a customized built-in nor an autonomous custom element of the page is created', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const box = stage(host).add(
      sanitizeHtml('<b is="x-xss-gadget">a</b><p is="x-xss-gadget">b</p><x-xss-auto>c</x-xss-auto>'),
      'gadget',
    );
    await sleep(50);
    expect(probe.__hits, `output: ${box.innerHTML}`).to.deep.equal([]);
    expect(probe.__xss).to.equal(0);
    expect(problems(box), `output: ${box.innerHTML}`).to.deep.equal([]);
  });
});

describe('sanitizeHtml: what it keeps', () => {
  const holder = (fragment: DocumentFragment) => {
    const div = document.createElement('div');
    div.append(fragment);
    return div;
  };

  it('keeps paragraphs, emphasis and http(s) links', () => {
    const div = holder(sanitizeHtml('<p>a <em>b</em> <a href="https://x.example/">c</a></p>'));
    const p = div.querySelector('p')!;
    expect(p.textContent).to.equal('a b c');
    expect(p.querySelector('em')!.textContent).to.equal('b');
    const a = p.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://x.example/');
    expect(a.textContent).to.equal('c');
    expect(problems(div)).to.deep.equal([]);
  });

  it('resolves a relative href against the base', () => {
    const div = holder(sanitizeHtml('<a href="/x">x</a>', { base: 'https://news.example/a/' }));
    expect(div.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/x');
  });

  it('sets the target and rel="noopener noreferrer" on links', () => {
    const div = holder(
      sanitizeHtml('<a href="https://x.example/">x</a>', { base: 'https://news.example/', target: '_blank' }),
    );
    const a = div.querySelector('a')!;
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('loads images lazily and asynchronously', () => {
    const div = holder(sanitizeHtml('<img src="https://x.example/a.jpg" alt="A">'));
    const img = div.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://x.example/a.jpg');
    expect(img.getAttribute('alt')).to.equal('A');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
  });

  it('removes an image whose src is javascript: entirely', () => {
    const div = holder(sanitizeHtml('<p>x<img src="javascript:alert(1)" alt="bad">y</p>'));
    expect(div.querySelector('img')).to.equal(null);
    expect(div.querySelector('p')!.textContent).to.equal('xy');
  });

  it('keeps only the good candidate of a srcset with a bad one', () => {
    const div = holder(
      sanitizeHtml(
        '<img src="https://x.example/a.jpg" srcset="https://x.example/a-1.jpg 1x, javascript:alert(1) 2x">',
      ),
    );
    expect(div.querySelector('img')!.getAttribute('srcset')).to.equal('https://x.example/a-1.jpg 1x');
  });

  it('keeps the link text but drops a javascript: href', () => {
    const div = holder(sanitizeHtml('<a href="javascript:alert(1)">x</a>'));
    const a = div.querySelector('a')!;
    expect(a.hasAttribute('href')).to.equal(false);
    expect(a.textContent).to.equal('x');
  });
});
