// DOM clobbering against the sanitiser, on both of its paths: forms whose controls are named after every
// DOM property a tree walk, the sanitisers or the steps after them read (clobbering-vectors.ts), and the
// issue's reproductions, go through the sanitiser into a live shadow root; every element is clicked and
// sent every handler's event. Nothing may run, the output must be the allowlist, and what follows a
// clobbering form must still be there, cleaned (a walk that skipped it would leave it out or dirty).
// The steps after sanitising are given unsanitised clobbering trees too: they must not read a node's
// own properties. A positive control shows the vectors defeat a walk that does.
import { expect } from '@open-wc/testing';
import { finish, loadSanitizer } from '../../src/sanitize/sanitize-html.js';
import type { Sanitizer } from '../../src/sanitize/sanitize-html.js';
import { sleep } from '../helpers.js';
import { CLOBBERED, CLOBBERING_VECTORS, ISSUE_VECTORS } from './clobbering-vectors.js';
import {
  arm,
  disarm,
  ENGINES,
  guardNavigation,
  interact,
  probe,
  sanitisedProblems as problems,
  stage,
} from './xss-harness.js';
import type { Probe } from './xss-harness.js';

const VECTORS = [...ISSUE_VECTORS, ...CLOBBERING_VECTORS];
// Relative URLs (src=x) resolve to this server, which answers 404 quickly.
const BASE = new URL('/xss-corpus/', location.href).href;

/** Parses `markup` into an element of an inert document without sanitising it. */
const unsanitised = (markup: string): HTMLDivElement => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const root = template.content.ownerDocument.createElement('div');
  root.append(template.content);
  return root;
};

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
});

it(`has ${VECTORS.length} vectors: ${CLOBBERED.length} properties, 4 shapes each, and the issue's ${ISSUE_VECTORS.length}`, () => {
  expect(CLOBBERING_VECTORS).to.have.length(CLOBBERED.length * 4);
  expect(CLOBBERED.length).to.be.at.least(40);
});

for (const engine of ENGINES) {
  describe(`DOM clobbering (${engine}) in a live shadow root`, () => {
    let sanitizer: Sanitizer;
    let host: HTMLDivElement;
    const boxes: HTMLDivElement[] = [];
    const errors: Error[] = [];
    let release: () => void = () => {};

    before(async () => {
      sanitizer = await loadSanitizer(engine);
      expect(sanitizer.engine).to.equal(engine);
      arm();
      host = document.createElement('div');
      host.style.cssText = 'position:relative;height:1px;overflow:visible';
      document.body.append(host);
      const s = stage(host);
      release = guardNavigation(s.root);
      VECTORS.forEach((v, i) => {
        try {
          boxes[i] = s.add(sanitizer.sanitizeHtml(v.body, { base: BASE }), String(i));
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

    it('runs nothing while the sanitised vectors load, nor when every element is clicked and sent every event', async () => {
      expect(probe.__hits, 'stacks of the calls').to.deep.equal([]);
      await interact(host.shadowRoot!, 300);
      expect(probe.__hits, 'stacks of the calls').to.deep.equal([]);
      expect(probe.__xss).to.equal(0);
    });

    VECTORS.forEach((v, i) => {
      it(`${v.name}: only the allowlist, and what follows the form is there`, () => {
        if (errors[i]) throw errors[i];
        const box = boxes[i]!;
        expect(problems(box), `payload: ${v.body}\noutput: ${box.innerHTML}`).to.deep.equal([]);
        expect(box.querySelector('form, input, button, select, textarea, iframe, [is], [onerror]')).to.equal(
          null,
        );
        // The payload's last link, after (or inside) the clobbering form: cleaned, and kept where the form
        // did not take it with it.
        if (v.body.lastIndexOf('news.example/ok') > v.body.lastIndexOf('</form>'))
          expect(box.querySelector('a[href="https://news.example/ok"]'), box.innerHTML).to.exist;
        if (v.body.includes('<p>b</p>')) expect(box.textContent).to.equal('ab');
      });
    });
  });
}

describe('the steps after sanitising read no property that markup can replace', () => {
  // Given unsanitised trees (the sanitisers never leave a form in), they must still find every element:
  // a form's controls named after the DOM's methods and getters would make code that reads them from
  // the node throw, skip nodes or unwrap the wrong ones.
  for (const p of CLOBBERED) {
    it(`a form whose controls are named ${p}`, () => {
      const root = unsanitised(
        `<form is="x-xss-gadget" cite="javascript:1"><input name="${p}"><button name="${p}"></button>` +
          `<a href="javascript:__hit()">in</a><img alt="no src"><h2>h</h2></form>` +
          `<a href="/ok">after</a><b is="x-xss-gadget">b</b>` +
          `<form><input name="${p}"><img name="${p}"><a href="javascript:__hit()">last</a></form>`,
      );
      const fragment = finish(root, { base: BASE, target: '_blank' }, 2);
      const div = document.createElement('div');
      div.append(fragment);
      // The form with `is` gave way to its content; the other stays (these steps do not sanitise).
      // (Counts, not the elements: the assertion library would read the form's clobbered properties.)
      expect(div.querySelectorAll('[is]').length).to.equal(0);
      expect(div.querySelectorAll('form').length).to.equal(1);
      const links = [...div.querySelectorAll('a')];
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        ['in', null],
        ['after', new URL('/ok', BASE).href],
        ['last', null],
      ]);
      expect(links[1]!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(links[1]!.getAttribute('target')).to.equal('_blank');
      expect(div.querySelector('img[alt="no src"]')).to.equal(null);
      expect(div.querySelector('h2')).to.equal(null);
      expect(div.querySelector('h3')?.textContent).to.equal('h');
    });
  }
});

describe('positive control: the vectors defeat a walk that reads the nodes’ own properties', () => {
  /** The shape of the hand-written walk the issue broke: siblings and names read from the nodes. */
  function naiveClean(parent: Node) {
    for (let node = parent.firstChild; node;) {
      const next = node.nextSibling;
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.localName;
        if (['form', 'input', 'script', 'iframe'].includes(tag)) el.remove();
        else {
          naiveClean(el);
          for (const name of el.getAttributeNames()) if (name.startsWith('on')) el.removeAttribute(name);
          if (el.getAttribute('href')?.startsWith('javascript:')) el.removeAttribute('href');
        }
      }
      node = next;
    }
  }

  it('leaves the issue’s img onerror, javascript: link and iframe srcdoc in', () => {
    const left = ISSUE_VECTORS.slice(0, 3).map((v) => {
      const root = unsanitised(v.body);
      naiveClean(root);
      return root.innerHTML;
    });
    expect(left[0]).to.contain('onerror');
    expect(left[1]).to.contain('javascript:');
    expect(left[2]).to.contain('srcdoc');
    // Without the clobbering control, the same walk cleans them.
    const root = unsanitised(ISSUE_VECTORS[0]!.body.replace('name="nextSibling"', 'name="x"'));
    naiveClean(root);
    expect(root.innerHTML).not.to.contain('onerror');
  });
});
