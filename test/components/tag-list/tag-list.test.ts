import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/tag-list/tag-list.define.js';
import type { TagListElement } from '../../../src/components/tag-list/tag-list.js';
import type { NewsLoadEvent } from '../../../src/events/events.js';
import { configure } from '../../../src/data/config.js';
import { seedArticle } from '../../fixtures/article.js';
import { crossFault, jsonUrl, load, nextEvent, part, parts, resetAll, texts } from '../../helpers.js';

const TRENDING = {
  title: 'Trending',
  tags: [
    { name: 'Ilham Aliyev', url: 'https://news.example/en/tags/ilham-aliyev/', count: 1204 },
    { name: 'WUF13', url: 'https://news.example/en/tags/wuf13/', count: 87 },
    { name: 'Airstrikes on Iran', url: 'https://news.example/en/tags/airstrikes-on-iran/', count: 42 },
    { name: 'SGC', url: 'https://news.example/en/tags/sgc/', count: 12 },
    { name: 'Advisory Council', url: 'https://news.example/en/tags/advisory-council/', count: 5 },
  ],
};

const tags = (template: ReturnType<typeof html>) => load<TagListElement>(template);

describe('<tag-list>', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('renders tags from a tags endpoint as links, with the data title as heading', async () => {
    const el = await tags(html`<tag-list src=${jsonUrl(TRENDING)}></tag-list>`);
    const links = parts(el, 'tag') as HTMLAnchorElement[];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Ilham Aliyev',
      'WUF13',
      'Airstrikes on Iran',
      'SGC',
      'Advisory Council',
    ]);
    expect(links[2]!.href).to.equal('https://news.example/en/tags/airstrikes-on-iran/');
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Trending');
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(parts(el, 'count')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes a bare array, and an article (its tags, not its headline)', async () => {
    const bare = await tags(html`<tag-list .data=${TRENDING.tags}></tag-list>`);
    expect(parts(bare, 'tag')).to.have.length(5);
    expect(part(bare, 'heading')).to.equal(null);
    expect(part(bare, 'list')!.getAttribute('aria-label')).to.equal('Tags');
    const fromArticle = await tags(html`<tag-list src=${jsonUrl(seedArticle())}></tag-list>`);
    expect(texts(fromArticle, 'tag')).to.deep.equal([
      'Azerbaijan',
      'Turkiye',
      'Vugar Mustafayev',
      'Yaşar Güler',
    ]);
    expect(part(fromArticle, 'heading')).to.equal(null);
  });

  it('shows counts in the reader’s language with the counts attribute', async () => {
    const el = await tags(html`<tag-list counts lang="ru" .data=${TRENDING}></tag-list>`);
    expect(texts(el, 'count')).to.deep.equal(['1\u00a0204', '87', '42', '12', '5']);
    const en = await tags(html`<tag-list counts lang="en" .data=${TRENDING}></tag-list>`);
    expect(texts(en, 'count')[0]).to.equal('1,204');
  });

  it('uses a slotted heading instead of the data title', async () => {
    const el = await tags(html`<tag-list .data=${TRENDING}><h3 slot="heading">Popular now</h3></tag-list>`);
    const slot = part(el, 'heading')!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Popular now');
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
    expect(part(el, 'list')!.hasAttribute('aria-label')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('applies link-target and link-params, its own or the page-wide ones', async () => {
    const el = await tags(
      html`<tag-list
        .data=${TRENDING}
        link-target="_blank"
        link-params=${'utm_source=partner&utm_medium=tags'}
      ></tag-list>`,
    );
    const link = part(el, 'tag') as HTMLAnchorElement;
    expect(link.href).to.equal(
      'https://news.example/en/tags/ilham-aliyev/?utm_source=partner&utm_medium=tags',
    );
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    configure({ linkParams: 'ref=site' });
    const paged = await tags(html`<tag-list .data=${TRENDING}></tag-list>`);
    expect((part(paged, 'tag') as HTMLAnchorElement).search).to.equal('?ref=site');
  });

  it('renders a tag without a safe URL as text, and leaves out bad and repeated tags', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = nextEvent<NewsLoadEvent>(wrapper, 'news-load');
      render(
        html`<tag-list
          .data=${[{ name: 'Plain', url: 'javascript:alert(1)' }, { name: 42 }, { name: 'Plain' }, { name: 'Other' }]}
        ></tag-list>`,
        wrapper,
      );
      const event = await loaded;
      expect(event.warnings).to.deep.equal([
        'tags[0].url: expected an http(s) URL (left out)',
        'tags[1].name: expected a string, got a number',
        'tags[2].name: repeats the name "Plain" of an earlier entry',
      ]);
      const el = wrapper.firstElementChild as TagListElement;
      const [plain, other] = parts(el, 'tag');
      expect(plain!.localName).to.equal('span');
      expect(plain!.hasAttribute('href')).to.equal(false);
      expect(other!.textContent!.trim()).to.equal('Other');
    } finally {
      warn.restore();
    }
  });

  it('the bar is one line that scrolls sideways, and every tag is reachable with Tab', async () => {
    const many = {
      tags: Array.from({ length: 30 }, (_, i) => ({
        name: `Topic number ${i + 1}`,
        url: `https://news.example/t/${i}`,
      })),
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const loaded = nextEvent(wrapper, 'news-load');
    render(html`<tag-list variant="bar" .data=${many}></tag-list>`, wrapper);
    await loaded;
    const el = wrapper.firstElementChild as TagListElement;
    const list = part(el, 'list')!;
    const items = parts(el, 'item');
    const tops = new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    expect(el.getBoundingClientRect().height).to.be.lessThan(60);
    // Tab to the last tag: the bar scrolls it into view.
    (parts(el, 'tag')[0] as HTMLElement).focus();
    for (let i = 1; i < 30; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Topic number 30');
    expect(list.scrollLeft).to.be.greaterThan(0);
    const last = items[29]!.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(last.right).to.be.at.most(box.right + 1);
    await expect(el).to.be.accessible();
  });

  it('keeps the bar within a grid column instead of widening the page', async () => {
    const many = { tags: Array.from({ length: 30 }, (_, i) => ({ name: `Topic number ${i + 1}` })) };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: 1fr; width: 320px"></div>`,
    );
    const loaded = nextEvent(wrapper, 'news-load');
    render(html`<tag-list variant="bar" .data=${many}></tag-list>`, wrapper);
    await loaded;
    const el = wrapper.firstElementChild as TagListElement;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    const list = part(el, 'list')!;
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
  });

  it('wraps by default', async () => {
    const many = { tags: Array.from({ length: 30 }, (_, i) => ({ name: `Topic ${i + 1}` })) };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const loaded = nextEvent(wrapper, 'news-load');
    render(html`<tag-list .data=${many}></tag-list>`, wrapper);
    await loaded;
    const el = wrapper.firstElementChild as TagListElement;
    const list = part(el, 'list')!;
    expect(list.scrollWidth).to.be.at.most(list.clientWidth);
    expect(
      new Set(parts(el, 'item').map((li) => Math.round(li.getBoundingClientRect().top))).size,
    ).to.be.greaterThan(3);
  });

  it('is accessible while loading, empty and on error, in en, az and ru', async () => {
    for (const lang of ['en', 'az', 'ru']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      render(html`<tag-list lang=${lang} src=${jsonUrl(TRENDING, { delay: 1000 })}></tag-list>`, wrapper);
      const loading = wrapper.firstElementChild as TagListElement;
      await loading.updateComplete;
      expect(part(loading, 'loading')).to.exist;
      await expect(loading).to.be.accessible();
      const empty = await tags(html`<tag-list lang=${lang} .data=${{ tags: [] }}></tag-list>`);
      expect(part(empty, 'empty')).to.exist;
      expect(empty.matches(':state(empty)')).to.equal(true);
      await expect(empty).to.be.accessible();
      const failed = nextEvent(wrapper, 'news-error');
      render(
        html`<tag-list lang=${lang} src=${crossFault('json', { status: 503, body: '{}' })}></tag-list>`,
        wrapper,
      );
      await failed;
      expect(part(wrapper.firstElementChild!, 'error')).to.exist;
      await expect(wrapper.firstElementChild).to.be.accessible();
    }
  });
});
