// The article page: registers all four elements from source and wires the control panel, the JSON-LD view,
// the request counter and the event log.
import '../src/define.js';
import {
  $,
  createEventLog,
  logNewsEvents,
  logPhotoEvents,
  setAttributeOn,
  setupDarkMode,
} from './controls.js';
import { pointAt, sourceById, sourceOptions, type Source, type Target } from './sources.js';

const widgets = [
  ...document.querySelectorAll<HTMLElement>(
    'tag-list[src], news-article[src], photo-gallery[src], latest-news[src]',
  ),
];
const scopes = [...document.querySelectorAll<HTMLElement>('[data-widget-scope]')];
const article = $<HTMLElement>('#article');
const gallery = $<HTMLElement>('#gallery');
const trending = $<HTMLElement>('#trending');

// Language: set on the wrappers, so the elements pick it up from their closest [lang] ancestor.
const lang = $<HTMLSelectElement>('#lang');
lang.addEventListener('change', () => {
  for (const scope of scopes) scope.lang = lang.value;
});

// Time zone: an attribute on each element; none means the reader's own zone.
const timeZone = $<HTMLSelectElement>('#time-zone');
timeZone.addEventListener('change', () => setAttributeOn(widgets, 'time-zone', timeZone.value));

// Heading level of the article's title. Only at 1 does the page have an h1.
const headingLevel = $<HTMLSelectElement>('#heading-level');
const headingNote = $<HTMLParagraphElement>('#heading-note');
const headingNoteAtH1 = [...headingNote.childNodes];
headingLevel.addEventListener('change', () => {
  const level = headingLevel.value;
  article.setAttribute('heading-level', level);
  if (level === '1') headingNote.replaceChildren(...headingNoteAtH1);
  else
    headingNote.textContent = `The article's title is an h${level} now, so this page has no h1: the level to use when the article sits under a page's own h1.`;
});

// The standalone gallery's variant.
const variant = $<HTMLSelectElement>('#variant');
variant.addEventListener('change', () => gallery.setAttribute('variant', variant.value));

// Counts on the trending tags.
const counts = $<HTMLInputElement>('#counts');
counts.addEventListener('change', () => setAttributeOn([trending], 'counts', counts.checked));

// Source format: the same news as native JSON, WordPress REST, RSS, JSON Feed or Atom. Each widget reads
// what the source has for it; with a feed, the article, its tags and photos pick the seed article by item.
// Slow network and failing endpoint: the same sources with ?slow=1500 and/or ?fail=1, to show the loading
// and error states.
const source = $<HTMLSelectElement>('#source');
const sourceNote = $<HTMLParagraphElement>('#source-note');
const slow = $<HTMLInputElement>('#slow');
const fail = $<HTMLInputElement>('#fail');
sourceOptions(source);
const targetOf = (widget: HTMLElement, from: Source): Target =>
  widget === trending ? from.trending : widget.localName === 'latest-news' ? from.feed : from.article;
/** The article's `src` now, without ?slow and ?fail: the request counter counts requests for it. */
let articleSrc = article.getAttribute('src') ?? '';
const updateSources = (): void => {
  const chosen = sourceById(source.value);
  const query = new URLSearchParams();
  if (slow.checked) query.set('slow', '1500');
  if (fail.checked) query.set('fail', '1');
  for (const widget of widgets) pointAt(widget, targetOf(widget, chosen), query);
  if (chosen.article.src !== articleSrc) {
    articleSrc = chosen.article.src;
    articleRequests = 0;
    countRequests(performance.getEntriesByType('resource'));
  }
  sourceNote.textContent =
    chosen.id === 'native'
      ? "Every widget reads the sample endpoint's native JSON routes."
      : `Every widget reads ${chosen.label} (${[...new Set([chosen.article.src, chosen.feed.src, chosen.trending.src])].join(', ')}).${chosen.note ? ` ${chosen.note}` : ''}`;
};
source.addEventListener('change', updateSources);
slow.addEventListener('change', updateSources);
fail.addEventListener('change', updateSources);

// Dark mode: the page and the widgets' --news-* tokens together.
setupDarkMode($<HTMLInputElement>('#dark'));

// Structured data: the JSON-LD block the article writes into its light DOM, shown as it is in the page.
const structuredData = $<HTMLInputElement>('#structured-data');
const jsonLd = $<HTMLPreElement>('#json-ld');
const showJsonLd = (): void => {
  const script = article.querySelector('script[type="application/ld+json"]');
  if (!script) {
    jsonLd.textContent = structuredData.checked
      ? 'No JSON-LD: the article has not loaded (yet).'
      : 'structured-data is off: the element writes no JSON-LD.';
    return;
  }
  const text = script.textContent ?? '';
  try {
    jsonLd.textContent = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    jsonLd.textContent = text;
  }
};
structuredData.addEventListener('change', () => {
  setAttributeOn([article], 'structured-data', structuredData.checked);
  showJsonLd();
});
// The element adds, replaces or removes the block after it renders: on news-load, and when the switch flips.
article.addEventListener('news-load', showJsonLd);
article.addEventListener('news-error', showJsonLd);
new MutationObserver(showJsonLd).observe(article, { childList: true });

// The page title follows the article, as on a news site.
article.addEventListener('news-load', (event) => {
  const title = (event as Event & { data?: { title?: unknown } }).data?.title;
  if (typeof title === 'string') document.title = `${title} · news-widgets demo`;
});

// How many requests this page made for the article: three elements read it, the request is shared. With
// another source, the requests for its article (?slow and ?fail aside) since the source was picked.
const requestCount = $<HTMLElement>('#article-requests');
let articleRequests = 0;
const isArticleRequest = (name: string): boolean => {
  const url = new URL(name);
  const wanted = new URL(articleSrc, location.href);
  if (url.origin !== wanted.origin || url.pathname !== wanted.pathname) return false;
  url.searchParams.delete('slow');
  url.searchParams.delete('fail');
  return url.searchParams.toString() === wanted.searchParams.toString();
};
const countRequests = (entries: PerformanceEntryList): void => {
  for (const entry of entries) {
    if (isArticleRequest(entry.name)) articleRequests++;
  }
  requestCount.textContent = `requests for it so far: ${articleRequests}`;
};
new PerformanceObserver((list) => countRequests(list.getEntries())).observe({
  type: 'resource',
  buffered: true,
});
countRequests([]);

// Event log: loads, errors and the gallery's lightbox, all heard on document.
const log = createEventLog($<HTMLOListElement>('#event-log'), $<HTMLButtonElement>('#clear-log'));
logNewsEvents(log);
logPhotoEvents(log);
