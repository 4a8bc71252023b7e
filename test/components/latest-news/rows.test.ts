// The DOM builder behind <latest-news>'s rows: elements updated in place, text only as text, and only
// the attributes asked for, whatever a page did to Object.prototype.
import { expect } from '@open-wc/testing';
import { build } from '../../../src/components/latest-news/rows.js';
import type { Spec } from '../../../src/components/latest-news/rows.js';

const row = (title: string, href?: string): Spec => [
  'li',
  { part: 'item' },
  [
    ['time', { part: 'time', datetime: '2026-03-03' }, '14:02'],
    href ? ['a', { part: 'title', href }, title] : ['span', { part: 'title' }, title],
  ],
];

describe('rows: build()', () => {
  it('makes the elements, attributes and text of a spec, text only as text', () => {
    const li = build(row('<img src=x onerror="window.hacked=1">', 'https://example.com/a'));
    expect(li.outerHTML).to.equal(
      '<li part="item"><time part="time" datetime="2026-03-03">14:02</time>' +
        '<a part="title" href="https://example.com/a">&lt;img src=x onerror="window.hacked=1"&gt;</a></li>',
    );
    expect(li.querySelector('img')).to.equal(null);
  });

  it('updates elements of the same tag in place and replaces the others', () => {
    const li = build(row('One', 'https://example.com/a'));
    const [time, link] = [...li.children];
    expect(build(row('Two', 'https://example.com/b'), li)).to.equal(li);
    expect(li.children[0]).to.equal(time);
    expect(li.children[1]).to.equal(link);
    expect(link!.textContent).to.equal('Two');
    expect(link!.getAttribute('href')).to.equal('https://example.com/b');
    build(row('Three'), li);
    expect(li.children[1]!.localName).to.equal('span');
    expect(li.children[1]!.hasAttribute('href')).to.equal(false);
    expect(li.children).to.have.length(2);
  });

  it('updates without reading Attr nodes (once read, an element keeps them for as long as it lives)', () => {
    const li = build(row('One', 'https://example.com/a'));
    for (const el of [li, ...li.querySelectorAll('*')])
      Object.defineProperty(el, 'attributes', {
        get: () => {
          throw new Error(`<${el.localName}>.attributes was read`);
        },
      });
    build(row('Two', 'https://example.com/b'), li);
    expect(li.children[1]!.getAttribute('href')).to.equal('https://example.com/b');
  });

  it('removes attributes a spec leaves out or sets to undefined', () => {
    const el = build([
      'a',
      { part: 'title', href: 'https://example.com/', target: '_blank', rel: 'noopener' },
    ]);
    build(['a', { part: 'title', href: 'https://example.com/', target: undefined }], el);
    expect([...el.attributes].map((a) => a.name)).to.deep.equal(['part', 'href']);
  });

  it('adds nothing a page put on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.onclick = 'window.hacked = 1';
    proto.srcdoc = '<script>window.hacked = 1</script>';
    try {
      const li = build(row('One', 'https://example.com/a'));
      expect(li.outerHTML).to.not.contain('onclick');
      expect(li.outerHTML).to.not.contain('srcdoc');
      build(row('Two', 'https://example.com/b'), li);
      expect(li.outerHTML).to.not.contain('onclick');
    } finally {
      delete proto.onclick;
      delete proto.srcdoc;
    }
  });
});
