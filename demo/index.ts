// The overview page: registers <latest-news> from source and wires the control panel and the event log.
import '../src/components/latest-news/latest-news.define.js';

const FEED = '/api/latest';
const LOG_LIMIT = 50;

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo: ${selector} is missing from the page`);
  return found;
};

const widgets = [...document.querySelectorAll<HTMLElement>('latest-news')];
const scopes = [...document.querySelectorAll<HTMLElement>('[data-widget-scope]')];
const ticker = $<HTMLElement>('#ticker');

// Language: set on the wrappers, so the elements pick it up from their closest [lang] ancestor.
const lang = $<HTMLSelectElement>('#lang');
lang.addEventListener('change', () => {
  for (const scope of scopes) scope.lang = lang.value;
});

// Time zone: an attribute on each element; none means the reader's own zone.
const timeZone = $<HTMLSelectElement>('#time-zone');
timeZone.addEventListener('change', () => {
  for (const widget of widgets) {
    if (timeZone.value) widget.setAttribute('time-zone', timeZone.value);
    else widget.removeAttribute('time-zone');
  }
});

// Endpoint: the same feed, slowed down or failing, to show the loading and error states.
const endpoint = $<HTMLSelectElement>('#endpoint');
endpoint.addEventListener('change', () => {
  for (const widget of widgets) widget.setAttribute('src', `${FEED}${endpoint.value}`);
});

// Ticker speed in pixels per second.
const speed = $<HTMLInputElement>('#speed');
const speedValue = $<HTMLOutputElement>('#speed-value');
speed.addEventListener('input', () => {
  ticker.setAttribute('speed', speed.value);
  speedValue.value = `${speed.value} px per second`;
});

// Dark mode. The widgets follow prefers-color-scheme by themselves; a theme forced here also sets their
// --news-* tokens (see demo.css), so page and widgets always agree.
const dark = $<HTMLInputElement>('#dark');
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;
dark.checked = prefersDark.matches;
prefersDark.addEventListener('change', () => {
  if (!root.dataset.theme) dark.checked = prefersDark.matches;
});
dark.addEventListener('change', () => {
  const theme = dark.checked ? 'dark' : 'light';
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
});

// Event log. Events are read loosely so the log keeps working whatever extra fields the events grow.
interface LoadLike {
  data?: unknown;
  warnings?: readonly string[];
}
interface ErrorLike {
  kind?: string;
  status?: number;
  message?: string;
}

const log = $<HTMLOListElement>('#event-log');
$<HTMLButtonElement>('#clear-log').addEventListener('click', () => log.replaceChildren());

const describeSource = (target: EventTarget | null): string => {
  if (!(target instanceof Element)) return 'unknown';
  return `<${target.localName}${target.id ? `#${target.id}` : ''}>`;
};

const addEntry = (type: string, source: string, detail: string): void => {
  const entry = document.createElement('li');
  entry.className = type;
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString('en-GB');
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = type;
  entry.append(time, kind, ` from ${source}: ${detail}`);
  log.prepend(entry);
  while (log.children.length > LOG_LIMIT) log.lastElementChild?.remove();
};

document.addEventListener('news-load', (event) => {
  const { data, warnings = [] } = event as Event & LoadLike;
  const items = Array.isArray(data) ? data : (data as { items?: unknown } | undefined)?.items;
  const count = Array.isArray(items) ? `${items.length} item${items.length === 1 ? '' : 's'}` : 'loaded';
  const skipped = warnings.length ? `, ${warnings.length} left out (${warnings.join('; ')})` : '';
  addEntry('news-load', describeSource(event.target), `${count}${skipped}`);
});

document.addEventListener('news-error', (event) => {
  const error = event as Event & ErrorLike;
  const status = error.status ? ` ${error.status}` : '';
  addEntry(
    'news-error',
    describeSource(event.target),
    `${error.kind ?? 'error'}${status}: ${error.message ?? ''}`,
  );
});
