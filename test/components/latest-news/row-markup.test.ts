// The exact markup of headline rows (attributes in order, text as text) for every shape a row takes, on
// first render and after an edit in place: the rows are made with DOM calls (headline.ts) and updated by
// morph() (rows.ts), and neither may change what a page sees.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/latest-news/latest-news.define.js';
import type { LatestNewsElement } from '../../../src/components/latest-news/latest-news.js';
import { item, parts, resetAll } from '../../helpers.js';

const wide = {
  src: 'https://news.example/p/1.jpg',
  srcset: 'https://news.example/p/1-640.jpg 640w, https://news.example/p/1.jpg 1280w',
  width: 1280,
  height: 720,
};
const items = [
  item(1),
  item(2, { media: 'photo', lang: 'ru', title: '<b>Заголовок</b> & "кавычки"' }),
  item(3, { url: 'javascript:alert(1)', media: 'video' }),
  item(4, { category: { name: 'Sport' } }),
  { ...item(5), category: undefined, image: { src: 'https://news.example/p/5.jpg' } },
  item(6, { image: wide }),
];
const feed = { title: 'Latest News', url: 'https://news.example/en/news/', items };

const rowsOf = (el: LatestNewsElement) => parts(el, 'item').map((li) => li.outerHTML);

/** Elements, attributes (sorted: an attribute added in an edit comes last) and text. */
const structure = (node: Node): string =>
  node instanceof Element
    ? `<${node.localName} ${node
        .getAttributeNames()
        .sort()
        .map((name) => `${name}="${node.getAttribute(name)}"`)
        .join(' ')}>${[...node.childNodes].map(structure).join('')}</${node.localName}>`
    : (node.textContent ?? '');

describe('<latest-news> row markup', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  const mount = async (attrs: Partial<LatestNewsElement> = {}) => {
    const el = await fixture<LatestNewsElement>(
      html`<latest-news lang="en" time-zone="Asia/Baku"></latest-news>`,
    );
    Object.assign(el, attrs, { data: feed });
    await el.updateComplete;
    await el.updateComplete;
    return el;
  };

  it('is the markup of 0.2, attribute for attribute', async () => {
    expect(rowsOf(await mount())).to.deep.equal([
      '<li part="item" data-news-item="1"><time part="time" datetime="2026-03-03T10:33:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-1" data-news-item="1">Story number 1</a><a part="category" href="https://news.example/en/energy/">Energy</a></li>',
      '<li part="item" data-news-item="2"><time part="time" datetime="2026-03-03T10:32:00.000Z" title="March 3, 2026">March 3, 2026</time><span part="badge photo">Photo</span><a part="title" href="https://news.example/en/story-2" lang="ru" data-news-item="2">&lt;b&gt;Заголовок&lt;/b&gt; &amp; "кавычки"</a><a part="category" href="https://news.example/en/energy/">Energy</a></li>',
      '<li part="item" data-news-item="3"><time part="time" datetime="2026-03-03T10:31:00.000Z" title="March 3, 2026">March 3, 2026</time><span part="badge video">Video</span><span part="title">Story number 3</span><a part="category" href="https://news.example/en/energy/">Energy</a></li>',
      '<li part="item" data-news-item="4"><time part="time" datetime="2026-03-03T10:30:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-4" data-news-item="4">Story number 4</a><span part="category">Sport</span></li>',
      '<li part="item" data-news-item="5"><time part="time" datetime="2026-03-03T10:29:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-5" data-news-item="5">Story number 5</a></li>',
      '<li part="item" data-news-item="6"><time part="time" datetime="2026-03-03T10:28:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-6" data-news-item="6">Story number 6</a><a part="category" href="https://news.example/en/energy/">Energy</a></li>',
    ]);
  });

  it('is the markup of 0.2 with thumbnails, link-target and link-params', async () => {
    const el = await mount({ thumbnails: true, linkTarget: '_blank', linkParams: 'utm_source=x' });
    expect(rowsOf(el)).to.deep.equal([
      '<li part="item" data-news-item="1"><time part="time" datetime="2026-03-03T10:33:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-1?utm_source=x" target="_blank" rel="noopener noreferrer" data-news-item="1">Story number 1</a><a part="category" href="https://news.example/en/energy/?utm_source=x" target="_blank" rel="noopener noreferrer">Energy</a></li>',
      '<li part="item" data-news-item="2"><time part="time" datetime="2026-03-03T10:32:00.000Z" title="March 3, 2026">March 3, 2026</time><span part="badge photo">Photo</span><a part="title" href="https://news.example/en/story-2?utm_source=x" target="_blank" rel="noopener noreferrer" lang="ru" data-news-item="2">&lt;b&gt;Заголовок&lt;/b&gt; &amp; "кавычки"</a><a part="category" href="https://news.example/en/energy/?utm_source=x" target="_blank" rel="noopener noreferrer">Energy</a></li>',
      '<li part="item" data-news-item="3"><time part="time" datetime="2026-03-03T10:31:00.000Z" title="March 3, 2026">March 3, 2026</time><span part="badge video">Video</span><span part="title">Story number 3</span><a part="category" href="https://news.example/en/energy/?utm_source=x" target="_blank" rel="noopener noreferrer">Energy</a></li>',
      '<li part="item" data-news-item="4"><time part="time" datetime="2026-03-03T10:30:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-4?utm_source=x" target="_blank" rel="noopener noreferrer" data-news-item="4">Story number 4</a><span part="category">Sport</span></li>',
      '<li part="item" class="thumb" data-news-item="5"><img part="thumbnail" src="https://news.example/p/5.jpg" alt="" loading="lazy" decoding="async"><time part="time" datetime="2026-03-03T10:29:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-5?utm_source=x" target="_blank" rel="noopener noreferrer" data-news-item="5">Story number 5</a></li>',
      '<li part="item" class="thumb" data-news-item="6"><img part="thumbnail" src="https://news.example/p/1.jpg" srcset="https://news.example/p/1-640.jpg 640w, https://news.example/p/1.jpg 1280w" sizes="96px" width="1280" height="720" alt="" loading="lazy" decoding="async"><time part="time" datetime="2026-03-03T10:28:00.000Z" title="March 3, 2026">March 3, 2026</time><a part="title" href="https://news.example/en/story-6?utm_source=x" target="_blank" rel="noopener noreferrer" data-news-item="6">Story number 6</a><a part="category" href="https://news.example/en/energy/?utm_source=x" target="_blank" rel="noopener noreferrer">Energy</a></li>',
    ]);
  });

  it('edits rows in place to what a first render gives (attributes added come last), keeping the elements that stay', async () => {
    const el = await mount({ thumbnails: true });
    const link = parts(el, 'title')[0]!;
    link.focus();
    const edited = [
      { ...items[0]!, title: 'Edited', lang: 'az' },
      { ...items[1]!, url: undefined, media: undefined, lang: undefined },
      { ...items[2]!, url: 'https://news.example/3', image: wide },
      ...items.slice(3, 5).reverse(),
      { ...items[5]!, image: undefined, category: undefined, media: 'video' },
    ];
    el.data = { ...feed, items: edited };
    await el.updateComplete;
    const fresh = await fixture<LatestNewsElement>(
      html`<latest-news lang="en" time-zone="Asia/Baku"></latest-news>`,
    );
    Object.assign(fresh, { thumbnails: true, data: { ...feed, items: edited } });
    await fresh.updateComplete;
    await fresh.updateComplete;
    const shapes = (host: LatestNewsElement) => parts(host, 'item').map(structure);
    expect(shapes(el)).to.deep.equal(shapes(fresh));
    // The first headline's link was edited in place: the same element, still focused.
    expect(parts(el, 'title')[0]).to.equal(link);
    expect(link.textContent).to.equal('Edited');
    expect(link.getAttribute('lang')).to.equal('az');
    expect(el.shadowRoot!.activeElement).to.equal(link);
  });
});
