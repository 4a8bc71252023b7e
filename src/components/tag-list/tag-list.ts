// <tag-list>: an article's tags, or a trending-tags bar, as links into the publisher's site.
// role="list" on styled lists: Safari drops list semantics from lists with `list-style: none`.
/* eslint-disable lit-a11y/no-redundant-role */
import { html, nothing } from 'lit';
import { parseTags } from '../../data/schemas/tags.js';
import type { Tags } from '../../data/schemas/tags.js';
import type { Validated } from '../../data/schemas/feed.js';
import { anchor, linkSettings } from '../../internal/links.js';
import { pick } from '../../internal/i18n.js';
import { NewsElement } from '../../internal/news-element.js';
import { heading } from '../../internal/heading.js';
import { strings } from './tag-list.strings.js';
import { tagListStyles } from './tag-list.styles.js';

/**
 * Tags as links: an article's tags, wrapping onto as many lines as they need, or a one-line trending bar.
 * In a right-to-left context (`dir="rtl"`) the tags run from the right and the bar scrolls from the right.
 *
 * Tags link to tag pages, not to articles: the list fires neither `news-click` nor `news-impression`.
 *
 * @summary An article's tags, or a trending-tags bar.
 *
 * @prop src - The JSON endpoint: tags (`{ title, tags }`), a bare array of tags, or an article.
 * @prop data - Already-parsed tags, in any of the shapes `src` serves. When set, no request is made.
 * @prop timeZone - Accepted like every element's; tags show no times.
 * @attr lang - Language of the UI strings and of the count's number format; inherited like every element's.
 *
 * @slot heading - Replaces the data's title above the tags (e.g. `<h3 slot="heading">Trending</h3>`).
 *
 * @csspart base - The wrapper of everything the element shows; carries `lang`.
 * @csspart heading - The title above the tags, or first on the bar's line (the data's `title` as an `<h2>`
 *   unless `heading-level` says otherwise, or the `heading` slot; a slotted heading shows while loading too).
 * @csspart list - The list of tags (`<ul>`); scrolls sideways in the bar.
 * @csspart item - One tag's `<li>`.
 * @csspart tag - One tag's link (a `<span>` when it has no URL).
 * @csspart count - A tag's count, with the `counts` attribute.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - Shown when there are no tags.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The error box's "Try again" button.
 * @csspart stale - The note shown when a reload failed and earlier content stays.
 *
 * @cssproperty [--news-font-family=inherit] - Font of all text.
 * @cssproperty [--news-font-size=1rem] - Base font size.
 * @cssproperty [--news-color-text=#1b1c1f] - Text color (dark scheme: #e8eaed).
 * @cssproperty [--news-color-bg=transparent] - Background.
 * @cssproperty [--news-color-muted=#5c6066] - Counts and the heading (dark: #a8adb4).
 * @cssproperty [--news-color-accent=#0b57d0] - Tags on hover (dark: #8ab4f8).
 * @cssproperty [--news-color-border=#dadce0] - The outline of each tag (dark: #3c4043).
 * @cssproperty [--news-color-error=#b3261e] - The error box (dark: #f2b8b5).
 * @cssproperty [--news-color-skeleton=#eceef1] - Loading placeholders (dark: #2d2f33).
 * @cssproperty [--news-radius=0.5rem] - Corner radius.
 * @cssproperty [--news-space=0.75rem] - Padding inside boxes.
 * @cssproperty [--news-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssproperty [--news-tag-list-gap=0.5rem] - Space between tags.
 * @cssproperty [--news-tag-list-bg=transparent] - Background of each tag.
 * @cssproperty [--news-tag-list-radius=1em] - Corner radius of each tag.
 * @cssproperty [--news-tag-bg=transparent] - Deprecated alias of `--news-tag-list-bg`, used when that is not set.
 * @cssproperty [--news-tag-radius=1em] - Deprecated alias of `--news-tag-list-radius`, used when that is not set.
 *
 * @cssstate loading - The first load is in flight, or the element waits for `src` or `data`.
 * @cssstate error - The first load failed; the error box shows.
 * @cssstate empty - There are no tags.
 *
 * @event {NewsLoadEvent} news-load - The tags loaded and are rendered. `warnings` lists tags left out.
 * @event {NewsErrorEvent} news-error - The load failed: `kind`, `status`, `message`.
 */
export class TagListElement extends NewsElement<Tags> {
  static override tagName = 'tag-list';
  static override styles = [...NewsElement.styles, tagListStyles];
  static override properties = {
    ...NewsElement.properties,
    variant: { reflect: true, useDefault: true },
    counts: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true, useDefault: true },
    linkTarget: { attribute: 'link-target', reflect: true },
    linkParams: { attribute: 'link-params', reflect: true },
    item: { reflect: true },
  };

  /** `wrap` (default): tags wrap onto more lines. `bar`: one line, the heading first, the tags scrolling sideways. */
  variant: 'wrap' | 'bar' = 'wrap';
  /** Show each tag's `count` (e.g. the number of stories), when the data has one. */
  counts = false;
  /** The level of the heading made from the data's `title`, 1–6; anything else is the default, 2. */
  headingLevel = 2;
  /** `target` for links into the publisher's site, e.g. `_blank` (which adds `rel="noopener noreferrer"`). */
  linkTarget?: string;
  /** Query parameters added to every link into the publisher's site, e.g. `utm_source=partner`. */
  linkParams?: string;
  /**
   * Given a feed (JSON Feed, RSS, Atom, WordPress posts), the item whose tags (categories) the list shows: the one whose `id` or `url`
   * equals this; without it, or when none does, the newest.
   */
  item?: string;

  protected override get feedItem(): string | null {
    return this.item || null;
  }

  #heading?: HTMLElement;

  /** The data's title at `heading-level`. */
  #title(title: string): HTMLElement {
    const el = heading(this.#heading, this.headingLevel, title);
    if (el !== this.#heading) {
      el.setAttribute('part', 'heading');
      el.id = 'heading';
    }
    return (this.#heading = el);
  }

  protected parse(raw: unknown, url: string | undefined): Validated<Tags> {
    return parseTags(raw, url ?? document.baseURI);
  }

  protected isEmpty(value: Tags): boolean {
    return value.tags.length === 0;
  }

  /** A slotted heading: known before the data, so the placeholder can show it too. */
  get #slotted(): boolean {
    return !!this.querySelector(':scope > [slot="heading"]');
  }

  /** The heading and the list, one line in the bar. */
  #layout(heading: unknown, list: unknown): unknown {
    return this.variant === 'bar' ? html`<div class="row">${heading}${list}</div>` : html`${heading}${list}`;
  }

  protected renderSkeleton(): unknown {
    // Pills in the list's own box: each an item holding an inline-block tag with one line of (blank) text,
    // so a line of them is exactly as tall as a line of tags. A slotted heading shows already; the data's
    // title cannot, but in the bar it shares the line with the tags, so the bar's height never changes.
    return this.#layout(
      this.#slotted ? html`<div part="heading"><slot name="heading"></slot></div>` : nothing,
      html`<div class="bones ${this.variant === 'bar' ? 'bar' : 'wrap'}">
        ${[0, 1, 2, 3, 4].map(() => html`<span><span class="bone tag">&nbsp;</span></span>`)}
      </div>`,
    );
  }

  protected renderContent(value: Tags): unknown {
    const links = linkSettings(this);
    const locale = this.locale;
    const slotted = this.#slotted;
    const titled = slotted || !!value.title;
    // A visible heading names the list; without one, a plain "Tags".
    return this.#layout(
      slotted
        ? html`<div part="heading" id="heading"><slot name="heading"></slot></div>`
        : value.title
          ? this.#title(value.title)
          : nothing,
      html`<ul
        part="list"
        class=${this.variant === 'bar' ? 'bar' : 'wrap'}
        role="list"
        aria-labelledby=${titled ? 'heading' : nothing}
        aria-label=${titled ? nothing : pick(strings, this.locale, 'tag-list').tags}
      >
        ${value.tags.map(
          (tag) =>
            html`<li part="item">
              ${anchor(
                tag.url,
                'tag',
                html`${tag.name}${
                  this.counts && tag.count !== undefined
                    ? html` <span part="count">${tag.count.toLocaleString(locale)}</span>`
                    : nothing
                }`,
                links,
              )}
            </li>`,
        )}
      </ul>`,
    );
  }
}
