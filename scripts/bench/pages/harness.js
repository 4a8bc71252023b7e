/* global window, document, location, requestAnimationFrame, customElements, CSSStyleSheet, Node */
// In-page side of the rendering and memory runs (bench.js drives it through `globalThis.bench`). Each
// timed operation is measured here with performance.now(): from just before it starts until its
// result has been styled and laid out (a read of offsetHeight forces both), and again until the next
// frame has been produced. Ours and the baseline go through the same helper.
import { mountList, prepend, slide } from './baseline-list.js';

const LIVE = '/bench-data/live.json';
/** Responses the page's fetch() gets from memory, by path: the bench switches them between refreshes. */
const stubs = new Map();
const realFetch = window.fetch.bind(window);
// The element fetches with the global fetch(); so does the baseline. Serving the feed from memory keeps
// the network (and its noise) out of the comparison while both still read, parse and validate a body.
window.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href);
  const body = stubs.get(url.pathname);
  if (body === undefined) return realFetch(input, init);
  return Promise.resolve(
    new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  );
};

const stage = document.getElementById('stage');
const texts = new Map();
const feeds = new Map();
let sheets = [];
/** What is on the stage: the element, or the baseline's state. */
let current;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const loaded = (el) => new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));

async function text(path) {
  if (!texts.has(path)) texts.set(path, await (await realFetch(path)).text());
  return texts.get(path);
}
async function feed(path) {
  if (!feeds.has(path)) feeds.set(path, JSON.parse(await text(path)));
  return feeds.get(path);
}
const feedPath = (newest, count) => `/bench-data/feed-${newest}-${count}.json`;
const FEED_1000 = feedPath(1000, 1000);
const FEED_1010 = feedPath(1010, 1010);

/** Times `run` (which returns the host element) to layout, and to the next frame. */
async function timed(run) {
  performance.mark('bench-start');
  const t0 = performance.now();
  const host = await run();
  void host.offsetHeight;
  const t1 = performance.now();
  performance.mark('bench-end');
  await nextFrame();
  return { layout: t1 - t0, frame: performance.now() - t0 };
}

function element() {
  const el = document.createElement('latest-news');
  el.limit = 5000;
  return el;
}

const itemCount = () => {
  const root = current instanceof Node ? current.shadowRoot : current.host.shadowRoot;
  return root.querySelectorAll('[part~="item"]').length;
};

/** The structure a person sees: elements, attributes and text; no comments, no white space between tags. */
function structure(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? node.data.trim() : '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const children = [...node.childNodes].map(structure).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const attributes = [...node.attributes]
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${node.localName}${attributes ? ` ${attributes}` : ''}>${children}</${node.localName}>`;
}

globalThis.bench = {
  async ready() {
    await customElements.whenDefined('latest-news');
    await Promise.all([feed(FEED_1000), feed(FEED_1010)]);
    // The baseline's own style sheets, with the element's CSS text.
    sheets = customElements.get('latest-news').elementStyles.map((style) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      return sheet;
    });
    return { items: feeds.get(FEED_1000).items.length, sheets: sheets.length };
  },

  async clear() {
    stage.replaceChildren();
    current = undefined;
    await nextFrame();
  },

  /** Mounts 1,000 items from already-parsed JSON. */
  async mount(who) {
    const data = feeds.get(FEED_1000);
    const result = await timed(async () => {
      if (who === 'ours') {
        const el = element();
        el.data = data;
        stage.append(el);
        await el.updateComplete;
        current = el;
        return el;
      }
      current = mountList(stage, data, sheets);
      return current.host;
    });
    return { ...result, items: itemCount() };
  },

  /** Shows the 1,000 items a refresh starts from: through `src` (a poll) or the `data` property. */
  async prepareRefresh(who, via) {
    if (who === 'ours') {
      const el = element();
      if (via === 'poll') {
        stubs.set(LIVE, await text(FEED_1000));
        el.src = LIVE;
        const done = loaded(el);
        stage.append(el);
        await done;
      } else {
        el.data = feeds.get(FEED_1000);
        stage.append(el);
        await el.updateComplete;
      }
      current = el;
    } else {
      current = mountList(stage, feeds.get(FEED_1000), sheets);
    }
    await nextFrame();
    await nextFrame();
    return itemCount();
  },

  /**
   * The refresh that brings 10 new items on top of the 1,000. `poll`: the element's own poll (what
   * `refresh` runs on its timer: load(true, …), which fetches, validates, merges and renders) against the
   * baseline fetching the same body and prepending the new rows; `data`: a new `data` object.
   */
  async refresh(who, via) {
    const after = feeds.get(FEED_1010);
    if (via === 'poll') stubs.set(LIVE, await text(FEED_1010));
    const result = await timed(async () => {
      if (who === 'ours') {
        if (via === 'poll') await current.load(true, 0);
        else {
          current.data = after;
          await current.updateComplete;
        }
        return current;
      }
      prepend(current, via === 'poll' ? await (await fetch(LIVE)).json() : after);
      return current.host;
    });
    return { ...result, items: itemCount() };
  },

  /** Whether ours and the baseline show the same markup for the 1,000 items (comments and white space aside). */
  async sameMarkup() {
    await this.clear();
    await this.mount('ours');
    const ours = structure(current.shadowRoot);
    await this.clear();
    await this.mount('base');
    const base = structure(current.host.shadowRoot);
    await this.clear();
    let at = 0;
    while (at < ours.length && ours[at] === base[at]) at++;
    return {
      same: ours === base,
      length: ours.length,
      ours: ours.slice(Math.max(0, at - 80), at + 120),
      base: base.slice(Math.max(0, at - 80), at + 120),
    };
  },

  /** What the shown list is made of: elements, comments (Lit's markers) and text nodes. */
  shadowCounts() {
    const root = current instanceof Node ? current.shadowRoot : current.host.shadowRoot;
    const counts = { elements: 0, comments: 0, texts: 0 };
    const walker = document.createTreeWalker(root, 0xffffffff);
    while (walker.nextNode()) {
      const { nodeType } = walker.currentNode;
      if (nodeType === Node.ELEMENT_NODE) counts.elements++;
      else if (nodeType === Node.COMMENT_NODE) counts.comments++;
      else if (nodeType === Node.TEXT_NODE) counts.texts++;
    }
    return counts;
  },

  /** Memory: 1,000 items through `src`, as a page that polls shows them. */
  async memoryMount(who) {
    stubs.set(LIVE, await text(FEED_1000));
    if (who === 'ours') {
      const el = element();
      el.limit = 1000;
      el.src = LIVE;
      const done = loaded(el);
      stage.append(el);
      await done;
      current = el;
    } else {
      current = mountList(stage, feeds.get(FEED_1000), sheets, 1000);
    }
    await nextFrame();
    return itemCount();
  },

  /** Memory: refresh `n` (1, 2, …) brings 10 new items and drops the 10 oldest, as a live feed does. */
  async memoryCycle(who, n) {
    const path = feedPath(1000 + 10 * n, 1000);
    stubs.set(LIVE, await (await realFetch(path)).text());
    if (who === 'ours') await current.load(true, 0);
    else slide(current, await (await fetch(LIVE)).json(), 1000);
    await nextFrame();
    stubs.set(LIVE, '');
    return itemCount();
  },
};
