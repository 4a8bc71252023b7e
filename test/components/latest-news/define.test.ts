import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import '../../../src/components/latest-news/latest-news.define.js';
import '../../../src/define.js';
import { feed, resetAll, sleep } from '../../helpers.js';

describe('registration and theming', () => {
  afterEach(async () => {
    resetAll();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('defines <latest-news> once; defining again never throws', () => {
    expect(customElements.get('latest-news')).to.equal(LatestNewsElement);
    expect(() => LatestNewsElement.define()).to.not.throw();
    class Copy extends LatestNewsElement {}
    expect(() => Copy.define()).to.not.throw();
    expect(customElements.get('latest-news')).to.equal(LatestNewsElement);
  });

  it('registers under another tag for apps whose <latest-news> is taken', async () => {
    class Renamed extends LatestNewsElement {}
    Renamed.define('acme-latest-news');
    const el = await fixture<LatestNewsElement>(html`<acme-latest-news .data=${feed(2)}></acme-latest-news>`);
    await sleep(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
  });

  it('registers the class itself under a second tag too', async () => {
    expect(() => LatestNewsElement.define('second-latest-news')).to.not.throw();
    const el = await fixture<LatestNewsElement>(
      html`<second-latest-news .data=${feed(1)}></second-latest-news>`,
    );
    await sleep(0);
    await el.updateComplete;
    expect(el).to.be.instanceOf(LatestNewsElement);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
  });

  it('follows the page’s color-scheme (not the reader’s setting alone), and tokens override both', async () => {
    const el = await fixture<LatestNewsElement>(html`<latest-news .data=${feed(1)}></latest-news>`);
    await sleep(0);
    await el.updateComplete;
    const color = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).color;
    const light = color();
    expect(light).to.equal('rgb(27, 28, 31)');
    // A reader in dark mode on a page that is always light: the text stays dark on its light background.
    await emulateMedia({ colorScheme: 'dark' });
    expect(color()).to.equal(light);
    // A page that follows the reader's scheme: the widget follows too.
    document.documentElement.style.colorScheme = 'light dark';
    try {
      expect(color()).to.equal('rgb(232, 234, 237)');
      el.style.setProperty('--news-color-text', 'rgb(1, 2, 3)');
      expect(color()).to.equal('rgb(1, 2, 3)');
      await emulateMedia({ colorScheme: 'light' });
      expect(color()).to.equal('rgb(1, 2, 3)');
      el.style.removeProperty('--news-color-text');
      expect(color()).to.equal(light);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('writes no default values onto the page’s markup, and reflects what is set', async () => {
    await import('../../../src/define.js');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <latest-news .data=${feed(1)}></latest-news
        ><news-article .data=${{ id: '1', title: 't', publishedAt: '2026-03-03' }}></news-article
        ><tag-list .data=${[]}></tag-list><photo-gallery .data=${[]}></photo-gallery>
      </div>`,
    );
    await sleep(0);
    for (const el of wrapper.children) {
      await (el as LatestNewsElement).updateComplete;
      expect(
        [...el.attributes].map((a) => a.name),
        el.localName,
      ).to.deep.equal([]);
    }
    const news = wrapper.querySelector('latest-news')!;
    news.limit = 5;
    news.variant = 'ticker';
    await news.updateComplete;
    expect(news.getAttribute('limit')).to.equal('5');
    expect(news.getAttribute('variant')).to.equal('ticker');
    news.removeAttribute('variant');
    await news.updateComplete;
    expect(news.variant).to.equal('list');
  });
});
