import { expect, html } from '@open-wc/testing';
import '../../../src/components/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import { seedArticle } from '../../fixtures/article.js';
import { load, resetAll } from '../../helpers.js';

const jsonLd = (el: Element) =>
  el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

const frames: HTMLIFrameElement[] = [];

/**
 * Loads `markup` as a document of its own in an iframe, after a control script that sets `__control`,
 * and resolves with its window once loaded. Scripts run there (unlike `setHTMLUnsafe` or `innerHTML`).
 */
async function pageOf(markup: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><body><script>window.__control = 1</script>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const page = frame.contentWindow as Window & { __control?: number; __ld?: number };
  frames.push(frame);
  return page;
}

describe('<news-article structured-data>', () => {
  beforeEach(resetAll);
  afterEach(() => {
    resetAll();
    frames.splice(0).forEach((frame) => frame.remove());
  });

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
    const headline = '</script><script>window.__ld = 1</script>';
    const summary = '<!--<script></SCRIPT ><img src=x onerror="window.__ld = 2">';
    const el = await load<NewsArticleElement>(
      html`<news-article structured-data .data=${seedArticle({ title: headline, summary })}></news-article>`,
    );
    // Serialised (a saved page, a server-side render, a crawler's snapshot) and loaded again as a page of
    // its own, where scripts do run: the control script runs, the block stays one inert data block.
    const page = await pageOf(el.outerHTML);
    expect(page.__control, 'scripts run in this page').to.equal(1);
    expect(page.__ld, 'no script from the headline or summary ran').to.equal(undefined);
    const blocks = page.document.querySelectorAll('script[type="application/ld+json"]');
    expect(page.document.querySelectorAll('script')).to.have.length(2);
    expect(page.document.querySelectorAll('img')).to.have.length(0);
    expect(blocks).to.have.length(1);
    expect(JSON.parse(blocks[0]!.textContent!)).to.deep.include({ headline, description: summary });
    const script = jsonLd(el)[0]!;
    expect(script.textContent).not.to.match(/<\/script|<!--/i);
    expect(JSON.parse(script.textContent!).headline).to.equal(headline);
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
