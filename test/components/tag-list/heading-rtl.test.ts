// <tag-list>: heading-level for the data's title, the renamed tokens (--news-tag-list-bg / -radius, the
// old --news-tag-bg / -radius as aliases), and right to left with Persian tags.
import { expect, html } from '@open-wc/testing';
import '../../../src/components/tag-list/tag-list.define.js';
import type { TagListElement } from '../../../src/components/tag-list/tag-list.js';
import { load, part, parts, resetAll } from '../../helpers.js';

const origin = 'https://news.example';
// Real Persian: "Most read"; Iran, Azerbaijan, economy, energy, culture.
const persian = {
  title: 'پربازدیدترین‌ها',
  tags: ['ایران', 'آذربایجان', 'اقتصاد', 'انرژی', 'فرهنگ'].map((name, i) => ({
    name,
    url: `${origin}/fa/tags/${i}/`,
    count: 100 - i * 10,
  })),
};

const box = (el: Element) => el.getBoundingClientRect();

describe('<tag-list> heading-level, tokens and right to left', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('shows the title at heading-level; anything but 1-6 is h2', async () => {
    const el = await load<TagListElement>(html`<tag-list heading-level="4" .data=${persian}></tag-list>`);
    const heading = () => part(el, 'heading')!;
    expect(heading().localName).to.equal('h4');
    expect(heading().textContent).to.equal('پربازدیدترین‌ها');
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading().id);
    for (const [level, tag] of [
      ['1', 'h1'],
      ['6', 'h6'],
      ['7', 'h2'],
      ['0', 'h2'],
      ['-1', 'h2'],
      ['3.5', 'h2'],
      ['three', 'h2'],
    ]) {
      el.setAttribute('heading-level', level!);
      await el.updateComplete;
      expect(heading().localName, level).to.equal(tag);
    }
    // In the bar the heading keeps its level and its place first on the line.
    el.headingLevel = 3;
    el.variant = 'bar';
    await el.updateComplete;
    expect(heading().localName).to.equal('h3');
    expect(heading().parentElement!.className).to.equal('row');
    await expect(el).to.be.accessible();
  });

  it('takes --news-tag-list-bg and -radius, and the old --news-tag-bg and -radius as aliases', async () => {
    const el = await load<TagListElement>(
      html`<tag-list
        style="--news-tag-bg: rgb(1, 2, 3); --news-tag-radius: 3px"
        .data=${persian}
      ></tag-list>`,
    );
    const tag = () => getComputedStyle(part(el, 'tag')!);
    expect(tag().backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(tag().borderTopLeftRadius).to.equal('3px');
    el.style.setProperty('--news-tag-list-bg', 'rgb(4, 5, 6)');
    el.style.setProperty('--news-tag-list-radius', '5px');
    expect(tag().backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(tag().borderTopLeftRadius).to.equal('5px');
    el.removeAttribute('style');
    expect(tag().backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(part(el, 'tag')!).fontSize).to.not.equal('');
  });

  it('runs the tags from the right in a right-to-left page, wrapped or in the bar', async () => {
    const el = await load<TagListElement>(
      html`<div dir="rtl" lang="fa" style="width: 320px"><tag-list counts .data=${persian}></tag-list></div>`,
    );
    const base = box(part(el, 'base')!);
    const [first, second] = parts(el, 'item').map(box);
    expect(Math.round(first!.top)).to.equal(Math.round(second!.top));
    expect(first!.left).to.be.greaterThan(second!.left);
    expect(Math.abs(first!.right - base.right)).to.be.below(2);
    // The count follows its name, to its left.
    const name = part(el, 'tag')!;
    expect(box(part(el, 'count')!).left).to.be.below(box(name).left + box(name).width / 2);
    el.variant = 'bar';
    el.parentElement!.style.width = '260px';
    await el.updateComplete;
    const heading = box(part(el, 'heading')!);
    const list = part(el, 'list')!;
    // The heading first on the line, at the right; the tags to its left, scrolling from the right.
    expect(Math.abs(heading.right - box(part(el, 'base')!).right)).to.be.below(2);
    expect(box(list).right).to.be.at.most(heading.left);
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    expect(list.scrollLeft).to.equal(0);
    const links = parts(el, 'tag');
    links[links.length - 1]!.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list.scrollLeft).to.be.below(0);
    await expect(el).to.be.accessible();
  });
});
