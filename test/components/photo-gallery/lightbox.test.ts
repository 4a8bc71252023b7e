import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/photo-gallery/photo-gallery.define.js';
import { SWIPE_THRESHOLD } from '../../../src/components/photo-gallery/photo-gallery.js';
import type { PhotoGalleryElement } from '../../../src/components/photo-gallery/photo-gallery.js';
import type { NewsPhotoEvent } from '../../../src/events/events.js';
import { nextEvent, part, parts, requestCount, resetAll, sleep, uniqueKey } from '../../helpers.js';
import { announced, counter, dialog, gallery, openAt, photo, photoList, svgUrl } from './gallery.js';

const active = (el: PhotoGalleryElement) => el.shadowRoot!.activeElement;

async function press(el: PhotoGalleryElement, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** A swipe on the lightbox's photo: down at `from`, a move halfway, up at `to` (client x; y fixed). */
async function swipe(el: PhotoGalleryElement, from: number, to: number, dy = 0) {
  const target = part(el, 'lightbox-image') ?? part(el, 'lightbox')!.querySelector('figure')!;
  const init = (x: number, y: number): PointerEventInit => ({
    pointerId: 7,
    pointerType: 'touch',
    isPrimary: true,
    clientX: x,
    clientY: y,
    bubbles: true,
    composed: true,
  });
  target.dispatchEvent(new PointerEvent('pointerdown', init(from, 300)));
  target.dispatchEvent(new PointerEvent('pointermove', init((from + to) / 2, 300 + dy / 2)));
  target.dispatchEvent(new PointerEvent('pointerup', init(to, 300 + dy)));
  await el.updateComplete;
}

describe('<photo-gallery> lightbox', () => {
  beforeEach(resetAll);
  afterEach(async () => {
    resetAll();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('opens as a modal dialog: page behind inert, focus inside, counter, caption and credit', async () => {
    const el = await gallery(
      html`<div>
        <button id="outside">Outside</button>
        <photo-gallery .data=${{ title: 'In Ankara', photos: photoList(5) }}></photo-gallery>
      </div>`,
    );
    const outside = el.parentElement!.querySelector<HTMLButtonElement>('#outside')!;
    await expect(el).to.be.accessible();
    const box = await openAt(el, 1);
    expect(box.localName).to.equal('dialog');
    expect(box.open).to.equal(true);
    expect(box.matches(':modal')).to.equal(true);
    expect(box.getAttribute('aria-label')).to.equal('In Ankara');
    // Its description says which photo opened, read with its name as focus moves in.
    const description = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!);
    expect(box.contains(description)).to.equal(true);
    expect(description!.textContent).to.equal('Photo 2 of 5. Caption 2');
    expect(active(el)).to.equal(part(el, 'close'));
    outside.focus();
    expect(document.activeElement).to.equal(el);
    expect(active(el)).to.equal(part(el, 'close'));
    expect(counter(el)).to.equal('2 / 5');
    const image = part(el, 'lightbox-image') as HTMLImageElement;
    expect(image.getAttribute('src')).to.equal(photo(2).src);
    expect(image.alt).to.equal('Alt text 2');
    expect(box.querySelector('[part="caption"]')!.textContent).to.equal('Caption 2');
    expect(box.querySelector('[part="credit"]')!.textContent).to.equal('Credit 2');
    expect(box.querySelector('[part="caption"]')!.textContent).to.not.contain('Alt');
    expect(image.getBoundingClientRect().width).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    const closed = nextEvent(el, 'news-photo-close');
    el.close();
    await closed;
    expect(box.open).to.equal(false);
  });

  it('uses the srcset with sizes="100vw" for the large image', async () => {
    const srcset = `${svgUrl(300, 200, { w: 300 })} 300w, ${svgUrl(1200, 800, { w: 1200 })} 1200w`;
    const el = await gallery(
      html`<photo-gallery .data=${[photo(1, { srcset, sizes: '10rem' }), photo(2)]}></photo-gallery>`,
    );
    await openAt(el, 0);
    const image = part(el, 'lightbox-image') as HTMLImageElement;
    expect(image.getAttribute('srcset')).to.equal(srcset);
    expect(image.getAttribute('sizes')).to.equal('100vw');
    part(el, 'next')!.click();
    await el.updateComplete;
    const plain = part(el, 'lightbox-image') as HTMLImageElement;
    expect(plain.getAttribute('src')).to.equal(photo(2).src);
    expect(plain.hasAttribute('srcset')).to.equal(false);
    el.close();
  });

  it('works from the keyboard: Enter opens, ←/→/Home/End move, Escape closes, focus goes back', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(4)}></photo-gallery>`);
    const thumb = parts(el, 'open')[1]!;
    thumb.focus();
    const opened = nextEvent<NewsPhotoEvent>(el, 'news-photo-open');
    await press(el, 'Enter');
    expect((await opened).index).to.equal(1);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(active(el)).to.equal(part(el, 'close'));
    expect(counter(el)).to.equal('2 / 4');
    await press(el, 'ArrowRight');
    expect(counter(el)).to.equal('3 / 4');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(counter(el)).to.equal('1 / 4'); // round the end
    await press(el, 'ArrowLeft');
    expect(counter(el)).to.equal('4 / 4');
    await press(el, 'Home');
    expect(counter(el)).to.equal('1 / 4');
    await press(el, 'End');
    expect(counter(el)).to.equal('4 / 4');
    expect((part(el, 'lightbox-image') as HTMLImageElement).alt).to.equal('Alt text 4');
    const closed = nextEvent<NewsPhotoEvent>(el, 'news-photo-close');
    await press(el, 'Escape');
    expect((await closed).index).to.equal(3);
    expect(dialog(el).open).to.equal(false);
    expect(active(el)).to.equal(thumb);
    expect(document.activeElement).to.equal(el);
  });

  it('opens with Space too, and the close button returns focus to the thumbnail', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(3)}></photo-gallery>`);
    const thumb = parts(el, 'open')[2]!;
    thumb.focus();
    const opened = nextEvent(el, 'news-photo-open');
    await press(el, 'Space');
    await opened;
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 3');
    expect(active(el)).to.equal(part(el, 'close'));
    const closed = nextEvent(el, 'news-photo-close');
    await press(el, 'Enter'); // on the close button
    await closed;
    expect(dialog(el).open).to.equal(false);
    expect(active(el)).to.equal(thumb);
  });

  it('steps with the previous and next buttons, and announces each photo politely', async () => {
    const el = await gallery(
      html`<photo-gallery
        .data=${photoList(3, (n) => (n === 3 ? { caption: undefined } : {}))}
      ></photo-gallery>`,
    );
    await openAt(el, 0);
    const live = dialog(el).querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 3');
    expect(announced(el)).to.equal('Photo 2 of 3. Caption 2');
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Photo 3 of 3');
    expect(el.shadowRoot!.getElementById('now')!.textContent).to.equal('Photo 3 of 3');
    part(el, 'previous')!.click();
    part(el, 'previous')!.click();
    part(el, 'previous')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 3');
    expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal('Previous photo');
    expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Next photo');
    expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Close');
    el.close();
  });

  it('has no previous and next buttons for a single photo', async () => {
    const el = await gallery(html`<photo-gallery .data=${[photo(1)]}></photo-gallery>`);
    await openAt(el, 0);
    expect(counter(el)).to.equal('1 / 1');
    expect(part(el, 'previous')).to.equal(null);
    expect(part(el, 'next')).to.equal(null);
    await press(el, 'ArrowRight');
    expect(counter(el)).to.equal('1 / 1');
    el.close();
  });

  it('follows swipes past the threshold in both directions, and ignores short or vertical ones', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(4)}></photo-gallery>`);
    await openAt(el, 1);
    const stage = dialog(el).querySelector<HTMLElement>('figure')!;
    expect(getComputedStyle(stage).touchAction).to.equal('pan-y');
    await swipe(el, 400, 400 - SWIPE_THRESHOLD - 30); // towards the left: the next photo
    expect(counter(el)).to.equal('3 / 4');
    await swipe(el, 200, 200 + SWIPE_THRESHOLD + 30); // towards the right: the previous one
    await swipe(el, 200, 200 + SWIPE_THRESHOLD + 30);
    expect(counter(el)).to.equal('1 / 4');
    await swipe(el, 400, 400 - SWIPE_THRESHOLD + 10); // too short
    expect(counter(el)).to.equal('1 / 4');
    await swipe(el, 400, 300, 250); // mostly vertical
    expect(counter(el)).to.equal('1 / 4');
    expect(stage.style.translate).to.equal('');
    el.close();
  });

  it('moves the photo with the finger while swiping', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(2)}></photo-gallery>`);
    await openAt(el, 0);
    const image = part(el, 'lightbox-image')!;
    const stage = dialog(el).querySelector<HTMLElement>('figure')!;
    const init = (x: number) => ({ pointerId: 3, clientX: x, clientY: 100, bubbles: true, composed: true });
    image.dispatchEvent(new PointerEvent('pointerdown', init(300)));
    image.dispatchEvent(new PointerEvent('pointermove', init(260)));
    expect(stage.style.translate).to.equal('-40px');
    image.dispatchEvent(new PointerEvent('pointercancel', init(260)));
    expect(stage.style.translate).to.equal('');
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 2');
    el.close();
  });

  it('follows the reading direction in a right-to-left context: keys and swipes', async () => {
    const el = await gallery(
      html`<div dir="rtl"><photo-gallery .data=${photoList(4)}></photo-gallery></div>`,
    );
    await openAt(el, 1);
    await press(el, 'ArrowRight');
    expect(counter(el)).to.equal('1 / 4');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(counter(el)).to.equal('3 / 4');
    await swipe(el, 200, 200 + SWIPE_THRESHOLD + 30); // towards the right: the next photo in RTL
    expect(counter(el)).to.equal('4 / 4');
    await swipe(el, 400, 400 - SWIPE_THRESHOLD - 30);
    expect(counter(el)).to.equal('3 / 4');
    // The previous button sits at the inline start: on the right.
    const previous = part(el, 'previous')!.getBoundingClientRect();
    const next = part(el, 'next')!.getBoundingClientRect();
    expect(previous.left).to.be.greaterThan(next.left);
    el.close();
  });

  it('fires open, change and close events with the index and the photo, bubbling out of the shadow', async () => {
    const data = photoList(3);
    const el = await gallery(html`<photo-gallery .data=${data}></photo-gallery>`);
    const log: string[] = [];
    const listener = (event: Event) => {
      const e = event as NewsPhotoEvent;
      expect(e.bubbles && e.composed).to.equal(true);
      log.push(`${e.type} ${e.index} ${e.photo.caption} ${e.detail.index}`);
    };
    const types = ['news-photo-open', 'news-photo-change', 'news-photo-close'];
    for (const type of types) document.addEventListener(type, listener);
    try {
      await openAt(el, 2);
      part(el, 'next')!.click();
      await press(el, 'End');
      const closed = nextEvent(el, 'news-photo-close');
      part(el, 'close')!.click();
      await closed;
    } finally {
      for (const type of types) document.removeEventListener(type, listener);
    }
    expect(log).to.deep.equal([
      'news-photo-open 2 Caption 3 2',
      'news-photo-change 0 Caption 1 0',
      'news-photo-change 2 Caption 3 2',
      'news-photo-close 2 Caption 3 2',
    ]);
  });

  it('preloads the neighbours of the open photo, and only those', async () => {
    // Each photo's large candidate is fetched only by the lightbox and its preloads (sizes="100vw");
    // thumbnails (sizes="10px") take the small one.
    const keys = [1, 2, 3, 4, 5].map((n) => uniqueKey(`large-${n}`));
    const data = photoList(5, (n) => ({
      srcset: `${svgUrl(30, 20, { small: n })} 30w, ${svgUrl(3000, 2000, { key: keys[n - 1]! })} 3000w`,
      sizes: '10px',
    }));
    const el = await gallery(html`<photo-gallery .data=${data}></photo-gallery>`);
    const created: HTMLImageElement[] = [];
    const RealImage = window.Image;
    window.Image = function (...args: [number?, number?]) {
      const image = new RealImage(...args);
      created.push(image);
      return image;
    } as unknown as typeof Image;
    try {
      await openAt(el, 2);
    } finally {
      window.Image = RealImage;
    }
    expect(created.map((image) => [image.src, image.srcset, image.sizes])).to.have.deep.members([
      [data[1]!.src, data[1]!.srcset, '100vw'],
      [data[3]!.src, data[3]!.srcset, '100vw'],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = await Promise.all(keys.map((key) => requestCount(key)));
    expect(counts.map((count) => count > 0)).to.deep.equal([false, true, true, true, false]);
    el.close();
  });

  it('has transitions, and none with reduced motion', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(2)}></photo-gallery>`);
    await openAt(el, 0);
    const stage = dialog(el).querySelector('figure')!;
    expect(getComputedStyle(stage).transitionDuration).to.not.equal('0s');
    expect(getComputedStyle(dialog(el)).animationName).to.not.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(stage).transitionDuration).to.equal('0s');
    expect(getComputedStyle(dialog(el)).animationName).to.equal('none');
    el.close();
  });

  it('closes when the photos change to another source', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(3)}></photo-gallery>`);
    await openAt(el, 2);
    const closed = nextEvent<NewsPhotoEvent>(el, 'news-photo-close');
    const loaded = nextEvent(el, 'news-load');
    el.data = photoList(1);
    expect((await closed).index).to.equal(2);
    await loaded;
    expect(dialog(el).open).to.equal(false);
    expect(parts(el, 'open')).to.have.length(1);
  });

  it('keeps the lightbox open, modal, on the same photo when the gallery moves within the page', async () => {
    const el = await gallery(
      html`<div>
        <photo-gallery .data=${photoList(3)}></photo-gallery>
        <section></section>
      </div>`,
    );
    const other = el.parentElement!.querySelector('section')!;
    const closes: Event[] = [];
    el.addEventListener('news-photo-close', (event) => closes.push(event));
    await openAt(el, 1);
    other.append(el);
    await el.updateComplete;
    await sleep(50);
    expect(el.parentElement).to.equal(other);
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(counter(el)).to.equal('2 / 3');
    expect(active(el)).to.equal(part(el, 'close'));
    expect(closes).to.have.length(0);
    // Still a working lightbox.
    await press(el, 'ArrowRight');
    expect(counter(el)).to.equal('3 / 3');
    const closed = nextEvent<NewsPhotoEvent>(el, 'news-photo-close');
    await press(el, 'Escape');
    expect((await closed).index).to.equal(2);
    expect(dialog(el).open).to.equal(false);
  });

  it('closes when the gallery leaves the page, and opens again as a modal after it comes back', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(3)}></photo-gallery>`);
    await openAt(el, 1);
    const parent = el.parentElement!;
    el.remove();
    await sleep(0);
    expect(dialog(el).open).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    await openAt(el, 2);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(counter(el)).to.equal('3 / 3');
    el.close();
  });

  it('opens and closes from script: show(index) and close()', async () => {
    const el = await gallery(html`<photo-gallery .data=${photoList(3)}></photo-gallery>`);
    el.show(1);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(counter(el)).to.equal('2 / 3');
    el.show(2);
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 3');
    el.show(7);
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 3');
    const closed = nextEvent(el, 'news-photo-close');
    el.close();
    await closed;
    expect(dialog(el).open).to.equal(false);
    // Focus goes to the thumbnail of the photo shown, as nothing opened it.
    expect(active(el)).to.equal(parts(el, 'open')[2]);
    // Closed and opened again at once: the late close event of the first must not close the second.
    el.show(0);
    el.close();
    el.show(1);
    await sleep(50);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(counter(el)).to.equal('2 / 3');
    expect(part(el, 'lightbox-image')).to.exist;
    el.close();
  });
});
