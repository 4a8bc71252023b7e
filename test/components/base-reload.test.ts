// reload() on every element: loads again now, past the widgets' response cache and any request in flight
// (and revalidating the browser's HTTP cache), and keeps what is on screen when it fails.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { LatestNewsElement } from '../../src/components/latest-news/latest-news.js';
import type { TagListElement } from '../../src/components/tag-list/tag-list.js';
import { requestJson } from '../../src/data/request.js';
import { configure } from '../../src/data/config.js';
import {
  crossFault,
  feed,
  item,
  lastHeaders,
  load,
  nextEvent,
  part,
  requestCount,
  resetAll,
  store,
  texts,
  uniqueKey,
} from '../helpers.js';

describe('reload()', () => {
  beforeEach(resetAll);

  it('asks the server again now, past the cache a fresh response would be served from', async () => {
    const key = uniqueKey('reload');
    await store(key, feed(2));
    const src = crossFault('store', { key, cache: 'max-age=600' });
    const el = await load<LatestNewsElement>(html`<latest-news src=${src}></latest-news>`);
    // A second element on the same URL takes the cached response: no request.
    await load(html`<latest-news src=${src}></latest-news>`);
    expect(await requestCount(key)).to.equal(1);
    await store(key, feed(1, { items: [item(7, { title: 'Reloaded story' })] }));
    const loaded = nextEvent(el, 'news-load');
    await el.reload();
    // The promise resolves once that load ended: the new content is on screen.
    expect(texts(el, 'title')).to.deep.equal(['Reloaded story']);
    expect(await requestCount(key)).to.equal(2);
    // The browser's HTTP cache revalidates (cache: 'no-cache' sends max-age=0).
    expect((await lastHeaders(key))['cache-control']).to.equal('max-age=0');
    await loaded;
  });

  it('does not join a request already in flight', async () => {
    const key = uniqueKey('inflight');
    await store(key, feed(1));
    const src = crossFault('store', { key, delay: 300 });
    const first = requestJson(src);
    const second = requestJson(src, { maxAge: -1 });
    await Promise.all([first, second]);
    expect(await requestCount(key)).to.equal(2);
    // An ordinary caller does share one.
    const a = requestJson(src, { maxAge: 0 });
    const b = requestJson(src, { maxAge: 0 });
    await Promise.all([a, b]);
    expect(await requestCount(key)).to.equal(3);
  });

  it('keeps what is on screen when it fails, says so, and fires news-error', async () => {
    configure({ retries: 0 });
    const key = uniqueKey('fail');
    await store(key, feed(2));
    const el = await load<LatestNewsElement>(
      html`<latest-news src=${crossFault('store', { key })}></latest-news>`,
    );
    await store(key, { error: 'down' }, 503);
    const failed = nextEvent(el, 'news-error');
    await el.reload();
    await failed;
    expect(texts(el, 'title')).to.have.length(2);
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'stale')).to.exist;
  });

  it('is on every element (here <tag-list>), and re-reads inline data when there is no src', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML =
      '<tag-list><script type="application/json">{"title":"T","tags":[{"name":"One","url":"https://news.example/t/1"}]}</script></tag-list>';
    const el = wrapper.firstElementChild as TagListElement;
    await nextEvent(el, 'news-load');
    el.querySelector('script')!.textContent =
      '{"title":"T","tags":[{"name":"Two","url":"https://news.example/t/2"}]}';
    await el.reload();
    expect(texts(el, 'tag')).to.deep.equal(['Two']);
    render(html``, wrapper);
  });
});
