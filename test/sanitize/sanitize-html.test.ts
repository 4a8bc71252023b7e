// Security tests of the HTML sanitiser, on both of its paths (the browser's HTML Sanitizer API and
// DOMPurify, each with the steps after it): DOMPurify's own 218 XSS / mXSS / DOM-clobbering payloads
// (test/fixtures/dompurify-payloads.json, a copy of shared/xss/dompurify-expect-payloads.json) go through
// the sanitiser and into a live shadow root. Nothing may run — not while images load, not when every
// element is clicked, hovered, focused or sent the events that inline handlers listen for — and what is
// left must be the news allowlist with http(s) URLs only. Positive controls prove that the harness
// notices execution and bad markup, so that the zeros mean something.
import { expect, fixture, html } from '@open-wc/testing';
import { loadSanitizer } from '../../src/sanitize/sanitize-html.js';
import type { SanitizeOptions, Sanitizer } from '../../src/sanitize/sanitize-html.js';
import { sleep } from '../helpers.js';
import {
  probe,
  arm,
  disarm,
  guardNavigation,
  interact,
  sanitisedProblems as problems,
  srcsetUrls,
  stage,
  ENGINES,
} from './xss-harness.js';
import type { Probe } from './xss-harness.js';

interface PayloadCase {
  title: string | null;
  payload: string;
}

const corpus = (await (
  await fetch(new URL('../fixtures/dompurify-payloads.json', import.meta.url))
).json()) as { count: number; cases: PayloadCase[] };

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

// Relative URLs in the payloads (src=x) resolve to this server, which answers 404 quickly.
const BASE = new URL('/xss-corpus/', location.href).href;

/** The sanitiser of one path, loaded once for its describe block. */
function using(engine: (typeof ENGINES)[number]) {
  let sanitizer: Sanitizer | undefined;
  before(async () => {
    sanitizer = await loadSanitizer(engine);
    expect(sanitizer.engine).to.equal(engine);
  });
  return (markup: string, options?: SanitizeOptions) => sanitizer!.sanitizeHtml(markup, options);
}

describe('sanitizeHtml: the shared corpus', () => {
  it('reads all 218 payloads of the shared corpus', () => {
    expect(corpus.count).to.equal(218);
    expect(corpus.cases).to.have.length(218);
    for (const c of corpus.cases) expect(c.payload).to.be.a('string');
  });

  it('has the HTML Sanitizer API here (Chromium 146+), so both paths are tested', async () => {
    expect((await loadSanitizer()).engine).to.equal('sanitizer-api');
  });
});

for (const engine of ENGINES) {
  describe(`sanitizeHtml (${engine}): DOMPurify’s own XSS payloads in a live shadow root`, () => {
    const sanitizeHtml = using(engine);
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
}

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
          '<img src="https://a.example/a.jpg" srcset="https://a.example/b.jpg 1x, javascript:alert(1) 2x"><!--c-->',
      ),
    );
    expect(found.some((p) => p.startsWith('forbidden attribute onerror'))).to.equal(true);
    expect(found.some((p) => p.startsWith('src is not an absolute http(s) URL'))).to.equal(true);
    expect(found.some((p) => p.startsWith('href is not an absolute http(s) URL'))).to.equal(true);
    expect(found.some((p) => p.startsWith('forbidden attribute style'))).to.equal(true);
    expect(found.some((p) => p.startsWith('forbidden attribute id'))).to.equal(true);
    expect(found.some((p) => p.startsWith('forbidden element <svg>'))).to.equal(true);
    expect(found.some((p) => p.startsWith('srcset candidate "javascript:alert(1)"'))).to.equal(true);
    expect(found.some((p) => p.startsWith('a #comment node'))).to.equal(true);
  });

  it('splits a srcset like the browser does', () => {
    expect(srcsetUrls('a.jpg 1x, b.jpg 2x')).to.deep.equal(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('a.jpg 1x,javascript:alert(1) 2x')).to.deep.equal(['a.jpg', 'javascript:alert(1)']);
    expect(srcsetUrls('a.jpg,b.jpg')).to.deep.equal(['a.jpg,b.jpg']);
    expect(srcsetUrls('a.jpg, b.jpg')).to.deep.equal(['a.jpg', 'b.jpg']);
  });

  it('control: unsanitised, <b is="x-xss-gadget"> and <x-xss-auto> are upgraded (and counted)', async () => {
    defineGadgets();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    stage(host).add(unsanitised('<b is="x-xss-gadget">a</b><x-xss-auto>b</x-xss-auto>'), 'control');
    await sleep(50);
    expect(probe.__xss, probe.__hits.join('\n')).to.equal(2);
  });
});

// A page may define its own elements; article HTML must not be able to make them. Customized built-ins
// (`<b is="...">`) are the subtle case: the "is" value is fixed when the parser creates the element, so
// taking the attribute away afterwards does not stop the upgrade once the element joins the page.
function defineGadgets() {
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
}

for (const engine of ENGINES) {
  describe(`sanitizeHtml (${engine}): custom elements the page defines`, () => {
    const sanitizeHtml = using(engine);
    before(defineGadgets);
    beforeEach(arm);
    afterEach(disarm);

    it('sanitised, neither a customized built-in nor an autonomous custom element of the page is created', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const box = stage(host).add(
        sanitizeHtml(
          '<b is="x-xss-gadget">a</b><p is="x-xss-gadget">b</p><x-xss-auto>c</x-xss-auto>' +
            '<section is="x-xss-gadget"><b is="x-xss-gadget">d</b></section><h3 is="x-xss-gadget">e</h3>',
        ),
        'gadget',
      );
      await sleep(50);
      expect(probe.__hits, `output: ${box.innerHTML}`).to.deep.equal([]);
      expect(probe.__xss).to.equal(0);
      expect(problems(box), `output: ${box.innerHTML}`).to.deep.equal([]);
      // Elements with `is` give way to their content; the autonomous custom element goes with its own.
      expect(box.textContent).to.equal('abde');
    });
  });

  describe(`sanitizeHtml (${engine}): what it keeps`, () => {
    const sanitizeHtml = using(engine);
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

    it('returns nodes of this document', () => {
      const fragment = sanitizeHtml('<p>a</p>');
      expect(fragment.ownerDocument).to.equal(document);
      expect(fragment.firstChild!.ownerDocument).to.equal(document);
    });

    it('resolves a relative href against the base', () => {
      const div = holder(sanitizeHtml('<a href="/x">x</a>', { base: 'https://news.example/a/' }));
      expect(div.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/x');
    });

    it('sets the target and rel="noopener noreferrer" on links', () => {
      const div = holder(
        sanitizeHtml('<a href="https://x.example/">x</a>', {
          base: 'https://news.example/',
          target: '_blank',
        }),
      );
      const a = div.querySelector('a')!;
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('adds link-params to links into the site only, and no rel there without a new window', () => {
      const div = holder(
        sanitizeHtml('<a href="/a?x=1">home</a><a href="https://x.example/b">away</a>', {
          base: 'https://news.example/api/',
          site: 'https://news.example',
          params: 'utm_source=partner',
        }),
      );
      const [home, away] = [...div.querySelectorAll('a')];
      expect(home!.getAttribute('href')).to.equal('https://news.example/a?x=1&utm_source=partner');
      expect(home!.hasAttribute('rel')).to.equal(false);
      expect(away!.getAttribute('href')).to.equal('https://x.example/b');
      expect(away!.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('makes footnote links (#) inert and keeps their text', () => {
      const div = holder(sanitizeHtml('<p>a<a href="#fn1">1</a></p>', { base: 'https://news.example/' }));
      const a = div.querySelector('a')!;
      expect(a.hasAttribute('href')).to.equal(false);
      expect(a.textContent).to.equal('1');
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

    it('moves headings below the headline, h1 included, keeping their distances', () => {
      const div = holder(
        sanitizeHtml('<h1 lang="az">a</h1><h3>b</h3><h2 title="t">c</h2>', { headingLevel: 2 }),
      );
      expect(div.innerHTML).to.equal('<h3 lang="az">a</h3><h5>b</h5><h4 title="t">c</h4>');
      expect(holder(sanitizeHtml('<h4>a</h4><h6>b</h6>', { headingLevel: 5 })).innerHTML).to.equal(
        '<h6>a</h6><h6>b</h6>',
      );
    });

    it('unwraps page structure and presentational elements, keeping their sanitised content', () => {
      const div = holder(
        sanitizeHtml(
          '<article><header><h2>T</h2></header><section><p>a <font color="red">b</font> <ins>c</ins></p>' +
            '<details><summary>d</summary><p>e</p></details></section>' +
            '<picture><source srcset="https://x.example/a.webp"><img src="https://x.example/a.jpg" alt="p"></picture></article>',
        ),
      );
      expect(div.innerHTML).to.equal(
        '<h2>T</h2><p>a b c</p>d<p>e</p><img src="https://x.example/a.jpg" alt="p" loading="lazy" decoding="async">',
      );
    });

    it('removes unknown elements, forms and their controls with everything in them', () => {
      const div = holder(
        sanitizeHtml(
          '<p>a<x-widget>w</x-widget><o:p>o</o:p>b</p><form><p>f</p><input value="i"><button>b</button>' +
            '<select><option>o</option></select><textarea>t</textarea><label>l</label></form>' +
            '<button>c</button><fieldset><legend>l</legend></fieldset><p>z</p>',
        ),
      );
      expect(div.innerHTML).to.equal('<p>ab</p><p>z</p>');
    });
  });
}
