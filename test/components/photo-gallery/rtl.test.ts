// <photo-gallery> in a right-to-left context, with Arabic data: thumbnails and the strip run from the
// right, the lightbox's arrows point the other way, ArrowLeft and a swipe towards the right go on.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/photo-gallery/photo-gallery.define.js';
import { SWIPE_THRESHOLD } from '../../../src/components/photo-gallery/photo-gallery.js';
import type { PhotoGalleryElement } from '../../../src/components/photo-gallery/photo-gallery.js';
import { part, parts, resetAll, sleep } from '../../helpers.js';
import { counter, gallery, openAt, photo } from './gallery.js';

// Real Arabic: "Photos from Ankara", "The defence ministers in Ankara" (1-4), "Ministry of Defence Industry".
const captions = [
  'وزيرا الدفاع في أنقرة',
  'الوفد الأذربيجاني في وزارة الدفاع التركية',
  'توقيع اتفاقية التعاون',
  'مؤتمر صحفي مشترك',
];
const arabic = {
  title: 'صور من أنقرة',
  photos: captions.map((caption, i) =>
    photo(i + 1, { caption, alt: `صورة ${i + 1}: ${caption}`, credit: 'وزارة الصناعة الدفاعية' }),
  ),
};

const box = (el: Element) => el.getBoundingClientRect();

async function swipe(el: PhotoGalleryElement, from: number, to: number) {
  const target = part(el, 'lightbox-image')!;
  const init = (x: number): PointerEventInit => ({
    pointerId: 3,
    pointerType: 'touch',
    isPrimary: true,
    clientX: x,
    clientY: 300,
    bubbles: true,
    composed: true,
  });
  target.dispatchEvent(new PointerEvent('pointerdown', init(from)));
  target.dispatchEvent(new PointerEvent('pointermove', init((from + to) / 2)));
  target.dispatchEvent(new PointerEvent('pointerup', init(to)));
  await el.updateComplete;
}

describe('<photo-gallery> right to left', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('runs the grid and its heading from the right', async () => {
    const el = await gallery(
      html`<div dir="rtl" lang="ar" style="width: 600px">
        <photo-gallery .data=${arabic}></photo-gallery>
      </div>`,
    );
    const list = box(part(el, 'list')!);
    const [first, second] = parts(el, 'item').map(box);
    expect(Math.round(first!.top)).to.equal(Math.round(second!.top));
    expect(first!.left).to.be.greaterThan(second!.left);
    expect(Math.abs(first!.right - list.right)).to.be.below(2);
    // The heading starts at the right; a caption under its photo too.
    const heading = part(el, 'heading')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    expect(Math.abs(range.getBoundingClientRect().right - box(heading).right)).to.be.below(2);
    expect(getComputedStyle(heading).textAlign).to.equal('start');
    await expect(el).to.be.accessible();
  });

  it('scrolls the strip from the right', async () => {
    const el = await gallery(
      html`<div dir="rtl" style="width: 400px">
        <photo-gallery variant="strip" .data=${arabic}></photo-gallery>
      </div>`,
    );
    const list = part(el, 'list')!;
    const open = parts(el, 'open');
    expect(list.scrollLeft).to.equal(0);
    expect(Math.abs(box(open[0]!).right - box(list).right)).to.be.below(2);
    expect(box(open[1]!).right).to.be.at.most(box(open[0]!).left);
    // The last thumbnail is out of sight to the left; focusing it scrolls the strip leftwards.
    expect(box(open[3]!).right).to.be.below(box(list).left + 1);
    open[3]!.focus();
    await sleep(50);
    expect(list.scrollLeft).to.be.below(0);
    expect(box(open[3]!).left).to.be.at.least(box(list).left - 1);
  });

  it('mirrors the lightbox: arrows, their icons, keys and swipes', async () => {
    const el = await gallery(html`<div dir="rtl"><photo-gallery .data=${arabic}></photo-gallery></div>`);
    await openAt(el, 0);
    const previous = part(el, 'previous')!;
    const next = part(el, 'next')!;
    // Previous at the inline start (right), next at the left; each icon points outwards, mirrored.
    expect(box(previous).left).to.be.greaterThan(box(next).left);
    expect(getComputedStyle(previous.querySelector('svg')!).scale).to.equal('-1 1');
    expect(getComputedStyle(next.querySelector('svg')!).scale).to.equal('-1 1');
    // The close button sits at the inline end (left), the counter at the start (right).
    expect(box(part(el, 'close')!).left).to.be.below(box(part(el, 'counter')!).left);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 4');
    expect(part(el, 'lightbox')!.querySelector('[part="caption"]')!.textContent).to.equal(captions[1]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 4');
    await swipe(el, 200, 200 + SWIPE_THRESHOLD + 20);
    expect(counter(el)).to.equal('2 / 4');
    await swipe(el, 300, 300 - SWIPE_THRESHOLD - 20);
    expect(counter(el)).to.equal('1 / 4');
    el.close();
  });

  it('follows a right-to-left direction set by page CSS alone: buttons, keys and swipes agree', async () => {
    const el = await gallery(
      html`<div style="direction: rtl"><photo-gallery .data=${arabic}></photo-gallery></div>`,
    );
    await openAt(el, 0);
    expect(box(part(el, 'previous')!).left).to.be.greaterThan(box(part(el, 'next')!).left);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 4');
    await swipe(el, 300, 300 - SWIPE_THRESHOLD - 20);
    expect(counter(el)).to.equal('1 / 4');
    el.close();
  });

  it('keeps left-to-right behaviour in a left-to-right page', async () => {
    const el = await gallery(html`<div dir="ltr"><photo-gallery .data=${arabic}></photo-gallery></div>`);
    const [first, second] = parts(el, 'item').map(box);
    expect(first!.left).to.be.below(second!.left);
    await openAt(el, 0);
    expect(getComputedStyle(part(el, 'next')!.querySelector('svg')!).scale).to.equal('none');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('4 / 4');
    el.close();
  });
});
