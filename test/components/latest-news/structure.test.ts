// heading-level, the ticker background token and its old name, and lifecycle leftovers: a highlight that
// outlived a removal from the page, and ticker machinery built for lists that never use it.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import { configure } from '../../../src/data/config.js';
import {
  crossFault,
  feed,
  item,
  jsonUrl,
  load,
  nextEvent,
  part,
  parts,
  resetAll,
  store,
  uniqueKey,
} from '../../helpers.js';

describe('<latest-news> structure', () => {
  beforeEach(() => {
    resetAll();
    configure({ retries: 0 });
  });
  afterEach(() => {
    sinon.restore();
    resetAll();
  });

  it('heading-level sets the feed title heading (h2 by default; invalid values give h2)', async () => {
    const el = await load(html`<latest-news src=${jsonUrl(feed(2))}></latest-news>`);
    const tag = () => part(el, 'heading')!.localName;
    expect(tag()).to.equal('h2');
    expect(part(el, 'heading')!.textContent).to.equal('Latest News');
    for (const [value, expected] of [
      ['1', 'h1'],
      ['4', 'h4'],
      ['6', 'h6'],
      ['7', 'h2'],
      ['0', 'h2'],
      ['2.5', 'h2'],
      ['abc', 'h2'],
      ['3', 'h3'],
    ]) {
      el.setAttribute('heading-level', value!);
      await el.updateComplete;
      expect(tag(), `heading-level="${value}"`).to.equal(expected);
      expect(parts(el, 'heading')).to.have.length(1);
    }
    // The page's outline sees it as a heading of that level.
    expect(part(el, 'heading')!.textContent).to.equal('Latest News');
  });

  it('--news-latest-news-ticker-bg colours the ticker; --news-ticker-bg still works as its old name', async () => {
    const el = await load(html`<latest-news variant="ticker" src=${jsonUrl(feed(3))}></latest-news>`);
    const bg = () => getComputedStyle(part(el, 'ticker')!).backgroundColor;
    el.style.setProperty('--news-ticker-bg', 'rgb(1, 2, 3)');
    expect(bg()).to.equal('rgb(1, 2, 3)');
    el.style.setProperty('--news-latest-news-ticker-bg', 'rgb(4, 5, 6)');
    expect(bg()).to.equal('rgb(4, 5, 6)');
    el.style.removeProperty('--news-ticker-bg');
    expect(bg()).to.equal('rgb(4, 5, 6)');
  });

  it('a list removed from the page and added again is not highlighted any more', async () => {
    const key = uniqueKey('fresh');
    await store(key, { items: [item(2), item(3)] });
    sinon.stub(Math, 'random').returns(0.5);
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const el = await load(
        html`<latest-news refresh="20" src=${crossFault('store', { key })}></latest-news>`,
      );
      await store(key, { items: [item(1), item(2), item(3)] });
      const polled = nextEvent(el, 'news-load');
      await clock.tickAsync(20_000);
      await polled;
      await el.updateComplete;
      expect(part(el, 'new')?.dataset.newsItem).to.equal('1');
      const parent = el.parentElement!;
      el.remove();
      await Promise.resolve();
      await Promise.resolve();
      parent.append(el);
      await el.updateComplete;
      await clock.tickAsync(5_000);
      await el.updateComplete;
      expect(parts(el, 'new')).to.have.length(0);
      expect(parts(el, 'item')).to.have.length(3);
    } finally {
      clock.restore();
    }
  });

  it('a list builds none of the ticker’s observers and listeners; a variant change builds and drops them', async () => {
    let observers = 0;
    const Native = window.ResizeObserver;
    const counting = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        observers++;
      }
    };
    sinon.replace(window, 'ResizeObserver', counting);
    const media = sinon.spy(window, 'matchMedia');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const loaded = nextEvent(wrapper, 'news-load');
    render(html`<latest-news src=${jsonUrl(feed(8))}></latest-news>`, wrapper);
    await loaded;
    const el = wrapper.querySelector<LatestNewsElement>('latest-news')!;
    const motion = () => media.getCalls().filter((call) => /reduced-motion/.test(call.args[0])).length;
    expect(observers).to.equal(0);
    expect(motion()).to.equal(0);

    el.variant = 'ticker';
    await el.updateComplete;
    await el.updateComplete;
    expect(observers).to.equal(1);
    expect(motion()).to.equal(1);
    expect(el.shadowRoot!.querySelector('.track')!.getAnimations()).to.have.length(1);

    const removed = sinon.spy(el, 'removeEventListener');
    // Focus is listened for in the shadow root (focus moving inside it never reaches the host).
    const removedInside = sinon.spy(el.shadowRoot!, 'removeEventListener');
    el.variant = 'list';
    await el.updateComplete;
    expect(removed.getCalls().map((call) => call.args[0])).to.include.members([
      'pointerenter',
      'pointerleave',
    ]);
    expect(removedInside.getCalls().map((call) => call.args[0])).to.include.members(['focusin', 'focusout']);
    expect(part(el, 'ticker')).to.equal(null);
    el.variant = 'ticker';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.track')!.getAnimations()).to.have.length(1);
  });
});
