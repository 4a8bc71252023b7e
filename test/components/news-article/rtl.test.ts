// <news-article> in a right-to-left context, with an Arabic article: every line runs from the right.
import { expect, html } from '@open-wc/testing';
import '../../../src/components/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import { load, part, parts, resetAll } from '../../helpers.js';

const origin = 'https://news.example';
// Real Arabic: "Azerbaijan and Türkiye discuss expanding cooperation in the defence industry".
const arabic = {
  id: '491283',
  url: `${origin}/ar/military/491283`,
  lang: 'ar',
  title: 'أذربيجان وتركيا تبحثان توسيع التعاون في الصناعات الدفاعية',
  summary: 'وزير الصناعة الدفاعية فوغار مصطفاييف في زيارة رسمية إلى أنقرة.',
  publishedAt: '2026-03-03T13:41:00+04:00',
  category: { name: 'الشؤون العسكرية', url: `${origin}/ar/military/` },
  source: 'ريبورت',
  body:
    '<p>يقوم وفد برئاسة الوزير بزيارة رسمية إلى أنقرة.</p>' +
    '<blockquote>تعزيز التعاون أمر بالغ الأهمية.</blockquote>' +
    '<table><tr><th>الجانب</th><td>أذربيجان</td></tr></table>',
  tags: ['أذربيجان', 'تركيا', 'الدفاع'].map((name, i) => ({ name, url: `${origin}/ar/tags/${i}/` })),
  translations: [
    { lang: 'en', title: 'Azerbaijan, Türkiye discuss defense cooperation', url: `${origin}/en/1` },
  ],
};

const box = (el: Element) => el.getBoundingClientRect();

describe('<news-article> right to left', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('mirrors the meta line, quote bars, table cells, tags and footer', async () => {
    const el = await load<NewsArticleElement>(
      html`<div dir="rtl" lang="ar" style="width: 600px">
        <news-article time-zone="Asia/Baku" .data=${arabic}></news-article>
      </div>`,
    );
    const article = box(part(el, 'article')!);
    // The category comes first, at the right; the time to its left.
    const category = box(part(el, 'category')!);
    expect(Math.abs(category.right - article.right)).to.be.below(2);
    expect(box(part(el, 'time')!).right).to.be.at.most(category.left);
    // The headline's text starts at the right.
    const range = document.createRange();
    range.selectNodeContents(part(el, 'title')!);
    expect(Math.abs(range.getBoundingClientRect().right - article.right)).to.be.below(2);
    // The quote's bar is on its right, the table's header cell text at its start (right).
    const quote = getComputedStyle(part(el, 'body')!.querySelector('blockquote')!);
    expect(quote.borderRightWidth).to.equal('3px');
    expect(quote.borderLeftWidth).to.equal('0px');
    expect(parseFloat(quote.paddingRight)).to.be.greaterThan(0);
    expect(getComputedStyle(part(el, 'body')!.querySelector('th')!).textAlign).to.equal('start');
    // Tags run from the right.
    const [first, second] = parts(el, 'tag').map(box);
    expect(first!.left).to.be.greaterThan(second!.left);
    expect(Math.abs(first!.right - article.right)).to.be.below(2);
    // The share button at the right, its status to its left.
    expect(Math.abs(box(part(el, 'share')!).right - article.right)).to.be.below(2);
    await expect(el).to.be.accessible();
  });

  it('stays left to right in a left-to-right page', async () => {
    const el = await load<NewsArticleElement>(
      html`<div dir="ltr" style="width: 600px"><news-article .data=${arabic}></news-article></div>`,
    );
    const quote = getComputedStyle(part(el, 'body')!.querySelector('blockquote')!);
    expect(quote.borderLeftWidth).to.equal('3px');
    const [first, second] = parts(el, 'tag').map(box);
    expect(first!.left).to.be.below(second!.left);
  });
});
