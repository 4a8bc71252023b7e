// Live updates: polling with jitter and a floor, no polling while hidden, backoff, edits in place, and
// new headlines that never push content from under a reader. Timers are faked; the network is real
// (the fault server's /fault/store route serves whatever the test last stored).
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
  nextEvent,
  part,
  parts,
  requestCount,
  resetAll,
  store,
  texts,
  uniqueKey,
} from '../../helpers.js';

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('<latest-news refresh>', () => {
  let clock: sinon.SinonFakeTimers;
  let key: string;

  async function mount(refresh: number, body: unknown): Promise<LatestNewsElement> {
    key = uniqueKey('refresh');
    await store(key, body);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px; overflow: auto"></div>`);
    const loaded = nextEvent(wrapper, 'news-load');
    clock = sinon.useFakeTimers({
      now: Date.parse('2026-03-03T14:40:00+04:00'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    render(
      html`<latest-news refresh=${refresh} limit="20" src=${crossFault('store', { key })}></latest-news>`,
      wrapper,
    );
    await loaded;
    return wrapper.querySelector('latest-news')!;
  }

  /** Advances fake time by `ms` and, if that triggers a poll, waits for it to finish. */
  async function tickAndLoad(el: Element, ms: number, event = 'news-load') {
    const done = nextEvent(el, event);
    await clock.tickAsync(ms);
    await done;
  }

  beforeEach(() => {
    resetAll();
    configure({ retries: 0 });
    sinon.stub(Math, 'random').returns(0.5);
  });
  afterEach(() => {
    clock?.restore();
    sinon.restore();
    delete (document as { hidden?: boolean }).hidden;
    resetAll();
  });

  it('polls every refresh seconds, with ±20% jitter', async () => {
    const el = await mount(30, feed(2));
    await clock.tickAsync(29_900);
    expect(await requestCount(key)).to.equal(1);
    await tickAndLoad(el, 200);
    expect(await requestCount(key)).to.equal(2);
    (Math.random as sinon.SinonStub).returns(0);
    await tickAndLoad(el, 30_000);
    await clock.tickAsync(23_900);
    expect(await requestCount(key)).to.equal(3);
    await tickAndLoad(el, 200);
    expect(await requestCount(key)).to.equal(4);
  });

  it('never polls more often than every 15 seconds', async () => {
    const el = await mount(2, feed(2));
    await clock.tickAsync(14_000);
    expect(await requestCount(key)).to.equal(1);
    await tickAndLoad(el, 1_100);
    expect(await requestCount(key)).to.equal(2);
  });

  it('does not poll while the page is hidden, and polls once as soon as it is visible', async () => {
    const el = await mount(20, feed(2));
    setHidden(true);
    await clock.tickAsync(120_000);
    expect(await requestCount(key)).to.equal(1);
    const loaded = nextEvent(el, 'news-load');
    setHidden(false);
    await loaded;
    expect(await requestCount(key)).to.equal(2);
  });

  it('prepends new headlines, briefly highlighted, when the reader is elsewhere', async () => {
    const el = await mount(20, { items: [item(3), item(4)] });
    const kept = parts(el, 'item')[0];
    await store(key, { items: [item(1), item(2), item(3), item(4)] });
    await tickAndLoad(el, 20_000);
    expect(texts(el, 'title')).to.deep.equal([
      'Story number 1',
      'Story number 2',
      'Story number 3',
      'Story number 4',
    ]);
    expect(parts(el, 'new').map((p) => p.textContent!.includes('Story number'))).to.deep.equal([true, true]);
    expect(parts(el, 'item')[2]).to.equal(kept);
    expect(part(el, 'new-button')).to.equal(null);
    await clock.tickAsync(4_100);
    await el.updateComplete;
    expect(parts(el, 'new')).to.have.length(0);
  });

  it('updates edited headlines (same id) in place', async () => {
    const el = await mount(20, { items: [item(1), item(2)] });
    const row = parts(el, 'item')[1];
    await store(key, { items: [item(1), item(2, { title: 'Story number 2, updated' })] });
    await tickAndLoad(el, 20_000);
    expect(texts(el, 'title')).to.deep.equal(['Story number 1', 'Story number 2, updated']);
    expect(parts(el, 'item')[1]).to.equal(row);
  });

  it('offers new headlines on a button while the reader is in the list, then shows and focuses them', async () => {
    const el = await mount(20, { items: [item(3), item(4)] });
    const focused = part(el, 'title') as HTMLAnchorElement;
    focused.focus();
    await store(key, { items: [item(0), item(1), item(2), item(3, { title: 'Edited' }), item(4)] });
    await tickAndLoad(el, 20_000);
    expect(texts(el, 'title')).to.deep.equal(['Edited', 'Story number 4']);
    // Edited in place: the reader's focus stays on the link they were on.
    expect(el.shadowRoot!.activeElement).to.equal(focused);
    const button = part(el, 'new-button') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('3 new stories');
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('3 new stories');
    clock.restore(); // axe runs on timers of its own
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(texts(el, 'title')).to.deep.equal([
      'Story number 0',
      'Story number 1',
      'Story number 2',
      'Edited',
      'Story number 4',
    ]);
    expect(part(el, 'new-button')).to.equal(null);
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Story number 0');
  });

  it('counts new stories in Russian plural forms', async () => {
    const el = await mount(20, { items: [item(9)] });
    el.lang = 'ru';
    el.dispatchEvent(new PointerEvent('pointerenter'));
    await store(key, { items: [item(1), item(2), item(9)] });
    await tickAndLoad(el, 20_000);
    expect(part(el, 'new-button')!.textContent!.trim()).to.equal('2 новые новости');
  });

  it('keeps content on a failed refresh, says so unobtrusively, backs off, and recovers', async () => {
    const el = await mount(20, feed(3));
    await store(key, { error: 'down' }, 503);
    await tickAndLoad(el, 20_000, 'news-error');
    expect(parts(el, 'item')).to.have.length(3);
    expect(part(el, 'stale')!.textContent).to.equal('Couldn’t update. Showing the news loaded earlier.');
    expect(part(el, 'error')).to.equal(null);
    // Backoff: the next poll waits twice as long.
    await clock.tickAsync(39_000);
    expect(await requestCount(key)).to.equal(2);
    await store(key, feed(4));
    await tickAndLoad(el, 2_000);
    expect(await requestCount(key)).to.equal(3);
    expect(parts(el, 'item')).to.have.length(4);
    expect(part(el, 'stale')).to.equal(null);
  });

  it('is accessible with the "couldn’t update" note', async () => {
    const el = await mount(20, feed(3));
    await store(key, { error: 'down' }, 500);
    await tickAndLoad(el, 20_000, 'news-error');
    clock.restore();
    expect(part(el, 'stale')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shares polls between widgets on the same feed', async () => {
    key = uniqueKey('shared');
    await store(key, feed(2));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const both = Promise.all([nextEvent(wrapper, 'news-load'), nextEvent(wrapper, 'news-load')]);
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // The two widgets draw opposite ends of the jitter: polls at 16 s and 24 s.
    (Math.random as sinon.SinonStub).onCall(0).returns(0).onCall(1).returns(1).returns(0.5);
    const src = crossFault('store', { key });
    render(
      html`<latest-news refresh="20" src=${src}></latest-news
        ><latest-news refresh="20" src=${src}></latest-news>`,
      wrapper,
    );
    await both;
    const [a, b] = wrapper.querySelectorAll('latest-news');
    expect(await requestCount(key)).to.equal(1);
    await tickAndLoad(a!, 16_000);
    expect(await requestCount(key)).to.equal(2);
    await tickAndLoad(b!, 8_000);
    expect(await requestCount(key)).to.equal(2);
  });

  it('stops polling when disconnected', async () => {
    const el = await mount(20, feed(1));
    el.remove();
    await clock.tickAsync(100_000);
    expect(await requestCount(key)).to.equal(1);
  });
});
