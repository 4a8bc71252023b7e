// The DOM helpers behind <latest-news>'s rows and heading: elements made with DOM calls (add), updated in
// place to match new ones (morph), text only as text, and only the attributes asked for, whatever a page
// did to Object.prototype.
import { expect } from '@open-wc/testing';
import { add, build, morph } from '../../../src/components/latest-news/rows.js';

const row = (title: string, href?: string): Element => {
  const li = add(null, 'li', 'part', 'item');
  add(li, 'time', 'part', 'time', 'datetime', '2026-03-03').textContent = '14:02';
  (href ? add(li, 'a', 'part', 'title', 'href', href) : add(li, 'span', 'part', 'title')).textContent = title;
  return li;
};

describe('rows: add(), morph() and build()', () => {
  it('makes the elements, attributes and text asked for, text only as text', () => {
    const li = row('<img src=x onerror="window.hacked=1">', 'https://example.com/a');
    expect(li.outerHTML).to.equal(
      '<li part="item"><time part="time" datetime="2026-03-03">14:02</time>' +
        '<a part="title" href="https://example.com/a">&lt;img src=x onerror="window.hacked=1"&gt;</a></li>',
    );
    expect(li.querySelector('img')).to.equal(null);
    expect(add(null, 'a', 'part', 'title', 'href', undefined, 'lang', 'ru').outerHTML).to.equal(
      '<a part="title" lang="ru"></a>',
    );
  });

  it('updates elements of the same tag in place and replaces the others', () => {
    const li = row('One', 'https://example.com/a');
    const [time, link] = [...li.children];
    expect(morph(li, row('Two', 'https://example.com/b'))).to.equal(li);
    expect(li.children[0]).to.equal(time);
    expect(li.children[1]).to.equal(link);
    expect(link!.textContent).to.equal('Two');
    expect(link!.getAttribute('href')).to.equal('https://example.com/b');
    morph(li, row('Three'));
    expect(li.children[1]!.localName).to.equal('span');
    expect(li.children[1]!.hasAttribute('href')).to.equal(false);
    expect(li.children).to.have.length(2);
    // Children added and taken away at the end; another tag at the top is a new element.
    const longer = row('Four', 'https://example.com/d');
    add(longer, 'a', 'part', 'category', 'href', 'https://example.com/c').textContent = 'Energy';
    morph(li, longer);
    expect(li.outerHTML).to.equal(
      row('Four', 'https://example.com/d').outerHTML.replace(
        '</li>',
        '<a part="category" href="https://example.com/c">Energy</a></li>',
      ),
    );
    morph(li, row('Five', 'https://example.com/e'));
    expect(li.children).to.have.length(2);
    const p = add(null, 'p');
    expect(morph(li, p)).to.equal(p);
    expect(morph(undefined, p)).to.equal(p);
  });

  it('updates without reading Attr nodes (once read, an element keeps them for as long as it lives)', () => {
    const li = row('One', 'https://example.com/a');
    for (const el of [li, ...li.querySelectorAll('*')])
      Object.defineProperty(el, 'attributes', {
        get: () => {
          throw new Error(`<${el.localName}>.attributes was read`);
        },
      });
    morph(li, row('Two', 'https://example.com/b'));
    expect(li.children[1]!.getAttribute('href')).to.equal('https://example.com/b');
  });

  it('removes attributes the new element does not have', () => {
    const el = add(
      null,
      'a',
      'part',
      'title',
      'href',
      'https://example.com/',
      'target',
      '_blank',
      'rel',
      'noopener',
    );
    morph(el, add(null, 'a', 'part', 'title', 'href', 'https://example.com/', 'target', undefined));
    expect([...el.attributes].map((a) => a.name)).to.deep.equal(['part', 'href']);
  });

  it('build(): a spec as an element, updated in place while its tag stays; undefined attributes absent', () => {
    const h2 = build(['h2', { part: 'heading', lang: undefined }, 'News']);
    expect(h2.outerHTML).to.equal('<h2 part="heading">News</h2>');
    expect(build(['h2', { part: 'heading', lang: 'az' }, 'Xəbərlər'], h2)).to.equal(h2);
    expect(h2.outerHTML).to.equal('<h2 part="heading" lang="az">Xəbərlər</h2>');
    const h3 = build(['h3', { part: 'heading' }, 'News'], h2);
    expect(h3).to.not.equal(h2);
    expect(h3.outerHTML).to.equal('<h3 part="heading">News</h3>');
  });

  it('adds nothing a page put on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.onclick = 'window.hacked = 1';
    proto.srcdoc = '<script>window.hacked = 1</script>';
    try {
      const h2 = build(['h2', { part: 'heading' }, 'One']);
      expect(h2.outerHTML).to.not.contain('onclick');
      build(['h2', { part: 'heading' }, 'Two'], h2);
      expect(h2.outerHTML).to.not.contain('onclick');
      expect(h2.outerHTML).to.not.contain('srcdoc');
    } finally {
      delete proto.onclick;
      delete proto.srcdoc;
    }
  });
});
