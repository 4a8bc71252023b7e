// The base of every news element: where the data comes from (`src` or `data`), the request and its
// lifecycle, the loading / empty / error states, language and time zone, and the events. Subclasses say
// how to validate their JSON and how to render it.
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { getConfig, resolveSrc } from '../data/config.js';
import { NewsError } from '../data/errors.js';
import { requestJson } from '../data/request.js';
import type { Validated } from '../data/schemas/feed.js';
import { NewsErrorEvent, NewsLoadEvent } from '../events/events.js';
import { stringsFor } from './i18n.js';
import type { Strings } from './i18n.js';
import { baseStyles } from './styles.js';

export type NewsStatus = 'loading' | 'ready' | 'empty' | 'error';

// One observer for all instances re-renders them when a `lang` attribute changes on any ancestor.
const live = new Set<NewsElement<unknown>>();
let langObserver: MutationObserver | undefined;

const isAbort = (error: unknown) => (error as Error | undefined)?.name === 'AbortError';

export abstract class NewsElement<T> extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    timeZone: { attribute: 'time-zone', reflect: true },
    withCredentials: { attribute: 'with-credentials', type: Boolean, reflect: true },
    status: { state: true },
    value: { state: true },
    error: { state: true },
    staleError: { state: true },
  };

  /** Registers the element under `name` (default: its own tag). Registering twice never throws. */
  static define(name?: string): void {
    const tag = name ?? this.tagName;
    if (!customElements.get(tag)) customElements.define(tag, this as unknown as CustomElementConstructor);
  }

  /** The tag `define()` registers by default. */
  static tagName: string;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The JSON endpoint: absolute, or relative to the page-wide base URL, else to the page. */
  src?: string;
  /** Already-parsed JSON in the wire format. When set, no request is made. */
  data?: unknown;
  /** IANA time zone for displayed times (e.g. `Asia/Baku`); defaults to the page-wide one, else the reader's. */
  timeZone?: string;
  /** Send cookies and HTTP auth with the request (`credentials: 'include'`). Off by default. */
  withCredentials = false;

  protected status: NewsStatus = 'loading';
  protected value?: T;
  protected error?: NewsError;
  /** The error of the last refresh, while the content from before it stays on screen. */
  protected staleError?: NewsError;

  #internals?: ElementInternals;
  #controller?: AbortController;
  /** What the shown or loading data came from: the `src` URL, or the `data` object. */
  #source: unknown = NaN;
  #loaded = false;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // Custom states are an enhancement; old engines go without them.
    }
  }

  /** Validates raw JSON; throws a `NewsError` of kind `invalid` when its shape is wrong. */
  protected abstract parse(raw: unknown, url: string | undefined): Validated<T>;
  /** Whether validated data has nothing to show. */
  protected abstract isEmpty(value: T): boolean;
  /** The content for validated, non-empty data. */
  protected abstract renderContent(value: T): unknown;
  /** Placeholder of the expected height while loading. */
  protected abstract renderSkeleton(): unknown;

  /** The language in force: `lang` here, else the nearest `[lang]` below `<html>`, else the page-wide locale, else the page's. */
  get locale(): string {
    if (this.lang) return this.lang;
    let node: Element | null = this.parentElement ?? ((this.getRootNode() as ShadowRoot).host || null);
    while (node && node !== document.documentElement) {
      if (node.hasAttribute('lang')) return node.getAttribute('lang') || 'en';
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    }
    return getConfig().locale || document.documentElement.lang || navigator.language || 'en';
  }

  /** The time zone in force, or `undefined` for the reader's own. */
  get zone(): string | undefined {
    return this.timeZone || getConfig().timeZone || undefined;
  }

  protected get strings(): Strings {
    return stringsFor(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this as NewsElement<unknown>);
    if (!langObserver) {
      langObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
      langObserver.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
    // Reconnected after a disconnect that aborted the request: load again. A move (disconnect and
    // connect in the same task) never got that far, so it does not refetch.
    if (this.hasUpdated && !this.#controller && !this.#loaded) this.#sync(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this as NewsElement<unknown>);
    if (!live.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
    queueMicrotask(() => {
      if (!this.isConnected) this.stop();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Abort the request and stop any timer: the element has left the page. Subclasses extend it. */
  protected stop(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data') || changed.has('withCredentials')) this.#sync(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('status')) {
      const states = this.#internals?.states;
      if (states)
        for (const s of ['loading', 'error', 'empty'] as const)
          states[s === this.status ? 'add' : 'delete'](s);
    }
  }

  #sync(force: boolean): void {
    const source = this.data !== undefined ? this.data : this.src;
    if (!force && Object.is(source, this.#source)) return;
    this.#source = source;
    void this.load();
  }

  /** Loads from `data` or `src`. With `refresh`, bypasses the short-lived cache and keeps shown content on failure. */
  protected async load(refresh = false): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#loaded = false;
    if (!this.value) this.status = 'loading';
    let url: string | undefined;
    try {
      let raw: unknown;
      if (this.data !== undefined) {
        raw = this.data;
      } else if (this.src) {
        url = resolveSrc(this.src);
        const response = await requestJson(url, {
          signal: controller.signal,
          credentials: this.withCredentials ? 'include' : 'omit',
          fresh: refresh,
        });
        if (this.#controller !== controller) return;
        if (response.notModified && this.value) {
          this.#finish(controller);
          this.staleError = undefined;
          await this.updateComplete;
          this.dispatchEvent(new NewsLoadEvent(this.value, [], url));
          return;
        }
        raw = response.data;
        url = response.url;
      } else {
        throw new NewsError(
          'invalid',
          'Nothing to show: set the src attribute to a JSON endpoint, or the data property.',
        );
      }
      const { value, warnings } = this.parse(raw, url);
      if (warnings.length)
        console.warn(
          `<${this.localName}> left out invalid entries from ${url ?? 'data'}:\n${warnings.join('\n')}`,
        );
      this.#finish(controller);
      this.accept(value, refresh);
      this.staleError = undefined;
      this.error = undefined;
      this.status = this.isEmpty(value) ? 'empty' : 'ready';
      await this.updateComplete;
      this.dispatchEvent(new NewsLoadEvent(value, warnings, url));
    } catch (caught) {
      if (isAbort(caught) || this.#controller !== controller) return;
      const error =
        caught instanceof NewsError
          ? caught
          : new NewsError(
              'invalid',
              `The data could not be read: ${(caught as Error)?.message ?? caught}`,
              undefined,
              url,
            );
      this.#finish(controller);
      if (this.value) {
        this.staleError = error;
      } else {
        this.error = error;
        this.status = 'error';
      }
      await this.updateComplete;
      this.dispatchEvent(new NewsErrorEvent(error));
      this.loadFailed();
    }
  }

  #finish(controller: AbortController) {
    if (this.#controller === controller) this.#controller = undefined;
    this.#loaded = true;
  }

  /** Takes newly validated data. Subclasses override it to merge a refresh into what is shown. */
  protected accept(value: T, _refresh: boolean): void {
    this.value = value;
  }

  /** Called after a failed load; subclasses schedule their next attempt. */
  protected loadFailed(): void {}

  protected override render(): TemplateResult {
    const s = this.strings;
    let body: unknown;
    if (this.status === 'error' && this.error) {
      body = html`<div part="error" role="alert">
        <p>${s.errors[this.error.kind]}</p>
        <p part="error-detail">${this.error.message}</p>
        <button part="retry" type="button" @click=${() => this.load(true)}>${s.retry}</button>
      </div>`;
    } else if (this.status === 'loading' || !this.value) {
      body = html`<div part="loading" aria-busy="true">
        <span class="vh" role="status">${s.loading}</span>${this.renderSkeleton()}
      </div>`;
    } else if (this.status === 'empty') {
      body = html`<p part="empty" role="status">${s.empty}</p>`;
    } else {
      body = this.renderContent(this.value);
    }
    return html`<div part="base" lang=${this.locale}>
      ${body}${this.staleError ? html`<p part="stale" role="status">${s.stale}</p>` : nothing}
    </div>`;
  }
}
