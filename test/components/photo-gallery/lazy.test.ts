// The lightbox loads lazily (lightbox.lazy.ts), once the photos show. Each test runs in a page of its own (lazy-frame.html in an
// iframe): a fresh module graph, in which lightbox.ts is not loaded until the gallery asks for it. This
// file imports no gallery module itself, so the test page never loads the lightbox either.
import { expect } from '@open-wc/testing';
import type { PhotoGalleryElement } from '../../../src/components/photo-gallery/photo-gallery.js';
import type { NewsPhotoEvent } from '../../../src/events/events.js';
import {
  fault,
  jsonUrl,
  nextEvent,
  part,
  parts,
  requestCount,
  resetAll,
  sleep,
  uniqueKey,
} from '../../helpers.js';
import { counter, photoList, until } from './gallery.js';

type Frame = Window & typeof globalThis;

/** lightbox.ts as the dev server serves it to lightbox.lazy.ts's import(). */
const LIGHTBOX = new URL('/src/components/photo-gallery/lightbox.ts', location.href).href;

let iframes: HTMLIFrameElement[] = [];

/** A fresh page with <photo-gallery> defined; `search` goes to its URL (`?photo=2`, `?importmap=…`). */
async function frame(search = ''): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.src = `/test/components/photo-gallery/lazy-frame.html${search}`;
  iframes.push(iframe);
  const loaded = nextEvent(iframe, 'load');
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame;
  await win.customElements.whenDefined('photo-gallery');
  return win;
}

/** A gallery of three photos in `win`, rendered. */
async function mount(win: Frame, init: (el: PhotoGalleryElement) => void = (el) => (el.data = photoList(3))) {
  const el = win.document.createElement('photo-gallery');
  init(el);
  const loaded = nextEvent(el, 'news-load');
  win.document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** The page's request for lightbox.ts, once it completed. */
const lightboxRequest = (win: Frame) =>
  win.performance.getEntriesByType('resource').find((entry) => entry.name.split('?')[0] === LIGHTBOX);

const dialog = (el: PhotoGalleryElement) => part(el, 'lightbox') as HTMLDialogElement | null;
const active = (el: PhotoGalleryElement) => el.shadowRoot!.activeElement;

describe('<photo-gallery> lazy lightbox', () => {
  beforeEach(resetAll);
  afterEach(() => {
    for (const iframe of iframes) iframe.remove();
    iframes = [];
    resetAll();
  });

  it('loads the lightbox once the photos show, not before, and opens a photo clicked while it loads', async () => {
    // ?photo=2 without deep-link changes nothing.
    const win = await frame('?photo=2');
    const src = jsonUrl(photoList(3), { delay: 200 });
    const el = win.document.createElement('photo-gallery');
    el.src = src;
    const loaded = nextEvent(el, 'news-load');
    win.document.body.append(el);
    await loaded;
    expect(dialog(el)).to.equal(null);
    const opened = nextEvent<NewsPhotoEvent>(el, 'news-photo-open');
    parts(el, 'open')[1]!.click();
    // Still loading: the click is remembered.
    expect(dialog(el)).to.equal(null);
    expect((await opened).index).to.equal(1);
    await el.updateComplete;
    expect(dialog(el)!.open).to.equal(true);
    expect(dialog(el)!.matches(':modal')).to.equal(true);
    expect(active(el)).to.equal(part(el, 'close'));
    expect(counter(el)).to.equal('2 / 3');
    // Asked for when the photos came, not before.
    const data = win.performance
      .getEntriesByType('resource')
      .find((entry) => entry.name === src) as PerformanceResourceTiming;
    expect(lightboxRequest(win)!.startTime).to.be.above(data.responseEnd);
    const closed = nextEvent<NewsPhotoEvent>(el, 'news-photo-close');
    el.close();
    expect((await closed).index).to.equal(1);
    expect(active(el)).to.equal(parts(el, 'open')[1]);
    expect(new URLSearchParams(win.location.search).get('photo')).to.equal('2');
    // Another gallery on the page has its lightbox at once.
    const other = await mount(win);
    expect(dialog(other)).to.exist;
    parts(other, 'open')[2]!.click();
    expect(dialog(other)!.open).to.equal(true);
    other.close();
  });

  it('has the lightbox ready soon after the photos show, so that a click opens it at once', async () => {
    const win = await frame();
    const el = await mount(win);
    await until(() => part(el, 'close') !== null, 'the lightbox loaded');
    expect(dialog(el)!.open).to.equal(false);
    const events: Event[] = [];
    el.addEventListener('news-photo-open', (event) => events.push(event));
    parts(el, 'open')[2]!.click();
    expect(dialog(el)!.open).to.equal(true);
    expect(events).to.have.length(1);
    expect(active(el)).to.equal(part(el, 'close'));
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 3');
    el.close();
  });

  it('loads the lightbox as soon as a deep-link gallery connects to a page with ?photo=N, and opens it', async () => {
    const win = await frame('?photo=2');
    const src = jsonUrl(photoList(3), { delay: 300 });
    const el = win.document.createElement('photo-gallery');
    el.deepLink = true;
    el.src = src;
    const opened = nextEvent<NewsPhotoEvent>(el, 'news-photo-open');
    win.document.body.append(el);
    expect((await opened).index).to.equal(1);
    await el.updateComplete;
    expect(dialog(el)!.open).to.equal(true);
    expect(counter(el)).to.equal('2 / 3');
    expect(active(el)).to.equal(part(el, 'close'));
    // Asked for on connecting, not when the photos came.
    const data = win.performance
      .getEntriesByType('resource')
      .find((entry) => entry.name === src) as PerformanceResourceTiming;
    expect(lightboxRequest(win)!.startTime).to.be.below(data.responseEnd);
    el.close();
    expect(new URLSearchParams(win.location.search).get('photo')).to.equal(null);
  });

  it('forgets a photo asked for while the lightbox loads when close() comes first', async () => {
    const win = await frame();
    const el = await mount(win);
    const events: Event[] = [];
    el.addEventListener('news-photo-open', (event) => events.push(event));
    el.show(1);
    el.close();
    await until(() => dialog(el) !== null, 'the lightbox loaded');
    await sleep(50);
    expect(dialog(el)!.open).to.equal(false);
    expect(events).to.have.length(0);
  });

  it('survives a failed import: the error goes to the console, nothing is thrown, a later click tries again', async () => {
    const key = uniqueKey('lightbox');
    // The first two requests for lightbox.ts fail (503); the next one gets a module that re-exports it
    // (its own import of lightbox.ts escapes the map by a scope).
    const failing = fault('seq', {
      key,
      fail: 2,
      status: 503,
      type: 'text/javascript',
      body: `export { Lightbox } from '${LIGHTBOX}';`,
    });
    const importmap = JSON.stringify({
      imports: { [LIGHTBOX]: failing },
      scopes: { [fault('')]: { [LIGHTBOX]: LIGHTBOX } },
    });
    const win = await frame(`?importmap=${encodeURIComponent(importmap)}`);
    const errors: unknown[][] = [];
    const uncaught: Event[] = [];
    win.console.error = (...args: unknown[]) => errors.push(args);
    win.addEventListener('unhandledrejection', (event) => uncaught.push(event));
    win.addEventListener('error', (event) => uncaught.push(event));
    const el = await mount(win);
    // Loaded once the photos show: the first failure.
    await until(() => errors.length + uncaught.length > 0, 'the import failed');
    // A click fails again.
    const events: Event[] = [];
    el.addEventListener('news-photo-open', (event) => events.push(event));
    parts(el, 'open')[0]!.click();
    await until(() => errors.length + uncaught.length > 1, 'the second import failed');
    await sleep(100);
    expect(uncaught.map((event) => event.type)).to.deep.equal([]);
    expect(errors).to.have.length(2);
    for (const [message] of errors) expect(String(message)).to.contain('lightbox failed to load');
    expect(await requestCount(key)).to.equal(2);
    // The gallery is as it was: its thumbnails, no lightbox, nothing opened.
    expect(events).to.have.length(0);
    expect(dialog(el)).to.equal(null);
    expect(parts(el, 'open')).to.have.length(3);
    // The network is back: the next click loads the lightbox and opens the photo.
    const opened = nextEvent<NewsPhotoEvent>(el, 'news-photo-open');
    parts(el, 'open')[2]!.click();
    expect((await opened).index).to.equal(2);
    await el.updateComplete;
    expect(dialog(el)!.open).to.equal(true);
    expect(counter(el)).to.equal('3 / 3');
    expect(await requestCount(key)).to.equal(3);
    expect(uncaught).to.have.length(0);
    el.close();
  });
});
