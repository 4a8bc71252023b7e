// Shared test helpers: URLs of the fault server (test/server/fault-middleware.js), feed fixtures and
// event waiting.
import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import type { LatestNewsElement } from '../src/components/latest-news/latest-news.js';
import { clearRequestCache } from '../src/data/request.js';
import { resetConfig } from '../src/data/config.js';

/** Same-origin URL of a fault route. */
export const fault = (route: string, params: Record<string, string | number> = {}): string => {
  const url = new URL(`/fault/${route}`, location.href);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.href;
};

/** The same on the other origin (127.0.0.1 instead of localhost), so the request is cross-origin. */
export const crossFault = (route: string, params: Record<string, string | number> = {}): string => {
  const url = new URL(fault(route, params));
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
};

let keys = 0;
/** A key unique to this test run, so the fault server's counters never mix between tests. */
export const uniqueKey = (name = 'k'): string => `${name}-${Date.now()}-${keys++}`;

/** A URL that serves `body` as JSON (cross-origin), counted under `key`. */
export const jsonUrl = (body: unknown, params: Record<string, string | number> = {}): string =>
  crossFault('json', { body: JSON.stringify(body), ...params });

export const requestCount = async (key: string): Promise<number> =>
  ((await (await fetch(fault('count', { key }))).json()) as { count: number }).count;

export const lastHeaders = async (key: string): Promise<Record<string, string>> =>
  (await (await fetch(fault('headers', { key }))).json()) as Record<string, string>;

export interface ItemInit {
  id: string;
  title?: string;
  publishedAt?: string;
  [key: string]: unknown;
}

/** A wire-format feed item; times count back a minute per item from `base`. */
export const item = (
  n: number,
  extra: Partial<ItemInit> = {},
  base = Date.parse('2026-03-03T14:34:00+04:00'),
) => ({
  id: String(n),
  url: `https://news.example/en/story-${n}`,
  title: `Story number ${n}`,
  publishedAt: new Date(base - n * 60_000).toISOString(),
  category: { name: 'Energy', url: 'https://news.example/en/energy/' },
  ...extra,
});

export const feed = (count: number, extra: Record<string, unknown> = {}) => ({
  title: 'Latest News',
  url: 'https://news.example/en/news/',
  items: Array.from({ length: count }, (_, i) => item(i + 1)),
  ...extra,
});

// Captured before any test fakes timers, so waiting in tests keeps real time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);

/** Resolves with the next `name` event from `target`. */
export const nextEvent = <E extends Event = Event>(
  target: EventTarget,
  name: string,
  timeout = 8000,
): Promise<E> =>
  new Promise((resolve, reject) => {
    const timer = realSetTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        realClearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });

export const sleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

/** Forget cached responses and configure() calls between tests. */
export function resetAll(): void {
  clearRequestCache();
  resetConfig();
}

/** Every element in `el`'s shadow root with the part `name`. */
export const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** The first element in `el`'s shadow root with the part `name`. */
export const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The trimmed text of every `name` part. */
export const texts = (el: Element, name: string): string[] =>
  parts(el, name).map((p) => p.textContent!.trim());

/** Renders a template holding one element (by default <latest-news>) and waits for its first news-load (or `event`). */
export async function load<T extends Element = LatestNewsElement>(
  template: TemplateResult,
  event = 'news-load',
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const done = nextEvent(wrapper, event);
  render(template, wrapper);
  await done;
  return wrapper.querySelector('latest-news, news-article, tag-list, photo-gallery') as T;
}

/** Makes the fault server's /fault/store?key=K answer `body` with `status` from now on. */
export const store = async (key: string, body: unknown, status = 200): Promise<void> => {
  await fetch(fault('store', { key, status }), { method: 'POST', body: JSON.stringify(body) });
};
