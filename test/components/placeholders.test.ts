// The loading placeholders (each element's renderSkeleton()) take the place their content will take, so
// a page does not move when the data arrives; and the README's page CSS gives the elements their
// placeholders' heights before the script has defined them.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { photo, seedArticle } from '../fixtures/article.js';
import { fault, feed, item, jsonUrl, nextEvent, part, parts, resetAll } from '../helpers.js';

/** Layout is in 1/64 px: heights that should be equal may differ by a rounding. */
const PX = 0.1;

/** A 16:9 or 3:2 SVG the test server sends, so that images load and keep their ratio. */
const image = (width: number, height: number) =>
  fault('json', {
    type: 'image/svg+xml',
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#9ab"/></svg>`,
  });

const height = (el: Element) => el.getBoundingClientRect().height;
const top = (el: Element, from: Element) => el.getBoundingClientRect().top - from.getBoundingClientRect().top;
const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);
/** How many lines of text `el` holds. */
const linesOf = (el: Element) => Math.round(height(el) / lineHeight(el));

/** Renders `template` in a box `width` px wide and waits for its element's first news-load. */
async function loaded<T extends HTMLElement>(template: TemplateResult, width = 800): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const done = nextEvent(wrapper, 'news-load');
  render(template, wrapper);
  await done;
  // Photos with a width and height have their box before they load.
  return wrapper.firstElementChild as T;
}

/** Renders `template` (an element whose data is slow to come) in a box `width` px wide: its placeholder. */
async function loading<T extends HTMLElement>(template: TemplateResult, width = 800): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  render(template, wrapper);
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  expect(part(el, 'loading'), 'shows its placeholder').to.exist;
  return el;
}

const slow = (data: unknown) => jsonUrl(data, { delay: 5000 });

const TRENDING = {
  title: 'Trending',
  tags: ['Ilham Aliyev', 'WUF13', 'Airstrikes on Iran', 'SGC', 'Advisory Council'].map((name) => ({
    name,
    url: `https://news.example/en/tags/${encodeURIComponent(name)}/`,
  })),
};

describe('loading placeholders', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  describe('<tag-list>', () => {
    it('the bar is exactly as tall loading as loaded, with a title, without one, or slotted', async () => {
      const placeholder = await loading(html`<tag-list variant="bar" src=${slow(TRENDING)}></tag-list>`);
      const titled = await loaded(html`<tag-list variant="bar" .data=${TRENDING}></tag-list>`);
      const bare = await loaded(html`<tag-list variant="bar" .data=${TRENDING.tags}></tag-list>`);
      expect(part(titled, 'heading')).to.exist;
      expect(part(bare, 'heading')).to.equal(null);
      expect(height(placeholder)).to.be.closeTo(height(titled), PX);
      expect(height(placeholder)).to.be.closeTo(height(bare), PX);
      // The heading shares the bar's one line.
      const heading = part(titled, 'heading')!.getBoundingClientRect();
      const tag = part(titled, 'tag')!.getBoundingClientRect();
      expect(heading.right).to.be.at.most(tag.left);
      expect(heading.top + heading.height / 2).to.be.closeTo(tag.top + tag.height / 2, 1);

      // A slotted heading is known before the data: the placeholder shows it already.
      const slotted = await loading(
        html`<tag-list variant="bar" src=${slow(TRENDING)}><h3 slot="heading">Popular</h3></tag-list>`,
      );
      const slot = part(slotted, 'heading')!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Popular');
      const slottedLoaded = await loaded(
        html`<tag-list variant="bar" .data=${TRENDING}><h3 slot="heading">Popular</h3></tag-list>`,
      );
      expect(height(slotted)).to.be.closeTo(height(slottedLoaded), PX);
      await expect(slotted).to.be.accessible();
    });

    it('the list’s placeholder is one line of tags, exactly as tall as one loaded line', async () => {
      const placeholder = await loading(html`<tag-list src=${slow(TRENDING)}></tag-list>`);
      const line = await loaded(html`<tag-list .data=${TRENDING.tags.slice(0, 3)}></tag-list>`);
      expect(new Set(parts(line, 'item').map((li) => li.getBoundingClientRect().top)).size).to.equal(1);
      expect(height(placeholder)).to.be.closeTo(height(line), PX);
      // Still one line in a narrow box.
      const narrow = await loading(html`<tag-list src=${slow(TRENDING)}></tag-list>`, 200);
      expect(height(narrow)).to.be.closeTo(height(line), PX);
    });
  });

  describe('<news-article>', () => {
    it('has the content’s blocks where the content has them, and fills a desktop screen', async () => {
      const data = seedArticle({
        photos: [photo(1, { src: image(1280, 720), srcset: undefined, width: 1280, height: 720 })],
      });
      const placeholder = await loading(html`<news-article src=${slow(data)}></news-article>`);
      const article = await loaded(html`<news-article .data=${data}></news-article>`);
      const skeleton = placeholder.shadowRoot!.querySelector('.skeleton')!;
      const [meta, title, summary] = placeholder.shadowRoot!.querySelectorAll('.head > .lines');
      const header = part(article, 'header')!;
      const heading = part(article, 'title')!;
      const standfirst = part(article, 'summary')!;

      // Meta line, headline and summary at the content's sizes: two lines of headline, one of summary.
      expect(height(meta!)).to.be.closeTo(height(part(article, 'meta')!), PX);
      expect(lineHeight(title!.firstElementChild!)).to.be.closeTo(lineHeight(heading), PX);
      expect(top(title!, skeleton)).to.be.closeTo(top(heading, header), PX);
      expect(lineHeight(summary!.firstElementChild!)).to.be.closeTo(lineHeight(standfirst), PX);
      const extra =
        (linesOf(heading) - 2) * lineHeight(heading) + (linesOf(standfirst) - 1) * lineHeight(standfirst);

      // The lead photo: 16:9, full width, where the loaded one is; its caption's line under it.
      const bone = placeholder.shadowRoot!.querySelector('.bone.photo')!;
      const lead = part(article, 'lead')!.querySelector('img')!;
      expect(bone.getBoundingClientRect().width).to.equal(800);
      expect(height(bone)).to.be.closeTo(450, PX);
      expect(top(bone, skeleton) + extra).to.be.closeTo(top(lead, header), PX);
      expect(height(lead)).to.be.closeTo(height(bone), PX);
      const caption = placeholder.shadowRoot!.querySelector('.caption')!;
      const figcaption = part(article, 'lead')!.querySelector('figcaption')!;
      expect(top(caption, skeleton) + extra).to.be.closeTo(top(figcaption, header), PX);
      expect(height(caption)).to.be.closeTo(height(figcaption), PX);

      // Body lines at the body's line height, starting where the body starts.
      const body = placeholder.shadowRoot!.querySelector('.skeleton .body')!;
      expect(top(body, skeleton) + extra).to.be.closeTo(top(part(article, 'body')!, header), PX);
      expect(lineHeight(body.querySelector('.line')!)).to.be.closeTo(
        lineHeight(part(article, 'body')!.querySelector('p')!),
        PX,
      );
      // Taller than a 1080 px screen's worth below a site header, and never taller than a real article.
      expect(height(placeholder)).to.be.within(1000, height(article));
    });
  });

  describe('<photo-gallery>', () => {
    it('tiles in the list’s grid, each as tall as a 3:2 photo with two lines of caption and a credit', async () => {
      const photos = [1, 2, 3, 4, 5, 6].map((n) =>
        photo(n, { src: image(1200, 800), srcset: undefined, width: 1200, height: 800 }),
      );
      const placeholder = await loading(html`<photo-gallery src=${slow(photos)}></photo-gallery>`);
      const gallery = await loaded(html`<photo-gallery .data=${photos}></photo-gallery>`);
      const tiles = [...placeholder.shadowRoot!.querySelectorAll('.tile')];
      const figures = parts(gallery, 'figure');
      expect(tiles).to.have.length(6);
      // The same columns.
      expect(tiles.map((t) => Math.round(t.getBoundingClientRect().left))).to.deep.equal(
        figures.map((f) => Math.round(f.getBoundingClientRect().left)),
      );
      const captionLine = lineHeight(part(gallery, 'caption')!);
      const extra = (linesOf(part(gallery, 'caption')!) - 2) * captionLine;
      expect(height(tiles[0]!.querySelector('.thumb')!)).to.be.closeTo(height(part(gallery, 'open')!), PX);
      expect(height(tiles[0]!) + extra).to.be.closeTo(height(figures[0]!), PX);
      const rows = new Set(figures.map((f) => f.getBoundingClientRect().top)).size;
      expect(height(placeholder) + rows * extra).to.be.closeTo(height(gallery), 1);
    });

    it('tiles in the strip: the strip’s height, 3:2', async () => {
      const placeholder = await loading(
        html`<photo-gallery layout="strip" src=${slow([photo(1)])}></photo-gallery>`,
      );
      const thumb = placeholder.shadowRoot!.querySelector('.thumb')!.getBoundingClientRect();
      expect(thumb.height).to.be.closeTo(160, PX);
      expect(thumb.width).to.be.closeTo(240, PX);
      expect(placeholder.shadowRoot!.querySelector('.skeleton')!.classList.contains('strip')).to.equal(true);
    });
  });

  describe('<latest-news>', () => {
    it('heading, rows and "All news" as tall as the content with two-line headlines', async () => {
      const data = feed(10);
      data.items = data.items.map((_, i) =>
        item(i + 1, {
          title: `Headline ${i + 1}: ministers meet in Ankara to discuss cooperation and trade`,
        }),
      );
      const placeholder = await loading(html`<latest-news src=${slow(data)}></latest-news>`, 320);
      const list = await loaded(html`<latest-news .data=${data}></latest-news>`, 320);
      const rows = [...placeholder.shadowRoot!.querySelectorAll('.skeleton > li')];
      const items = parts(list, 'item');
      expect(rows).to.have.length(10);
      let extra = 0;
      items.forEach((row, i) => {
        const title = row.querySelector('[part~="title"]')!;
        const more = (linesOf(title) - 2) * lineHeight(title);
        expect(height(rows[i]!) + more, `row ${i + 1}`).to.be.closeTo(height(row), PX);
        extra += more;
      });
      expect(height(placeholder) + extra).to.be.closeTo(height(list), 1);
    });

    it('rows with thumbnails keep the thumbnail’s size', async () => {
      const placeholder = await loading(
        html`<latest-news thumbnails src=${slow(feed(2))}></latest-news>`,
        320,
      );
      const thumb = placeholder.shadowRoot!.querySelector('.bone.thumbnail')!.getBoundingClientRect();
      expect([thumb.width, thumb.height]).to.deep.equal([72, 72]);
      const row = placeholder.shadowRoot!.querySelector('.skeleton > li')!;
      expect(height(row)).to.be.at.least(72 + 24);
    });

    it('the ticker’s placeholder is as tall as the ticker', async () => {
      const placeholder = await loading(
        html`<latest-news variant="ticker" src=${slow(feed(3))}></latest-news>`,
      );
      const ticker = await loaded(html`<latest-news variant="ticker" .data=${feed(3)}></latest-news>`);
      expect(height(placeholder)).to.be.closeTo(height(ticker), PX);
    });
  });

  it('follow the theme and the page’s colour scheme, stand still and are accessible', async () => {
    const themed = await loading(
      html`<news-article
        style="--news-color-skeleton: rgb(1, 2, 3)"
        src=${slow(seedArticle())}
      ></news-article>`,
    );
    const shown = (el: Element, selector: string, pseudo?: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(selector)!, pseudo).backgroundColor;
    expect(shown(themed, '.bone.photo')).to.equal('rgb(1, 2, 3)');
    expect(shown(themed, '.line', '::before')).to.equal('rgb(1, 2, 3)');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"></div>`);
    render(html`<tag-list src=${slow(TRENDING)}></tag-list>`, wrapper);
    const dark = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await dark.updateComplete;
    expect(shown(dark, '.bone')).to.equal('rgb(45, 47, 51)');
    for (const el of [themed, dark]) {
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      await expect(el).to.be.accessible();
    }
  });
});

describe("README's page CSS", () => {
  it('gives the elements their placeholders’ heights before they are defined', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = /<!-- page-css:start -->\s*```css\n([\s\S]*?)```\s*<!-- page-css:end -->/.exec(readme);
    expect(block, 'README has the page-CSS block').to.exist;
    const markup = html`<tag-list variant="bar" src=${slow(TRENDING)}></tag-list>
      <tag-list src=${slow(TRENDING)}></tag-list>
      <news-article src=${slow(seedArticle())}></news-article>
      <latest-news src=${slow(feed(10))}></latest-news>
      <latest-news variant="ticker" src=${slow(feed(10))}></latest-news>`;
    // Defined here; in a frame of their own, where no script defines them, the page CSS holds their place.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">${markup}</div>`);
    const defined = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(defined.map((el) => el.updateComplete));
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    frame.srcdoc = `<!doctype html><style>body { margin: 0 } ${block![1]}</style><body>${wrapper.innerHTML}`;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await ready;
      const undefinedOnes = [...frame.contentDocument!.body.children];
      expect(undefinedOnes.map((el) => el.matches(':defined'))).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
      ]);
      defined.forEach((el, i) => {
        expect(
          height(undefinedOnes[i]!),
          `${el.localName} ${el.getAttribute('variant') ?? ''}`,
        ).to.be.closeTo(height(el), 1);
      });
    } finally {
      frame.remove();
    }
  });
});
