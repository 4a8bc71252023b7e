// <photo-gallery>: `variant` (with `layout` as its deprecated alias), `heading-level` for the data's
// title, and the part names (`item` is the <li>, `open` the thumbnail's button).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/components/photo-gallery/photo-gallery.define.js';
import type { PhotoGalleryElement } from '../../../src/components/photo-gallery/photo-gallery.js';
import { nextEvent, part, parts, resetAll } from '../../helpers.js';
import { gallery, openAt, photoList } from './gallery.js';

/** Whether the thumbnails are one row (the strip) or wrap into rows (the grid), 6 photos in 500px. */
async function shape(attributes: string): Promise<{ el: PhotoGalleryElement; rows: number }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
  const loaded = nextEvent(wrapper, 'news-load');
  wrapper.innerHTML = `<photo-gallery ${attributes}></photo-gallery>`;
  const el = wrapper.querySelector('photo-gallery')!;
  el.data = photoList(6);
  await loaded;
  await el.updateComplete;
  const tops = parts(el, 'open').map((b) => Math.round(b.getBoundingClientRect().top));
  return { el, rows: new Set(tops).size };
}

describe('<photo-gallery> variant, heading-level and parts', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('is a grid by default and a strip with variant="strip"', async () => {
    const grid = await shape('');
    expect(grid.el.variant).to.equal(undefined);
    expect(grid.rows).to.be.greaterThan(1);
    const strip = await shape('variant="strip"');
    expect(strip.el.variant).to.equal('strip');
    expect(strip.rows).to.equal(1);
    const list = part(strip.el, 'list')!;
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
  });

  it('still takes layout, as an alias that variant overrides', async () => {
    const old = await shape('layout="strip"');
    expect(old.rows).to.equal(1);
    expect(old.el.variant).to.equal(undefined);
    expect(old.el.layout).to.equal('strip');
    const both = await shape('layout="strip" variant="grid"');
    expect(both.rows).to.be.greaterThan(1);
    expect(both.el.variant).to.equal('grid');
    // Dropping variant lets the alias show again; properties work like the attributes.
    both.el.removeAttribute('variant');
    await both.el.updateComplete;
    expect(
      new Set(parts(both.el, 'open').map((b) => Math.round(b.getBoundingClientRect().top))).size,
    ).to.equal(1);
    both.el.variant = 'grid';
    both.el.layout = 'strip';
    await both.el.updateComplete;
    expect(
      new Set(parts(both.el, 'open').map((b) => Math.round(b.getBoundingClientRect().top))).size,
    ).to.be.greaterThan(1);
  });

  it('shows the data title as a heading at heading-level; invalid levels fall back to h2', async () => {
    const el = await gallery(
      html`<photo-gallery
        heading-level="3"
        .data=${{ title: 'In Ankara', photos: photoList(2) }}
      ></photo-gallery>`,
    );
    const heading = () => part(el, 'heading')!;
    expect(heading().localName).to.equal('h3');
    expect(heading().textContent).to.equal('In Ankara');
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading().id);
    for (const [level, tag] of [
      [1, 'h1'],
      [6, 'h6'],
      [0, 'h2'],
      [7, 'h2'],
      [2.5, 'h2'],
      [Number.NaN, 'h2'],
    ] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      expect(heading().localName, String(level)).to.equal(tag);
      expect(heading().textContent).to.equal('In Ankara');
    }
    el.setAttribute('heading-level', 'four');
    await el.updateComplete;
    expect(heading().localName).to.equal('h2');
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect(heading().localName).to.equal('h5');
    await expect(el).to.be.accessible();
  });

  it('names its parts after what they are: item is the <li>, open the button, heading the title', async () => {
    const el = await gallery(
      html`<photo-gallery .data=${{ title: 'In Ankara', photos: photoList(3) }}></photo-gallery>`,
    );
    expect(parts(el, 'item').map((p) => p.localName)).to.deep.equal(['li', 'li', 'li']);
    expect(parts(el, 'open').map((p) => p.localName)).to.deep.equal(['button', 'button', 'button']);
    expect(parts(el, 'item')[1]!.contains(parts(el, 'open')[1]!)).to.equal(true);
    expect(part(el, 'heading')!.localName).to.equal('h2');
    await openAt(el, 0);
    for (const name of ['close', 'previous', 'next'])
      expect(part(el, name)!.localName, name).to.equal('button');
    el.close();
  });

  it('renders a strip placeholder while loading with variant="strip"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    render(html`<photo-gallery variant="strip"></photo-gallery>`, wrapper);
    const el = wrapper.querySelector('photo-gallery')!;
    await el.updateComplete;
    expect(part(el, 'loading')!.querySelector('.skeleton.strip')).to.exist;
  });
});
