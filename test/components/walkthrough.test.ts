// A keyboard-only walkthrough of all four elements on one page, as a reader without a mouse goes through
// it: Tab reaches every link and button in order, the lightbox opens with Enter, moves with the arrow
// keys, closes with Escape and gives focus back; the ticker pauses from the keyboard. axe checks the
// page in each state on the way.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { seedArticle } from '../fixtures/article.js';
import { feed, part, resetAll } from '../helpers.js';

/** The element that has focus, looking into shadow roots. */
const focused = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

/** Whether `el` is in `root`, counting shadow roots (a gallery inside an article's shadow root). */
const inside = (root: Element, el: Element): boolean => {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as ShadowRoot).host)
    if (root.contains(node)) return true;
  return false;
};

const describeFocus = (el: Element | null) => {
  const host = (el?.getRootNode() as ShadowRoot | undefined)?.host;
  return `${host?.localName ?? 'page'} ${el?.localName}[part=${el?.getAttribute('part')}] ${el?.textContent?.trim().slice(0, 30) ?? ''}`;
};

describe('keyboard-only walkthrough', function () {
  this.timeout(60_000);
  beforeEach(resetAll);
  afterEach(resetAll);

  it('reaches every control of every element, and uses the ticker, the article and the gallery', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const { render } = await import('lit');
    render(
      html`<button id="start">start</button>
        <latest-news variant="ticker" .data=${feed(3)}></latest-news>
        <news-article .data=${seedArticle()} time-zone="Asia/Baku"></news-article>
        <tag-list
          .data=${{ title: 'Trending', tags: [{ name: 'WUF13', url: 'https://news.example/t/wuf13' }] }}
        ></tag-list>
        <latest-news .data=${feed(2)}></latest-news>`,
      wrapper,
    );
    const elements = [...wrapper.querySelectorAll('latest-news, news-article, tag-list')];
    expect(elements).to.have.length(4);
    const [ticker, article, tags, list] = elements;
    // Each element's own news-load (not one from an element inside it, such as the article's gallery),
    // listened for before any of them can have loaded: each is rendered when its event comes.
    await Promise.all(
      elements.map(
        (el, i) =>
          new Promise<void>((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`element ${i} (<${el.localName}>): no news-load`)),
              8000,
            );
            el.addEventListener('news-load', (event) => {
              if (event.composedPath()[0] !== el) return;
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(wrapper).to.be.accessible();

    // Walk with Tab from the start button to the end, noting every stop.
    (wrapper.querySelector('#start') as HTMLButtonElement).focus();
    const stops: string[] = [];
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const el = focused();
      if (!el || el === document.body || !inside(wrapper, el)) break;
      stops.push(describeFocus(el));
    }
    const count = (prefix: string) => stops.filter((s) => s.startsWith(prefix)).length;
    // The ticker: its pause button and its headlines (the moving copy is inert: not reached twice).
    expect(stops[0]).to.match(/^latest-news button\[part=pause\]/);
    expect(count('latest-news a[part=title]')).to.equal(3 + 2);
    // The article: category, tags, two other languages, share, and its gallery's two thumbnails.
    expect(count('news-article a[part=category]')).to.equal(1);
    expect(count('news-article a[part=tag]')).to.equal(4);
    expect(count('news-article a[part=translation]')).to.equal(2);
    expect(count('news-article button[part=share]')).to.equal(1);
    expect(count('photo-gallery button[part=open]')).to.equal(2);
    expect(count('tag-list a[part=tag]')).to.equal(1);
    expect(count('latest-news a[part=more]')).to.equal(1);
    // In document order: ticker, article (and its gallery), tags, list.
    const order = stops.map((s) => s.split(' ')[0]);
    expect(order.indexOf('news-article')).to.be.greaterThan(order.indexOf('latest-news'));
    expect(order.indexOf('tag-list')).to.be.greaterThan(order.lastIndexOf('news-article'));
    expect(order.indexOf('tag-list')).to.be.greaterThan(order.lastIndexOf('photo-gallery'));
    expect(order.lastIndexOf('latest-news')).to.be.greaterThan(order.indexOf('tag-list'));

    // The ticker pauses from the keyboard.
    const pause = part(ticker!, 'pause') as HTMLButtonElement;
    pause.focus();
    await sendKeys({ press: 'Enter' });
    await (ticker as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(pause.getAttribute('aria-label')).to.equal('Play headlines');
    await expect(ticker).to.be.accessible();

    // The article's gallery: Enter opens the lightbox, → moves, Escape closes, focus comes back.
    const gallery = part(article!, 'gallery')!;
    const thumb = part(gallery, 'open') as HTMLButtonElement;
    thumb.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = part(gallery, 'lightbox') as HTMLDialogElement;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(focused())).to.equal(true);
    expect(part(gallery, 'counter')!.textContent!.trim()).to.equal('1 / 2');
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part(gallery, 'counter')!.textContent!.trim()).to.equal('2 / 2');
    await expect(article).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog.open).to.equal(false);
    expect(focused()).to.equal(thumb);

    // Share from the keyboard: the status says what happened.
    const share = part(article!, 'share') as HTMLButtonElement;
    share.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(part(article!, 'share-status')!.textContent).to.match(/Link copied|Couldn’t copy the link/);
    expect(tags && list).to.exist;
  });
});
