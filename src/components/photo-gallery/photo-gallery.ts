// <photo-gallery>: an article's photos as a grid or a strip of thumbnails, with captions and credits,
// opening a lightbox (a modal <dialog>) with keyboard, swipe and optional `?photo=N` deep links.
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { parsePhotos } from '../../data/schemas/photos.js';
import type { Photo, Photos } from '../../data/schemas/photos.js';
import type { Validated } from '../../data/schemas/feed.js';
import { fill, pick } from '../../internal/i18n.js';
import { NewsElement } from '../../internal/news-element.js';
import { heading } from '../../internal/heading.js';
import { LazyLightbox } from './lightbox.lazy.js';
import { strings } from './photo-gallery.strings.js';
import { photoGalleryStyles } from './photo-gallery.styles.js';

export { SWIPE_THRESHOLD } from './swipe.js';

/**
 * An article's photos as a grid or a one-row strip of thumbnails, with captions and credits. A thumbnail
 * opens the photo in a lightbox: a modal dialog with previous / next buttons, arrow keys, Home / End,
 * Escape and swipes (which follow the reading direction), announcing each change to screen readers.
 *
 * With `deep-link`, the open photo is in the page's URL as `?photo=N` (from 1): a page loaded with it
 * opens that photo, and Back closes the lightbox. A page has one URL, so only one gallery owns the
 * parameter: the first one connected with `deep-link`. Moved elsewhere in the page (taken out and put back
 * in one task), the gallery keeps its lightbox open; taken out of the page, it closes the lightbox and
 * takes `?photo=N` out of the address.
 *
 * In a right-to-left context (`dir="rtl"`) the thumbnails run from the right, the strip scrolls from the
 * right, the previous / next arrows point the other way, ArrowLeft and a swipe towards the right bring
 * the next photo, ArrowRight and a swipe towards the left the previous one.
 *
 * Photos are not articles: the gallery fires neither `news-click` nor `news-impression`.
 *
 * @summary Photos with captions and credits, opening an accessible lightbox.
 *
 * @prop src - The JSON endpoint: photos (`{ title, photos }`), a bare array of photos, or an article.
 * @prop data - Already-parsed photos, in any of the shapes `src` serves. When set, no request is made.
 * @prop timeZone - Accepted like every element's; the gallery shows no times.
 * @attr lang - Language of the UI strings; inherited like every element's.
 * @attr layout - Deprecated alias of `variant` (`grid` | `strip`); `variant` wins when both are set.
 *
 * @csspart base - The wrapper of everything the element shows; carries `lang`.
 * @csspart heading - The data's `title` above the thumbnails (`<h2>` unless `heading-level` says otherwise).
 * @csspart list - The thumbnails (`<ul>`): a grid, or one scrollable row with `variant="strip"`.
 * @csspart item - One photo's entry in the list (`<li>`).
 * @csspart figure - One photo in the list (`<figure>`): its thumbnail button and caption.
 * @csspart open - A thumbnail's `<button>`, which opens the lightbox; its box keeps the photo's ratio.
 * @csspart image - A thumbnail's `<img>`.
 * @csspart placeholder - Stands in for a photo that failed to load, with its alt text.
 * @csspart caption - A photo's caption, under its thumbnail and in the lightbox.
 * @csspart credit - A photo's credit, under its thumbnail and in the lightbox.
 * @csspart lightbox - The lightbox (a modal `<dialog>`).
 * @csspart lightbox-image - The large `<img>` in the lightbox.
 * @csspart counter - The lightbox's "2 / 5".
 * @csspart close - The lightbox's close button.
 * @csspart previous - The lightbox's previous-photo button.
 * @csspart next - The lightbox's next-photo button.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - Shown when there are no photos.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The error box's "Try again" button.
 * @csspart stale - The note shown when a refresh failed and earlier content stays.
 *
 * @cssproperty [--news-font-family=inherit] - Font of all text.
 * @cssproperty [--news-font-size=1rem] - Base font size.
 * @cssproperty [--news-color-text=#1b1c1f] - Text color (dark scheme: #e8eaed).
 * @cssproperty [--news-color-bg=transparent] - Background.
 * @cssproperty [--news-color-muted=#5c6066] - Credits and placeholders (dark: #a8adb4).
 * @cssproperty [--news-color-accent=#0b57d0] - The focus ring and links on hover (dark: #8ab4f8).
 * @cssproperty [--news-color-border=#dadce0] - Shared line color (dark: #3c4043); the gallery draws no lines of its own.
 * @cssproperty [--news-color-error=#b3261e] - The error box (dark: #f2b8b5).
 * @cssproperty [--news-color-highlight=#fff3c4] - Shared highlight color (dark: #4a4010); the gallery highlights nothing.
 * @cssproperty [--news-color-skeleton=#eceef1] - Loading placeholders and photos still loading (dark: #2d2f33).
 * @cssproperty [--news-radius=0.5rem] - Corner radius.
 * @cssproperty [--news-space=0.75rem] - Padding inside boxes.
 * @cssproperty [--news-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssproperty [--news-photo-gallery-gap=0.5rem] - Space between thumbnails.
 * @cssproperty [--news-photo-gallery-column=10rem] - Narrowest grid column; the grid fits as many as it can.
 * @cssproperty [--news-photo-gallery-strip-height=10rem] - Height of the thumbnails with `variant="strip"`.
 * @cssproperty [--news-photo-gallery-lightbox-bg=rgb(0 0 0 / 0.92)] - The lightbox's background.
 * @cssproperty [--news-photo-gallery-lightbox-color=#fff] - Text and buttons in the lightbox.
 *
 * @cssstate loading - The first load is in flight, or the element waits for `src` or `data`.
 * @cssstate error - The first load failed; the error box shows.
 * @cssstate empty - There are no photos.
 *
 * @event {NewsLoadEvent} news-load - Data loaded and rendered. `warnings` lists photos left out.
 * @event {NewsErrorEvent} news-error - The load failed: `kind`, `status`, `message`.
 * @event {NewsPhotoEvent} news-photo-open - The lightbox opened: `index` (from 0) and `photo`.
 * @event {NewsPhotoEvent} news-photo-change - The lightbox shows another photo: `index` and `photo`.
 * @event {NewsPhotoEvent} news-photo-close - The lightbox closed: `index` and `photo` last shown.
 */
export class PhotoGalleryElement extends NewsElement<Photos> {
  static override tagName = 'photo-gallery';
  static override styles = [...NewsElement.styles, photoGalleryStyles];
  static override properties = {
    ...NewsElement.properties,
    variant: { reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true, useDefault: true },
    deepLink: { attribute: 'deep-link', type: Boolean, reflect: true },
    item: { reflect: true },
  };

  /**
   * `grid` (unset: the default, unless `layout` says otherwise): rows of thumbnails; `strip`: one row
   * that scrolls sideways (from the right in a right-to-left context).
   */
  variant?: 'grid' | 'strip';
  /** Deprecated alias of `variant`, used when `variant` is not set. */
  layout?: 'grid' | 'strip';
  /** The level of the heading (the data's `title`), 1–6; anything else is the default, 2. */
  headingLevel = 2;
  /**
   * Put the open photo in the page's URL as `?photo=N` (from 1), open it when the page loads with one,
   * and close the lightbox on Back. Only the first gallery on a page with `deep-link` uses it.
   */
  deepLink = false;
  /**
   * Given a feed (JSON Feed, RSS, Atom, WordPress posts), the item whose photos the gallery shows: the one whose `id` or `url`
   * equals this; without it, or when none does, the newest.
   */
  item?: string;

  protected override get feedItem(): string | null {
    return this.item || null;
  }

  /** The URL's `?photo=N` was looked at, once, when the photos first rendered. */
  #linked = false;
  /** Natural ratios of photos that came without width and height, once loaded; by `src`. */
  #ratios = new Map<string, string>();
  /** Photos that failed to load, by `src`. */
  #failed = new Set<string>();
  #heading?: HTMLElement;
  #lightbox = new LazyLightbox(
    this,
    () => this.value?.photos,
    (photo) =>
      html`${
        this.#failed.has(photo.src)
          ? this.#placeholder(photo)
          : html`<img
              part="lightbox-image"
              src=${photo.src}
              srcset=${photo.srcset ?? nothing}
              sizes=${photo.srcset ? '100vw' : nothing}
              alt=${photo.alt ?? ''}
              draggable="false"
              @error=${() => this.#fail(photo)}
            />`
      }${this.#caption(photo)}`,
  );

  /** `variant` when it is set, else the deprecated `layout`. */
  get #strip(): boolean {
    return (this.variant ?? this.layout) === 'strip';
  }

  protected parse(raw: unknown, url: string | undefined): Validated<Photos> {
    return parsePhotos(raw, url ?? document.baseURI);
  }

  protected isEmpty(value: Photos): boolean {
    return value.photos.length === 0;
  }

  protected override sourceChanged(): void {
    this.close();
    this.#ratios.clear();
    this.#failed.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#linked && this.status === 'ready') {
      this.#linked = true;
      // After this update, as opening renders again. Also loads the lightbox, now that the photos show.
      void this.updateComplete.then(() => this.#lightbox.openLinked());
    }
  }

  /** Opens the lightbox on the photo at `index` (from 0), or shows that photo when it is open. */
  show(index = 0): void {
    this.#lightbox.open(index);
  }

  /** Closes the lightbox. */
  close(): void {
    this.#lightbox.close();
  }

  #loaded(photo: Photo, event: Event) {
    if (photo.width && photo.height) return;
    const { naturalWidth, naturalHeight } = event.target as HTMLImageElement;
    if (naturalWidth && naturalHeight) {
      this.#ratios.set(photo.src, `${naturalWidth}/${naturalHeight}`);
      this.requestUpdate();
    }
  }

  #fail(photo: Photo) {
    this.#failed.add(photo.src);
    this.requestUpdate();
  }

  #placeholder(photo: Photo) {
    return html`<span part="placeholder"
      >${photo.alt || pick(strings, this.locale, 'photo-gallery').photoUnavailable}</span
    >`;
  }

  #caption({ caption, credit }: Photo) {
    return caption || credit
      ? html`<figcaption>
          ${caption ? html`<span part="caption">${caption}</span>` : nothing}
          ${credit ? html`<span part="credit">${credit}</span>` : nothing}
        </figcaption>`
      : nothing;
  }

  /** The data's title at `heading-level`. */
  #title(title: string): HTMLElement {
    const el = heading(this.#heading, this.headingLevel, title);
    if (el !== this.#heading) {
      el.setAttribute('part', 'heading');
      el.id = 'heading';
    }
    return (this.#heading = el);
  }

  protected renderSkeleton(): unknown {
    // Six thumbnails (a typical gallery) in the list's own grid or strip, each 3:2 like a photo of unknown
    // size, with two lines of caption and a credit under it: as tall as the photos will be.
    return html`<div class="skeleton ${this.#strip ? 'strip' : 'grid'}">
      ${[0, 1, 2, 3, 4, 5].map(
        () =>
          html`<div class="tile">
            <div class="bone thumb"></div>
            <div class="lines caption">
              <span class="line"></span><span class="line short"></span><span class="line credit"></span>
            </div>
          </div>`,
      )}
    </div>`;
  }

  // role="list": Safari drops list semantics from lists styled with `list-style: none`.
  /* eslint-disable lit-a11y/no-redundant-role */
  protected renderContent({ title, photos }: Photos): unknown {
    const s = pick(strings, this.locale, 'photo-gallery');
    const count = photos.length;
    // A visible heading names the list; without one, a plain "Photos".
    return html`${title ? this.#title(title) : nothing}
      <ul
        part="list"
        class=${this.#strip ? 'strip' : 'grid'}
        role="list"
        aria-labelledby=${title ? 'heading' : nothing}
        aria-label=${title ? nothing : s.photos}
      >
        ${photos.map((photo, i) => {
          const failed = this.#failed.has(photo.src);
          return html`<li part="item">
            <figure part="figure">
              <button
                part="open"
                type="button"
                aria-haspopup="dialog"
                aria-label=${photo.alt ? nothing : fill(s.openPhoto, i + 1, count) + (failed ? `: ${s.photoUnavailable}` : '')}
                .style=${`aspect-ratio:${photo.width && photo.height ? `${photo.width}/${photo.height}` : (this.#ratios.get(photo.src) ?? '3/2')}`}
                @click=${(event: Event) => this.#lightbox.open(i, event.currentTarget as HTMLElement)}
              >
                ${
                  failed
                    ? this.#placeholder(photo)
                    : html`<img
                        part="image"
                        src=${photo.src}
                        srcset=${photo.srcset ?? nothing}
                        sizes=${photo.srcset ? (photo.sizes ?? 'auto, 50vw') : nothing}
                        width=${photo.width ?? nothing}
                        height=${photo.height ?? nothing}
                        alt=${photo.alt ?? ''}
                        loading="lazy"
                        decoding="async"
                        @load=${(event: Event) => this.#loaded(photo, event)}
                        @error=${() => this.#fail(photo)}
                      />`
                }
              </button>
              ${this.#caption(photo)}
            </figure>
          </li>`;
        })}
      </ul>
      ${this.#lightbox.render(photos, title ?? s.photos)}`;
  } /* eslint-enable lit-a11y/no-redundant-role */
}
