import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../../src/components/photo-gallery/photo-gallery.define.js';
import { PhotoGalleryElement } from '../../../src/components/photo-gallery/photo-gallery.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../../src/events/events.js';
import {
  crossFault,
  fault,
  jsonUrl,
  nextEvent,
  part,
  parts,
  requestCount,
  resetAll,
  sleep,
  texts,
  uniqueKey,
} from '../../helpers.js';
import { gallery, imagesSettled, openAt, photo, photoList, svgUrl, until } from './gallery.js';

const article = (photos: unknown[]) => ({
  id: '491283',
  title: 'Azerbaijan, Türkiye discuss expanding defense industry cooperation',
  publishedAt: '2026-03-03T13:41:00+04:00',
  body: '<p>Text</p>',
  photos,
});

describe('<photo-gallery>', () => {
  beforeEach(resetAll);
  afterEach(() => {
    sinon.restore();
    resetAll();
  });

  describe('data', () => {
    it('takes a gallery object: { title, photos }', async () => {
      const el = await gallery(
        html`<photo-gallery src=${jsonUrl({ title: 'In Ankara', photos: photoList(3) })}></photo-gallery>`,
      );
      expect(parts(el, 'open')).to.have.length(3);
      // The title is the gallery's heading, which names the list.
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('In Ankara');
      expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(part(el, 'list')!.hasAttribute('aria-label')).to.equal(false);
      expect(parts(el, 'image').map((img) => img.getAttribute('alt'))).to.deep.equal([
        'Alt text 1',
        'Alt text 2',
        'Alt text 3',
      ]);
    });

    it('takes a bare array of photos', async () => {
      const el = await gallery(html`<photo-gallery src=${jsonUrl(photoList(2))}></photo-gallery>`);
      expect(parts(el, 'open')).to.have.length(2);
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Photos');
      expect(part(el, 'heading')).to.equal(null);
    });

    it('takes an article and shows its photos', async () => {
      const el = await gallery(html`<photo-gallery src=${jsonUrl(article(photoList(4)))}></photo-gallery>`);
      expect(texts(el, 'caption')).to.deep.equal(['Caption 1', 'Caption 2', 'Caption 3', 'Caption 4']);
    });

    it('takes the data property, an array or an object, without a request', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const el = await gallery(html`<photo-gallery .data=${photoList(2)}></photo-gallery>`);
      expect(parts(el, 'open')).to.have.length(2);
      const loaded = nextEvent<NewsLoadEvent>(el, 'news-load');
      el.data = { photos: photoList(5) };
      await loaded;
      expect(parts(el, 'open')).to.have.length(5);
      expect(fetchSpy.called).to.equal(false);
    });

    it('shares one request with other elements on the same src', async () => {
      const key = uniqueKey('photos');
      const src = jsonUrl(article(photoList(2)), { key, delay: 200 });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const one = nextEvent(wrapper, 'news-load');
      render(
        html`<photo-gallery src=${src}></photo-gallery><photo-gallery src=${src}></photo-gallery>`,
        wrapper,
      );
      await one;
      const [first, second] = wrapper.querySelectorAll('photo-gallery');
      await sleep(50);
      await second!.updateComplete;
      expect(parts(first!, 'open')).to.have.length(2);
      expect(parts(second!, 'open')).to.have.length(2);
      expect(await requestCount(key)).to.equal(1);
    });

    it('leaves out an invalid photo with a warning, and shows the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const data = [photo(1), { alt: 'no source', src: 'javascript:alert(1)' }, photo(3)];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = nextEvent<NewsLoadEvent>(wrapper, 'news-load');
      render(html`<photo-gallery src=${jsonUrl(data)}></photo-gallery>`, wrapper);
      const event = await loaded;
      warn.restore();
      expect(event.warnings).to.have.length(1);
      expect(event.warnings[0]).to.match(/^photos\[1\]\.src: /);
      expect(warn.calledOnce).to.equal(true);
      expect(String(warn.firstCall.args[0])).to.contain('photos[1].src');
      const el = wrapper.querySelector('photo-gallery')!;
      expect(texts(el, 'caption')).to.deep.equal(['Caption 1', 'Caption 3']);
    });

    it('reports data of the wrong shape as invalid', async () => {
      const messages: string[] = [];
      const el = await gallery(
        html`<photo-gallery
          src=${jsonUrl({ pictures: [] })}
          @news-error=${(event: Event) => messages.push((event as Event & { message: string }).message)}
        ></photo-gallery>`,
        'news-error',
      );
      expect(messages[0]).to.contain('photos: expected an array of photos');
      // The detail is for the developer: the error box has the reader's words only.
      expect(part(el, 'error-detail')).to.equal(null);
      expect(part(el, 'error')!.textContent).not.to.contain('photos:');
    });
  });

  describe('states', () => {
    it('shows a loading placeholder that holds space, then the photos; accessible in both', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const loaded = nextEvent(wrapper, 'news-load');
      render(html`<photo-gallery src=${jsonUrl(photoList(3), { delay: 800 })}></photo-gallery>`, wrapper);
      const el = wrapper.querySelector('photo-gallery')!;
      await el.updateComplete;
      expect(part(el, 'loading')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(80);
      await expect(el).to.be.accessible();
      await loaded;
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(part(el, 'loading')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for a gallery without photos', async () => {
      const el = await gallery(html`<photo-gallery src=${jsonUrl({ photos: [] })}></photo-gallery>`);
      expect(part(el, 'empty')!.textContent).to.equal('No news to show yet.');
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(part(el, 'lightbox')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the error box for an HTTP error', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = nextEvent<NewsErrorEvent>(wrapper, 'news-error');
      render(
        html`<photo-gallery src=${crossFault('json', { status: 404, body: '{}' })}></photo-gallery>`,
        wrapper,
      );
      const event = await failed;
      const el = wrapper.querySelector('photo-gallery')!;
      expect(event.kind).to.equal('http');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('thumbnails', () => {
    it('are buttons holding lazy, async images with srcset and sizes when given', async () => {
      const srcset = `${svgUrl(150, 100, { v: 'a' })} 150w, ${svgUrl(300, 200, { v: 'b' })} 300w`;
      const data = [photo(1, { srcset, sizes: '10rem' }), photo(2)];
      const el = await gallery(html`<photo-gallery .data=${data}></photo-gallery>`);
      const [first, second] = parts(el, 'open') as HTMLButtonElement[];
      expect(first!.localName).to.equal('button');
      expect(first!.type).to.equal('button');
      const img = first!.querySelector('img')!;
      expect(img.getAttribute('part')).to.equal('image');
      expect(img.getAttribute('src')).to.equal(data[0]!.src);
      expect(img.getAttribute('srcset')).to.equal(srcset);
      expect(img.getAttribute('sizes')).to.equal('10rem');
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      const plain = second!.querySelector('img')!;
      expect(plain.hasAttribute('srcset')).to.equal(false);
      expect(plain.hasAttribute('sizes')).to.equal(false);
    });

    it('are named by the alt text, or "Open photo N of M" when it is empty', async () => {
      const data = [photo(1), photo(2, { alt: '' }), photo(3, { alt: undefined })];
      const el = await gallery(html`<photo-gallery .data=${data}></photo-gallery>`);
      const [first, second, third] = parts(el, 'open');
      expect(first!.hasAttribute('aria-label')).to.equal(false);
      expect(first!.querySelector('img')!.alt).to.equal('Alt text 1');
      expect(second!.getAttribute('aria-label')).to.equal('Open photo 2 of 3');
      expect(second!.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(third!.getAttribute('aria-label')).to.equal('Open photo 3 of 3');
      await expect(el).to.be.accessible();
    });

    it('shows caption and credit as parts of their own, never the alt text', async () => {
      const data = [photo(1), photo(2, { caption: undefined, credit: undefined }), photo(3, { caption: '' })];
      const el = await gallery(html`<photo-gallery .data=${data}></photo-gallery>`);
      const figures = parts(el, 'figure');
      expect(figures).to.have.length(3);
      const [one, two, three] = figures;
      expect(one!.querySelector('figcaption [part="caption"]')!.textContent).to.equal('Caption 1');
      expect(one!.querySelector('figcaption [part="credit"]')!.textContent).to.equal('Credit 1');
      expect(two!.querySelector('figcaption')).to.equal(null);
      expect(three!.querySelector('[part="caption"]')).to.equal(null);
      expect(three!.querySelector('[part="credit"]')!.textContent).to.equal('Credit 3');
      expect(el.shadowRoot!.textContent).to.not.contain('Alt text');
    });

    it('reserve the space of known sizes before the images arrive', async () => {
      const data = [
        photo(1, { src: svgUrl(400, 100, { delay: 2000 }), width: 400, height: 100 }),
        photo(2, { src: svgUrl(100, 200, { delay: 2000 }), width: 100, height: 200 }),
      ];
      const el = await gallery(
        html`<div style="width: 420px"><photo-gallery .data=${data}></photo-gallery></div>`,
      );
      const [wide, tall] = parts(el, 'open').map((b) => b.getBoundingClientRect());
      expect((parts(el, 'image')[0] as HTMLImageElement).complete).to.equal(false);
      expect(wide!.width / wide!.height).to.be.closeTo(4, 0.05);
      expect(tall!.width / tall!.height).to.be.closeTo(0.5, 0.02);
    });

    it('hold a 3:2 placeholder when the size is unknown, then take the real ratio', async () => {
      const data = [photo(1, { src: svgUrl(100, 200, { delay: 300 }), width: undefined, height: undefined })];
      const el = await gallery(
        html`<div style="width: 300px"><photo-gallery .data=${data}></photo-gallery></div>`,
      );
      const ratio = () => {
        const box = part(el, 'open')!.getBoundingClientRect();
        return box.width / box.height;
      };
      expect(ratio()).to.be.closeTo(1.5, 0.02);
      await until(() => ratio() < 1, 'the thumbnail took the ratio of the image');
      expect(ratio()).to.be.closeTo(0.5, 0.02);
    });

    async function layoutShift(data: unknown[]): Promise<number> {
      let total = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) total += entry.value;
      });
      observer.observe({ type: 'layout-shift' });
      const el = await gallery(
        html`<div style="width: 600px">
          <photo-gallery .data=${data}></photo-gallery>
          <p>A paragraph under the gallery, which moves if the gallery grows.</p>
        </div>`,
      );
      expect((parts(el, 'image')[0] as HTMLImageElement).complete).to.equal(false);
      await imagesSettled(el);
      await el.updateComplete;
      await sleep(200);
      for (const entry of observer.takeRecords() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) total += entry.value;
      observer.disconnect();
      expect(parts(el, 'image').every((img) => (img as HTMLImageElement).naturalWidth === 100)).to.equal(
        true,
      );
      return total;
    }

    it('never shift the page while images load when their sizes are given', async () => {
      const t = uniqueKey();
      const data = photoList(3, (n) => ({
        src: svgUrl(100, 200, { delay: 300, n, t }),
        width: 100,
        height: 200,
      }));
      expect(await layoutShift(data)).to.equal(0);
    });

    it('(the measurement sees the shift of photos without sizes)', async () => {
      const t = uniqueKey();
      const data = photoList(3, (n) => ({
        src: svgUrl(100, 200, { delay: 300, n, t }),
        width: undefined,
        height: undefined,
      }));
      expect(await layoutShift(data)).to.be.greaterThan(0);
    });

    it('show a placeholder with the alt text, or "Photo unavailable", for an image that fails', async () => {
      const data = [
        photo(1, { src: fault('json', { status: 404 }) }),
        photo(2, { src: crossFault('json', { status: 404, n: 2 }), alt: '' }),
        photo(3),
      ];
      const el = await gallery(html`<photo-gallery .data=${data}></photo-gallery>`);
      await imagesSettled(el);
      await el.updateComplete;
      const [one, two, three] = parts(el, 'open');
      expect(one!.querySelector('img')).to.equal(null);
      expect(one!.querySelector('[part="placeholder"]')!.textContent).to.equal('Alt text 1');
      expect(two!.querySelector('img')).to.equal(null);
      expect(two!.querySelector('[part="placeholder"]')!.textContent).to.equal('Photo unavailable');
      expect(three!.querySelector('img')).to.exist;
      // The placeholder keeps the photo's box.
      const box = one!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(1.5, 0.02);
      await expect(el).to.be.accessible();
      // The lightbox shows the placeholder too.
      const dialog = await openAt(el, 0);
      expect(dialog.querySelector('img')).to.equal(null);
      expect(dialog.querySelector('[part="placeholder"]')!.textContent).to.equal('Alt text 1');
      el.close();
    });
  });

  describe('layout', () => {
    it('is a grid of several columns by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const loaded = nextEvent(wrapper, 'news-load');
      render(html`<photo-gallery .data=${photoList(6)}></photo-gallery>`, wrapper);
      await loaded;
      const el = wrapper.querySelector('photo-gallery')!;
      expect(el.variant).to.equal(undefined);
      const tops = parts(el, 'open').map((b) => Math.round(b.getBoundingClientRect().top));
      expect(new Set(tops).size).to.be.greaterThan(1);
      expect(tops[0]).to.equal(tops[1]);
      const list = part(el, 'list')!;
      expect(list.scrollWidth).to.be.at.most(list.clientWidth);
    });

    it('is one scrollable row with layout="strip"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const loaded = nextEvent(wrapper, 'news-load');
      render(html`<photo-gallery layout="strip" .data=${photoList(6)}></photo-gallery>`, wrapper);
      await loaded;
      const el = wrapper.querySelector('photo-gallery')!;
      const boxes = parts(el, 'open').map((b) => b.getBoundingClientRect());
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).to.equal(1);
      expect(boxes[0]!.width / boxes[0]!.height).to.be.closeTo(1.5, 0.02);
      const list = part(el, 'list')!;
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('keeps the strip within a grid column instead of widening the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = nextEvent(wrapper, 'news-load');
      render(
        html`<div style="display: grid; grid-template-columns: 1fr; width: 400px">
          <photo-gallery layout="strip" .data=${photoList(6)}></photo-gallery>
        </div>`,
        wrapper,
      );
      await loaded;
      const el = wrapper.querySelector('photo-gallery')!;
      expect(el.getBoundingClientRect().width).to.be.at.most(400);
      const list = part(el, 'list')!;
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    });
  });

  describe('languages', () => {
    it('speaks Azerbaijani', async () => {
      const data = [photo(1, { alt: '' }), photo(2, { alt: '', src: fault('json', { status: 404 }) })];
      const el = await gallery(html`<photo-gallery lang="az" .data=${data}></photo-gallery>`);
      await imagesSettled(el);
      await el.updateComplete;
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Fotolar');
      expect(parts(el, 'open')[0]!.getAttribute('aria-label')).to.equal('Fotonu aç: 1 / 2');
      expect(part(el, 'placeholder')!.textContent).to.equal('Foto əlçatan deyil');
      const dialog = await openAt(el, 0);
      expect(dialog.getAttribute('aria-label')).to.equal('Fotolar');
      expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Bağla');
      expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal('Əvvəlki foto');
      expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Növbəti foto');
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(dialog.querySelector('[aria-live]')!.textContent!.trim()).to.equal('Foto 2 / 2. Caption 2');
      el.close();
    });

    it('speaks Russian, following the closest lang', async () => {
      const data = [photo(1, { alt: '' }), photo(2, { alt: '', caption: undefined })];
      const el = await gallery(html`<div lang="ru"><photo-gallery .data=${data}></photo-gallery></div>`);
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Фотографии');
      expect(parts(el, 'open')[1]!.getAttribute('aria-label')).to.equal('Открыть фото 2 из 2');
      const dialog = await openAt(el, 0);
      expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Закрыть');
      expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal('Предыдущее фото');
      expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Следующее фото');
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(dialog.querySelector('[aria-live]')!.textContent!.trim()).to.equal('Фото 2 из 2');
      el.close();
    });
  });

  describe('registration', () => {
    it('defines <photo-gallery> once; defining again never throws', () => {
      expect(customElements.get('photo-gallery')).to.equal(PhotoGalleryElement);
      expect(() => PhotoGalleryElement.define()).to.not.throw();
      expect(customElements.get('photo-gallery')).to.equal(PhotoGalleryElement);
    });
  });
});
