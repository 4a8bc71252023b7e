// The partner page: registers <latest-news> from source and prints the exact snippet a partner would
// paste, taken from the element on the page (with its endpoint made absolute, as a partner needs it).
import '../src/components/latest-news/latest-news.define.js';
import { pointAt, sourceById, sourceOptions } from './sources.js';

/** Where a publisher would host dist/cdn/latest-news.js; a placeholder, as the demo serves src/ instead. */
const CDN_SCRIPT = 'https://news.example/widgets/latest-news.js';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's public attributes, in the order a partner would write them (the element may add others). */
const PUBLIC_ATTRIBUTES = [
  'src',
  'format',
  'variant',
  'limit',
  'refresh',
  'speed',
  'lang',
  'time-zone',
  'link-target',
  'link-params',
  'thumbnails',
];

const ticker = document.querySelector<HTMLElement>('#partner-ticker');
const snippet = document.querySelector<HTMLElement>('#snippet');

/** Writes the snippet from the ticker as it is now. */
function writeSnippet(ticker: HTMLElement, snippet: HTMLElement): void {
  const attributes = PUBLIC_ATTRIBUTES.flatMap((name) => {
    const value = ticker.getAttribute(name);
    if (value === null) return [];
    const shown = name === 'src' ? new URL(value, location.href).href : value;
    return [value === '' ? name : `${name}="${escapeAttribute(shown)}"`];
  });
  snippet.textContent = [
    `<script type="module" src="${CDN_SCRIPT}"></script>`,
    `<latest-news ${attributes.join('\n             ')}></latest-news>`,
  ].join('\n');
}

const source = document.querySelector<HTMLSelectElement>('#source');

if (ticker && snippet) {
  writeSnippet(ticker, snippet);
  // Source format: the same news in another format; the ticker rereads it and the snippet follows.
  if (source) {
    sourceOptions(source);
    source.addEventListener('change', () => {
      pointAt(ticker, sourceById(source.value).feed);
      writeSnippet(ticker, snippet);
    });
  }
}
