/* global document */
// The hand-written baseline for <latest-news>'s list: no framework, the element's markup and CSS, built by
// cloning <template>s. It is what a careful person would write for this one job: formatters made once,
// one template per row shape, a fragment per batch, and a refresh that adds only the new rows on top. It
// renders into a shadow root with the element's own style sheets, so style scoping and the CSS match.

const template = (markup) => {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element.content;
};

const FRAME = template(
  '<div part="base" tabindex="-1" lang="en"><h2 part="heading"></h2>' +
    '<ul part="list" class="list" role="list" tabindex="-1"></ul>' +
    '<a part="more"></a><div class="vh" aria-live="polite"></div></div>',
);
const ROW = template(
  '<li part="item"><time part="time"></time><a part="title"></a><a part="category"></a></li>',
);
const ROW_WITH_BADGE = template(
  '<li part="item"><time part="time"></time><span part="badge"></span><a part="title"></a>' +
    '<a part="category"></a></li>',
);
const BADGES = { photo: 'Photo', video: 'Video' };

// The element's formats for English: a time for today's news, the date before; the date as a tooltip.
const DAY = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const YMD = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

function row(item, today, isNew) {
  const li = (item.media ? ROW_WITH_BADGE : ROW).firstChild.cloneNode(true);
  if (isNew) li.setAttribute('part', 'item new');
  const time = li.firstChild;
  const date = new Date(item.publishedAt);
  const day = DAY.format(date);
  time.setAttribute('datetime', item.publishedAt);
  time.setAttribute('title', day);
  time.textContent = YMD.format(date) === today ? TIME.format(date) : day;
  let next = time.nextSibling;
  if (item.media) {
    next.setAttribute('part', `badge ${item.media}`);
    next.textContent = BADGES[item.media];
    next = next.nextSibling;
  }
  next.href = item.url;
  next.textContent = item.title;
  const category = next.nextSibling;
  category.href = item.category.url;
  category.textContent = item.category.name;
  return li;
}

function rows(items, isNew) {
  const today = YMD.format(new Date());
  const fragment = document.createDocumentFragment();
  for (const item of items) fragment.append(row(item, today, isNew));
  return fragment;
}

/**
 * Renders `feed` into a new host appended to `container`, with `sheets` (the element's CSS) adopted.
 * @returns the list's state, for `prepend`.
 */
export function mountList(container, feed, sheets, limit = Infinity) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const frame = FRAME.cloneNode(true);
  const base = frame.firstChild;
  const [heading, list, more] = base.children;
  heading.textContent = feed.title;
  more.href = feed.url;
  more.textContent = 'All news';
  const items = feed.items.slice(0, limit);
  list.append(rows(items, false));
  root.append(frame);
  container.append(host);
  return { host, list, ids: new Set(items.map((item) => item.id)) };
}

/** A refresh: the items of `feed` not shown yet go on top, highlighted as the element highlights them. */
export function prepend(state, feed) {
  const arrived = feed.items.filter((item) => !state.ids.has(item.id));
  for (const item of arrived) state.ids.add(item.id);
  state.list.prepend(rows(arrived, true));
}

/**
 * A refresh that keeps `limit` rows: the new items on top, as many rows dropped at the end (the memory
 * run's steady state).
 */
export function slide(state, feed, limit) {
  prepend(state, feed);
  for (let extra = state.list.children.length - limit; extra > 0; extra--)
    state.list.lastElementChild.remove();
  state.ids = new Set(feed.items.slice(0, limit).map((item) => item.id));
}
