// <news-article>: one full article from its JSON, with a sanitised body, its photos, tags, the same story
// in other languages, a share button and, on request, schema.org structured data.
// role="list" on styled lists: Safari drops list semantics from lists with `list-style: none`.
/* eslint-disable lit-a11y/no-redundant-role */
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { NewsError } from '../../data/errors.js';
import { parseArticle } from '../../data/schemas/article.js';
import type { Article } from '../../data/schemas/article.js';
import type { Validated } from '../../data/schemas/feed.js';
import type { Photo } from '../../data/schemas/photos.js';
import { formatDay, formatTime, sameDay } from '../../format/date.js';
import { autonym, fill, pick } from '../../internal/i18n.js';
import { anchor, linkSettings } from '../../internal/links.js';
import { NewsElement } from '../../internal/news-element.js';
import { strings } from './news-article.strings.js';
import { newsArticleStyles } from './news-article.styles.js';

import { importSanitizer } from '../../sanitize/load.js';
import type * as StructuredDataModule from './structured-data.js';
import { importStructuredData } from './structured-data.load.js';
import type { SanitizeOptions, Sanitizer } from '../../sanitize/sanitize-html.js';

let sanitizer: Promise<Sanitizer> | undefined;

/** The HTML sanitiser, loaded once, when the first article with a body arrives. */
const loadSanitizer = (): Promise<Sanitizer> =>
  (sanitizer ??= importSanitizer().catch(() => {
    sanitizer = undefined;
    throw new NewsError('network', 'The HTML sanitiser that the article body needs could not be loaded.');
  }));

type StructuredData = Pick<typeof StructuredDataModule, 'jsonLd' | 'jsonLdScript'>;

let structuredData: Promise<StructuredData> | undefined;

/** The JSON-LD writer, loaded once, for the first article with `structured-data`. */
const loadStructuredData = (): Promise<StructuredData> =>
  (structuredData ??= importStructuredData().catch((error: unknown) => {
    structuredData = undefined;
    throw error;
  }));

/** The inner gallery's load events are the article's business: `news-load` means the article loaded. */
const stopHere = (event: Event) => event.stopPropagation();

/**
 * One article: category, date and time, title, summary, lead photo, sanitised body, more photos, tags,
 * the same story in other languages, source and a share button.
 *
 * @summary One full article, its body HTML always sanitised.
 *
 * @prop src - The article's JSON endpoint: absolute, or relative to the page-wide base URL, else to the page.
 * @prop data - Already-parsed article JSON. When set, no request is made.
 *
 * @csspart base - The wrapper of everything the element shows; carries `lang`.
 * @csspart article - The `<article>`; carries the article's own `lang` when the data gives one.
 * @csspart header - Category, time, title and summary.
 * @csspart meta - The line with the category and the times.
 * @csspart category - The article's category (a link when it has a URL).
 * @csspart time - The `<time>` the article was published.
 * @csspart updated - "Updated 14:02", when the article was updated later.
 * @csspart title - The headline (`<h2>` unless `heading-level` says otherwise).
 * @csspart summary - The standfirst under the headline.
 * @csspart figure - A photo's `<figure>`: the lead photo, and each further photo without a gallery.
 * @csspart lead - The lead photo's `<figure>` (also `figure`).
 * @csspart image - A photo's `<img>`.
 * @csspart caption - A photo's caption.
 * @csspart credit - A photo's credit.
 * @csspart body - The article's text: the publisher's HTML, sanitised.
 * @csspart gallery - The `<photo-gallery>` holding the photos after the lead one (a list of figures when
 *   `<photo-gallery>` is not registered). Its parts are exported as `gallery-list`, `gallery-figure`,
 *   `gallery-item`, `gallery-image`, `gallery-caption`, `gallery-credit`, `gallery-placeholder`,
 *   `lightbox`, `lightbox-image`, `counter`, `close`, `previous` and `next`.
 * @csspart footer - Source, tags, other languages and sharing.
 * @csspart source - "Source: Report".
 * @csspart tags - The list of the article's tags.
 * @csspart tag - One tag's link.
 * @csspart translations - "Also in:" and the links to the same story in other languages.
 * @csspart translation - One link to the story in another language (`lang`, `hreflang`).
 * @csspart share - The share button.
 * @csspart share-status - "Link copied", after sharing by copying.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - Never shown by this element (an article always has a title).
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The error box's "Try again" button.
 * @csspart stale - The note shown when a reload failed and earlier content stays.
 *
 * @cssproperty [--news-font-family=inherit] - Font of all text.
 * @cssproperty [--news-font-size=1rem] - Base font size.
 * @cssproperty [--news-color-text=#1b1c1f] - Text color (dark scheme: #e8eaed).
 * @cssproperty [--news-color-bg=transparent] - Background.
 * @cssproperty [--news-color-muted=#5c6066] - Secondary text: meta line, captions, credits (dark: #a8adb4).
 * @cssproperty [--news-color-accent=#0b57d0] - Links, the share button (dark: #8ab4f8).
 * @cssproperty [--news-color-border=#dadce0] - Rules and quote bars (dark: #3c4043).
 * @cssproperty [--news-color-error=#b3261e] - The error box (dark: #f2b8b5).
 * @cssproperty [--news-color-skeleton=#eceef1] - Loading placeholders (dark: #2d2f33).
 * @cssproperty [--news-radius=0.5rem] - Corner radius.
 * @cssproperty [--news-space=0.75rem] - Padding inside boxes.
 * @cssproperty [--news-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssproperty [--news-article-title-size=1.75em] - Size of the headline.
 * @cssproperty [--news-article-line-height=1.6] - Line height of the body.
 * @cssproperty [--news-article-gap=1rem] - Space between the article's blocks.
 *
 * @cssstate loading - The first load is in flight, or the element waits for `src` or `data`.
 * @cssstate error - The first load failed; the error box shows.
 *
 * @event {NewsLoadEvent} news-load - The article loaded and is rendered, body included. `warnings` lists entries left out.
 * @event {NewsErrorEvent} news-error - The load failed: `kind`, `status`, `message`.
 */
export class NewsArticleElement extends NewsElement<Article> {
  static override tagName = 'news-article';
  static override styles = [...NewsElement.styles, newsArticleStyles];
  static override properties = {
    ...NewsElement.properties,
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true, useDefault: true },
    linkTarget: { attribute: 'link-target', reflect: true },
    linkParams: { attribute: 'link-params', reflect: true },
    structuredData: { attribute: 'structured-data', type: Boolean, reflect: true },
    shareStatus: { state: true },
    item: { reflect: true },
  };

  /** The level of the headline, 1–6 (default 2): 1 makes it the page's `<h1>`. */
  headingLevel = 2;
  /**
   * `target` for the links into the publisher's site (category, tags, other languages) and for the links
   * in the body, e.g. `_blank` (which adds `rel="noopener noreferrer"`).
   */
  linkTarget?: string;
  /**
   * Query parameters added to every link into the publisher's site, e.g. `utm_source=partner`: category,
   * tags, other languages, and links in the body that point to the article's own site.
   */
  linkParams?: string;
  /**
   * Write a schema.org `NewsArticle` JSON-LD block into the page (light DOM), for search engines. Only
   * the publisher's own page should: off by default.
   */
  structuredData = false;
  /**
   * Given a feed (JSON Feed, RSS, Atom, WordPress posts), the item to show: the one whose `id` or `url`
   * equals this; without it, or when none does, the newest.
   */
  item?: string;

  protected override get feedItem(): string | null {
    return this.item || null;
  }

  protected shareStatus = '';

  /** The sanitised body, kept as one element so that re-renders never rebuild it. */
  #body?: HTMLDivElement;
  /** What the body element holds: the article, and the settings it was sanitised with. */
  #bodyOf?: Article;
  #bodyKey?: string;
  /** Bodies sanitised before their article is shown, and the endpoint each article came from. */
  #ready = new WeakMap<Article, [string, DocumentFragment]>();
  #bases = new WeakMap<Article, string>();
  #sanitizer?: Sanitizer;
  #script?: HTMLScriptElement;
  /** The JSON-LD writer, once loaded. */
  #ld?: StructuredData;
  #statusTimer?: ReturnType<typeof setTimeout>;
  /** The photos after the lead one: one array per article, so the gallery keeps its state across renders. */
  #more: Photo[] = [];

  protected parse(raw: unknown, url: string | undefined): Validated<Article> {
    return parseArticle(raw, url ?? document.baseURI);
  }

  protected isEmpty(): boolean {
    return false;
  }

  protected override prepare(article: Article, url: string | undefined): Promise<void> | void {
    this.#bases.set(article, url ?? document.baseURI);
    // The JSON-LD writer comes with the article, so that it is in the page when news-load fires; if it
    // cannot be loaded, the article still shows.
    const ld = this.structuredData && !this.#ld && this.#loadLd();
    if (!article.body) return ld || undefined;
    if (this.#sanitizer) {
      this.#sanitize(article);
      return ld || undefined;
    }
    return Promise.all([
      ld,
      loadSanitizer().then((sanitizer) => {
        this.#sanitizer = sanitizer;
        this.#sanitize(article);
      }),
    ]).then(() => {});
  }

  #loadLd(): Promise<void> {
    return loadStructuredData().then(
      (module) => {
        this.#ld = module;
        this.requestUpdate();
      },
      () => {},
    );
  }

  /** The settings a body is sanitised with: they change its links and headings. */
  #options(article: Article): SanitizeOptions {
    const links = linkSettings(this);
    const base = this.#bases.get(article) ?? document.baseURI;
    return {
      base,
      target: links.target,
      params: links.params,
      site: new URL(article.url ?? base).origin,
      headingLevel: this.#level,
    };
  }

  /** Sanitises `article`'s body for the next render. Throws a `NewsError` when this page cannot parse it. */
  #sanitize(article: Article) {
    const options = this.#options(article);
    try {
      this.#ready.set(article, [
        JSON.stringify(options),
        this.#sanitizer!.sanitizeHtml(article.body!, options),
      ]);
    } catch (error) {
      throw new NewsError('invalid', `The article body could not be shown here: ${(error as Error).message}`);
    }
  }

  get #level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  protected override stop(): void {
    super.stop();
    clearTimeout(this.#statusTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the sanitiser alongside the article instead of after it: most articles have a body.
    if (!this.#sanitizer)
      void loadSanitizer().then(
        (sanitizer) => (this.#sanitizer = sanitizer),
        () => {},
      );
    // Back on the page after a completed load: the structured data goes back in with the next update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    queueMicrotask(() => {
      if (!this.isConnected) this.#writeStructuredData(undefined);
    });
  }

  protected override accept(article: Article, refresh: boolean): void {
    super.accept(article, refresh);
    this.#more = article.photos.slice(1);
  }

  protected override sourceChanged(): void {
    this.shareStatus = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const article = this.value;
    if (!article?.body || !this.#sanitizer) return;
    const key = JSON.stringify(this.#options(article));
    if (this.#bodyOf === article && this.#bodyKey === key) return;
    let ready = this.#ready.get(article);
    if (ready?.[0] !== key) {
      // The link settings or heading level changed since: sanitise again. It worked once for this
      // article; if it fails now, the body on screen stays.
      try {
        this.#sanitize(article);
      } catch {
        return;
      }
      ready = this.#ready.get(article)!;
    }
    this.#ready.delete(article);
    this.#body ??= Object.assign(document.createElement('div'), { className: 'body' });
    this.#body.setAttribute('part', 'body');
    this.#body.replaceChildren(ready[1]);
    this.#bodyOf = article;
    this.#bodyKey = key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#writeStructuredData(this.structuredData && this.isConnected ? this.value : undefined);
  }

  /** Puts the article's JSON-LD into the light DOM (search engines read it there), or takes it out. */
  #writeStructuredData(article: Article | undefined) {
    if (!article) {
      this.#script?.remove();
      this.#script = undefined;
      return;
    }
    if (!this.#ld) return void this.#loadLd();
    const json = this.#ld.jsonLd(article, this.locale);
    if (this.#script?.isConnected && this.#script.textContent === json) return;
    this.#script?.remove();
    this.#script = this.#ld.jsonLdScript(json);
    if (this.#script) this.append(this.#script);
  }

  #title?: HTMLElement;

  /** The headline at `heading-level`: a tag name cannot be a binding, so the element is made here, once. */
  #headline(level: number, title: string): HTMLElement {
    if (this.#title?.localName !== `h${level}`) {
      this.#title = document.createElement(`h${level}`);
      this.#title.setAttribute('part', 'title');
    }
    if (this.#title.textContent !== title) this.#title.textContent = title;
    return this.#title;
  }

  #share = async () => {
    const article = this.value;
    if (!article?.url) return;
    const s = pick(strings, this.locale);
    const data = { title: article.title, url: article.url };
    if (navigator.share && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to say. Any other failure falls back to copying.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    // Emptied first, so that a second "Link copied" is announced again.
    this.shareStatus = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(article.url);
      this.shareStatus = s.copied;
    } catch {
      this.shareStatus = `${s.copyFailed}: ${article.url}`;
    }
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => (this.shareStatus = ''), 5000);
  };

  #figure(photo: Photo, lead: boolean) {
    return html`<figure part=${lead ? 'figure lead' : 'figure'}>
      <img
        part="image"
        src=${photo.src}
        srcset=${photo.srcset ?? nothing}
        sizes=${photo.srcset ? (photo.sizes ?? '(min-width: 50rem) 50rem, 100vw') : nothing}
        width=${photo.width ?? nothing}
        height=${photo.height ?? nothing}
        alt=${photo.alt ?? ''}
        loading=${lead ? 'eager' : 'lazy'}
        decoding="async"
      />
      ${
        photo.caption || photo.credit
          ? html`<figcaption>
              ${photo.caption ? html`<span part="caption">${photo.caption}</span>` : nothing}
              ${photo.credit ? html`<span part="credit">${photo.credit}</span>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  #gallery(photos: Photo[]) {
    // The gallery, when it is registered (news-article's define module does it); a list of figures if not.
    if (customElements.get('photo-gallery')) {
      return html`<photo-gallery
        part="gallery"
        exportparts="list: gallery-list, figure: gallery-figure, item: gallery-item, image: gallery-image, caption: gallery-caption, credit: gallery-credit, placeholder: gallery-placeholder, lightbox, lightbox-image, counter, close, previous, next"
        time-zone=${this.timeZone ?? nothing}
        .data=${photos}
        @news-load=${stopHere}
        @news-error=${stopHere}
      ></photo-gallery>`;
    }
    return html`<ul part="gallery" class="figures" role="list">
      ${photos.map((photo) => html`<li>${this.#figure(photo, false)}</li>`)}
    </ul>`;
  }

  #times(article: Article) {
    const s = pick(strings, this.locale);
    const locale = this.locale;
    const zone = this.zone;
    const published = new Date(article.publishedAt);
    const updated = article.updatedAt ? new Date(article.updatedAt) : undefined;
    const changed = updated && updated.getTime() !== published.getTime() ? updated : undefined;
    const [before, after] = s.updated.split('#');
    return html`<time part="time" datetime=${article.publishedAt}
        >${formatDay(published, locale, zone)}, ${formatTime(published, locale, zone)}</time
      >${
        changed
          ? html` <span part="updated"
              >${before}<time datetime=${article.updatedAt!}
                >${sameDay(changed, published, zone) ? '' : `${formatDay(changed, locale, zone)}, `}${formatTime(
                  changed,
                  locale,
                  zone,
                )}</time
              >${after}</span
            >`
          : nothing
      }`;
  }

  protected renderSkeleton(): unknown {
    // An article's first screen, block for block in the content's sizes and margins: the meta line, two
    // lines of headline, the summary, a full-width 16:9 lead photo and its caption, four paragraphs.
    // Over 1,000 px tall in an 800 px column, so on a desktop screen what follows the article is out of
    // sight before and after it loads. One letter per line: `f` full width, `s` the short last one.
    const lines = (group: string, kind: string) =>
      html`<div class="lines ${kind}">
        ${[...group].map((line) => html`<span class="line ${line === 's' ? 'short' : ''}"></span>`)}
      </div>`;
    return html`<div class="skeleton">
      <div class="head">${lines('s', 'meta')}${lines('fs', 'title')}${lines('s', 'summary')}</div>
      <div class="bone photo"></div>
      ${lines('s', 'caption')}
      <div class="body">${['fffs', 'ffs', 'fffs', 'ffs'].map((group) => lines(group, 'paragraph'))}</div>
    </div>`;
  }

  protected renderContent(article: Article): unknown {
    const s = pick(strings, this.locale);
    const links = linkSettings(this);
    const lead = article.photos[0] ?? article.image;
    const translations = article.translations.filter((t) => t.url);
    const level = this.#level;
    return html`<article part="article" lang=${article.lang ?? nothing}>
      <header part="header">
        <p part="meta">
          ${article.category ? anchor(article.category.url, 'category', article.category.name, links) : nothing}
          ${this.#times(article)}
        </p>
        ${this.#headline(level, article.title)}
        ${article.summary ? html`<p part="summary">${article.summary}</p>` : nothing}
      </header>
      ${lead ? this.#figure(lead, true) : nothing} ${article.body ? this.#body : nothing}
      ${this.#more.length ? this.#gallery(this.#more) : nothing}
      <footer part="footer">
        ${article.source ? html`<p part="source">${fill(s.source, article.source)}</p>` : nothing}
        ${
          article.tags.length
            ? html`<ul part="tags" role="list" aria-label=${s.tags}>
                ${article.tags.map((tag) => html`<li>${anchor(tag.url, 'tag', tag.name, links)}</li>`)}
              </ul>`
            : nothing
        }
        ${
          translations.length
            ? html`<nav part="translations" aria-label=${s.alsoIn}>
                <span aria-hidden="true">${s.alsoIn}</span>
                ${translations.map((t) =>
                  // The name says the language, then the headline in it: visible text first (label in name).
                  anchor(
                    t.url,
                    'translation',
                    html`${autonym(t.lang)}<span class="vh">: ${t.title}</span>`,
                    links,
                    {
                      lang: t.lang,
                      hreflang: t.lang,
                    },
                  ),
                )}
              </nav>`
            : nothing
        }
        ${
          article.url
            ? html`<p class="share">
                <button part="share" type="button" @click=${this.#share}>${s.share}</button>
                <span part="share-status" role="status">${this.shareStatus}</span>
              </p>`
            : nothing
        }
      </footer>
    </article>`;
  }
}
