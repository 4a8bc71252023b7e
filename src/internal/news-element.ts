// The base of every news element: where the data comes from (`src` or `data`), the request and its
// lifecycle, the loading / empty / error states, language and time zone, and the events. Subclasses say
// how to validate their JSON and how to render it.
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { getConfig, resolveSrc } from '../data/config.js';
import { NewsError } from '../data/errors.js';
import { requestJson } from '../data/request.js';
import { importReaders } from '../data/formats/load.js';
import { needsReaders } from '../data/formats/native-shape.js';
import { warmUpDates } from '../format/date.js';
import type { Validated } from '../data/schemas/feed.js';
import { NewsErrorEvent, NewsLoadEvent } from '../events/events.js';
import { readerError, stringsFor } from './i18n.js';
import type { Strings } from './i18n.js';
import { baseStyles } from './styles.js';

export type NewsStatus = 'loading' | 'ready' | 'empty' | 'error';

// One observer for all instances re-renders those inside a node whose `lang` attribute changed: it watches
// the document and every shadow root that holds a news element.
const live = new Set<NewsElement<unknown>>();
let langObserver: MutationObserver | undefined;
/** The node above `node`, across shadow roots. */
const up = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host;
/** Whether `inner` is `outer` or inside it, across shadow roots. */
const within = (inner: Node | null, outer: Node): boolean =>
  !!inner && (inner === outer || within(up(inner), outer));
const rerender = (el: NewsElement<unknown>) => el.requestUpdate();

/** An element's inline data (its initial data): its direct child `<script type="application/json">`. */
export const INLINE = ':scope>script[type="application/json"]';

/** Whether the parser may still be adding children to `el`: the page is loading and nothing follows it. */
const parsing = (el: Node | null): boolean => {
  while (el && !el.nextSibling) el = el.parentNode;
  return !el && document.readyState == 'loading';
};

const isAbort = (error: unknown) => (error as Error | undefined)?.name === 'AbortError';

const locales = new Map<string, string>();

/** A language tag Intl accepts: `en_US` becomes `en-US`; garbage becomes `en`. */
export function canonicalLocale(tag: string): string {
  let locale = locales.get(tag);
  if (!locale) {
    try {
      locale = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    locales.set(tag, locale);
  }
  return locale;
}

/**
 * The base of every news element: where the data comes from (`src` or `data`), the request and its
 * lifecycle, the loading / empty / error states, language and time zone, and the events.
 *
 * An element with neither `src` nor `data` waits quietly for one of them: it shows its loading
 * placeholder (and `:state(loading)`), makes no request and shows no error box or `news-error`, so an
 * app can set `data` just after connecting it. Taking `src` away does the same.
 *
 * @attr lang - Language of dates and UI strings (`en`, `az`, `ru`; others fall back to English for strings);
 *   without it, the closest ancestor's, else the page's.
 */
export abstract class NewsElement<T> extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    format: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    withCredentials: { attribute: 'with-credentials', type: Boolean, reflect: true },
    status: { state: true },
    value: { state: true },
    error: { state: true },
    staleError: { state: true },
  };

  /** The tag `define()` registers by default. */
  static tagName: string;

  /** Registers the element under `name` (default: its own tag). Registering twice never throws. */
  static define(name?: string): void {
    const tag = name ?? this.tagName;
    if (customElements.get(tag)) return;
    const self = this as unknown as CustomElementConstructor;
    // A constructor can be registered only once: a second name gets a subclass of its own.
    customElements.define(tag, customElements.getName?.(self) ? class extends self {} : self);
  }

  // `lang` is an attribute of every element (tools such as the demo's embed-code builder list it from
  // here); an ancestor's changes are seen by the one MutationObserver above.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  // Its own `lang` re-renders at once: `el.lang = 'az'; await el.updateComplete` shows Azerbaijani.
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The JSON endpoint: absolute, or relative to the page-wide base URL, else to the page. */
  src?: string;
  /**
   * Already-parsed JSON in the wire format. When set, no request is made. It wins over the element's
   * inline data (a child `<script type="application/json">`), which is never stored here.
   */
  data?: unknown;
  /**
   * The format of `src` (or `data`): `auto` (default: recognised from the response's content type and
   * shape), `native`, `jsonfeed` (JSON Feed 1.0 / 1.1), `wordpress` (the WordPress REST API v2), `rss`
   * (RSS 2.0 and 1.0) or `atom`. Without it, the page-wide `<meta name="news-widgets:format">` or
   * `configure({ format })`, else `auto`. Formats other than native are read by a file loaded only when
   * needed; a response that is not in the format given is an error.
   */
  format?: string;
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
  /** What the shown or loading data comes from: the `src` URL and credentials, or the `data` object. */
  #source: unknown = NaN;
  /** The `item` (for elements that show one item of a feed) that the last load picked with. */
  #item?: string | null | false;
  #loaded = false;
  /** After the reader pressed "Try again", where focus goes once the new state is rendered. */
  #refocus = false;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // Custom states are an enhancement; engines without ElementInternals go without them.
    }
  }

  /**
   * For an element that shows one item (an article, its tags or photos): the `item` that picks it from a
   * feed (`null`: the newest). `false`, the default, for an element that shows a whole feed.
   */
  protected get feedItem(): string | null | false {
    return false;
  }

  /** Validates raw JSON; throws a `NewsError` of kind `invalid` when its shape is wrong. */
  protected abstract parse(raw: unknown, url: string | undefined): Validated<T>;
  /** Whether validated data has nothing to show. */
  protected abstract isEmpty(value: T): boolean;
  /** The content for validated, non-empty data. */
  protected abstract renderContent(value: T): unknown;
  /** Placeholder of the expected height while loading. */
  protected abstract renderSkeleton(): unknown;

  /**
   * The language in force: `lang` here, else the nearest `[lang]` below `<html>`, else the page-wide
   * locale, else the page's, as a valid BCP 47 tag.
   */
  get locale(): string {
    let tag = this.getAttribute('lang');
    for (let node = up(this); !tag && node && node !== document.documentElement; node = up(node)) {
      tag = (node as Element).getAttribute?.('lang');
    }
    return canonicalLocale(
      tag || getConfig().locale || document.documentElement.lang || navigator.language || 'en',
    );
  }

  /** The time zone in force, or `undefined` for the reader's own. */
  get zone(): string | undefined {
    return this.timeZone || getConfig().timeZone || undefined;
  }

  /** The UI strings in the element's language. */
  protected get strings(): Strings {
    return stringsFor(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this as NewsElement<unknown>);
    langObserver ??= new MutationObserver((records) =>
      live.forEach((el) => records.some((record) => within(el, record.target)) && rerender(el)),
    );
    // The document and each shadow root around the element: `lang` may change in any of them.
    for (
      let root: Node | undefined = this.getRootNode();
      root;
      root = (root as ShadowRoot).host?.getRootNode()
    ) {
      langObserver.observe(root, { attributeFilter: ['lang'], subtree: true });
    }
    // Reconnected after a disconnect that aborted the request: load again. A move (disconnect and
    // connect in the same task) never got that far, so it does not refetch.
    if (this.hasUpdated && !this.#controller && !this.#loaded) void this.load();
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

  /** Abort the request and stop any timer: the element has left the page. Subclasses extend it. */
  protected stop(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = changed as Map<PropertyKey, unknown>;
    if (!['src', 'data', 'withCredentials', 'format', 'item'].some((key) => keys.has(key))) return;
    // A new format reads `src` again (and `data`, when `data` changes too); a new `item` picks again
    // from the same source.
    const item = this.feedItem;
    const source = this.data !== undefined ? this.data : `${this.withCredentials} ${this.format} ${this.src}`;
    if (Object.is(source, this.#source) && item === this.#item) return;
    this.#item = item;
    // New `data` after `data` is an app passing the next version of its data: what is shown stays until
    // the new data is in, so unchanged entries keep their rows. Any other change is another source,
    // and what is on screen belongs to the old one.
    const update = (this.data !== undefined && typeof this.#source === 'object') || source === this.#source;
    this.#source = source;
    if (!update) this.value = undefined;
    this.error = this.staleError = undefined;
    this.sourceChanged();
    void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('status')) {
      const states = this.#internals?.states;
      for (const state of ['loading', 'error', 'empty']) {
        const method = state === this.status ? 'add' : 'delete';
        try {
          states?.[method](state);
        } catch {
          // Chromium before 125 only takes the old `--state` syntax.
          states?.[method](`--${state}`);
        }
      }
    }
    if (this.#refocus) {
      // While it loads, the base keeps the focus that "Try again" had (else it falls to the page's body),
      // and "Try again" has it again if the load failed once more; unless the reader went elsewhere.
      this.#refocus = this.status === 'loading';
      const active = document.activeElement;
      if (active === this || !active || active === document.body) {
        const root = this.renderRoot;
        (
          root.querySelector<HTMLElement>('[part~="retry"]') ??
          root.querySelector<HTMLElement>('[part~="base"]')
        )?.focus();
      } else this.#refocus = false;
    }
  }

  /** The data source changed: subclasses drop state that belonged to the old one. */
  protected sourceChanged(): void {}

  /**
   * Loads from `data` or `src`. A refresh (`refresh = true`) asks the server again, or reuses a response
   * another element got within `maxAge` ms, and keeps what is shown when it fails. Resolves to `true`
   * when this load was still the element's latest when it ended (not aborted, not overtaken).
   */
  protected async load(refresh = false, maxAge = 0): Promise<boolean> {
    this.#controller?.abort();
    this.#loaded = false;
    const controller = new AbortController();
    this.#controller = controller;
    if (this.data === undefined && parsing(this)) {
      // Upgraded by a classic script in <head> as the parser opened the element: its inline data and
      // fallback are still to come. Show the fallback as it arrives, and decide once the parser is past.
      while (parsing(this)) await new Promise((resolve) => setTimeout(resolve, 50));
      this.requestUpdate();
      if (this.#controller !== controller) return false;
    }
    // Inline data is the first load's; later ones ask `src`, when there is one.
    const script =
      this.data === undefined && (!refresh || !this.src) && this.querySelector<HTMLScriptElement>(INLINE);
    if (this.data === undefined && !this.src && !script) {
      // Nothing to load yet: apps often set `data` just after connecting the element, and a page may take
      // `src` away. Wait quietly with the loading placeholder: no request, no error box, no event.
      this.#controller = undefined;
      this.value = undefined;
      this.error = this.staleError = undefined;
      this.status = 'loading';
      return false;
    }
    // Background polls leave an error box where it is, so screen readers do not hear it again.
    if (!this.value && !this.error) this.status = 'loading';
    let url: string | undefined;
    // Set only once the data is known to be good: a throw after it must not count as success.
    let result: Validated<T> | undefined;
    let error: NewsError | undefined;
    const format = this.format || getConfig().format || 'auto';
    try {
      let raw: unknown = this.data;
      let headers: Headers | undefined;
      // Relative URLs in inline data resolve against `src` too.
      if (raw === undefined && this.src) {
        try {
          url = resolveSrc(this.src);
        } catch {
          throw new NewsError('invalid', `The src "${this.src}" is not a valid URL.`);
        }
      }
      if (script) raw = JSON.parse(script.text);
      else if (raw === undefined) {
        if (!this.value) warmUpDates(this.locale, this.zone);
        const response = await requestJson(url!, {
          signal: controller.signal,
          credentials: this.withCredentials ? 'include' : 'omit',
          maxAge: refresh ? maxAge : undefined,
        });
        if (this.#controller !== controller) return false;
        // The server said nothing changed since what is on screen: skip validating it again.
        if (response.notModified && refresh && this.value) result = { value: this.value, warnings: [] };
        ({ data: raw, url, headers } = response);
      }
      let warnings: string[] = [];
      // Native data never loads the readers; anything else (or what might be) is read into it first.
      if (!result && needsReaders(format, raw)) {
        const { readSource } = await importReaders();
        if (this.#controller !== controller) return false;
        ({ data: raw, warnings } = readSource({ format, body: raw, url, headers }, this.feedItem, NewsError));
      }
      const validated = result ?? this.parse(raw, url);
      validated.warnings.unshift(...warnings);
      if (validated.warnings.length) {
        console.warn(
          `<${this.localName}> left out invalid entries from ${url ?? 'data'}:\n${validated.warnings.join('\n')}`,
        );
        // Nothing valid at all is a response of the wrong shape, not an empty feed.
        if (this.isEmpty(validated.value)) {
          throw new NewsError('invalid', `Every entry was invalid: ${validated.warnings[0]}`, undefined, url);
        }
      }
      // Awaited only when there is something to wait for: data set in one update must render in it.
      const preparing = this.prepare(validated.value, url);
      if (preparing) {
        await preparing;
        if (this.#controller !== controller) return false;
      }
      result = validated;
    } catch (caught) {
      if (isAbort(caught) || this.#controller !== controller) return false;
      error =
        caught instanceof NewsError
          ? caught
          : new NewsError(
              'invalid',
              `The data could not be read: ${(caught as Error)?.message ?? caught}`,
              undefined,
              url,
            );
    }
    this.#controller = undefined;
    this.#loaded = true;
    if (result) {
      if (result.value !== this.value) this.accept(result.value, refresh);
      this.error = this.staleError = undefined;
      this.status = this.isEmpty(result.value) ? 'empty' : 'ready';
      this.loadSucceeded();
    } else {
      // The detail is for the developer: the console and `news-error` have it, the error box does not.
      console.warn(`<${this.localName}>`, error!.message);
      if (this.value) this.staleError = error;
      else {
        this.error = error;
        this.status = 'error';
      }
    }
    await this.updateComplete;
    this.dispatchEvent(
      result ? new NewsLoadEvent(result.value, result.warnings, url) : new NewsErrorEvent(error!),
    );
    if (!result) this.loadFailed();
    return true;
  }

  /**
   * Readies validated data before it is shown (e.g. loads the HTML sanitiser); may throw a `NewsError`.
   * `url` is the endpoint the data came from, if any.
   */
  protected prepare(_value: T, _url: string | undefined): Promise<void> | void {}

  /** Takes newly validated data. Subclasses override it to merge a refresh into what is shown. */
  protected accept(value: T, _refresh: boolean): void {
    this.value = value;
  }

  /** Called after a successful load, changed or not. */
  protected loadSucceeded(): void {}

  /** Called after a failed load; subclasses schedule their next attempt. */
  protected loadFailed(): void {}

  /**
   * Loads again now, past every cache (the widgets' own and, revalidating, the browser's), as a refresh
   * does: what is on screen stays if it fails. Resolves when that load has ended.
   */
  async reload(): Promise<void> {
    await this.load(true, -1);
  }

  #retry = () => {
    this.error = undefined;
    this.#refocus = true;
    void this.load(true);
  };

  protected override render(): TemplateResult {
    const s = this.strings;
    // Nothing of its own to show yet: the fallback children (anything but the inline data and children
    // for a named slot) show instead, in the host's own box, so nothing moves when the element upgrades.
    if (
      !this.value &&
      (parsing(this) ||
        [...this.childNodes].some((node) =>
          node.nodeType == 1
            ? !(node as Element).slot && node != this.querySelector(INLINE)
            : node.nodeType == 3 && /\S/.test(node.nodeValue!),
        ))
    )
      return html`<slot></slot>`;
    let body: unknown;
    if (this.status === 'error' && this.error) {
      body = html`<div part="error" role="alert">
        <p>${readerError(s, this.error.kind)}</p>
        <button part="retry" type="button" @click=${this.#retry}>${s.retry}</button>
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
    return html`<div part="base" lang=${this.locale} tabindex="-1">
      ${body}${this.staleError ? html`<p part="stale" role="status">${s.stale}</p>` : nothing}
    </div>`;
  }
}
