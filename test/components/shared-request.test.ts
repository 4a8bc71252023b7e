// <news-article>, <tag-list> and <photo-gallery> pointed at one article URL make one request between them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { seedArticle } from '../fixtures/article.js';
import { jsonUrl, nextEvent, parts, requestCount, resetAll, uniqueKey } from '../helpers.js';

describe('one article, many widgets', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('makes exactly one request for the article, its tags and its photos', async () => {
    const key = uniqueKey();
    const src = jsonUrl(seedArticle(), { key, delay: 200 });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <news-article src=${src}></news-article>
        <tag-list src=${src}></tag-list>
        <photo-gallery src=${src}></photo-gallery>
      </div>`,
    );
    const elements = [...wrapper.children];
    await Promise.all(elements.map((el) => nextEvent(el, 'news-load')));
    // One that connects later takes the cached response too.
    const late = document.createElement('tag-list');
    late.src = src;
    const loaded = nextEvent(late, 'news-load');
    wrapper.append(late);
    await loaded;
    expect(await requestCount(key)).to.equal(1);
    expect(parts(elements[1]!, 'tag')).to.have.length(4);
    expect(parts(elements[2]!, 'item')).to.have.length(3);
    // The article's own gallery (its photos after the lead one) is given the data: no request either.
    const inner = parts(elements[0]!, 'gallery')[0]!;
    expect(inner.localName).to.equal('photo-gallery');
    expect(parts(inner, 'item')).to.have.length(2);
    expect(parts(late, 'tag')).to.have.length(4);
  });
});

describe('an article without tags or photos', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('is the empty state of <tag-list> and <photo-gallery>, never an error box', async () => {
    const article = seedArticle();
    delete (article as Record<string, unknown>).tags;
    delete (article as Record<string, unknown>).photos;
    const src = jsonUrl(article);
    // Listeners first, then the elements: a local response can arrive before a later listener.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: Event[] = [];
    const loaded = new Set<EventTarget>();
    wrapper.addEventListener('news-error', (event) => errors.push(event));
    wrapper.addEventListener('news-load', (event) => loaded.add(event.target!));
    render(
      html`<news-article src=${src}></news-article>
        <tag-list src=${src}></tag-list>
        <photo-gallery src=${src}></photo-gallery>`,
      wrapper,
    );
    const elements = [...wrapper.children];
    await waitUntil(() => elements.every((el) => loaded.has(el)) || errors.length, 'every element loads');
    const [, tags, gallery] = elements;
    expect(errors).to.deep.equal([]);
    for (const el of [tags!, gallery!]) {
      expect(el.matches(':state(empty)'), el.localName).to.equal(true);
      expect(el.matches(':state(error)'), el.localName).to.equal(false);
      expect(parts(el, 'error'), el.localName).to.deep.equal([]);
      expect(parts(el, 'empty'), el.localName).to.have.length(1);
    }
    // The article's headline is no heading for its tags.
    expect(parts(tags!, 'heading')).to.deep.equal([]);
  });
});
