// Right-to-left: in a dir="rtl" context (an ancestor's or the page's) the list and the ticker mirror:
// reading order, the ticker's direction of travel, and its previous / next arrows. A Persian feed.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import { jsonUrl, nextEvent, part, parts, resetAll, sleep } from '../../helpers.js';

const headlines = [
  'افزایش قیمت نفت در بازارهای جهانی',
  'بارش برف سنگین در تهران و شمال کشور',
  'نشست وزیران خارجه منطقه در باکو برگزار شد',
  'افتتاح نمایشگاه بین‌المللی کتاب',
  'تیم ملی فوتبال به مرحله نهایی رسید',
  'کاهش نرخ تورم در ماه گذشته',
];
const persian = {
  title: 'آخرین اخبار',
  url: 'https://news.example/fa/',
  items: headlines.map((title, i) => ({
    id: `fa-${i + 1}`,
    url: `https://news.example/fa/${i + 1}`,
    title,
    lang: 'fa',
    publishedAt: new Date(Date.parse('2026-03-03T14:00:00+03:30') - i * 60_000).toISOString(),
    category: { name: 'اقتصاد', url: 'https://news.example/fa/economy/' },
    media: i === 0 ? 'video' : undefined,
  })),
};

async function mount(dir: string, attrs = ''): Promise<LatestNewsElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 420px"></div>`);
  const loaded = nextEvent(wrapper, 'news-load');
  render(html``, wrapper);
  wrapper.innerHTML = `<latest-news lang="fa" ${attrs}></latest-news>`;
  wrapper.querySelector('latest-news')!.setAttribute('src', jsonUrl(persian));
  await loaded;
  await sleep(50);
  return wrapper.querySelector('latest-news')!;
}

const box = (node: Element) => node.getBoundingClientRect();

describe('<latest-news> right to left', () => {
  beforeEach(resetAll);
  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    await emulateMedia({ reducedMotion: 'no-preference' });
    resetAll();
  });

  it('mirrors the list: time and badge run from the right, the headline starts at the right', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await mount(dir, 'thumbnails');
      const row = parts(el, 'item')[0]!;
      const time = box(part(el, 'time')!);
      const badge = box(part(el, 'badge')!);
      const title = box(parts(el, 'title')[0]!);
      const heading = part(el, 'heading')!;
      const r = box(row);
      if (dir === 'rtl') {
        expect(time.right).to.be.closeTo(r.right, 1);
        expect(badge.right).to.be.lessThan(time.left);
        expect(title.right).to.be.closeTo(r.right, 1);
        // The heading's text itself, not its block box, sits at the right.
        const text = document.createRange();
        text.selectNodeContents(heading);
        expect(text.getBoundingClientRect().right).to.be.closeTo(r.right, 1);
        expect(text.getBoundingClientRect().left).to.be.greaterThan(r.left + 100);
      } else {
        expect(time.left).to.be.closeTo(r.left, 1);
        expect(badge.left).to.be.greaterThan(time.right);
        expect(title.left).to.be.closeTo(r.left, 1);
      }
    }
  });

  it('moves the ticker rightwards: headlines enter from the left, the first starts at the right', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await mount(dir, 'variant="ticker" speed="100"');
      const viewport = box(part(el, 'viewport')!);
      const first = part(el, 'list')!.firstElementChild!;
      const running = el.shadowRoot!.querySelector('.track')!.getAnimations()[0]!;
      running.pause();
      running.currentTime = 0;
      const start = box(first);
      running.currentTime = 1000;
      const later = box(first);
      if (dir === 'rtl') {
        expect(start.right).to.be.closeTo(viewport.right, 1);
        expect(later.left - start.left).to.be.closeTo(100, 1);
      } else {
        expect(start.left).to.be.closeTo(viewport.left, 1);
        expect(later.left - start.left).to.be.closeTo(-100, 1);
      }
    }
  });

  it('pauses on keyboard focus and keeps the focused headline in view', async () => {
    const el = await mount('rtl', 'variant="ticker" speed="100"');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' }); // the pause button
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' }); // on to the fifth headline
    await sleep(50);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.textContent).to.equal(headlines[4]);
    const running = el.shadowRoot!.querySelector('.track')!.getAnimations()[0]!;
    expect(running.playState).to.equal('paused');
    const viewport = box(part(el, 'viewport')!);
    const link = box(focused);
    expect(link.right).to.be.at.most(viewport.right + 1);
    expect(link.left).to.be.at.least(viewport.left - 1);
    before.remove();
  });

  it('takes the direction from the page', async () => {
    document.documentElement.dir = 'rtl';
    const el = await mount('', 'variant="ticker"');
    const keyframes = (
      el.shadowRoot!.querySelector('.track')!.getAnimations()[0]!.effect as KeyframeEffect
    ).getKeyframes();
    expect(keyframes.at(-1)!.transform).to.match(/^translateX\(\d/);
  });

  it('mirrors the reduced-motion arrows: previous on the right pointing right, next moves towards the left', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount('rtl', 'variant="ticker"');
    const previous = part(el, 'previous')!;
    const next = part(el, 'next')!;
    expect(box(previous).left).to.be.greaterThan(box(next).right);
    const flipped = (button: Element) => getComputedStyle(button.querySelector('svg')!).transform;
    expect(flipped(previous)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(flipped(next)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const viewport = part(el, 'viewport')!;
    const first = part(el, 'list')!.firstElementChild!;
    const before = box(first).left;
    next.click();
    await sleep(600);
    // The row moved right: what was beyond the left edge came into view.
    expect(viewport.scrollLeft).to.be.lessThan(-100);
    expect(box(first).left).to.be.greaterThan(before + 100);
    previous.click();
    await sleep(600);
    expect(viewport.scrollLeft).to.equal(0);
  });
});
