// <latest-news load-more>: pages at the feed's `next`, appended below; read like the first page (the
// fault server's real requests, the format readers, validation); refreshes at the top and pages below.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import { configure } from '../../../src/data/config.js';
import type { NewsErrorEvent } from '../../../src/events/events.js';
import {
  crossFault,
  feed,
  item,
  jsonUrl,
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

/** Waits (real time) until `check` holds. */
async function until(check: () => boolean, what = 'the condition') {
  for (let i = 0; i < 250; i++) {
    if (check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ids = (el: Element) => parts(el, 'item').map((li) => li.dataset.newsItem);
const items = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => item(from + i));

async function mount(attrs: string, src: string, style = ''): Promise<LatestNewsElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const loaded = nextEvent(wrapper, 'news-load');
  wrapper.innerHTML = `<latest-news lang="en" ${attrs}></latest-news>`;
  wrapper.querySelector('latest-news')!.setAttribute('src', src);
  await loaded;
  return wrapper.querySelector('latest-news')!;
}

async function more(el: LatestNewsElement, count: number) {
  part(el, 'load-more')!.click();
  await until(() => parts(el, 'item').length === count, `${count} items`);
  await el.updateComplete;
}

describe('<latest-news load-more>', () => {
  beforeEach(() => {
    resetAll();
    configure({ retries: 0 });
  });
  afterEach(() => {
    sinon.restore();
    resetAll();
  });

  it('manual: a button after the list appends the next page, never repeating an item, beyond limit', async () => {
    const page3 = jsonUrl({ items: items(9, 10) });
    const page2 = jsonUrl({ items: [item(4), ...items(6, 8)], next: page3 });
    const el = await mount('load-more="manual" limit="4"', jsonUrl(feed(6, { next: page2 })));
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4']);
    const button = part(el, 'load-more')!;
    expect(button.localName).to.equal('button');
    expect(button.textContent!.trim()).to.equal('More headlines');
    // After the list, before the "All news" link.
    expect(part(el, 'list')!.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(button.compareDocumentPosition(part(el, 'more')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    await more(el, 7);
    // Item 4 was shown already; 5 and 6 of the first page stay beyond the limit.
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '6', '7', '8']);
    await more(el, 9);
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '6', '7', '8', '9', '10']);
    // The last page has no next: the button goes.
    expect(part(el, 'load-more')?.outerHTML).to.equal(undefined);
  });

  it('moves focus to the first new headline and tells screen readers how many came', async () => {
    const page2 = jsonUrl({ items: items(4, 8) });
    const el = await mount('load-more="manual"', jsonUrl(feed(3, { next: page2 })));
    part(el, 'load-more')!.focus();
    await more(el, 8);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('title');
    expect(focused.textContent).to.equal('Story number 4');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('5 more headlines');
    await expect(el).to.be.accessible();
  });

  it('says it in Azerbaijani and Russian, with Russian plural forms', async () => {
    const page2 = jsonUrl({ items: items(4, 5) });
    const el = await mount('load-more="manual"', jsonUrl(feed(3, { next: page2 })));
    el.lang = 'az';
    await el.updateComplete;
    expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Daha çox xəbər');
    el.lang = 'ru';
    await el.updateComplete;
    expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Ещё новости');
    await more(el, 5);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Добавлены ещё 2 новости');
  });

  it('tells screen readers of every page, the same count twice included, and of a failed one', async () => {
    const key = uniqueKey('said');
    await store(key, { error: 'down' }, 503);
    const page3 = jsonUrl({ items: items(6, 7), next: crossFault('store', { key }) });
    const page2 = jsonUrl({ items: items(4, 5), next: page3 });
    const el = await mount('load-more="manual"', jsonUrl(feed(3, { next: page2 })));
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await more(el, 5);
    const first = status.textContent!;
    expect(first.trim()).to.equal('2 more headlines');
    await more(el, 7);
    // The same words again: the region's text must change, or nothing is said.
    expect(status.textContent!.trim()).to.equal('2 more headlines');
    expect(status.textContent).not.to.equal(first);
    const failed = nextEvent<NewsErrorEvent>(el, 'news-error');
    part(el, 'load-more')!.click();
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      'Couldn’t load more headlines. Try again',
    );
  });

  it("writes the button in white or black, whichever reads on the accent: ours in both schemes, or a page's", async () => {
    /** sRGB channels (0-255) of a computed color, through a canvas: the browser may write oklch(). */
    const rgb = (color: string) => {
      const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
      return (x! + 0.05) / (y! + 0.05);
    };
    for (const [scheme, accent] of [
      ['light', ''],
      ['dark', ''],
      ['light', '#ffd400'],
      ['dark', '#c00'],
      ['light', '#8ab4f8'],
    ]) {
      const el = await mount(
        'load-more="manual"',
        jsonUrl(feed(2, { next: jsonUrl({ items: items(3, 4) }) })),
        `color-scheme: ${scheme}; ${accent ? `--news-color-accent: ${accent}` : ''}`,
      );
      const style = getComputedStyle(part(el, 'load-more')!);
      expect(
        contrast(style.color, style.backgroundColor),
        `${scheme} ${accent || 'default accent'}`,
      ).to.be.at.least(4.5);
    }
  });

  it('ends the paging at a next URL seen before', async () => {
    const key = uniqueKey('loop');
    const first = crossFault('store', { key });
    await store(key, feed(2, { next: jsonUrl({ items: items(3, 4), next: first }) }));
    const el = await mount('load-more="manual"', first);
    await more(el, 4);
    expect(part(el, 'load-more')?.outerHTML).to.equal(undefined);
    expect(await requestCount(key)).to.equal(1);
  });

  it('keeps what is shown when a page fails, fires news-error and offers to try again', async () => {
    const key = uniqueKey('page');
    await store(key, { error: 'down' }, 503);
    const el = await mount('load-more="manual"', jsonUrl(feed(3, { next: crossFault('store', { key }) })));
    const failed = nextEvent<NewsErrorEvent>(el, 'news-error');
    part(el, 'load-more')!.click();
    const error = await failed;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3']);
    expect(part(el, 'error')?.outerHTML).to.equal(undefined);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Couldn’t load more headlines. Try again');
    await store(key, { items: items(4, 5) });
    await more(el, 5);
    expect(part(el, 'load-more')?.outerHTML).to.equal(undefined);
  });

  it('validates a page like the first: a page of nothing valid is an error, not an empty page', async () => {
    const page2 = jsonUrl({ items: [{ id: '9', title: 'No date' }], next: jsonUrl(feed(1)) });
    const el = await mount('load-more="manual"', jsonUrl(feed(2, { next: page2 })));
    const failed = nextEvent<NewsErrorEvent>(el, 'news-error');
    part(el, 'load-more')!.click();
    expect((await failed).kind).to.equal('invalid');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2']);
    expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Couldn’t load more headlines. Try again');
  });

  it('auto: loads the next page as the reader nears the end of the list, not before', async () => {
    const key = uniqueKey('auto');
    await store(key, { items: items(4, 6) });
    const el = await mount(
      'load-more="auto"',
      jsonUrl(feed(3, { next: crossFault('store', { key }) })),
      'margin-top: 3000px',
    );
    expect(part(el, 'load-more')?.outerHTML).to.equal(undefined);
    await sleep(200);
    expect(await requestCount(key)).to.equal(0);
    el.scrollIntoView({ block: 'end' });
    await until(() => parts(el, 'item').length === 6, 'the second page');
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect(await requestCount(key)).to.equal(1);
    // No focus is taken when nobody asked.
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('auto: a failed page shows a retry button instead of loading again and again', async () => {
    const key = uniqueKey('auto-fail');
    await store(key, { error: 'down' }, 500);
    const failed = nextEvent(document.body, 'news-error');
    const el = await mount('load-more="auto"', jsonUrl(feed(2, { next: crossFault('store', { key }) })));
    await failed;
    await el.updateComplete;
    expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Couldn’t load more headlines. Try again');
    await sleep(200);
    expect(await requestCount(key)).to.equal(1);
    await store(key, { items: items(3, 4) });
    await more(el, 4);
  });

  it('reads pages in the same format as the first: JSON Feed next_url, URLs against the page', async () => {
    const jsonFeedItem = (n: number) => ({
      id: `jf-${n}`,
      url: `story-${n}.html`,
      title: `JSON Feed story ${n}`,
      date_published: '2026-03-03T10:00:00Z',
    });
    const page2 = jsonUrl({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JF',
      items: [jsonFeedItem(3)],
    });
    const first = jsonUrl({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JF',
      next_url: page2,
      items: [jsonFeedItem(1), jsonFeedItem(2)],
    });
    const el = await mount('load-more="manual"', first);
    await more(el, 3);
    expect(texts(el, 'title')).to.deep.equal(['JSON Feed story 1', 'JSON Feed story 2', 'JSON Feed story 3']);
    expect(parts(el, 'title')[2]!.getAttribute('href')).to.equal(new URL('story-3.html', page2).href);
  });

  it("reads WordPress pages, following the Link header's rel=next", async () => {
    const post = (n: number) => ({
      id: n,
      date_gmt: '2026-03-03T10:00:00',
      link: `https://wp.example/${n}/`,
      title: { rendered: `Post ${n}` },
      content: { rendered: '<p>x</p>' },
    });
    const page2 = crossFault('json', { body: JSON.stringify([post(3), post(2)]) });
    const first = crossFault('json', {
      body: JSON.stringify([post(1), post(2)]),
      link: `<${page2}>; rel="next"`,
    });
    const el = await mount('load-more="manual"', first);
    await more(el, 3);
    expect(texts(el, 'title')).to.deep.equal(['Post 1', 'Post 2', 'Post 3']);
    expect(part(el, 'load-more')?.outerHTML).to.equal(undefined);
  });

  it('the ticker ignores load-more', async () => {
    const el = await mount(
      'variant="ticker" load-more="manual"',
      jsonUrl(feed(3, { next: jsonUrl(feed(2)) })),
    );
    expect(part(el, 'ticker')).to.exist;
    expect(part(el, 'load-more')?.outerHTML).to.equal(undefined);
  });

  describe('with refresh', () => {
    let clock: sinon.SinonFakeTimers;
    afterEach(() => clock?.restore());

    async function polled(el: Element, ms = 20_000) {
      const done = nextEvent(el, 'news-load');
      await clock.tickAsync(ms);
      await done;
      await (el as LatestNewsElement).updateComplete;
    }

    it('a refresh at the top keeps the pages below, and a later page never re-adds what it brought', async () => {
      const key = uniqueKey('top');
      const page3 = jsonUrl({ items: [item(0), ...items(7, 8)] });
      const page2 = jsonUrl({ items: items(4, 6), next: page3 });
      await store(key, { items: items(1, 3), next: page2 });
      sinon.stub(Math, 'random').returns(0.5);
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const el = await mount('load-more="manual" refresh="20" limit="3"', crossFault('store', { key }));
      await more(el, 6);
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      window.scrollTo(0, 0);
      // Item 0 arrives at the top; with limit 3 the first page is now 0, 1, 2.
      await store(key, { items: [item(0), ...items(1, 3)], next: page2 });
      await polled(el);
      expect(ids(el)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6']);
      expect(part(el, 'new')!.dataset.newsItem).to.equal('0');
      await more(el, 9);
      expect(ids(el)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    });

    it('the "new stories" button keeps the pages below too', async () => {
      const key = uniqueKey('engaged');
      await store(key, { items: items(1, 3), next: jsonUrl({ items: items(4, 5) }) });
      sinon.stub(Math, 'random').returns(0.5);
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const el = await mount('load-more="manual" refresh="20"', crossFault('store', { key }));
      await more(el, 5);
      // Focus stays in the list: the reader is in it, so the new headline waits for the button.
      await store(key, { items: [item(0), ...items(1, 3)] });
      await polled(el);
      expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '5']);
      part(el, 'new-button')!.click();
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['0', '1', '2', '3', '4', '5']);
    });
  });
});
