// Security tests of sanitizeHtml(): DOMPurify's own 218 XSS / mXSS / DOM-clobbering payloads
// (test/fixtures/dompurify-payloads.json, a copy of shared/xss/dompurify-expect-payloads.json) go through
// our sanitiser and into a live shadow root. Nothing may run — not while images load, not when every
// element is clicked, hovered, focused or sent the events that inline handlers listen for — and what is
// left must be the news allowlist with http(s) URLs only. Positive controls prove that the harness
// notices execution and bad markup, so that the zeros mean something.
import { expect, fixture, html } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/sanitize/sanitize-html.js';

interface PayloadCase {
  title: string | null;
  payload: string;
}

const corpus = (await (
  await fetch(new URL('../fixtures/dompurify-payloads.json', import.meta.url))
).json()) as { count: number; cases: PayloadCase[] };

// ---------------------------------------------------------------------------------------------------
// The execution probe: window.__xss counts every call of __hit() and of the dialog functions.

interface Probe {
  __xss: number;
  __hit: () => void;
  /** A stack per hit, to say where it came from when a test fails. */
  __hits: string[];
}
const probe = window as unknown as Probe & Record<string, unknown>;
const TRAPPED = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
const originals = new Map<string, unknown>();

function arm(): void {
  probe.__xss = 0;
  probe.__hits = [];
  // Returns undefined on purpose: a javascript: URL that evaluates to a string would replace the page.
  const hit = (): void => {
    probe.__xss++;
    probe.__hits.push(new Error('hit').stack ?? 'hit');
  };
  probe.__hit = hit;
  for (const name of TRAPPED) {
    if (!originals.has(name)) originals.set(name, probe[name]);
    probe[name] = hit;
  }
}

function disarm(): void {
  for (const [name, original] of originals) probe[name] = original;
  originals.clear();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// Interaction: every element gets the events inline handlers listen for, and a click. Navigation is
// cancelled for every link and form except javascript: ones, so a javascript: URL that survived would
// still run (and count), while an http(s) link never takes the test page away.

const EVENTS = [
  'mouseover',
  'mouseenter',
  'mousemove',
  'mousedown',
  'mouseup',
  'mouseout',
  'mouseleave',
  'pointerover',
  'pointerenter',
  'pointerdown',
  'pointerup',
  'auxclick',
  'dblclick',
  'contextmenu',
  'focus',
  'focusin',
  'blur',
  'focusout',
  'keydown',
  'keypress',
  'keyup',
  'input',
  'beforeinput',
  'change',
  'select',
  'invalid',
  'search',
  'toggle',
  'beforetoggle',
  'load',
  'error',
  'abort',
  'scroll',
  'scrollend',
  'wheel',
  'copy',
  'cut',
  'paste',
  'drag',
  'dragstart',
  'dragend',
  'dragenter',
  'dragover',
  'drop',
  'animationstart',
  'animationiteration',
  'animationend',
  'transitionstart',
  'transitionend',
  'touchstart',
  'touchend',
  'play',
  'playing',
  'canplay',
  'loadstart',
  'loadeddata',
  'begin',
  'end',
  'repeat',
  'submit',
  'reset',
  'formdata',
  'show',
  'close',
  'cancel',
  'message',
  'readystatechange',
];

/** Every element under `root`, into open shadow roots and template contents. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) yield* deep(el.content);
  }
}

const scheme = (value: string | null, base: string): string | undefined => {
  if (value === null) return undefined;
  try {
    return new URL(value, base).protocol;
  } catch {
    return undefined;
  }
};

/** Cancels navigation from `root` unless it goes to a javascript: URL (which must run, to count). */
function guardNavigation(root: Node): () => void {
  const onClick = (event: Event) => {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
      if ((node.localName === 'a' || node.localName === 'area') && href !== null) {
        if (scheme(href, node.baseURI) !== 'javascript:') event.preventDefault();
        return;
      }
    }
  };
  const onSubmit = (event: Event) => {
    const form = event.target as HTMLFormElement;
    const submitter = (event as SubmitEvent).submitter;
    const action = submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
    if (scheme(action, form.baseURI) !== 'javascript:') event.preventDefault();
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('submit', onSubmit, true);
  return () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('submit', onSubmit, true);
  };
}

/** An event of `type` of the class the browser would use, so that handlers get the fields they expect. */
function makeEvent(type: string): Event {
  const init = { cancelable: true };
  if (type.startsWith('pointer'))
    return new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse' });
  if (type.startsWith('mouse') || type === 'dblclick' || type === 'contextmenu' || type === 'auxclick')
    return new MouseEvent(type, init);
  if (type.startsWith('focus') || type === 'blur') return new FocusEvent(type, init);
  if (type.startsWith('key')) return new KeyboardEvent(type, { ...init, key: 'Enter' });
  if (type === 'input' || type === 'beforeinput') return new InputEvent(type, init);
  if (type === 'wheel') return new WheelEvent(type, init);
  if (type.startsWith('drag') || type === 'drop') return new DragEvent(type, init);
  if (type.startsWith('animation')) return new AnimationEvent(type, init);
  if (type.startsWith('transition')) return new TransitionEvent(type, init);
  if (type === 'toggle' || type === 'beforetoggle') return new ToggleEvent(type, init);
  if (type === 'submit') return new SubmitEvent(type, init);
  return new Event(type, init);
}

/**
 * Sends every element under `root` the events of EVENTS and a click, then waits for what that starts.
 * A modal dialog a click opened is closed again, so that it never makes the rest of the page inert.
 */
async function interact(root: ParentNode, settle = 200): Promise<void> {
  const elements = [...deep(root)];
  const dialogs = elements.filter((el): el is HTMLDialogElement => el instanceof HTMLDialogElement);
  for (const el of elements) {
    for (const type of EVENTS) el.dispatchEvent(makeEvent(type));
    if (el instanceof HTMLElement) el.click();
    else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    for (const dialog of dialogs) if (dialog.open) dialog.close();
  }
  await sleep(settle);
}

// ---------------------------------------------------------------------------------------------------
// What sanitised HTML may hold. These lists are the test's own, written from the sanitiser's contract
// (the news allowlist), not imported from it.

const XHTML = 'http://www.w3.org/1999/xhtml';
const ALLOWED_TAGS = new Set(
  (
    'p br hr h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s sub sup small mark abbr ' +
    'time code pre span div a figure figcaption img table caption thead tbody tfoot tr th td colgroup col'
  ).split(' '),
);
const ALLOWED_ATTRS = new Set(
  (
    'href src srcset sizes alt title width height lang dir cite datetime colspan rowspan scope headers ' +
    'span start reversed type loading decoding target rel'
  ).split(' '),
);
const FORBIDDEN_TAGS = new Set(
  (
    'script style iframe frame frameset object embed applet param form input button textarea select option ' +
    'optgroup datalist output meta base link svg math template noscript xmp noembed noframes plaintext listing ' +
    'video audio source track picture canvas map area slot title head body html dialog details summary ' +
    'marquee isindex keygen image portal fencedframe search'
  ).split(' '),
);
const FORBIDDEN_ATTR =
  /^(on.*|style|id|name|class|srcdoc|formaction|action|xlink:href|is|data|poster|background|ping|form|autofocus|contenteditable|popover.*|command.*|slot|part|exportparts|nonce|tabindex|xmlns(:.*)?)$/i;
const URL_ATTRS = new Set(
  'href src cite action formaction data poster background ping longdesc codebase manifest icon lowsrc dynsrc xlink:href'.split(
    ' ',
  ),
);

/** The URLs of a srcset, split the way the HTML spec's srcset parser does (not the way ours does). */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (space(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !space(value[i])) i++;
    const url = value.slice(start, i);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    let depth = 0;
    for (; i < value.length; i++) {
      const c = value[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) {
        i++;
        break;
      }
    }
  }
  return urls;
}

/** Whether `value` is an absolute http(s) URL on its own (no base needed). */
const isHttp = (value: string): boolean => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

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
      if (FORBIDDEN_ATTR.test(name))
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
