import { expect, html } from '@open-wc/testing';
import '../../../src/components/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import { seedArticle } from '../../fixtures/article.js';
import { load, resetAll } from '../../helpers.js';

const jsonLd = (el: Element) =>
  el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

describe('<news-article structured-data>', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('writes nothing into the page by default', async () => {
    const el = await load<NewsArticleElement>(html`<news-article .data=${seedArticle()}></news-article>`);
    expect(jsonLd(el)).to.have.length(0);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('writes one schema.org NewsArticle block into the light DOM', async () => {
    const el = await load<NewsArticleElement>(
      html`<news-article structured-data .data=${seedArticle()}></news-article>`,
    );
    const scripts = jsonLd(el);
    expect(scripts).to.have.length(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Azerbaijan, Türkiye discuss expanding defense industry cooperation',
      datePublished: '2026-03-03T13:41:00+04:00',
      dateModified: '2026-03-03T14:02:00+04:00',
      inLanguage: 'en',
      articleSection: 'Military',
      author: { '@type': 'Organization', name: 'Report' },
      publisher: { '@type': 'Organization', name: 'Report' },
    });
    expect(data.image).to.deep.equal(
      [1, 2, 3].map((n) => `https://news.example/media/2026/03/03/defense-${n}.jpg`),
    );
    expect(data.url).to.equal(seedArticle().url);
    // Re-rendering (here: another language) does not add a second block.
    el.lang = 'az';
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
  });

  it('keeps a headline with </script> inert, and removes the block when switched off or removed', async () => {
    const el = await load<NewsArticleElement>(
      html`<news-article
        structured-data
        .data=${seedArticle({ title: '</script><script>window.__ld = 1</script>' })}
      ></news-article>`,
    );
    const script = jsonLd(el)[0]!;
    expect(script.textContent).not.to.contain('</script>');
    expect(JSON.parse(script.textContent!).headline).to.equal('</script><script>window.__ld = 1</script>');
    // Even serialised and parsed again as HTML, the block stays one data block.
    const copy = document.createElement('div');
    copy.setHTMLUnsafe(el.outerHTML);
    expect(copy.querySelectorAll('script')).to.have.length(1);
    expect((window as { __ld?: number }).__ld).to.equal(undefined);
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
    el.remove();
    await Promise.resolve();
    expect(jsonLd(el)).to.have.length(0);
  });
});
