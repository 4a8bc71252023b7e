// Regression tests for lifecycle and live-update edge cases found in review.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../../src/components/latest-news/latest-news.define.js';
import { configure } from '../../../src/data/config.js';
import type { NewsErrorEvent } from '../../../src/events/events.js';
import {
  crossFault,
  feed,
  item,
  jsonUrl,
  load,
  nextEvent,
  part,
  parts,
  requestCount,
  resetAll,
  sleep,
  store,
  texts,
  uniqueKey,
} from '../../helpers.js';

describe('<latest-news> lifecycle', () => {
  beforeEach(() => {
    resetAll();
    configure({ retries: 0 });
  });
  afterEach(() => {
    sinon.restore();
    resetAll();
  });

  it('renders with a malformed lang tag on the page', async () => {
    const el = await load(html`<div lang="en_US"><latest-news src=${jsonUrl(feed(2))}></latest-news></div>`);
    expect(parts(el, 'item')).to.have.length(2);
    expect(part(el, 'base')!.lang).to.equal('en-US');
    const odd = await load(html`<latest-news lang="x!" src=${jsonUrl(feed(1))}></latest-news>`);
    expect(part(odd, 'base')!.lang).to.equal('en');
  });

  it('shows the new source’s error, not the old source’s headlines, when src changes to a failing URL', async () => {
    const el = await load(html`<latest-news src=${jsonUrl(feed(3))}></latest-news>`);
    const failed = nextEvent<NewsErrorEvent>(el, 'news-error');
    el.src = crossFault('json', { status: 404 });
    await failed;
    expect(parts(el, 'item')).to.have.length(0);
    expect(part(el, 'error')).to.exist;
    expect(part(el, 'stale')).to.equal(null);
  });

  it('shows each source’s own headlines when src goes A → B → A', async () => {
    configure({ cacheTtl: 0 });
    const a = crossFault('json', {
      etag: 'a',
      cache: 'no-cache',
      body: JSON.stringify({ items: [item(1, { title: 'From A' })] }),
    });
    const b = crossFault('json', {
      etag: 'b',
      cache: 'no-cache',
      body: JSON.stringify({ items: [item(2, { title: 'From B' })] }),
    });
    const el = await load(html`<latest-news src=${a}></latest-news>`);
    for (const [src, title] of [
      [b, 'From B'],
      [a, 'From A'],
    ]) {
      const loaded = nextEvent(el, 'news-load');
      el.src = src;
      await loaded;
      expect(texts(el, 'title')).to.deep.equal([title]);
    }
  });

  it('treats a limit that is not a number as the default', async () => {
    const el = await load(html`<latest-news limit="abc" src=${jsonUrl(feed(12))}></latest-news>`);
    expect(parts(el, 'item')).to.have.length(10);
  });

  it('refetches when with-credentials changes', async () => {
    const key = uniqueKey();
    const el = await load(
      html`<latest-news src=${jsonUrl(feed(1), { key, cors: 'credentials' })}></latest-news>`,
    );
    const loaded = nextEvent(el, 'news-load');
    el.withCredentials = true;
    await loaded;
    expect(await requestCount(key)).to.equal(2);
  });

  it('moves focus back into the widget after "Try again"', async () => {
    const key = uniqueKey();
    const el = await load(
      html`<latest-news
        src=${crossFault('seq', { key, fail: 1, status: 500, body: JSON.stringify(feed(2)) })}
      ></latest-news>`,
      'news-error',
    );
    const retry = part(el, 'retry') as HTMLButtonElement;
    retry.focus();
    const loaded = nextEvent(el, 'news-load');
    retry.click();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
  });

  it('keeps the ticker moving after it is moved in the DOM', async () => {
    const el = await load(
      html`<div style="width: 300px">
        <latest-news variant="ticker" src=${jsonUrl(feed(8))}></latest-news>
      </div>`,
    );
    await sleep(50);
    const track = el.shadowRoot!.querySelector('.track')!;
    expect(track.getAnimations()[0]?.playState).to.equal('running');
    const other = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
    other.append(el);
    await el.updateComplete;
    await sleep(50);
    expect(track.getAnimations()[0]?.playState).to.equal('running');
  });

  describe('with polling', () => {
    let clock: sinon.SinonFakeTimers;
    let key: string;

    async function mount(body: unknown, params: Record<string, string> = {}) {
      key = uniqueKey('life');
      await store(key, body);
      sinon.stub(Math, 'random').returns(0.5);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const first = nextEvent(wrapper, 'news-load');
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      render(
        html`<latest-news refresh="20" src=${crossFault('store', { key, ...params })}></latest-news>`,
        wrapper,
      );
      await first;
      return wrapper.querySelector('latest-news')!;
    }
    const tick = async (el: Element, ms: number, event = 'news-load') => {
      const done = nextEvent(el, event);
      await clock.tickAsync(ms);
      return done;
    };
    afterEach(() => clock?.restore());

    it('resets the backoff after a refresh that finds nothing changed', async () => {
      const el = await mount(feed(2), { etag: 'same', cache: 'no-cache' });
      await store(key, { error: 'blip' }, 503);
      await tick(el, 20_000, 'news-error');
      await store(key, feed(2));
      await tick(el, 40_000); // backed off once: 40 s
      await tick(el, 20_000); // back to 20 s
      expect(await requestCount(key)).to.equal(4);
    });

    it('keeps the headlines when a refresh has only invalid items', async () => {
      const el = await mount(feed(3));
      sinon.stub(console, 'warn');
      await store(key, { items: [{ id: 'x' }, { id: 'y' }] });
      const event = await tick(el, 20_000, 'news-error');
      expect((event as NewsErrorEvent).kind).to.equal('invalid');
      expect(parts(el, 'item')).to.have.length(3);
      expect(part(el, 'stale')).to.exist;
    });

    it('does not re-insert the error box on each background poll', async () => {
      key = uniqueKey('life');
      await store(key, { error: 'down' }, 500);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = nextEvent(wrapper, 'news-error');
      sinon.stub(Math, 'random').returns(0.5);
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      render(html`<latest-news refresh="20" src=${crossFault('store', { key })}></latest-news>`, wrapper);
      await failed;
      const el = wrapper.querySelector('latest-news')!;
      const box = part(el, 'error');
      await tick(el, 40_000, 'news-error');
      await tick(el, 80_000, 'news-error');
      expect(part(el, 'error')).to.equal(box);
      expect(el.matches(':state(error)')).to.equal(true);
      await store(key, feed(2));
      await tick(el, 160_000);
      expect(parts(el, 'item')).to.have.length(2);
    });

    it('drops a pending "new stories" button once the new headlines are shown anyway', async () => {
      const el = await mount({ items: [item(3)] });
      el.dispatchEvent(new PointerEvent('pointerenter'));
      await store(key, { items: [item(2), item(3)] });
      await tick(el, 20_000);
      expect(part(el, 'new-button')).to.exist;
      el.dispatchEvent(new PointerEvent('pointerleave'));
      await store(key, { items: [item(1), item(2), item(3)] });
      await tick(el, 20_000);
      expect(part(el, 'new-button')).to.equal(null);
      expect(texts(el, 'title')).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    });
  });
});
