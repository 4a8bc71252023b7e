// The publisher's article page the cold-start and publisher runs load: a site header, the article with
// its gallery and tags, the latest news beside it, text after it. With our widgets, or with the
// baseline's empty boxes that pages/baseline-page.js fills.
import { readFileSync } from 'node:fs';
import { ARTICLE_ID } from './data.js';
import { pageHtml } from './util.js';

const RECORDER = readFileSync(new URL('../pages/cold-recorder.js', import.meta.url), 'utf8');

/**
 * The README's page CSS that reserves the widgets' space before the script defines them: a publisher who
 * follows the README has it, so the publisher page does too (read from the README, so it cannot drift).
 */
const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const RESERVE = /<!-- page-css:start -->\s*```css\n([^]*?)```/.exec(README)?.[1];
if (!RESERVE) throw new Error('README.md: no page-css block between its markers');

const CSS = `<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1c1f; }
  .site { display: flex; gap: 1rem; align-items: center; padding: 0.75rem 1.5rem; border-bottom: 1px solid #dadce0; }
  .site strong { font-size: 1.25rem; }
  .site tag-list { flex: 1; min-width: 0; }
  .page { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  main > * + * { margin-top: 1.5rem; }
  footer { padding: 2rem 1.5rem; border-top: 1px solid #dadce0; color: #5c6066; }
  img { max-width: 100%; height: auto; }
  .latest, .tags, .gallery { list-style: none; margin: 0; padding: 0; }
  .latest li { display: grid; gap: 0.15em 0.5em; padding: 0.75rem 0; border-bottom: 1px solid #dadce0; }
  .tags { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem; }
  .gallery button { padding: 0; border: 0; background: none; }
</style>`;
const WIDGET_CSS = `<style>\n${RESERVE}</style>`;

const PROSE = `<section>
        <h2>More from the region</h2>
        <p>Reporting continues through the week with interviews, analysis and a look at what the agreements
        mean for trade along the corridor. This text stands in for the rest of a publisher's page: anything
        here moves if a widget above it changes height as it loads.</p>
        <p>Readers can follow the story in English, Azerbaijani and Russian.</p>
      </section>`;

/**
 * @param {object} options
 * @param {'module' | 'classic' | 'baseline'} options.kind which script renders the widgets
 * @param {boolean} [options.trending] add the trending-tags bar (a fifth widget, a third endpoint)
 * @param {'sized' | 'unsized'} [options.photos] 16:9 photos in the article, with or without width and
 *   height (the publisher runs); by default the sample's own 3:2 photos, with them
 * @param {boolean} [options.observe] record long tasks and layout shifts from the start
 * @param {(tag: string, src: string, attributes: Record<string, string>) => string} [options.render] the
 *   HTML of each widget, rendered on the server (news-widgets/server); the page then links the fallback CSS
 *   instead of the README's page CSS
 */
export function articlePage({ kind, trending = false, photos, observe = false, render }) {
  const article = `/api/article/${ARTICLE_ID}${photos ? `?photos=${photos}` : ''}`;
  const feed = '/api/latest';
  const widgets = 4 + (trending ? 1 : 0);
  const script = {
    module: '<script type="module" src="/cdn/news-widgets.js"></script>',
    classic: '<script src="/cdn/news-widgets.iife.js"></script>',
    baseline: '<script type="module" src="/bench/baseline-page.js"></script>',
  }[kind];
  const head = `<script>
${RECORDER}
${observe ? 'benchObserve();' : ''}
${kind === 'baseline' ? '' : `benchWatchWidgets(${widgets});`}
performance.mark('script-tag');
</script>
    ${script}
    ${CSS}
    ${kind === 'baseline' ? '' : render ? '<link rel="stylesheet" href="/cdn/news-widgets-fallback.css" />' : WIDGET_CSS}`;
  const widget = (tag, src, attributes = '') => {
    if (kind === 'baseline') return `<div data-widget="${tag}" data-src="${src}"></div>`;
    if (render) {
      const named = Object.fromEntries(
        [...attributes.matchAll(/ ([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
      return render(tag, src, named);
    }
    return `<${tag} src="${src}"${attributes}></${tag}>`;
  };
  const body = `<header class="site"><strong>Report</strong>
      ${trending ? widget('tag-list', '/api/tags/trending', ' variant="bar"') : ''}
    </header>
    <div class="page">
      <main>
        ${widget('news-article', article, ' heading-level="1"')}
        ${widget('photo-gallery', article)}
        ${widget('tag-list', article)}
        ${PROSE}
      </main>
      <aside>${widget('latest-news', feed)}</aside>
    </div>
    <footer>© Report, a sample publisher page for the news-widgets bench</footer>`;
  return pageHtml(head, body, 'Azerbaijan, Türkiye discuss defense industry cooperation');
}

/** A page that loads one CDN file and nothing else, to trace its compile and evaluation. */
export const scriptPage = (file) =>
  pageHtml(
    file.endsWith('.iife.js')
      ? `<script src="/cdn/${file}"></script>`
      : `<script type="module" src="/cdn/${file}"></script>`,
    '<p>script only</p>',
  );
