// news-click and news-impression from <latest-news>, list and ticker: every headline row and its link
// carry data-news-item, and the detail is { id, url, position } by the place in the list as shown.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import type { NewsItemEvent } from '../../../src/events/events.js';
import { feed, item, jsonUrl, nextEvent, part, parts, resetAll, sleep } from '../../helpers.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function mount(attrs: string, body: unknown): Promise<LatestNewsElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const loaded = nextEvent(wrapper, 'news-load');
  wrapper.innerHTML = `<latest-news lang="en" ${attrs}></latest-news>`;
  wrapper.querySelector('latest-news')!.setAttribute('src', jsonUrl(body));
  await loaded;
  return wrapper.querySelector('latest-news')!;
}

describe('<latest-news> news-click and news-impression', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(resetAll);
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    resetAll();
  });

  it('marks every row and its headline link with data-news-item, not the category link', async () => {
    const el = await mount('', feed(3));
    expect(parts(el, 'item').map((li) => li.dataset.newsItem)).to.deep.equal(['1', '2', '3']);
    expect(parts(el, 'title').map((a) => a.dataset.newsItem)).to.deep.equal(['1', '2', '3']);
    expect(parts(el, 'category').every((a) => !a.hasAttribute('data-news-item'))).to.equal(true);
  });

  it('clicking a headline fires news-click with { id, url, position }; preventDefault() keeps the page', async () => {
    const el = await mount('link-params="utm_source=partner"', feed(3));
    const page = location.href;
    const seen: NewsItemEvent[] = [];
    const onClick = (event: Event) => {
      seen.push(event as NewsItemEvent);
      event.preventDefault();
    };
    document.addEventListener('news-click', onClick);
    try {
      parts(el, 'title')[1]!.click();
    } finally {
      document.removeEventListener('news-click', onClick);
    }
    expect(seen).to.have.length(1);
    // The URL as the data gives it, without link-params.
    expect(seen[0]!.detail).to.deep.equal({ id: '2', url: 'https://news.example/en/story-2', position: 2 });
    expect(seen[0]!.cancelable).to.equal(true);
    expect(seen[0]!.composed && seen[0]!.bubbles).to.equal(true);
    await sleep(50);
    expect(location.href).to.equal(page);
  });

  it('the category link does not fire it', async () => {
    const el = await mount('', feed(2));
    const seen: Event[] = [];
    el.addEventListener('news-click', (event) => seen.push(event));
    const stop = (event: Event) => event.preventDefault();
    el.parentElement!.addEventListener('click', stop);
    parts(el, 'category')[0]!.click();
    el.parentElement!.removeEventListener('click', stop);
    expect(seen).to.have.length(0);
  });

  it('gives positions as shown: after limit and a loaded page, and in the ticker', async () => {
    const el = await mount('limit="2" load-more="manual"', feed(5, { next: jsonUrl({ items: [item(9)] }) }));
    part(el, 'load-more')!.click();
    for (let i = 0; i < 200 && parts(el, 'item').length < 3; i++) await sleep(20);
    const seen: NewsItemEvent[] = [];
    el.addEventListener('news-click', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    parts(el, 'title')[2]!.click();
    expect(seen[0]!.detail).to.deep.equal({ id: '9', url: 'https://news.example/en/story-9', position: 3 });

    const ticker = await mount('variant="ticker"', feed(4));
    ticker.addEventListener('news-click', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    // The ticker's first copy of the headlines (the second, for the loop, is inert).
    const rows = [...part(ticker, 'list')!.children] as HTMLElement[];
    expect(rows.map((li) => li.dataset.newsItem)).to.deep.equal(['1', '2', '3', '4']);
    parts(ticker, 'title')[3]!.click();
    expect(seen[1]!.detail).to.deep.equal({ id: '4', url: 'https://news.example/en/story-4', position: 4 });
  });

  it('fires news-impression once per headline, a second after it is half visible', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await mount('', feed(3));
    const seen: NewsItemEvent[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event));
    await frames();
    clock.tick(999);
    expect(seen).to.have.length(0);
    clock.tick(1);
    expect(seen.map((event) => event.detail)).to.deep.equal(
      [1, 2, 3].map((n) => ({ id: `${n}`, url: `https://news.example/en/story-${n}`, position: n })),
    );
    // Hidden and shown again, re-rendered in another language: never twice for the same headline.
    el.style.display = 'none';
    await frames();
    el.style.display = '';
    el.lang = 'ru';
    await el.updateComplete;
    await frames();
    clock.tick(5000);
    expect(seen).to.have.length(3);
  });
});
