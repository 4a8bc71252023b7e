import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import { configure } from '../../../src/data/config.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../../src/events/events.js';
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
  texts,
  uniqueKey,
} from '../../helpers.js';

const NOW = Date.parse('2026-03-03T14:40:00+04:00');

describe('<latest-news>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => {
    resetAll();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    resetAll();
  });

  describe('states', () => {
    it('shows a loading placeholder with the loading state, then the headlines', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loadedEvent = nextEvent<NewsLoadEvent>(wrapper, 'news-load');
      render(html`<latest-news src=${jsonUrl(feed(3), { delay: 1500 })}></latest-news>`, wrapper);
      const el = wrapper.querySelector('latest-news')!;
      await el.updateComplete;
      expect(part(el, 'loading')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading news…');
      const heightWhileLoading = el.getBoundingClientRect().height;
      expect(heightWhileLoading).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      const event = await loadedEvent;
      expect(event.warnings).to.deep.equal([]);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(part(el, 'loading')).to.equal(null);
      expect(texts(el, 'title')).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for a feed without items, and still fires news-load', async () => {
      const el = await load(
        html`<latest-news src=${jsonUrl({ title: 'Latest News', items: [] })}></latest-news>`,
      );
      expect(part(el, 'empty')!.textContent).to.equal('No news to show yet.');
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows an error box with role alert and fires news-error for an HTTP error', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('latest-news');
      el.src = crossFault('json', { status: 404, body: '{}' });
      const failed = nextEvent<NewsErrorEvent>(wrapper, 'news-error');
      wrapper.append(el);
      const event = await failed;
      expect(event.kind).to.equal('http');
      expect(event.status).to.equal(404);
      expect(event.message).to.contain('404');
      expect(event.composed).to.equal(true);
      const box = part(el, 'error')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('Couldn’t load the news.');
      // The reader's words only: the detail (status, URL) is in the event and the console.
      expect(part(el, 'error-detail')).to.equal(null);
      expect(box.textContent).not.to.match(/404|https?:|fault/);
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    /** A list whose first `fail` requests answer 500 (then a feed of 2), after its first news-error. */
    const failing = (fail: number) => {
      configure({ retries: 0 });
      const src = crossFault('seq', { key: uniqueKey(), fail, status: 500, body: JSON.stringify(feed(2)) });
      return load(html`<latest-news src=${src}></latest-news>`, 'news-error');
    };
    /** The part of the element's shadow root that has focus (compared as parts: chai printing a failed
     *  DOM comparison never finished). */
    const focusedPart = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('part');

    it('retries from the error box', async () => {
      const el = await failing(1);
      const loaded = nextEvent(el, 'news-load');
      part(el, 'retry')!.focus();
      part(el, 'retry')!.click();
      await el.updateComplete;
      // While it loads, the focus "Try again" had stays in the element (not on the page's body).
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(focusedPart(el)).to.equal('base');
      await loaded;
      expect(parts(el, 'item')).to.have.length(2);
      expect(el.matches(':state(error)')).to.equal(false);
      expect(focusedPart(el)).to.equal('base');
    });

    it('gives focus back to "Try again" when the retry fails too, and leaves focus the reader moved', async () => {
      const el = await failing(2);
      const failed = nextEvent(el, 'news-error');
      part(el, 'retry')!.focus();
      part(el, 'retry')!.click();
      await failed;
      await el.updateComplete;
      expect(focusedPart(el)).to.equal('retry');
      // The reader moves on while the next try loads: focus stays where they put it.
      const elsewhere = document.createElement('button');
      el.after(elsewhere);
      const loaded = nextEvent(el, 'news-load');
      part(el, 'retry')!.click();
      elsewhere.focus();
      await loaded;
      await el.updateComplete;
      expect(document.activeElement === elsewhere).to.equal(true);
      elsewhere.remove();
    });

    it('waits quietly without src or data: the placeholder, no error box, no news-error', async () => {
      // More of this, for every element, in test/components/waiting.test.ts.
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors: Event[] = [];
      wrapper.addEventListener('news-error', (event) => errors.push(event));
      render(html`<latest-news></latest-news>`, wrapper);
      const el = wrapper.querySelector('latest-news')!;
      await el.updateComplete;
      await sleep(50);
      expect(errors).to.have.length(0);
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'loading')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.matches(':state(error)')).to.equal(false);
    });

    it('reports invalid items on news-load and in the console, and renders the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const data = { items: [item(1), { ...item(2), publishedAt: 'soon' }, item(3)] };
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const loaded = nextEvent<NewsLoadEvent>(wrapper, 'news-load');
        const el = document.createElement('latest-news');
        el.src = jsonUrl(data);
        wrapper.append(el);
        const event = await loaded;
        expect(event.warnings).to.deep.equal([
          'items[1].publishedAt: expected an RFC 3339 date-time with an offset',
        ]);
        expect(parts(el, 'item')).to.have.length(2);
        expect(warn.calledOnce).to.equal(true);
        expect(String(warn.firstCall.args[0])).to.contain(
          'items[1].publishedAt: expected an RFC 3339 date-time with an offset',
        );
      } finally {
        warn.restore();
      }
    });

    it('reports data of the wrong shape as invalid', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = nextEvent<NewsErrorEvent>(wrapper, 'news-error');
      const el = document.createElement('latest-news');
      el.src = jsonUrl({ headlines: [] });
      wrapper.append(el);
      expect((await failed).kind).to.equal('invalid');
      expect(part(el, 'error')!.textContent).to.contain('The news data could not be read.');
    });
  });

  describe('list', () => {
    it('renders time, badge, title link, category and the All news link', async () => {
      const data = feed(2);
      data.items[0] = { ...data.items[0]!, media: 'photo' } as (typeof data.items)[0];
      const el = await load(
        html`<latest-news src=${jsonUrl(data)} time-zone="Asia/Baku" lang="en"></latest-news>`,
      );
      const first = parts(el, 'item')[0]!;
      const time = first.querySelector('time')!;
      expect(time.getAttribute('part')).to.equal('time');
      expect(time.dateTime).to.equal(data.items[0]!.publishedAt);
      expect(time.textContent).to.equal('14:33');
      expect(first.querySelector('[part~="badge"]')!.textContent).to.equal('Photo');
      const title = first.querySelector<HTMLAnchorElement>('a[part="title"]')!;
      expect(title.href).to.equal('https://news.example/en/story-1');
      expect(title.textContent).to.equal('Story number 1');
      expect(first.querySelector<HTMLAnchorElement>('a[part="category"]')!.href).to.equal(
        'https://news.example/en/energy/',
      );
      expect(part(el, 'heading')!.textContent).to.equal('Latest News');
      const more = part(el, 'more') as HTMLAnchorElement;
      expect(more.href).to.equal('https://news.example/en/news/');
      expect(more.textContent).to.equal('All news');
      await expect(el).to.be.accessible();
    });

    it('shows the date instead of the time for older news, in the given time zone', async () => {
      const data = {
        items: [
          item(1, { publishedAt: '2026-03-02T23:30:00Z' }),
          item(2, { publishedAt: '2026-03-01T08:00:00Z' }),
        ],
      };
      const baku = await load(
        html`<latest-news src=${jsonUrl(data)} time-zone="Asia/Baku" lang="en"></latest-news>`,
      );
      // 23:30 UTC on 2 March is 03:30 on 3 March in Baku: today there.
      expect(texts(baku, 'time')).to.deep.equal(['03:30', 'March 1, 2026']);
      const utc = await load(
        html`<latest-news src=${jsonUrl(data)} time-zone="UTC" lang="en"></latest-news>`,
      );
      expect(texts(utc, 'time')).to.deep.equal(['March 2, 2026', 'March 1, 2026']);
    });

    it('falls back to the reader’s time zone for an unknown one', async () => {
      const el = await load(
        html`<latest-news src=${jsonUrl(feed(1))} time-zone="Mars/Olympus"></latest-news>`,
      );
      expect(parts(el, 'time')[0]!.textContent).to.match(/^\d\d:\d\d$|\d{4}/);
    });

    it('honours limit', async () => {
      const el = await load(html`<latest-news src=${jsonUrl(feed(15))}></latest-news>`);
      expect(parts(el, 'item')).to.have.length(10);
      el.limit = 3;
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(3);
    });

    it('renders text only as text', async () => {
      const data = {
        items: [
          item(1, { title: '<img src=x onerror="window.__xss=1">', category: { name: '<b>bold</b>' } }),
        ],
      };
      const el = await load(html`<latest-news src=${jsonUrl(data)}></latest-news>`);
      expect(part(el, 'title')!.textContent).to.equal('<img src=x onerror="window.__xss=1">');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('renders an item without a URL as plain text, and drops unsafe links', async () => {
      const data = {
        url: 'javascript:alert(1)',
        items: [item(1, { url: undefined }), item(2, { url: 'javascript:alert(2)' })],
      };
      const el = await load(html`<latest-news src=${jsonUrl(data)}></latest-news>`);
      expect(el.shadowRoot!.querySelectorAll('a[part~="title"]')).to.have.length(0);
      expect(parts(el, 'title').map((t) => t.localName)).to.deep.equal(['span', 'span']);
      expect(part(el, 'more')).to.equal(null);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
    });

    it('shows thumbnails that reserve their space, with the thumbnails attribute', async () => {
      const data = {
        items: [item(1, { image: { src: 'https://news.example/t.jpg', width: 320, height: 200 } })],
      };
      const el = await load(html`<latest-news src=${jsonUrl(data)} thumbnails></latest-news>`);
      const img = part(el, 'thumbnail') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal('https://news.example/t.jpg');
      expect(img.alt).to.equal('');
      expect(img.loading).to.equal('lazy');
      expect(img.getBoundingClientRect().width).to.be.greaterThan(40);
    });

    it('adds link-target with rel and merges link-params into every link', async () => {
      const data = feed(2, { url: 'https://news.example/en/news/?page=1&utm_source=old' });
      const el = await load(
        html`<latest-news
          src=${jsonUrl(data)}
          link-target="_blank"
          link-params=${'utm_source=partner&utm_medium=ticker'}
        ></latest-news>`,
      );
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links).to.have.length(5);
      for (const a of links) {
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(new URL(a.href).searchParams.get('utm_source')).to.equal('partner');
        expect(new URL(a.href).searchParams.get('utm_medium')).to.equal('ticker');
      }
      expect((part(el, 'more') as HTMLAnchorElement).href).to.equal(
        'https://news.example/en/news/?page=1&utm_source=partner&utm_medium=ticker',
      );
    });

    it('takes page-wide link defaults from configure()', async () => {
      configure({ linkTarget: '_top', linkParams: 'ref=widget' });
      const el = await load(html`<latest-news src=${jsonUrl(feed(1))}></latest-news>`);
      const a = part(el, 'title') as HTMLAnchorElement;
      expect(a.target).to.equal('_top');
      expect(a.rel).to.equal('');
      expect(a.href).to.equal('https://news.example/en/story-1?ref=widget');
    });

    it('leaves no stray nodes behind after many updates that drop old headlines', async () => {
      const el = await fixture<LatestNewsElement>(
        html`<latest-news limit="20" .data=${feed(20)}></latest-news>`,
      );
      await sleep(0);
      await el.updateComplete;
      const list = part(el, 'list')!;
      const count = () => list.childNodes.length;
      const before = count();
      for (let round = 1; round <= 50; round++) {
        // Two new headlines on top, two old ones gone: what a poll does all day.
        const items = Array.from({ length: 20 }, (_, i) => item(round * 2 + i));
        el.data = { ...feed(0), items };
        await el.updateComplete;
      }
      expect(parts(el, 'item')).to.have.length(20);
      // lit-html 3.3.1–3.3.3 left one comment per removed row (lit/lit#5298): 100 here.
      expect(count()).to.equal(before);
    });

    it('keeps what is shown when an app passes the next version of its data', async () => {
      const el = await fixture<LatestNewsElement>(html`<latest-news .data=${feed(3)}></latest-news>`);
      await sleep(0);
      await el.updateComplete;
      const shown = (el as unknown as { value: { items: object[] } }).value.items;
      el.data = JSON.parse(JSON.stringify({ ...feed(3), items: [item(9), ...feed(3).items] }));
      await sleep(0);
      await el.updateComplete;
      const next = (el as unknown as { value: { items: object[] } }).value.items;
      expect(next).to.have.length(4);
      // Unchanged headlines keep their objects, so their rows are not rendered again.
      expect(next.slice(1)).to.deep.equal(shown);
      expect(next[1]).to.equal(shown[0]);
      expect(part(el, 'loading')).to.equal(null);
      // A src after data is another source: nothing of the old data stays.
      el.src = jsonUrl(feed(1), { delay: 300 });
      el.data = undefined;
      await el.updateComplete;
      expect(part(el, 'loading')).to.exist;
    });

    it('renders by key: adding 10 headlines to 1,000 touches only the 10 new rows', async () => {
      const big = feed(1000);
      const el = await fixture<LatestNewsElement>(
        html`<latest-news limit="1010" .data=${big}></latest-news>`,
      );
      await sleep(0);
      await el.updateComplete;
      const rows = parts(el, 'item');
      expect(rows).to.have.length(1000);
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((list) => records.push(...list));
      observer.observe(el.shadowRoot!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      // A new parse makes new objects for every item, as a refresh does.
      el.data = JSON.parse(
        JSON.stringify({
          ...big,
          items: [...Array.from({ length: 10 }, (_, i) => item(2000 + i)), ...big.items],
        }),
      );
      await sleep(0);
      await el.updateComplete;
      observer.disconnect();
      const after = parts(el, 'item');
      expect(after).to.have.length(1010);
      expect(after.slice(10)).to.deep.equal(rows);
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n instanceof HTMLLIElement);
      expect(added).to.have.length(10);
      expect(records.filter((r) => r.type !== 'childList')).to.have.length(0);
      expect(
        records.flatMap((r) => [...r.removedNodes]).filter((n) => n instanceof HTMLLIElement),
      ).to.have.length(0);
    });

    it('takes the data property without a request', async () => {
      const el = await fixture<LatestNewsElement>(html`<latest-news .data=${feed(4)}></latest-news>`);
      await el.updateComplete;
      await sleep(0);
      expect(parts(el, 'item')).to.have.length(4);
    });
  });

  describe('where the data comes from', () => {
    it('resolves src against the page-wide base URL from a meta tag, and configure() overrides it', async () => {
      const key = uniqueKey();
      const meta = Object.assign(document.createElement('meta'), {
        name: 'news-widgets:base-url',
        content: crossFault(''),
      });
      document.head.append(meta);
      try {
        const el = await load(
          html`<latest-news
            src=${`json?key=${key}&body=${encodeURIComponent(JSON.stringify(feed(2)))}`}
          ></latest-news>`,
        );
        expect(parts(el, 'item')).to.have.length(2);
        expect(await requestCount(key)).to.equal(1);
      } finally {
        meta.remove();
      }
    });

    it('makes one request for many elements with the same src', async () => {
      const key = uniqueKey();
      const src = jsonUrl(feed(3), { key, delay: 100 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <latest-news src=${src}></latest-news><latest-news src=${src} variant="ticker"></latest-news
          ><latest-news src=${src}></latest-news>
        </div>`,
      );
      await Promise.all([...wrapper.querySelectorAll('latest-news')].map((el) => nextEvent(el, 'news-load')));
      const late = document.createElement('latest-news');
      late.src = src;
      const loaded = nextEvent(late, 'news-load');
      wrapper.append(late);
      await loaded;
      expect(await requestCount(key)).to.equal(1);
    });

    it('does not refetch when moved in the DOM', async () => {
      const key = uniqueKey();
      configure({ cacheTtl: 0 });
      const el = await load(html`<latest-news src=${jsonUrl(feed(2), { key })}></latest-news>`);
      const other = await fixture<HTMLDivElement>(html`<section></section>`);
      other.append(el);
      await sleep(200);
      expect(await requestCount(key)).to.equal(1);
      expect(parts(el, 'item')).to.have.length(2);
    });

    it('does not refetch when moved while loading, and still renders', async () => {
      const key = uniqueKey();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('latest-news');
      el.src = jsonUrl(feed(2), { key, delay: 200 });
      wrapper.append(el);
      await el.updateComplete;
      const loaded = nextEvent(el, 'news-load');
      document.body.append(el);
      await loaded;
      expect(await requestCount(key)).to.equal(1);
      el.remove();
    });

    it('aborts on disconnect: nothing renders, no event fires', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('latest-news');
      el.src = jsonUrl(feed(2), { delay: 300 });
      let events = 0;
      el.addEventListener('news-load', () => events++);
      el.addEventListener('news-error', () => events++);
      wrapper.append(el);
      await el.updateComplete;
      el.remove();
      await sleep(600);
      expect(events).to.equal(0);
      expect(part(el, 'item')).to.equal(null);
    });

    it('ignores a late response after src changed', async () => {
      const el = await fixture<LatestNewsElement>(
        html`<latest-news
          src=${jsonUrl({ items: [item(1, { title: 'Old and slow' })] }, { delay: 400 })}
        ></latest-news>`,
      );
      await el.updateComplete;
      el.src = jsonUrl({ items: [item(2, { title: 'New and fast' })] });
      await nextEvent(el, 'news-load');
      await sleep(600);
      expect(texts(el, 'title')).to.deep.equal(['New and fast']);
    });
  });

  describe('language', () => {
    const data = {
      url: 'https://news.example/',
      items: [item(1, { media: 'video', publishedAt: '2026-03-01T10:00:00+04:00' })],
    };

    it('inherits lang from the closest ancestor: Azerbaijani', async () => {
      const el = await load(
        html`<div lang="az"><latest-news src=${jsonUrl(data)} time-zone="Asia/Baku"></latest-news></div>`,
      );
      expect(part(el, 'more')!.textContent).to.equal('Bütün xəbərlər');
      expect(part(el, 'badge')!.textContent).to.equal('Video');
      expect(part(el, 'time')!.textContent).to.equal('1 mart 2026');
      expect(part(el, 'base')!.lang).to.equal('az');
      await expect(el).to.be.accessible();
    });

    it('inherits lang from the closest ancestor: Russian', async () => {
      const el = await load(
        html`<div lang="ru-RU"><latest-news src=${jsonUrl(data)} time-zone="Asia/Baku"></latest-news></div>`,
      );
      expect(part(el, 'more')!.textContent).to.equal('Все новости');
      expect(part(el, 'badge')!.textContent).to.equal('Видео');
      expect(part(el, 'time')!.textContent).to.equal('1 марта 2026 г.');
      await expect(el).to.be.accessible();
    });

    it('follows a lang change on an ancestor, and falls back to English for other languages', async () => {
      const el = await load(html`<div lang="ru"><latest-news src=${jsonUrl(data)}></latest-news></div>`);
      el.parentElement!.lang = 'fr';
      await sleep(0);
      await el.updateComplete;
      expect(part(el, 'more')!.textContent).to.equal('All news');
      expect(part(el, 'base')!.lang).to.equal('fr');
    });

    it('localises states in az and ru', async () => {
      const az = await load(html`<latest-news lang="az" src=${jsonUrl({ items: [] })}></latest-news>`);
      expect(part(az, 'empty')!.textContent).to.equal('Hələlik xəbər yoxdur.');
      const ru = await load(
        html`<latest-news lang="ru" src=${crossFault('json', { status: 404 })}></latest-news>`,
        'news-error',
      );
      expect(part(ru, 'error')!.textContent).to.contain('Не удалось загрузить новости.');
      expect(part(ru, 'retry')!.textContent).to.equal('Повторить');
      await expect(ru).to.be.accessible();
    });

    it('uses the configured locale over the document language', async () => {
      configure({ locale: 'az' });
      const el = await load(html`<latest-news src=${jsonUrl(data)}></latest-news>`);
      expect(part(el, 'more')!.textContent).to.equal('Bütün xəbərlər');
    });
  });
});
