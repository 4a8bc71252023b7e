// Content before script (docs/elements.md): a direct child <script type="application/json"> is the
// element's initial data, in any format it reads, rendered with no request; the other children are its
// fallback, shown (through a lone <slot>) while the element has nothing of its own to show.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { LatestNewsElement } from '../../src/components/latest-news/latest-news.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/events/events.js';
import {
  crossFault,
  feed,
  item,
  jsonUrl,
  nextEvent,
  part,
  requestCount,
  resetAll,
  store,
  texts,
  uniqueKey,
} from '../helpers.js';

const SAMPLE = (name: string) => new URL(`/test/fixtures/real-feeds/${name}`, location.href).href;

/** JSON for the inside of a <script>: `<` escaped, so no `</script>` can close it early. */
const inline = (value: unknown) =>
  `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

const FALLBACK =
  '<ul class="fallback"><li><a href="https://news.example/en/story-1">Server-rendered story</a></li></ul>';

let wrappers: HTMLElement[] = [];

/** Puts `markup` in the page (as server HTML would be, children first) and waits for `event`, if any. */
async function mount<T extends Element = LatestNewsElement>(markup: string, event?: string): Promise<T> {
  const wrapper = document.createElement('div');
  wrappers.push(wrapper);
  document.body.append(wrapper);
  const done = event ? nextEvent(wrapper, event) : undefined;
  wrapper.innerHTML = markup;
  await done;
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** The shadow root shows the fallback and nothing else. */
function expectFallback(el: Element, what: string) {
  const root = el.shadowRoot!;
  expect(root.children.length, `${what}: shadow children`).to.equal(1);
  expect(root.firstElementChild!.localName, `${what}: a lone slot`).to.equal('slot');
  expect(part(el, 'base'), `${what}: no base`).to.equal(null);
  expect(part(el, 'loading'), `${what}: no skeleton`).to.equal(null);
  expect(part(el, 'error'), `${what}: no error box`).to.equal(null);
  const shown = (root.firstElementChild as HTMLSlotElement).assignedElements().map((e) => e.className);
  expect(shown, `${what}: the fallback is slotted`).to.include('fallback');
}

describe('inline data and fallback', () => {
  let fetchSpy: sinon.SinonSpy;
  beforeEach(() => {
    resetAll();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => {
    sinon.restore();
    wrappers.forEach((w) => w.remove());
    wrappers = [];
  });

  it('renders an inline native feed at once, with no request, not stored in `data`', async () => {
    const el = await mount(`<latest-news>${inline(feed(3))}${FALLBACK}</latest-news>`, 'news-load');
    expect(texts(el, 'title')).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    expect(fetchSpy.called, 'fetch').to.equal(false);
    expect(el.data).to.equal(undefined);
    // Content: no slot, so the fallback is not displayed, but it stays in the light DOM.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('.fallback')).to.exist;
  });

  it('resolves relative URLs against the page, or against `src` when there is one', async () => {
    const relative = feed(1, { items: [item(1, { url: 'stories/1' })], url: undefined });
    const page = await mount(`<latest-news>${inline(relative)}</latest-news>`, 'news-load');
    expect(part(page, 'title')!.getAttribute('href')).to.equal(new URL('stories/1', document.baseURI).href);
    const src = 'https://feeds.example/en/latest.json';
    const withSrc = await mount(`<latest-news src="${src}">${inline(relative)}</latest-news>`, 'news-load');
    expect(part(withSrc, 'title')!.getAttribute('href')).to.equal('https://feeds.example/en/stories/1');
    expect(fetchSpy.called, 'no request for src without refresh').to.equal(false);
  });

  it('reads JSON Feed and WordPress inline data like a response', async () => {
    const jsonFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JF',
      items: [
        {
          id: 'a',
          url: 'https://jf.example/a',
          title: 'From a JSON Feed',
          date_published: '2026-03-03T10:00:00Z',
        },
      ],
    };
    const jf = await mount(`<latest-news>${inline(jsonFeed)}</latest-news>`, 'news-load');
    expect(texts(jf, 'title')).to.deep.equal(['From a JSON Feed']);
    const wp = await (await fetch(SAMPLE('wp-v2-posts-embed.json'))).json();
    fetchSpy.resetHistory();
    const el = await mount(`<latest-news>${inline(wp)}</latest-news>`, 'news-load');
    expect(texts(el, 'title')).to.deep.equal([
      'The Beauties of Gullfoss',
      'Shinjuku Gyoen National Garden',
      'Sunrise at Phú Quốc Island',
    ]);
    const article = await mount(`<news-article item="51">${inline(wp)}</news-article>`, 'news-load');
    expect(part(article, 'title')!.textContent!.trim()).to.equal('Sunrise at Phú Quốc Island');
    // The readers are a lazily loaded module (an import, not fetch()); the data needed no request.
    expect(fetchSpy.called, 'fetch').to.equal(false);
  });

  it('inline data that fails validation keeps the fallback and fires news-error', async () => {
    const warn = sinon.stub(console, 'warn');
    for (const bad of [inline({ items: 'no' }), '<script type="application/json">{"items": [1,</script>']) {
      const errors: NewsErrorEvent[] = [];
      const wrapperEvents = (event: Event) => errors.push(event as NewsErrorEvent);
      document.addEventListener('news-error', wrapperEvents);
      const el = await mount(`<latest-news>${bad}${FALLBACK}</latest-news>`, 'news-error');
      document.removeEventListener('news-error', wrapperEvents);
      expect(errors).to.have.length(1);
      expect(errors[0]!.kind).to.equal('invalid');
      expectFallback(el, bad);
      expect(el.matches(':state(error)')).to.equal(true);
    }
    expect(warn.callCount, 'once per failure, with the tag').to.equal(2);
    expect(String(warn.firstCall.args[0])).to.equal('<latest-news>');
    expect(fetchSpy.called).to.equal(false);
  });

  it('shows the fallback while a slow src loads, and not once the content is in', async () => {
    const el = await mount(
      `<latest-news src="${jsonUrl(feed(2), { delay: 400 })}">\n  ${FALLBACK}\n</latest-news>`,
    );
    expect(el.matches(':state(loading)')).to.equal(true);
    expectFallback(el, 'loading');
    await nextEvent(el, 'news-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(texts(el, 'title')).to.have.length(2);
    expect(el.querySelector('.fallback'), 'still in the light DOM').to.exist;
  });

  it('keeps the fallback on a load error, and still fires news-error and logs it', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await mount(
      `<latest-news src="${crossFault('json', { status: 404 })}">${FALLBACK}</latest-news>`,
      'news-error',
    );
    expectFallback(el, 'error');
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[1])).to.contain('404');
  });

  it('without fallback (white space and the data script only) shows its own placeholder', async () => {
    const el = await mount(
      `<latest-news src="${jsonUrl(feed(2), { delay: 300 })}">\n  <!-- a note -->\n</latest-news>`,
    );
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(part(el, 'loading')).to.exist;
    await nextEvent(el, 'news-load');
  });

  it('with src and refresh, polls src after the interval (inline data first, no request)', async () => {
    const key = uniqueKey('inline');
    await store(key, feed(1, { items: [item(9, { title: 'Polled story' })] }));
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const src = crossFault('store', { key });
      const el = await mount(
        `<latest-news refresh="20" src="${src}">${inline(feed(2))}</latest-news>`,
        'news-load',
      );
      expect(texts(el, 'title')).to.deep.equal(['Story number 1', 'Story number 2']);
      expect(await requestCount(key)).to.equal(0);
      const polled = nextEvent(el, 'news-load');
      await clock.tickAsync(25_000);
      await polled;
      expect(await requestCount(key)).to.equal(1);
      expect(texts(el, 'title')).to.deep.equal(['Polled story']);
    } finally {
      clock.restore();
    }
  });

  it('the `data` property wins over inline data', async () => {
    const wrapper = document.createElement('div');
    wrappers.push(wrapper);
    wrapper.innerHTML = `<latest-news>${inline(feed(3))}</latest-news>`;
    const el = wrapper.firstElementChild as LatestNewsElement;
    el.data = feed(1, { items: [item(5, { title: 'From data' })] });
    const loaded = nextEvent<NewsLoadEvent>(wrapper, 'news-load');
    document.body.append(wrapper);
    await loaded;
    expect(texts(el, 'title')).to.deep.equal(['From data']);
  });

  it('never runs script from inline data: an escaped </script> in a body is sanitised as usual', async () => {
    const w = window as unknown as { __inlineHit?: number };
    w.__inlineHit = 0;
    const hostile =
      '</script><script>window.__inlineHit++</script><img src=x onerror="window.__inlineHit++">';
    const el = await mount(
      `<news-article>${inline({
        id: 'x',
        title: hostile,
        publishedAt: '2026-03-03T10:00:00Z',
        body: `<p>Fine</p>${hostile}`,
      })}</news-article>`,
      'news-load',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.__inlineHit).to.equal(0);
    expect(part(el, 'title')!.textContent).to.contain('</script>');
    const body = part(el, 'body')!;
    expect(body.querySelector('script, [onerror]')).to.equal(null);
    expect(body.textContent).to.contain('Fine');
  });
});

describe('fallback and named slots', () => {
  afterEach(() => {
    wrappers.forEach((w) => w.remove());
    wrappers = [];
  });

  it('a child for a named slot (the tag list’s heading) is not fallback', async () => {
    const el = await mount(
      `<tag-list variant="bar" src="${jsonUrl({ tags: [{ name: 'A', url: 'https://news.example/t/a' }] }, { delay: 300 })}"><h3 slot="heading">Popular</h3></tag-list>`,
    );
    expect(part(el, 'loading')).to.exist;
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    await nextEvent(el, 'news-load');
  });
});
