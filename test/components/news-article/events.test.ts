// <news-article> fires news-impression for the article and news-click for the links to the same story in
// other languages; its other links (category, tags, body) are not links to articles and fire nothing.
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import type { NewsItemEvent } from '../../../src/events/events.js';
import { seedArticle } from '../../fixtures/article.js';
import { load, part, parts, resetAll } from '../../helpers.js';

/** The seed article, short enough for half of it to fit in the test page's viewport. */
const short = (extra: Record<string, unknown> = {}) =>
  seedArticle({ photos: [], body: '<p>A delegation is on an official visit to Ankara.</p>', ...extra });

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<news-article> events', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(resetAll);
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    resetAll();
  });

  it('fires news-click with the translation’s URL and the article’s id, before the link is followed', async () => {
    const el = await load<NewsArticleElement>(
      html`<news-article link-params="utm_source=partner" .data=${seedArticle()}></news-article>`,
    );
    const seen: NewsItemEvent[] = [];
    const onClick = (event: NewsItemEvent) => {
      seen.push(event);
      event.preventDefault();
    };
    document.addEventListener('news-click', onClick);
    try {
      const [az, ru] = parts(el, 'translation') as HTMLAnchorElement[];
      expect(ru!.href).to.equal(`${seedArticle().translations[1]!.url}?utm_source=partner`);
      ru!.querySelector('span')!.click();
      az!.click();
      expect(seen.map((event) => event.detail)).to.deep.equal([
        { id: '491283', url: seedArticle().translations[1]!.url },
        { id: '491283', url: seedArticle().translations[0]!.url },
      ]);
      expect(seen[0]!.cancelable).to.equal(true);
      expect(seen[0]!.composed).to.equal(true);
      expect(location.href).to.not.contain('/ru/');
    } finally {
      document.removeEventListener('news-click', onClick);
    }
  });

  it('fires nothing for the category, tags, body links and share button', async () => {
    const el = await load<NewsArticleElement>(html`<news-article .data=${seedArticle()}></news-article>`);
    const seen: Event[] = [];
    el.addEventListener('news-click', (event) => seen.push(event));
    const stop = (event: Event) => event.preventDefault();
    el.shadowRoot!.addEventListener('click', stop);
    for (const link of [part(el, 'category')!, part(el, 'tag')!, part(el, 'body')!.querySelector('a')!]) {
      link.click();
    }
    expect(seen).to.have.length(0);
  });

  it('fires news-impression once, when half the article has been visible for a second', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await load<NewsArticleElement>(html`<news-article .data=${short()}></news-article>`);
    const seen: NewsItemEvent[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event));
    expect(part(el, 'article')!.getAttribute('data-news-item')).to.equal('article');
    await frames();
    clock.tick(999);
    expect(seen).to.have.length(0);
    clock.tick(1);
    expect(seen.map((event) => event.detail)).to.deep.equal([{ id: '491283', url: seedArticle().url }]);
    expect(seen[0]!.detail.position).to.equal(undefined);
    // Out of sight and back: never twice.
    el.style.display = 'none';
    await frames();
    el.style.display = '';
    await frames();
    clock.tick(5000);
    expect(seen).to.have.length(1);
  });

  it('waits while less than half of a tall article is visible', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await load<NewsArticleElement>(
      html`<div style="height: 100px; overflow: auto">
        <news-article .data=${short({ url: undefined })}></news-article>
      </div>`,
    );
    const seen: NewsItemEvent[] = [];
    el.addEventListener('news-impression', (event) => seen.push(event));
    await frames();
    clock.tick(3000);
    expect(seen).to.have.length(0);
    // Without a URL the detail has only the id.
    el.parentElement!.style.height = '';
    el.parentElement!.style.overflow = '';
    await frames();
    clock.tick(1000);
    expect(seen.map((event) => event.detail)).to.deep.equal([{ id: '491283' }]);
  });
});
