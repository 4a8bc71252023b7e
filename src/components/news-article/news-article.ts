// <news-article>: one full article from its JSON, with a sanitised body, its photos, tags, the same story
// in other languages, a share button and, on request, schema.org structured data.
// role="list" on styled lists: Safari drops list semantics from lists with `list-style: none`.
/* eslint-disable lit-a11y/no-redundant-role */
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { parseArticle } from '../../data/schemas/article.js';
import type { Article } from '../../data/schemas/article.js';
import type { Validated } from '../../data/schemas/feed.js';
import type { Photo } from '../../data/schemas/photos.js';
import { formatDay, formatTime, sameDay } from '../../format/date.js';
import type { NewsItemDetail } from '../../events/events.js';
import { autonym, pick } from '../../internal/i18n.js';
import { anchor, linkAttributes, linkSettings } from '../../internal/links.js';
import { NewsElement } from '../../internal/news-element.js';
import { ItemTracker } from '../../internal/track.js';
import { ArticleBody } from './body.js';
import { figure, gallery, source } from './figures.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { strings } from './news-article.strings.js';
import { newsArticleStyles } from './news-article.styles.js';
import { ShareController } from './share.controller.js';
import type * as StructuredDataModule from './structured-data.js';
import { importStructuredData } from './structured-data.load.js';

type StructuredData = Pick<typeof StructuredDataModule, 'jsonLd' | 'jsonLdScript'>;

let structuredData: Promise<StructuredData> | undefined;

/** The JSON-LD writer, loaded once, for the first article with `structured-data`. */
const loadStructuredData = (): Promise<StructuredData> =>
  (structuredData ??= importStructuredData().catch((error: unknown) => {
    structuredData = undefined;
    throw error;
  }));

/**
 * One article: category, date and time, title, summary, lead photo, sanitised body, more photos, tags,
 * the same story in other languages, source and a share button. In a right-to-left context (`dir="rtl"`)
 * every line runs from the right: the meta line, tags, other languages, quote bars in the body.
 *
 * The article counts as seen (`news-impression`) when at least half of it has been visible for a second.
 * The links to the same story in other languages are links to articles (`news-click`); the category,
 * the tags, the links in the body and the share button are not: they fire nothing.
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
 * @csspart title - The headline (`<h2>` unless `heading-level` says otherwise; 1–6, anything else is 2).
 * @csspart summary - The standfirst under the headline.
 * @csspart figure - A photo's `<figure>`: the lead photo, and each further photo without a gallery.
 * @csspart lead - The lead photo's `<figure>` (also `figure`).
 * @csspart image - A photo's `<img>`.
 * @csspart caption - A photo's caption.
 * @csspart credit - A photo's credit.
 * @csspart body - The article's text: the publisher's HTML, sanitised.
 * @csspart gallery - The `<photo-gallery>` holding the photos after the lead one (a list of figures when
 *   `<photo-gallery>` is not registered). Its parts are exported as `gallery-list`, `gallery-item`,
 *   `gallery-figure`, `gallery-open`, `gallery-image`, `gallery-caption`, `gallery-credit`,
 *   `gallery-placeholder`, `lightbox`, `lightbox-image`, `counter`, `close`, `previous` and `next`.
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
 * @event {NewsItemEvent} news-click - Before a reader follows a link to the same story in another language
 *   (cancelable: `preventDefault()` keeps the page): `id` is the article's, `url` that translation's URL
 *   (without `link-params`); no `position`.
 * @event {NewsItemEvent} news-impression - Once, when at least half of the article has been visible for a
 *   second: its `id` and `url`; no `position`.
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
    item: { reflect: true },
  };

  /** The level of the headline, 1–6 (default 2): 1 makes it the page's `<h1>`; anything else is 2. */
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

  #body = new ArticleBody(this, () => headingLevel(this.headingLevel));
  #share = new ShareController(this);
  #headline?: HTMLElement;
  #script?: HTMLScriptElement;
  /** The JSON-LD writer, once loaded. */
  #ld?: StructuredData;
  /** The photos after the lead one: one array per article, so the gallery keeps its state across renders. */
  #more: Photo[] = [];

  constructor() {
    super();
    new ItemTracker(this, this.#detail);
  }

  /**
   * The event detail of an item: the article (`article`), or a link to it in another language (its URL).
   */
  #detail = (key: string): NewsItemDetail | undefined => {
    const article = this.value;
    if (!article) return;
    const url = key === 'article' ? article.url : article.translations.find((t) => t.url === key)?.url;
    if (key === 'article' || url) return url ? { id: article.id, url } : { id: article.id };
  };

  protected parse(raw: unknown, url: string | undefined): Validated<Article> {
    return parseArticle(raw, url ?? document.baseURI);
  }

  protected isEmpty(): boolean {
    return false;
  }

  protected override prepare(article: Article, url: string | undefined): Promise<void> | void {
    // The JSON-LD writer comes with the article, so that it is in the page when news-load fires; if it
    // cannot be loaded, the article still shows.
    const ld = this.structuredData && !this.#ld && this.#loadLd();
    const body = this.#body.prepare(article, url);
    return ld || body ? Promise.all([ld, body]).then(() => {}) : undefined;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.#body.warmUp();
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
    this.#share.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#body.update(this.value);
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

  /** The headline at `heading-level`, in the article's language. */
  #title(title: string, lang: string | undefined): HTMLElement {
    const el = heading(this.#headline, this.headingLevel, title);
    if (el !== this.#headline) el.setAttribute('part', 'title');
    if (lang) el.lang = lang;
    else el.removeAttribute('lang');
    return (this.#headline = el);
  }

  #times(article: Article) {
    const s = pick(strings, this.locale, 'news-article');
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
    const s = pick(strings, this.locale, 'news-article');
    const links = linkSettings(this);
    const lead = article.photos[0] ?? article.image;
    const translations = article.translations.filter((t) => t.url);
    // The article's language on its content only: the words around it (dates, "Updated", "Share") are in
    // the element's language.
    const lang = article.lang ?? nothing;
    return html`<article part="article" data-news-item="article">
      <header part="header">
        <p part="meta">
          ${
            article.category
              ? anchor(article.category.url, 'category', article.category.name, links, { lang: article.lang })
              : nothing
          }
          ${this.#times(article)}
        </p>
        ${this.#title(article.title, article.lang)}
        ${article.summary ? html`<p part="summary" lang=${lang}>${article.summary}</p>` : nothing}
      </header>
      ${lead ? figure(lead, true, article.lang) : nothing} ${article.body ? this.#body.element : nothing}
      ${this.#more.length ? gallery(this.#more, article.lang, this.timeZone) : nothing}
      <footer part="footer">
        ${article.source ? html`<p part="source">${source(s.source, article.source, lang)}</p>` : nothing}
        ${
          article.tags.length
            ? html`<ul part="tags" role="list" aria-label=${s.tags}>
                ${article.tags.map(
                  (tag) => html`<li>${anchor(tag.url, 'tag', tag.name, links, { lang: article.lang })}</li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          translations.length
            ? html`<nav part="translations" aria-label=${s.alsoIn}>
                <span aria-hidden="true">${s.alsoIn}</span>
                ${translations.map((t) => {
                  // The name says the language, then the headline in it: visible text first (label in name).
                  const name = html`${autonym(t.lang)}<span class="vh">: ${t.title}</span>`;
                  const link = linkAttributes(t.url, links);
                  // A link to the article in that language: marked for news-click with its URL.
                  return link
                    ? html`<a
                        part="translation"
                        data-news-item=${t.url!}
                        href=${link.href}
                        target=${link.target ?? nothing}
                        rel=${link.rel ?? nothing}
                        lang=${t.lang}
                        hreflang=${t.lang}
                        >${name}</a
                      >`
                    : html`<span part="translation" lang=${t.lang}>${name}</span>`;
                })}
              </nav>`
            : nothing
        }
        ${article.url ? this.#share.render(article.title, article.url) : nothing}
      </footer>
    </article>`;
  }
}
