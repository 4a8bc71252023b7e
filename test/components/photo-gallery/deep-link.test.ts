import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/photo-gallery/photo-gallery.define.js';
import type { NewsPhotoEvent } from '../../../src/events/events.js';
import { jsonUrl, nextEvent, part, parts, resetAll, sleep } from '../../helpers.js';
import { counter, dialog, gallery, openAt, photoList } from './gallery.js';

const param = () => new URLSearchParams(location.search).get('photo');

/** The test page's URL with `?photo=n`. */
const withPhoto = (n: string) => {
  const url = new URL(location.href);
  url.searchParams.set('photo', n);
  return url.href;
};

describe('<photo-gallery deep-link>', () => {
  let original: string;
  beforeEach(() => {
    resetAll();
    original = location.href;
  });
  afterEach(() => {
    resetAll();
    history.replaceState(history.state, '', original);
  });

  it('pushes ?photo=N on open, replaces it while stepping, and takes it back on close', async () => {
    const el = await gallery(html`<photo-gallery deep-link .data=${photoList(3)}></photo-gallery>`);
    expect(el.deepLink).to.equal(true);
    const length = history.length;
    await openAt(el, 1);
    expect(param()).to.equal('2');
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(length + 1);
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(param()).to.equal('3');
    expect(history.length).to.equal(length + 1);
    // Everything else in the URL stays.
    expect(withPhoto('3')).to.equal(location.href);
    const popped = nextEvent(window, 'popstate');
    part(el, 'close')!.click();
    await popped;
    expect(location.href).to.equal(original);
    expect(dialog(el).open).to.equal(false);
  });

  it('closes on Back, without stepping further back; Forward opens the photo again', async () => {
    const el = await gallery(html`<photo-gallery deep-link .data=${photoList(3)}></photo-gallery>`);
    const thumb = parts(el, 'open')[2]!;
    await openAt(el, 2);
    expect(param()).to.equal('3');
    const closed = nextEvent<NewsPhotoEvent>(el, 'news-photo-close');
    history.back();
    expect((await closed).index).to.equal(2);
    expect(dialog(el).open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(thumb);
    await sleep(100);
    expect(location.href).to.equal(original);
    const opened = nextEvent<NewsPhotoEvent>(el, 'news-photo-open');
    history.forward();
    expect((await opened).index).to.equal(2);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(counter(el)).to.equal('3 / 3');
    // Opened from the URL, so closing replaces the entry rather than going back past it.
    const length = history.length;
    el.close();
    expect(param()).to.equal(null);
    expect(history.length).to.equal(length);
  });

  it('opens the photo of a URL with ?photo=2 once the photos are rendered', async () => {
    history.replaceState(history.state, '', withPhoto('2'));
    const length = history.length;
    const wrapper = document.createElement('div');
    const opened = nextEvent<NewsPhotoEvent>(wrapper, 'news-photo-open');
    const loaded = nextEvent(wrapper, 'news-load');
    const el = document.createElement('photo-gallery');
    el.deepLink = true;
    el.src = jsonUrl(photoList(3), { delay: 100 });
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      expect((await opened).index).to.equal(1);
      await loaded;
      expect(dialog(el).open).to.equal(true);
      expect(counter(el)).to.equal('2 / 3');
      expect(history.length).to.equal(length);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
      // Escape closes; nothing was pushed, so the parameter is replaced away instead of going back.
      const closed = nextEvent(el, 'news-photo-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(param()).to.equal(null);
      expect(history.length).to.equal(length);
      expect(location.href).to.equal(original);
    } finally {
      wrapper.remove();
    }
  });

  it('keeps ?photo=N and the open photo when the gallery moves within the page', async () => {
    const el = await gallery(
      html`<div>
        <photo-gallery deep-link .data=${photoList(3)}></photo-gallery>
        <section></section>
      </div>`,
    );
    const length = history.length;
    await openAt(el, 1);
    el.parentElement!.querySelector('section')!.append(el);
    await sleep(100);
    expect(dialog(el).open).to.equal(true);
    expect(param()).to.equal('2');
    expect(history.length).to.equal(length + 1);
    // Still the owner: stepping and closing work on the address as before.
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(param()).to.equal('3');
    const popped = nextEvent(window, 'popstate');
    el.close();
    await popped;
    expect(location.href).to.equal(original);
  });

  it('takes ?photo=N out of the address when the gallery leaves the page with its lightbox open', async () => {
    const el = await gallery(html`<photo-gallery deep-link .data=${photoList(3)}></photo-gallery>`);
    await openAt(el, 2);
    expect(param()).to.equal('3');
    const popped = nextEvent(window, 'popstate');
    el.remove();
    await popped;
    expect(param()).to.equal(null);
    expect(location.href).to.equal(original);
    expect(dialog(el).open).to.equal(false);
  });

  it('drops a ?photo=N it opened from when the gallery leaves the page', async () => {
    history.replaceState(history.state, '', withPhoto('2'));
    const el = await gallery(html`<photo-gallery deep-link .data=${photoList(3)}></photo-gallery>`);
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    const length = history.length;
    el.remove();
    await sleep(0);
    expect(param()).to.equal(null);
    expect(history.length).to.equal(length);
    // A gallery added later owns the parameter again.
    const next = await gallery(html`<photo-gallery deep-link .data=${photoList(2)}></photo-gallery>`);
    await openAt(next, 1);
    expect(param()).to.equal('2');
    // Closing goes back over the entry it pushed: wait for it, or the traversal lands in the next test
    // (after it has set its own ?photo=, which the late Back then takes away).
    const popped = nextEvent(window, 'popstate');
    next.close();
    await popped;
    expect(param()).to.equal(null);
  });

  it('ignores a photo number that is out of range', async () => {
    history.replaceState(history.state, '', withPhoto('9'));
    const el = await gallery(html`<photo-gallery deep-link .data=${photoList(3)}></photo-gallery>`);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('leaves the URL alone without deep-link', async () => {
    history.replaceState(history.state, '', withPhoto('2'));
    const el = await gallery(html`<photo-gallery .data=${photoList(3)}></photo-gallery>`);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    const length = history.length;
    await openAt(el, 0);
    expect(param()).to.equal('2');
    expect(history.length).to.equal(length);
    el.close();
    expect(param()).to.equal('2');
  });

  it('lets only the first gallery with deep-link own the parameter', async () => {
    history.replaceState(history.state, '', withPhoto('2'));
    const wrapper = document.createElement('div');
    const both = Promise.all([nextEvent(wrapper, 'news-load'), nextEvent(wrapper, 'news-load')]);
    const [first, second] = [0, 1].map(() => {
      const el = document.createElement('photo-gallery');
      el.deepLink = true;
      el.data = photoList(3);
      return el;
    });
    wrapper.append(first!, second!);
    document.body.append(wrapper);
    try {
      await both;
      await first!.updateComplete;
      await second!.updateComplete;
      expect(dialog(first!).open).to.equal(true);
      expect(dialog(second!).open).to.equal(false);
      first!.close();
      expect(param()).to.equal(null);
      const length = history.length;
      await openAt(second!, 2);
      expect(param()).to.equal(null);
      expect(history.length).to.equal(length);
      second!.close();
      // Once the first leaves, the next to ask owns it.
      first!.remove();
      await openAt(second!, 2);
      expect(param()).to.equal('3');
      const popped = nextEvent(window, 'popstate');
      second!.close();
      await popped;
      expect(param()).to.equal(null);
    } finally {
      wrapper.remove();
    }
  });
});
