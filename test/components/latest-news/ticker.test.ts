import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import { feed, jsonUrl, nextEvent, resetAll, sleep } from '../../helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const track = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.track')!;
const animation = (el: Element) => track(el).getAnimations()[0];

async function ticker(
  attrs: { width?: number; speed?: number; count?: number } = {},
): Promise<LatestNewsElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${attrs.width ?? 400}px"></div>`);
  const done = nextEvent(wrapper, 'news-load');
  render(
    html`<latest-news
      variant="ticker"
      speed=${attrs.speed ?? 60}
      src=${jsonUrl(feed(attrs.count ?? 8))}
      lang="en"
    ></latest-news>`,
    wrapper,
  );
  await done;
  const el = wrapper.querySelector('latest-news')!;
  await sleep(50);
  return el;
}

const center = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

describe('<latest-news variant="ticker">', () => {
  beforeEach(resetAll);
  afterEach(async () => {
    resetAll();
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('moves one line of headlines at a constant speed, animating transform only', async () => {
    const el = await ticker({ speed: 80 });
    expect(part(el, 'ticker')).to.exist;
    const list = track(el).querySelector('ul')!;
    const running = animation(el)!;
    expect(running.playState).to.equal('running');
    const keyframes = (running.effect as KeyframeEffect).getKeyframes();
    const animated = new Set(
      keyframes
        .flatMap((k) => Object.keys(k))
        .filter((k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k)),
    );
    expect([...animated]).to.deep.equal(['transform']);
    expect(keyframes.at(-1)!.transform).to.equal(`translateX(-${list.offsetWidth}px)`);
    const duration = Number((running.effect as KeyframeEffect).getTiming().duration);
    expect(duration).to.be.closeTo((list.offsetWidth / 80) * 1000, 1);
    expect(running.effect!.getTiming().iterations).to.equal(Infinity);
    expect(track(el).getBoundingClientRect().height).to.be.lessThan(60);
  });

  it('loops seamlessly over a second copy that assistive tech and the keyboard skip', async () => {
    const el = await ticker();
    const [first, copy] = track(el).querySelectorAll('ul');
    expect(copy!.getAttribute('aria-hidden')).to.equal('true');
    expect(copy!.inert).to.equal(true);
    const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(copy!)).to.equal(text(first!));
    expect(first!.getAttribute('part')).to.equal('list');
  });

  it('has a visible pause button that stops and restarts it', async () => {
    const el = await ticker();
    const button = part(el, 'pause') as HTMLButtonElement;
    expect(button.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(button.getAttribute('aria-label')).to.equal('Pause headlines');
    button.click();
    await el.updateComplete;
    expect(animation(el)!.playState).to.equal('paused');
    expect(button.getAttribute('aria-label')).to.equal('Play headlines');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(animation(el)!.playState).to.equal('running');
  });

  it('pauses while hovered', async () => {
    const el = await ticker();
    await sendMouse({ type: 'move', position: center(part(el, 'viewport')!) });
    await sleep(50);
    expect(animation(el)!.playState).to.equal('paused');
    await sendMouse({ type: 'move', position: [5, 600] });
    await sleep(50);
    expect(animation(el)!.playState).to.equal('running');
  });

  it('pauses on keyboard focus and shows each focused headline whole, tabbing on and back', async () => {
    const el = await ticker({ count: 10 });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    const viewportEl = part(el, 'viewport')!;
    /** The focused headline, checked: a link, the ticker paused, the link inside the viewport. */
    const focusedInView = async () => {
      await sleep(30);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.getAttribute('part')).to.equal('title');
      expect(animation(el)!.playState).to.equal('paused');
      expect(viewportEl.scrollLeft, 'viewport scrolled').to.equal(0);
      const viewport = viewportEl.getBoundingClientRect();
      const link = focused.getBoundingClientRect();
      expect(link.left, focused.textContent!).to.be.at.least(viewport.left - 1);
      expect(link.right, focused.textContent!).to.be.at.most(viewport.right + 1);
      return focused;
    };
    before.focus();
    await sendKeys({ press: 'Tab' }); // the pause button
    const seen = new Set<HTMLElement>();
    for (let i = 0; i < 10; i++) {
      await sendKeys({ press: 'Tab' }); // the headlines, one by one
      seen.add(await focusedInView());
    }
    expect(seen.size).to.equal(10);
    after.focus();
    await sleep(20);
    expect(animation(el)!.playState).to.equal('running');
    for (let i = 0; i < 10; i++) {
      await sendKeys({ press: 'Shift+Tab' }); // back from the last headline to the first
      await focusedInView();
    }
    before.focus();
    await sleep(20);
    expect(animation(el)!.playState).to.equal('running');
  });

  it('pauses while scrolled out of view', async () => {
    const el = await ticker();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    el.after(spacer);
    window.scrollTo(0, 2500);
    await sleep(150);
    expect(animation(el)!.playState).to.equal('paused');
    window.scrollTo(0, 0);
    await sleep(150);
    expect(animation(el)!.playState).to.equal('running');
    spacer.remove();
  });

  it('stands still when the headlines fit', async () => {
    const el = await ticker({ width: 4000, count: 1 });
    expect(animation(el)).to.equal(undefined);
    expect(track(el).classList.contains('still')).to.equal(true);
  });

  it('becomes a scrollable row with previous and next buttons under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await ticker();
    expect(animation(el)).to.equal(undefined);
    expect(part(el, 'pause')).to.equal(null);
    expect(track(el).querySelectorAll('ul')).to.have.length(1);
    const viewport = part(el, 'viewport')!;
    expect(getComputedStyle(viewport).overflowX).to.equal('auto');
    expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth);
    const next = part(el, 'next') as HTMLButtonElement;
    expect(next.getAttribute('aria-label')).to.equal('Next headlines');
    next.click();
    await sleep(600);
    expect(viewport.scrollLeft).to.be.greaterThan(100);
    (part(el, 'previous') as HTMLButtonElement).click();
    await sleep(600);
    expect(viewport.scrollLeft).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('starts moving when reduced motion is switched off', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await ticker();
    expect(animation(el)).to.equal(undefined);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await sleep(50);
    await el.updateComplete;
    await sleep(50);
    expect(animation(el)?.playState).to.equal('running');
  });

  it('is accessible while moving, with a labelled region', async () => {
    const el = await ticker();
    expect(part(el, 'ticker')!.getAttribute('role')).to.equal('region');
    expect(part(el, 'ticker')!.getAttribute('aria-label')).to.equal('Latest News');
    await expect(el).to.be.accessible();
  });
});
