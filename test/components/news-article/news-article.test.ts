import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../../src/components/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../../src/events/events.js';
import { seedArticle } from '../../fixtures/article.js';
import { crossFault, jsonUrl, load, nextEvent, part, parts, resetAll, texts } from '../../helpers.js';

const article = (template: ReturnType<typeof html>) => load<NewsArticleElement>(template);

describe('<news-article>', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('renders the seed article: category, times, title, summary, lead photo, body, tags, languages, source', async () => {
    const el = await article(
      html`<news-article src=${jsonUrl(seedArticle())} time-zone="Asia/Baku" lang="en"></news-article>`,
    );
    const category = part(el, 'category') as HTMLAnchorElement;
    expect(category.localName).to.equal('a');
    expect(category.href).to.equal('https://news.example/en/military/');
    const time = part(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-03-03T13:41:00+04:00');
    expect(time.textContent).to.equal('March 3, 2026, 13:41');
    expect(part(el, 'updated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Updated 14:02');
    expect(part(el, 'updated')!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2026-03-03T14:02:00+04:00',
    );
    const title = part(el, 'title')!;
    expect(title.localName).to.equal('h2');
    expect(title.textContent).to.equal('Azerbaijan, Türkiye discuss expanding defense industry cooperation');
    expect(part(el, 'summary')!.textContent).to.contain('official visit to Ankara');
    const lead = part(el, 'lead')!;
    const image = lead.querySelector('img')!;
    expect(image.getAttribute('src')).to.equal('https://news.example/media/2026/03/03/defense-1.jpg');
    expect(image.getAttribute('alt')).to.equal('Photo 1: the delegations meet in Ankara');
    expect(image.getAttribute('width')).to.equal('1280');
    expect(lead.querySelector('[part~="caption"]')!.textContent).to.contain('discuss expanding');
    expect(lead.querySelector('[part~="credit"]')!.textContent).to.equal('Ministry of Defence Industry');
    const body = part(el, 'body')!;
    expect(body.querySelectorAll('p')).to.have.length(2);
    expect(body.querySelector('h3')!.textContent).to.equal('Cooperation');
    expect(body.querySelectorAll('li')).to.have.length(2);
    expect(body.querySelector('blockquote')).to.exist;
    expect(body.querySelector('table th')!.textContent).to.equal('Side');
    // A relative link in the body resolves against the endpoint, not the page.
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(new URL('/en/tags/report/', jsonUrl({})).href);
    const inline = body.querySelector('img')!;
    expect(inline.getAttribute('loading')).to.equal('lazy');
    expect(inline.getAttribute('decoding')).to.equal('async');
    expect(texts(el, 'tag')).to.deep.equal(['Azerbaijan', 'Turkiye', 'Vugar Mustafayev', 'Yaşar Güler']);
    expect(part(el, 'source')!.textContent).to.equal('Source: Report');
    // The photos after the lead one, in a gallery.
    const gallery = part(el, 'gallery')!;
    expect(gallery.localName).to.equal('photo-gallery');
    await (gallery as NewsArticleElement).updateComplete;
    expect(parts(gallery, 'image').map((img) => img.getAttribute('src'))).to.deep.equal([
      'https://news.example/media/2026/03/03/defense-2.jpg',
      'https://news.example/media/2026/03/03/defense-3.jpg',
    ]);
    await expect(el).to.be.accessible();
  });

  it("marks the article's language on its content only, the element's words staying in the element's", async () => {
    const el = await article(
      html`<news-article
        lang="en"
        time-zone="Asia/Baku"
        .data=${{ ...seedArticle(), lang: 'az' }}
      ></news-article>`,
    );
    /** The language a node's text is in: its own `lang` or its nearest ancestor's in the shadow root. */
    const langOf = (node: Element | null | undefined) => node?.closest('[lang]')?.getAttribute('lang');
    const root = el.shadowRoot!;
    for (const name of ['title', 'summary', 'body', 'category', 'tag', 'caption'])
      expect(langOf(part(el, name)), name).to.equal('az');
    expect(langOf(part(el, 'source')!.querySelector('span')), 'the source').to.equal('az');
    expect(langOf(part(el, 'lead')!.querySelector('img')), "the lead photo's alt text").to.equal('az');
    // The words of the element itself: dates, "Updated", "Source:", "Tags", "Also in", "Share".
    for (const name of ['time', 'updated', 'source', 'tags', 'translations', 'share'])
      expect(langOf(part(el, name)), name).to.equal('en');
    expect(part(el, 'source')!.textContent).to.equal('Source: Report');
    expect(langOf(root.querySelector('article'))).to.equal('en');
    // The gallery in the article's language, its words and captions alike.
    expect(part(el, 'gallery')!.getAttribute('lang')).to.equal('az');
  });

  it('links the other languages with lang, hreflang and the translated title as accessible name', async () => {
    const el = await article(html`<news-article src=${jsonUrl(seedArticle())}></news-article>`);
    const nav = part(el, 'translations')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Also in:');
    const [az, ru] = parts(el, 'translation') as HTMLAnchorElement[];
    // Visible: the language; accessible name: the language and the translated headline.
    expect(az!.querySelector('.vh')!.textContent).to.equal(
      ': Azərbaycan və Türkiyə müdafiə sənayesi əməkdaşlığının genişləndirilməsini müzakirə edib',
    );
    expect(az!.textContent!.trim()).to.match(/^Azərbaycanca: Azərbaycan və Türkiyə/);
    expect(az!.lang).to.equal('az');
    expect(az!.hreflang).to.equal('az');
    expect(ru!.textContent!.trim()).to.equal(
      'Русский: Мустафаев и Гюлер обсудили расширение сотрудничества в сфере оборонпрома',
    );
    expect(ru!.lang).to.equal('ru');
    expect(ru!.href).to.equal('https://news.example/ru/voennye/mustafaev-i-guler');
  });

  it('fires one news-load per article load: its gallery’s own load stays inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: NewsLoadEvent[] = [];
    wrapper.addEventListener('news-load', (e) => events.push(e as NewsLoadEvent));
    const loaded = nextEvent(wrapper, 'news-load');
    render(html`<news-article src=${jsonUrl(seedArticle())}></news-article>`, wrapper);
    await loaded;
    const el = wrapper.firstElementChild as NewsArticleElement;
    const gallery = part(el, 'gallery')!;
    await (gallery as NewsArticleElement).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parts(gallery, 'item')).to.have.length(2);
    expect(events).to.have.length(1);
    expect((events[0]!.data as { title: string }).title).to.equal(seedArticle().title);
  });

  it('puts the body’s headings below the headline, keeps list bullets, and links footnotes nowhere', async () => {
    const body =
      '<h2>Section</h2><h3>Sub</h3><h6>Deep</h6><ul><li>one</li></ul><p>See <a href="#fn1">1</a>.</p>';
    const el = await article(html`<news-article .data=${seedArticle({ body })}></news-article>`);
    const part_ = part(el, 'body')!;
    expect([...part_.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName)).to.deep.equal([
      'h3',
      'h4',
      'h6',
    ]);
    expect(getComputedStyle(part_.querySelector('ul')!).listStyleType).to.equal('disc');
    expect(part_.querySelector('a')!.hasAttribute('href')).to.equal(false);
    el.headingLevel = 1;
    await el.updateComplete;
    expect(part(el, 'body')!.querySelector('h2, h3')!.localName).to.equal('h2');
    el.headingLevel = 4;
    await el.updateComplete;
    expect([...part(el, 'body')!.querySelectorAll('h5, h6')].map((h) => h.localName)).to.deep.equal([
      'h5',
      'h6',
      'h6',
    ]);
  });

  it('adds link-params to body links into the publisher’s site, and rel to links elsewhere', async () => {
    const body =
      '<p><a href="/en/tags/x/">home</a> <a href="https://news.example/en/y/">also home</a> ' +
      '<a href="https://elsewhere.example/">away</a></p>';
    const el = await article(
      html`<news-article .data=${seedArticle({ body })} link-params="utm_source=partner"></news-article>`,
    );
    const [home, alsoHome, away] = part(el, 'body')!.querySelectorAll('a');
    // The article's URL says where the publisher's site is; relative links resolve against the endpoint.
    expect(home!.search).to.equal('');
    expect(alsoHome!.href).to.equal('https://news.example/en/y/?utm_source=partner');
    expect(alsoHome!.hasAttribute('rel')).to.equal(false);
    expect(away!.href).to.equal('https://elsewhere.example/');
    expect(away!.rel).to.equal('noopener noreferrer');
  });

  it('puts the structured data back when the element comes back to the page', async () => {
    const el = await article(html`<news-article structured-data .data=${seedArticle()}></news-article>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.querySelectorAll('script')).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });

  it('takes heading-level for the headline', async () => {
    const el = await article(html`<news-article heading-level="1" .data=${seedArticle()}></news-article>`);
    expect(part(el, 'title')!.localName).to.equal('h1');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h4');
    // Anything but 1-6 falls back to the default level, 2 (the body's headings follow it).
    el.headingLevel = 42;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h2');
    el.setAttribute('heading-level', '0');
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h2');
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h6');
    el.setAttribute('heading-level', 'x');
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'body')!.querySelector('h3')!.textContent).to.equal('Cooperation');
  });

  it('renders the minimal article (id, title, publishedAt) without gaps or errors', async () => {
    const spy = sinon.spy(console, 'warn');
    try {
      const el = await article(
        html`<news-article
          .data=${{ id: 7, title: 'Just a headline', publishedAt: '2026-03-03T10:00:00Z' }}
          time-zone="UTC"
        ></news-article>`,
      );
      expect(part(el, 'title')!.textContent).to.equal('Just a headline');
      expect(part(el, 'time')!.textContent).to.equal('March 3, 2026, 10:00');
      for (const name of [
        'updated',
        'category',
        'summary',
        'lead',
        'body',
        'tags',
        'translations',
        'source',
        'share',
        'gallery',
      ])
        expect(part(el, name), name).to.equal(null);
      // No empty boxes: every element in the article has text or is the time.
      const empties = [...el.shadowRoot!.querySelectorAll('article *')].filter(
        (node) => !node.textContent!.trim() && node.localName !== 'footer',
      );
      expect(empties.map((node) => node.outerHTML)).to.deep.equal([]);
      expect(spy.called).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('shows an error for an article without a title, in plain words', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent<NewsErrorEvent>(wrapper, 'news-error');
    render(
      html`<news-article .data=${{ id: '1', publishedAt: '2026-03-03T10:00:00Z' }}></news-article>`,
      wrapper,
    );
    const event = await failed;
    expect(event.kind).to.equal('invalid');
    expect(event.message).to.equal('title: is required');
    const el = wrapper.firstElementChild as NewsArticleElement;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('leaves out a bad tag, photo or translation and reports it', async () => {
    const spy = sinon.stub(console, 'warn');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = nextEvent<NewsLoadEvent>(wrapper, 'news-load');
      render(
        html`<news-article
          .data=${seedArticle({
            tags: [{ name: 'Good' }, { name: '' }],
            photos: [{ src: 'javascript:alert(1)', alt: 'x' }, { src: 'https://news.example/a.jpg' }],
            translations: [{ lang: 'az' }],
          })}
        ></news-article>`,
        wrapper,
      );
      const event = await loaded;
      expect(event.warnings).to.deep.equal([
        'tags[1].name: expected text, got an empty string',
        'photos[0].src: expected an http(s) URL',
        'translations[0].title: is required',
      ]);
      const el = wrapper.firstElementChild as NewsArticleElement;
      expect(texts(el, 'tag')).to.deep.equal(['Good']);
      expect(part(el, 'lead')!.querySelector('img')!.getAttribute('src')).to.equal(
        'https://news.example/a.jpg',
      );
      expect(part(el, 'translations')).to.equal(null);
    } finally {
      spy.restore();
    }
  });

  it('applies link-target and link-params to links into the site, and target to body links', async () => {
    const el = await article(
      html`<news-article
        .data=${seedArticle()}
        link-target="_blank"
        link-params="utm_source=partner"
      ></news-article>`,
    );
    const category = part(el, 'category') as HTMLAnchorElement;
    expect(category.href).to.equal('https://news.example/en/military/?utm_source=partner');
    expect(category.target).to.equal('_blank');
    expect(category.rel).to.equal('noopener noreferrer');
    for (const tag of parts(el, 'tag') as HTMLAnchorElement[])
      expect(tag.search).to.equal('?utm_source=partner');
    const bodyLink = part(el, 'body')!.querySelector('a')!;
    expect(bodyLink.target).to.equal('_blank');
    expect(bodyLink.rel).to.equal('noopener noreferrer');
    el.linkTarget = undefined;
    el.removeAttribute('link-target');
    await el.updateComplete;
    expect(part(el, 'body')!.querySelector('a')!.hasAttribute('target')).to.equal(false);
  });

  it('renders the UI in az and ru', async () => {
    const az = await article(
      html`<news-article lang="az" time-zone="Asia/Baku" .data=${seedArticle()}></news-article>`,
    );
    expect(part(az, 'time')!.textContent).to.equal('3 mart 2026, 13:41');
    expect(part(az, 'updated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Yeniləndi: 14:02');
    expect(part(az, 'source')!.textContent).to.equal('Mənbə: Report');
    expect(part(az, 'share')!.textContent).to.equal('Paylaş');
    await expect(az).to.be.accessible();
    const ru = await article(
      html`<news-article lang="ru" time-zone="Asia/Baku" .data=${seedArticle()}></news-article>`,
    );
    expect(part(ru, 'time')!.textContent).to.equal('3 марта 2026 г., 13:41');
    expect(part(ru, 'updated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Обновлено 14:02');
    expect(part(ru, 'translations')!.getAttribute('aria-label')).to.equal('Читайте также на:');
    await expect(ru).to.be.accessible();
  });

  it('is accessible while loading and on error, in each language', async () => {
    for (const lang of ['en', 'az', 'ru']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      render(
        html`<news-article lang=${lang} src=${jsonUrl(seedArticle(), { delay: 1000 })}></news-article>`,
        wrapper,
      );
      const el = wrapper.firstElementChild as NewsArticleElement;
      await el.updateComplete;
      expect(part(el, 'loading')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(true);
      await expect(el).to.be.accessible();
      const failed = nextEvent(wrapper, 'news-error');
      render(
        html`<news-article
          lang=${lang}
          src=${crossFault('json', { status: 500, body: '{}' })}
        ></news-article>`,
        wrapper,
      );
      await failed;
      await expect(wrapper.firstElementChild).to.be.accessible();
    }
  });

  it('shares with the Web Share API where it exists', async () => {
    const share = sinon.stub().resolves();
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const el = await article(html`<news-article .data=${seedArticle()}></news-article>`);
      (part(el, 'share') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(share.calledOnce).to.equal(true);
      expect(share.firstCall.args[0]).to.deep.equal({
        title: 'Azerbaijan, Türkiye discuss expanding defense industry cooperation',
        url: 'https://news.example/en/military/azerbaijan-turkiye-discuss-expanding-defense-industry-cooperation',
      });
      expect(part(el, 'share-status')!.textContent).to.equal('');
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('copies the link where Web Share is missing, and says so', async () => {
    expect('share' in navigator).to.equal(false);
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      const el = await article(html`<news-article .data=${seedArticle()}></news-article>`);
      (part(el, 'share') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(write.calledOnceWith(seedArticle().url)).to.equal(true);
      const status = part(el, 'share-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Link copied');
      write.rejects(new Error('denied'));
      (part(el, 'share') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(status.textContent).to.equal(`Couldn’t copy the link: ${seedArticle().url}`);
    } finally {
      write.restore();
    }
  });

  it('clears the share status when the article leaves the page, so it is gone when it comes back', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      const el = await article(html`<news-article .data=${seedArticle()}></news-article>`);
      (part(el, 'share') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(part(el, 'share-status')!.textContent).to.equal('Link copied');
      const parent = el.parentElement!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      parent.append(el);
      await el.updateComplete;
      expect(part(el, 'share-status')!.textContent).to.equal('');
    } finally {
      write.restore();
    }
  });
});
