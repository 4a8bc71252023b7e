// The overview page: registers <latest-news> from source and wires the control panel and the event log.
import '../src/components/latest-news/latest-news.define.js';
import {
  $,
  createEventLog,
  logItemEvents,
  logNewsEvents,
  setAttributeOn,
  setupDarkMode,
} from './controls.js';
import { pointAt, sourceById, sourceOptions, withQuery } from './sources.js';

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
timeZone.addEventListener('change', () => setAttributeOn(widgets, 'time-zone', timeZone.value));

// Source format and endpoint: the same news as native JSON, WordPress REST, RSS, JSON Feed or Atom, and
// the same feed slowed down or failing, to show the loading and error states.
const source = $<HTMLSelectElement>('#source');
const endpoint = $<HTMLSelectElement>('#endpoint');
const sourceSrc = $<HTMLElement>('#source-src');
sourceOptions(source);
const list = $<HTMLElement>('#latest');
const loadMore = $<HTMLSelectElement>('#load-more');
const updateSource = (): void => {
  const { feed } = sourceById(source.value);
  for (const widget of widgets) pointAt(widget, feed, endpoint.value);
  sourceSrc.textContent = withQuery(feed.src, endpoint.value);
  // Load more: the native feed in pages of five (the sample endpoint's ?per-page), the button or the
  // end of the list loading the page at its `next`.
  const paged = loadMore.value && source.value === 'native';
  setAttributeOn([list], 'load-more', loadMore.value);
  setAttributeOn([list], 'limit', paged ? '5' : '');
  if (paged) list.setAttribute('src', withQuery(list.getAttribute('src') ?? feed.src, 'per-page=5'));
};
source.addEventListener('change', updateSource);
endpoint.addEventListener('change', updateSource);
loadMore.addEventListener('change', updateSource);

// Right to left: on the wrappers, so both widgets mirror (reading order, the ticker's direction).
const dir = $<HTMLSelectElement>('#dir');
dir.addEventListener('change', () => {
  for (const scope of scopes) {
    if (dir.value) scope.dir = dir.value;
    else scope.removeAttribute('dir');
  }
});

// Ticker speed in pixels per second.
const speed = $<HTMLInputElement>('#speed');
const speedValue = $<HTMLOutputElement>('#speed-value');
speed.addEventListener('input', () => {
  ticker.setAttribute('speed', speed.value);
  speedValue.value = `${speed.value} px per second`;
});

// Dark mode: the page and the widgets' --news-* tokens together.
setupDarkMode($<HTMLInputElement>('#dark'));

// Event log: news-load, news-error, news-click and news-impression bubble out of the widgets' shadow roots
// to document. With the switch on, a headline click stays in the page, as an app that routes it would do.
const log = createEventLog($<HTMLOListElement>('#event-log'), $<HTMLButtonElement>('#clear-log'));
const routeClicks = $<HTMLInputElement>('#route-clicks');
logNewsEvents(log);
logItemEvents(log, () => routeClicks.checked);
