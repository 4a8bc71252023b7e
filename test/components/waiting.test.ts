// Waiting for data (docs/elements.md, "Agreed additions"): an element with neither `src` nor `data` waits
// quietly, with its loading placeholder and :state(loading), and no error box, no :state(error) and no
// news-error; apps often set `data` just after connecting it. Then `data` or `src` renders, and taking
// `src` away goes back to waiting.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { LatestNewsElement } from '../../src/components/latest-news/latest-news.js';
import { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import { PhotoGalleryElement } from '../../src/components/photo-gallery/photo-gallery.js';
import { TagListElement } from '../../src/components/tag-list/tag-list.js';
import { photo, seedArticle } from '../fixtures/article.js';
import {
  feed,
  jsonUrl,
  nextEvent,
  part,
  parts,
  requestCount,
  resetAll,
  sleep,
  uniqueKey,
} from '../helpers.js';

type Waiting = HTMLElement & { data?: unknown; src?: string; updateComplete: Promise<unknown> };

const cases = [
  { tag: 'latest-news', Class: LatestNewsElement, data: () => feed(2), shown: 'item', count: 2 },
  { tag: 'news-article', Class: NewsArticleElement, data: () => seedArticle(), shown: 'title', count: 1 },
  {
    tag: 'tag-list',
    Class: TagListElement,
    data: () => ({ title: 'Trending', tags: [{ name: 'WUF13', url: 'https://news.example/t/wuf13' }] }),
    shown: 'tag',
    count: 1,
  },
  {
    tag: 'photo-gallery',
    Class: PhotoGalleryElement,
    data: () => ({ title: 'In Ankara', photos: [photo(1), photo(2)] }),
    shown: 'item',
    count: 2,
  },
] as const;

let names = 0;

/** Every news-error and news-load that reaches `target`, in order. */
function record(target: EventTarget) {
  const seen: string[] = [];
  const listener = (event: Event) => seen.push(event.type);
  target.addEventListener('news-error', listener);
  target.addEventListener('news-load', listener);
  return seen;
}

/** The element waits quietly: the placeholder and :state(loading), no error anywhere. */
function expectWaiting(el: Waiting, seen: string[], what: string) {
  expect(seen, `${what}: events`).to.deep.equal([]);
  expect(part(el, 'error'), `${what}: error box`).to.equal(null);
  expect(el.matches(':state(error)'), `${what}: :state(error)`).to.equal(false);
  expect(part(el, 'loading'), `${what}: loading placeholder`).to.exist;
  expect(el.matches(':state(loading)'), `${what}: :state(loading)`).to.equal(true);
}

describe('waiting for data', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  for (const { tag, Class, data, shown, count } of cases) {
    describe(`<${tag}>`, () => {
      it('markup first, then whenDefined, then data: no error on the way, then the data', async () => {
        // As a page with the CDN file: the markup is parsed before the element is defined (the CDN file
        // defines one element per task), and the app sets `data` once the definition is there.
        const name = `wait-${tag}-${names++}`;
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const seen = record(wrapper);
        wrapper.innerHTML = `<${name}></${name}>`;
        setTimeout(() => Class.define(name));
        await customElements.whenDefined(name);
        const el = wrapper.firstElementChild as Waiting;
        const loaded = nextEvent(wrapper, 'news-load');
        el.data = data();
        await loaded;
        expect(seen).to.deep.equal(['news-load']);
        expect(parts(el, shown)).to.have.length(count);
        expect(el.matches(':state(error)')).to.equal(false);
        expect(el.matches(':state(loading)')).to.equal(false);
      });

      it('markup of a defined element, then whenDefined, then data', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const seen = record(wrapper);
        wrapper.innerHTML = `<${tag}></${tag}>`;
        await customElements.whenDefined(tag);
        const el = wrapper.firstElementChild as Waiting;
        const loaded = nextEvent(wrapper, 'news-load');
        el.data = data();
        await loaded;
        expect(seen).to.deep.equal(['news-load']);
        expect(parts(el, shown)).to.have.length(count);
      });

      it('waits quietly for as long as it takes, then renders data set later', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const seen = record(wrapper);
        const el = document.createElement(tag) as Waiting;
        wrapper.append(el);
        await el.updateComplete;
        await sleep(100);
        expectWaiting(el, seen, 'after 100 ms');
        await expect(el).to.be.accessible();
        // Moved in the page while waiting: still quiet.
        wrapper.append(document.createElement('p'), el);
        await sleep(0);
        expectWaiting(el, seen, 'after a move');
        const loaded = nextEvent(wrapper, 'news-load');
        el.data = data();
        await loaded;
        expect(parts(el, shown)).to.have.length(count);
        // `data` taken away again, without a src: back to waiting, quietly.
        el.data = undefined;
        await el.updateComplete;
        await sleep(50);
        expectWaiting(el, seen.slice(1), 'data removed');
        expect(parts(el, shown)).to.have.length(0);
      });

      it('renders src set later, and waits quietly again when src is removed', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const seen = record(wrapper);
        const el = document.createElement(tag) as Waiting;
        wrapper.append(el);
        await el.updateComplete;
        const src = jsonUrl(data());
        let loaded = nextEvent(wrapper, 'news-load');
        el.setAttribute('src', src);
        await loaded;
        expect(seen).to.deep.equal(['news-load']);
        expect(parts(el, shown)).to.have.length(count);

        el.removeAttribute('src');
        await el.updateComplete;
        await sleep(50);
        expectWaiting(el, seen.slice(1), 'src removed');
        expect(parts(el, shown), 'the old source’s content is gone').to.have.length(0);

        loaded = nextEvent(wrapper, 'news-load');
        el.setAttribute('src', src);
        await loaded;
        expect(parts(el, shown)).to.have.length(count);
      });

      it('drops a request in flight when src is removed, with no event', async () => {
        const key = uniqueKey('wait');
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const seen = record(wrapper);
        const el = document.createElement(tag) as Waiting;
        el.src = jsonUrl(data(), { key, delay: 300 });
        wrapper.append(el);
        await el.updateComplete;
        await sleep(50);
        el.removeAttribute('src');
        await el.updateComplete;
        await sleep(500);
        expectWaiting(el, seen, 'src removed while loading');
        expect(await requestCount(key)).to.equal(1);
      });
    });
  }
});
