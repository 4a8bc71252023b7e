// Page-wide defaults: set in plain HTML with <meta name="news-widgets:…"> tags, or from JavaScript with
// configure(). configure() wins over the meta tags; an element's own attributes win over both.
import type { Format } from './formats/detect.js';

/** A plural string: `#` is the count; the form comes from `Intl.PluralRules` (`one`, `few`, …, `other`). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * UI strings to add or override, by language tag (`tr`, `pt-BR`) and then by `shared` (the loading,
 * empty, error and retry words every element uses) or an element's tag. Partial: what is missing comes
 * from the built-in table of the language (en, az, ru), else English.
 */
export type StringOverrides = Record<
  string,
  Partial<
    Record<
      'shared' | 'latest-news' | 'news-article' | 'tag-list' | 'photo-gallery',
      Record<string, string | PluralForms>
    >
  >
>;

export interface NewsConfig {
  /** Base URL that relative `src` values resolve against (default: the page's URL). */
  baseUrl?: string;
  /** Default language for dates and UI strings when no nearer `lang` applies. */
  locale?: string;
  /** IANA time zone for displayed times (default: the reader's). */
  timeZone?: string;
  /** Default `target` for links into the publisher's site. */
  linkTarget?: string;
  /** Default query parameters added to links into the publisher's site, e.g. `utm_source=partner`. */
  linkParams?: string;
  /** Milliseconds before a request (including its body) is abandoned. Default 10000. */
  timeout?: number;
  /** Largest response body accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Retries after a network error, 5xx or 429. Default 2. */
  retries?: number;
  /** First retry delay in ms; doubles each time (capped), each wait between half and all of its step. Default 1000. */
  retryDelay?: number;
  /** Longest retry delay in ms. Default 30000. */
  retryMaxDelay?: number;
  /** How long a response is reused for elements that connect later, in ms. Default 30000. */
  cacheTtl?: number;
  /**
   * The format of the endpoints: `auto` (default: recognised from each response's content type and shape),
   * `native`, `jsonfeed`, `wordpress`, `rss` or `atom`. An element's `format` attribute wins.
   */
  format?: Format | 'auto';
  /**
   * UI strings for more languages, or other words for the built-in ones; see {@link StringOverrides}.
   * Unknown keys and values that are not strings (or plural forms of strings) are ignored. Set them
   * before the elements render: like every setting here, they apply to what renders afterwards.
   */
  strings?: StringOverrides;
}

const META_KEYS: Record<string, keyof NewsConfig> = {
  'base-url': 'baseUrl',
  locale: 'locale',
  'time-zone': 'timeZone',
  'link-target': 'linkTarget',
  'link-params': 'linkParams',
  format: 'format',
};

const defaults: Required<
  Pick<NewsConfig, 'timeout' | 'maxBytes' | 'retries' | 'retryDelay' | 'retryMaxDelay' | 'cacheTtl'>
> = {
  timeout: 10_000,
  maxBytes: 5 * 1024 * 1024,
  retries: 2,
  retryDelay: 1000,
  retryMaxDelay: 30_000,
  cacheTtl: 30_000,
};

let overrides: NewsConfig = {};
type Config = Readonly<NewsConfig & typeof defaults>;
let current: Config | undefined;

const fromMeta = (): NewsConfig => {
  const found: Record<string, string> = {};
  if (typeof document === 'undefined') return found;
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name^="news-widgets:"]')) {
    const name = meta.name.slice('news-widgets:'.length);
    if (Object.hasOwn(META_KEYS, name)) found[META_KEYS[name]!] = meta.content.trim();
  }
  return found;
};

/**
 * Sets page-wide defaults for every news widget. Later calls merge into earlier ones; pass `undefined`
 * for a key to go back to its default. Returns the settings now in force.
 */
export function configure(options: NewsConfig = {}): Readonly<NewsConfig> {
  overrides = { ...overrides, ...options };
  current = undefined;
  return getConfig();
}

/** The settings in force: defaults, then `<meta name="news-widgets:…">` tags, then `configure()`. */
export function getConfig(): Config {
  if (!current) {
    // No prototype: a setting nobody made reads as undefined even on a page that polluted Object.prototype.
    const merged: Record<string, unknown> = Object.assign(Object.create(null), defaults, fromMeta());
    for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
    current = merged as unknown as Config;
    // A render asks for every link: read the meta tags once per task, not once per link.
    queueMicrotask(() => (current = undefined));
  }
  return current;
}

/** Clears everything set with configure(); for tests. */
export function resetConfig(): void {
  overrides = {};
  current = undefined;
}

/** Resolves an element's `src` against the configured base URL, else the page. */
export function resolveSrc(src: string): string {
  const page = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  const base = getConfig().baseUrl;
  return new URL(src, base ? new URL(base, page) : page).href;
}
