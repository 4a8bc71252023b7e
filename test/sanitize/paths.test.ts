// The sanitiser's two paths against each other, and the choice between them.
//
// What this shows: the browser's HTML Sanitizer API path and the DOMPurify path, both configured from
// allowlist.ts and followed by the same steps, give the same nodes (compared as serialised markup) for
// every input here: DOMPurify's 218 payloads, the DOM-clobbering vectors, news bodies and the parser's
// edge cases. It does not show that either is safe: sanitize-html.test.ts and clobbering.test.ts put
// each path's output in a live shadow root and check that nothing runs and only the allowlist is left.
// (It replaces a differential test that compared the old hand-written walk with DOMPurify on payloads
// that did not clobber what the walk read, and so could not see the walk's bypass.)
//
// The choice: the Sanitizer API is used only when a one-time self-check of its behaviour passes; one
// that misbehaves, throws, or is missing leaves the work to DOMPurify. And DOMPurify is our own
// instance: the page's DOMPurify, its hooks and its configuration do not reach it.
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { ELEMENTS, SANITIZER_ATTRIBUTES, UNWRAP } from '../../src/sanitize/allowlist.js';
import { loadSanitizer, recheck } from '../../src/sanitize/sanitize-html.js';
import type { SanitizeOptions, Sanitizer } from '../../src/sanitize/sanitize-html.js';
import { CLOBBERING_VECTORS, ISSUE_VECTORS } from './clobbering-vectors.js';
import { sanitisedProblems } from './xss-harness.js';

const corpus = (await (
  await fetch(new URL('../fixtures/dompurify-payloads.json', import.meta.url))
).json()) as { cases: { title: string | null; payload: string }[] };

const NEWS = [
  '<p>Plain <strong>bold</strong> and <em>emphasis</em>, <a href="/en/news/2">a link</a>.</p>',
  '<h2>Section</h2><p>Text</p><h3>Sub</h3><blockquote cite="https://x.example/">Quote</blockquote>',
  '<figure><img src="/photo.jpg" srcset="/p-640.jpg 640w, /p.jpg 1280w" sizes="100vw" alt="A photo" width="1280" height="720"><figcaption>Caption</figcaption></figure>',
  '<table><caption>T</caption><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
  '<ol start="3" reversed type="a"><li>one</li></ol><dl><dt>t</dt><dd>d</dd></dl><p><time datetime="2026-03-03">today</time></p>',
  '<div class="x" style="color:red" id="main" data-x="1" aria-label="a"><span lang="az" dir="ltr">Salam</span></div>',
  '<p><b is="x-gadget">is</b><x-widget>custom</x-widget><details><summary>s</summary>d</details></p>',
  '<article><header><h1>Title</h1></header><section><p>a<font color="red">b</font><center>c</center></p></section></article>',
  '<p>Footnote<a href="#fn1">1</a></p><p id="fn1">Note <a href="https://evil.example/" target="_top">x</a></p>',
  '<picture><source srcset="/a.webp" type="image/webp"><img src="/a.jpg" alt="a"></picture><img alt="no src">',
];

/** How the parser reads the start of a body, tables in paragraphs, and markup that is not HTML. */
const PARSING = [
  '  \n leading white space<p>x</p>',
  '<noscript>n</noscript><p>after</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<style>p{}</style><meta charset="x"><link rel="stylesheet" href="/x.css"><title>t</title><p>body</p>',
  '<p>a<table><tr><td>cell</td></tr></table>b</p>',
  '<frameset onload="alert(1)"><frame src="x"></frameset><p>after a frameset</p>',
  '<p>a</p><frameset><frame></frameset><p>b</p>',
  '<html lang="x"><head><title>t</title></head><body onload="alert(1)"><p>in body</p></body></html><p>after</p>',
  '<!doctype html><p>a</p><!-- comment --><?php echo 1 ?><![CDATA[x]]><p>b</p>',
  '<p>1 < 2 & 3 > 2 &amp; &lt;script&gt;</p>',
  '<ul><li>a<li>b</ul><p>unclosed <b>bold <i>both</b> italic</i>',
  '<select><option>o</option></select><p>after select</p><textarea>t</textarea><p>after textarea</p>',
  '<svg><p>p in svg</p></svg><math><mi>x</mi><p>p in math</p></math>',
  '<template><p>t</p></template><div><template shadowrootmode="open"><p>shadow</p></template>light</div>',
  '<plaintext><p>all text</p>',
  '',
];

const OPTIONS: SanitizeOptions = {
  base: 'https://news.example/api/article/1',
  site: 'https://news.example',
  params: 'utm_source=partner',
  target: '_blank',
  headingLevel: 2,
};

const serialise = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
};

/** The inputs whose outputs differ between `a` and `b`, each with both outputs. */
function differences(a: Sanitizer, b: Sanitizer, inputs: string[]): string[] {
  return inputs.flatMap((html, i) => {
    const [x, y] = [serialise(a.sanitizeHtml(html, OPTIONS)), serialise(b.sanitizeHtml(html, OPTIONS))];
    return x === y
      ? []
      : [`#${i} ${JSON.stringify(html).slice(0, 200)}\n  ${a.engine}: ${x}\n  ${b.engine}: ${y}`];
  });
}

describe('the two paths give the same result', () => {
  let native: Sanitizer;
  let purify: Sanitizer;
  before(async () => {
    native = await loadSanitizer('sanitizer-api');
    purify = await loadSanitizer('dompurify');
  });

  it('on DOMPurify’s 218 payloads', () => {
    expect(corpus.cases).to.have.length(218);
    const found = differences(
      native,
      purify,
      corpus.cases.map((c) => c.payload),
    );
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it(`on the ${CLOBBERING_VECTORS.length + ISSUE_VECTORS.length} DOM-clobbering vectors`, () => {
    const found = differences(
      native,
      purify,
      [...ISSUE_VECTORS, ...CLOBBERING_VECTORS].map((v) => v.body),
    );
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('on news bodies, which keep their news', () => {
    expect(differences(native, purify, NEWS), 'differences').to.deep.equal([]);
    const kept = serialise(native.sanitizeHtml(NEWS.join(''), OPTIONS));
    for (const part of [
      '<strong>',
      '<a href="https://news.example/en/news/2?utm_source=partner"',
      'sizes=',
      'colspan="2"',
      'start="3"',
      'datetime=',
      '<h3>Title</h3>',
      'alt="a"',
    ])
      expect(kept, part).to.contain(part);
  });

  it('on the parser’s edge cases: the start of the body, tables in paragraphs, framesets, markup that is not HTML', () => {
    const found = differences(native, purify, PARSING);
    expect(found, found.join('\n')).to.deep.equal([]);
    const out = PARSING.map((html) => serialise(native.sanitizeHtml(html, OPTIONS)));
    expect(out[0]).to.equal('  \n leading white space<p>x</p>');
    expect(out[1]).to.equal('<p>after</p>');
    expect(out[2]).to.equal('');
    expect(out[4]).to.equal('<p>a</p><table><tbody><tr><td>cell</td></tr></tbody></table>b<p></p>');
    expect(out[5]).to.equal('<p>after a frameset</p>');
    for (const html of out) expect(sanitisedProblems(holder(html)), html).to.deep.equal([]);
  });

  it('(the comparison sees a difference: DOMPurify keeping unknown elements’ content is not our path)', () => {
    const keepContent: Sanitizer = {
      engine: 'dompurify',
      POLICY_NAME: 'x',
      sanitizeHtml: (html) =>
        DOMPurify(window).sanitize(html, {
          ALLOWED_TAGS: [...ELEMENTS, ...UNWRAP],
          ALLOWED_ATTR: [...SANITIZER_ATTRIBUTES],
          RETURN_DOM_FRAGMENT: true,
        }),
    };
    expect(differences(native, keepContent, ['<p>a<x-y>b</x-y></p>'])).to.have.length(1);
  });
});

function holder(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('the Sanitizer API is used only when its self-check passes', () => {
  const api = window as unknown as { Sanitizer?: unknown };
  const proto = Element.prototype as unknown as { setHTML?: unknown; setHTMLUnsafe: (html: string) => void };
  const realSanitizer = api.Sanitizer;
  const realSetHTML = proto.setHTML;
  afterEach(() => {
    api.Sanitizer = realSanitizer;
    proto.setHTML = realSetHTML;
    recheck();
  });

  /** The page's sanitiser after the self-check runs again, and what it makes of an <img onerror>. */
  async function choose() {
    recheck();
    const sanitizer = await loadSanitizer();
    return {
      engine: sanitizer.engine,
      output: serialise(
        sanitizer.sanitizeHtml('<img src="/a.png" onerror="alert(1)"><x-y>gone</x-y><p>p</p>', OPTIONS),
      ),
    };
  }
  const CLEAN = '<img src="https://news.example/a.png" loading="lazy" decoding="async"><p>p</p>';

  it('passes for this browser’s own Sanitizer API', async () => {
    expect(await choose()).to.deep.equal({ engine: 'sanitizer-api', output: CLEAN });
  });

  it('fails for a setHTML that keeps event handlers (as setHTMLUnsafe does): DOMPurify does the work', async () => {
    proto.setHTML = function (this: Element, html: string) {
      proto.setHTMLUnsafe.call(this, html);
    };
    expect(await choose()).to.deep.equal({ engine: 'dompurify', output: CLEAN });
  });

  it('fails for a Sanitizer that keeps comments and processing instructions', async () => {
    const Real = realSanitizer as new (config: object) => object;
    api.Sanitizer = class {
      constructor(config: Record<string, unknown>) {
        return new Real({ ...config, comments: true, processingInstructions: undefined });
      }
    };
    expect((await choose()).engine).to.equal('dompurify');
  });

  it('fails for a Sanitizer that keeps unknown elements (replaceWithChildren for every element)', async () => {
    const Real = realSanitizer as new (config: object) => object;
    api.Sanitizer = class {
      constructor(config: Record<string, unknown>) {
        return new Real({ ...config, replaceWithChildrenElements: [...UNWRAP, 'x-y', 'form', 'svg'] });
      }
    };
    expect((await choose()).engine).to.equal('dompurify');
  });

  it('fails for a Sanitizer that drops `is` (the steps after it would not see it)', async () => {
    const Real = realSanitizer as new (config: object) => object;
    api.Sanitizer = class {
      constructor(config: Record<string, unknown>) {
        return new Real({ ...config, attributes: (config.attributes as string[]).filter((a) => a !== 'is') });
      }
    };
    expect((await choose()).engine).to.equal('dompurify');
  });

  it('fails for a Sanitizer that throws on our configuration, or none at all', async () => {
    api.Sanitizer = class {
      constructor() {
        throw new TypeError('unknown member');
      }
    };
    expect(await choose()).to.deep.equal({ engine: 'dompurify', output: CLEAN });
    delete api.Sanitizer;
    expect(await choose()).to.deep.equal({ engine: 'dompurify', output: CLEAN });
    api.Sanitizer = realSanitizer;
    delete proto.setHTML;
    expect(await choose()).to.deep.equal({ engine: 'dompurify', output: CLEAN });
  });

  it('is read through a dictionary without a prototype: a polluted Object.prototype changes nothing', async () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.removeElements = ['p'];
    polluted.removeAttributes = ['src'];
    polluted.sanitizer = 'default';
    try {
      expect(await choose()).to.deep.equal({ engine: 'sanitizer-api', output: CLEAN });
    } finally {
      delete polluted.removeElements;
      delete polluted.removeAttributes;
      delete polluted.sanitizer;
    }
  });
});

describe('DOMPurify is our own instance', () => {
  it('the page’s DOMPurify hooks and configuration do not reach it', async () => {
    const purify = await loadSanitizer('dompurify');
    const before = serialise(purify.sanitizeHtml('<p title="t">a<img src="/a.png"></p>', OPTIONS));
    DOMPurify.addHook('afterSanitizeAttributes', (node) => node.setAttribute('onclick', 'alert(1)'));
    DOMPurify.setConfig({ ALLOWED_TAGS: ['script', 'p'], ADD_ATTR: ['onclick'] });
    try {
      expect(serialise(purify.sanitizeHtml('<p title="t">a<img src="/a.png"></p>', OPTIONS))).to.equal(
        before,
      );
      // (The page's own instance is changed, which is what a page may do with it.)
      expect(String(DOMPurify.sanitize('<p>x</p>'))).to.contain('onclick');
    } finally {
      DOMPurify.removeAllHooks();
      DOMPurify.clearConfig();
    }
  });
});
