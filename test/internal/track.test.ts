// ItemTracker (src/internal/track.ts): news-click before a link to an article is followed (cancelable),
// news-impression once per item when half of it has been visible for a second while the page is shown.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import sinon from 'sinon';
import { ITEM, ItemTracker } from '../../src/internal/track.js';
import type { NewsItemEvent } from '../../src/events/events.js';

const items = [
  { id: 'a', url: 'https://news.example/a' },
  { id: 'b', url: 'https://news.example/b' },
  { id: 'c', url: 'https://news.example/c' },
];

class TrackTestElement extends LitElement {
  static override properties = { shown: { attribute: false } };
  shown = items;
  constructor() {
    super();
    new ItemTracker(this, (key) => {
      const index = items.findIndex((item) => item.id === key);
      return index < 0 ? undefined : { ...items[index]!, position: index + 1 };
    });
  }
  override render() {
    return html`<ul>
      ${this.shown.map(
        (item) =>
          html`<li data-news-item=${item.id} style="height: 60px">
            <a data-news-item=${item.id} href="#${item.id}"><span>${item.id}</span></a>
            <a href="#category">Category</a>
          </li>`,
      )}
    </ul>`;
  }
}
customElements.define('track-test', TrackTestElement);

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('ItemTracker', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('uses the attribute name it documents', () => {
    expect(ITEM).to.equal('data-news-item');
  });

  it('fires news-click with the item before the link is followed, and preventDefault() keeps the page', async () => {
    const el = await fixture<TrackTestElement>(fixtureHtml`<track-test></track-test>`);
    const seen: NewsItemEvent[] = [];
    const onClick = (event: Event) => {
      seen.push(event as NewsItemEvent);
      // The browser has not followed the link yet.
      expect(location.hash).to.equal('');
      event.preventDefault();
    };
    document.addEventListener('news-click', onClick);
    try {
      el.shadowRoot!.querySelectorAll<HTMLElement>('a[data-news-item] span')[1]!.click();
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail).to.deep.equal({ id: 'b', url: 'https://news.example/b', position: 2 });
      expect(seen[0]!.cancelable).to.equal(true);
      expect(seen[0]!.composed).to.equal(true);
      expect(location.hash).to.equal('');
    } finally {
      document.removeEventListener('news-click', onClick);
    }
  });

  it('lets the link work when nobody cancels, and ignores links that are not to an article', async () => {
    const el = await fixture<TrackTestElement>(fixtureHtml`<track-test></track-test>`);
    const seen: Event[] = [];
    el.addEventListener('news-click', (event) => seen.push(event));
    el.shadowRoot!.querySelector<HTMLElement>('a[href="#category"]')!.click();
    expect(seen).to.have.length(0);
    el.shadowRoot!.querySelector<HTMLElement>('a[data-news-item]')!.click();
    expect(seen).to.have.length(1);
    expect(location.hash).to.equal('#a');
  });

  it('counts a middle click (a new tab) but not a right click', async () => {
    const el = await fixture<TrackTestElement>(fixtureHtml`<track-test></track-test>`);
    const seen: Event[] = [];
    el.addEventListener('news-click', (event) => seen.push(event));
    const link = el.shadowRoot!.querySelector('a[data-news-item]')!;
    link.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true }));
    expect(seen).to.have.length(0);
    link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true }));
    expect(seen).to.have.length(1);
  });

  it('fires news-impression once per item after a second at least half visible', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrackTestElement>(fixtureHtml`<track-test></track-test>`);
    const seen: NewsItemEvent[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event));
    // Until the observer has reported the three items (their timers set): two frames were not always
    // enough on a busy machine (CI once saw no impression at all).
    for (let i = 0; i < 60 && clock.countTimers() < 3; i++) await frames();
    clock.tick(999);
    expect(seen).to.have.length(0);
    clock.tick(1);
    expect(seen.map((event) => event.detail)).to.deep.equal(
      items.map((item, index) => ({ ...item, position: index + 1 })),
    );
    expect(seen[0]!.cancelable).to.equal(false);
    // Scrolled away and back, re-rendered: never twice for the same item.
    el.shown = [...items];
    await el.updateComplete;
    el.style.display = 'none';
    await frames();
    el.style.display = '';
    await frames();
    clock.tick(5000);
    expect(seen).to.have.length(3);
  });

  it('does not count an item that left the view before its second was up', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const box = await fixture<HTMLElement>(
      fixtureHtml`<div style="height: 100px; overflow: auto">
        <track-test style="display: block; margin: 0"></track-test>
        <div style="height: 600px"></div>
      </div>`,
    );
    const el = box.querySelector('track-test') as TrackTestElement;
    await el.updateComplete;
    const seen: string[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event.detail.id));
    await frames();
    clock.tick(500);
    box.scrollTop = 400;
    await frames();
    clock.tick(2000);
    expect(seen).to.deep.equal([]);
    box.scrollTop = 0;
    await frames();
    clock.tick(1000);
    // Only what is at least half in the 100px box: the first row, whole.
    expect(seen).to.include('a');
    expect(seen).not.to.include('c');
  });

  it('counts an item too tall to be half visible once it fills half of the viewport', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrackTestElement>(fixtureHtml`<track-test></track-test>`);
    el.shown = [items[0]!];
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector<HTMLElement>('li')!;
    // Four viewports tall (at most a quarter of it is ever on screen), a viewport down the page.
    row.style.height = `${innerHeight * 4}px`;
    el.style.display = 'block';
    el.style.marginTop = `${innerHeight}px`;
    const seen: string[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event.detail.id));
    const top = row.getBoundingClientRect().top + scrollY;
    // Its top in the bottom third of the viewport: less than half of the viewport is filled.
    scrollTo(0, top - (innerHeight * 2) / 3);
    await frames();
    clock.tick(2000);
    expect(seen).to.deep.equal([]);
    // Scrolled into it: it fills the whole viewport.
    scrollTo(0, top + innerHeight);
    await frames();
    clock.tick(1000);
    expect(seen).to.deep.equal(['a']);
    scrollTo(0, 0);
    el.style.marginTop = '';
  });

  it('watches items that a later render adds, and stops when the element leaves the page', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrackTestElement>(fixtureHtml`<track-test></track-test>`);
    el.shown = [items[0]!];
    await el.updateComplete;
    const seen: string[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event.detail.id));
    await frames();
    clock.tick(1000);
    expect(seen).to.deep.equal(['a']);
    el.shown = items;
    await el.updateComplete;
    await frames();
    const parent = el.parentNode!;
    el.remove();
    clock.tick(1000);
    expect(seen).to.deep.equal(['a']);
    parent.append(el);
    await frames();
    clock.tick(1000);
    expect(seen).to.deep.equal(['a', 'b', 'c']);
  });
});
