// <photo-gallery>: an article's photos as a grid or a strip of thumbnails, with captions and credits,
// opening a lightbox (a modal <dialog>) with keyboard, swipe and optional `?photo=N` deep links.
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { parsePhotos } from '../../data/schemas/photos.js';
import type { Photo, Photos } from '../../data/schemas/photos.js';
import type { Validated } from '../../data/schemas/feed.js';
import { NewsPhotoEvent } from '../../events/events.js';
import type { NewsPhotoEventType } from '../../events/events.js';
import { fill, pick } from '../../internal/i18n.js';
import { NewsElement } from '../../internal/news-element.js';
import { strings } from './photo-gallery.strings.js';
import { claim, linkedPhoto, release, urlFor } from './deep-link.js';
import { photoGalleryStyles } from './photo-gallery.styles.js';

/** How far (px) a horizontal swipe must travel to change the photo. */
export const SWIPE_THRESHOLD = 50;

const icon = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${d}></path></svg>`;
const CLOSE = 'M3.5 2.5 8 7l4.5-4.5 1 1L9 8l4.5 4.5-1 1L8 9l-4.5 4.5-1-1L7 8 2.5 3.5z';
const PREV = 'M10.5 2.5 5 8l5.5 5.5 1-1L7 8l4.5-4.5z';
const NEXT = 'M5.5 2.5 11 8l-5.5 5.5-1-1L9 8 4.5 3.5z';

/**
 * An article's photos as a grid or a one-row strip of thumbnails, with captions and credits. A thumbnail
 * opens the photo in a lightbox: a modal dialog with previous / next buttons, arrow keys, Home / End,
 * Escape and swipes (which follow the reading direction), announcing each change to screen readers.
 *
 * With `deep-link`, the open photo is in the page's URL as `?photo=N` (from 1): a page loaded with it
 * opens that photo, and Back closes the lightbox. A page has one URL, so only one gallery owns the
 * parameter: the first one connected with `deep-link`.
 *
 * @summary Photos with captions and credits, opening an accessible lightbox.
 *
 * @prop src - The JSON endpoint: photos (`{ title, photos }`), a bare array of photos, or an article.
 * @prop data - Already-parsed photos, in any of the shapes `src` serves. When set, no request is made.
 * @prop timeZone - Accepted like every element's; the gallery shows no times.
 * @attr lang - Language of the UI strings; inherited like every element's.
 *
 * @csspart base - The wrapper of everything the element shows; carries `lang`.
 * @csspart list - The thumbnails (`<ul>`): a grid, or one scrollable row with `layout="strip"`.
 * @csspart figure - One photo in the list (`<figure>`): its thumbnail button and caption.
 * @csspart item - A thumbnail's `<button>`, which opens the lightbox; its box keeps the photo's ratio.
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
 * @cssproperty [--news-photo-gallery-strip-height=10rem] - Height of the thumbnails with `layout="strip"`.
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
    layout: { reflect: true, useDefault: true },
    deepLink: { attribute: 'deep-link', type: Boolean, reflect: true },
    item: { reflect: true },
  };

  /** `grid` (default): rows of thumbnails; `strip`: one horizontally scrollable row. */
  layout: 'grid' | 'strip' = 'grid';
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

  /** The photo open in the lightbox, or -1. */
  #index = -1;
  /** That photo, kept for the close event when the data has already changed. */
  #photo?: Photo;
  /** The thumbnail that opened the lightbox, which gets the focus back. */
  #opener?: HTMLElement;
  /** Opening pushed a history entry, which closing takes back. */
  #pushed = false;
  /** The lightbox closes because of Back: the history is already where it should be. */
  #popping = false;
  /** What the live region says: the photo changed. */
  #announcement = '';
  /** The URL's `?photo=N` was looked at, once, when the photos first rendered. */
  #linked = false;
  /** Natural ratios of photos that came without width and height, once loaded; by `src`. */
  #ratios = new Map<string, string>();
  /** Photos that failed to load, by `src`. */
  #failed = new Set<string>();
  /** The pointer that may be swiping. */
  #swipe?: { id: number; x: number; y: number; stage: HTMLElement };

  override connectedCallback(): void {
    super.connectedCallback();
    claim(this);
    addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    release(this);
    removeEventListener('popstate', this.#onPopState);
    // A dialog leaves the top layer with its host but keeps `open`: it would come back as a non-modal
    // box. Closed quietly: the close event of an element that left the page reaches no one.
    this.#dialog?.close();
    this.#index = -1;
    this.#photo = undefined;
    this.#pushed = false;
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
      const n = claim(this) ? linkedPhoto() : 0;
      // After this update, as opening renders again.
      if (n) void this.updateComplete.then(() => this.#open(n - 1, undefined, false));
    }
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the lightbox on the photo at `index` (from 0), or shows that photo when it is open. */
  show(index = 0): void {
    this.#open(index);
  }

  /** Closes the lightbox. */
  close(): void {
    this.#dialog?.close();
    // At once, not on the dialog's close event, which never comes if the dialog leaves the page first.
    this.#onClose();
  }

  #emit(type: NewsPhotoEventType, index: number, photo: Photo) {
    this.dispatchEvent(new NewsPhotoEvent(type, index, photo));
  }

  #open(index: number, opener?: HTMLElement, push = true) {
    const photos = this.value?.photos;
    const photo = photos?.[index];
    const dialog = this.#dialog;
    if (!photo || !dialog || !this.isConnected) return;
    if (dialog.open) return this.#go(index);
    this.#index = index;
    this.#photo = photo;
    this.#opener = opener;
    this.#announcement = '';
    if (push && claim(this)) {
      history.pushState(history.state, '', urlFor(index + 1));
      this.#pushed = true;
    }
    this.requestUpdate();
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[part~="close"]')!.focus();
    this.#preload(photos, index);
    this.#emit('news-photo-open', index, photo);
  }

  #go(index: number) {
    const photos = this.value?.photos;
    const photo = photos?.[index];
    if (!photo || !this.#dialog?.open || index === this.#index) return;
    this.#index = index;
    this.#photo = photo;
    const caption = photo.caption ? `. ${photo.caption}` : '';
    this.#announcement = fill(pick(strings, this.locale).photoOf, index + 1, photos.length) + caption;
    // Replaced, not pushed: Back closes the lightbox rather than stepping through the photos.
    if (claim(this)) history.replaceState(history.state, '', urlFor(index + 1));
    this.requestUpdate();
    this.#preload(photos, index);
    this.#emit('news-photo-change', index, photo);
  }

  /** One photo on (1) or back (-1), round the ends. */
  #step(by: number) {
    const count = this.value?.photos.length ?? 1;
    this.#go((this.#index + by + count) % count);
  }

  /** Fetches the photos on either side, so that the next step shows at once. */
  #preload(photos: Photo[], index: number) {
    for (const by of [-1, 1]) {
      const photo = photos[(index + by + photos.length) % photos.length]!;
      const image = new Image();
      if (photo.srcset) {
        image.sizes = '100vw';
        image.srcset = photo.srcset;
      }
      image.src = photo.src;
    }
  }

  /** The dialog closed, whatever closed it: the button, Escape, Back, or `close()`. */
  #onClose = () => {
    const index = this.#index;
    const photo = this.#photo;
    // The close event of a dialog that `close()` already dealt with, and maybe opened again since.
    if (!photo || this.#dialog?.open) return;
    this.#photo = undefined;
    this.#index = -1;
    if (!this.#popping && claim(this)) {
      // Take back the entry we pushed, so that Back goes where it went before; else just drop the param.
      if (this.#pushed) history.back();
      else if (linkedPhoto()) history.replaceState(history.state, '', urlFor(0));
    }
    this.#pushed = this.#popping = false;
    const opener = this.#opener?.isConnected
      ? this.#opener
      : this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[index];
    this.#opener = undefined;
    opener?.focus();
    this.requestUpdate();
    this.#emit('news-photo-close', index, photo);
  };

  #onPopState = () => {
    if (!this.value || !claim(this)) return;
    const n = linkedPhoto();
    if (n) {
      this.#open(n - 1, undefined, false);
    } else if (this.#dialog?.open) {
      this.#popping = true;
      this.close();
    }
  };

  get #rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const by = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
    if (by) this.#step(this.#rtl ? -by : by);
    else if (key === 'Home') this.#go(0);
    else if (key === 'End') this.#go((this.value?.photos.length ?? 1) - 1);
    else return;
    event.preventDefault();
  };

  #onPointerDown = (event: PointerEvent) => {
    const stage = event.currentTarget as HTMLElement;
    // A second finger (a pinch) or another button cancels the swipe.
    this.#swipe =
      this.#swipe || event.button > 0
        ? undefined
        : { id: event.pointerId, x: event.clientX, y: event.clientY, stage };
    stage.style.translate = '';
    stage.style.transition = this.#swipe ? 'none' : '';
  };

  #onPointerMove = (event: PointerEvent) => {
    const swipe = this.#swipe;
    if (swipe?.id === event.pointerId) swipe.stage.style.translate = `${event.clientX - swipe.x}px`;
  };

  #onPointerUp = (event: PointerEvent) => {
    const swipe = this.#swipe;
    // Also when no swipe began here (a synthetic event has no pointerId either).
    if (!swipe || swipe.id !== event.pointerId) return;
    this.#swipe = undefined;
    swipe.stage.style.translate = swipe.stage.style.transition = '';
    const dx = event.clientX - swipe.x;
    if (
      event.type === 'pointerup' &&
      Math.abs(dx) > SWIPE_THRESHOLD &&
      Math.abs(dx) > Math.abs(event.clientY - swipe.y)
    ) {
      // Swiping towards the start of the line brings the next photo, as turning a page does.
      this.#step((dx < 0 ? 1 : -1) * (this.#rtl ? -1 : 1));
    }
  };

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
    return html`<span part="placeholder">${photo.alt || pick(strings, this.locale).photoUnavailable}</span>`;
  }

  #caption({ caption, credit }: Photo) {
    return caption || credit
      ? html`<figcaption>
          ${caption ? html`<span part="caption">${caption}</span>` : nothing}
          ${credit ? html`<span part="credit">${credit}</span>` : nothing}
        </figcaption>`
      : nothing;
  }

  protected renderSkeleton(): unknown {
    // Six thumbnails (a typical gallery) in the list's own grid or strip, each 3:2 like a photo of unknown
    // size, with two lines of caption and a credit under it: as tall as the photos will be.
    return html`<div class="skeleton ${this.layout === 'strip' ? 'strip' : 'grid'}">
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
    const s = pick(strings, this.locale);
    const count = photos.length;
    return html`<ul
        part="list"
        class=${this.layout === 'strip' ? 'strip' : 'grid'}
        role="list"
        aria-label=${title ?? s.photos}
      >
        ${photos.map((photo, i) => {
          const failed = this.#failed.has(photo.src);
          return html`<li>
            <figure part="figure">
              <button
                part="item"
                type="button"
                aria-haspopup="dialog"
                aria-label=${photo.alt ? nothing : fill(s.openPhoto, i + 1, count) + (failed ? `: ${s.photoUnavailable}` : '')}
                .style=${`aspect-ratio:${photo.width && photo.height ? `${photo.width}/${photo.height}` : (this.#ratios.get(photo.src) ?? '3/2')}`}
                @click=${(event: Event) => this.#open(i, event.currentTarget as HTMLElement)}
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
      ${this.#renderLightbox(photos, title)}`;
  } /* eslint-enable lit-a11y/no-redundant-role */

  #renderLightbox(photos: Photo[], title?: string) {
    const s = pick(strings, this.locale);
    const index = this.#index;
    const photo = photos[index];
    return html`<dialog
      part="lightbox"
      aria-label=${title ?? s.photos}
      @close=${this.#onClose}
      @keydown=${this.#onKey}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerUp}
    >
      <p part="counter">${photo ? `${index + 1} / ${photos.length}` : ''}</p>
      <button part="close" type="button" aria-label=${s.close} @click=${() => this.close()}>
        ${icon(CLOSE)}
      </button>
      ${
        photos.length > 1
          ? html`<button
                part="previous"
                type="button"
                aria-label=${s.previousPhoto}
                @click=${() => this.#step(-1)}
              >
                ${icon(PREV)}
              </button>
              <button part="next" type="button" aria-label=${s.nextPhoto} @click=${() => this.#step(1)}>
                ${icon(NEXT)}
              </button>`
          : nothing
      }
      <figure class="stage" @pointerdown=${this.#onPointerDown}>
        ${
          photo
            ? keyed(
                photo.src,
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
                    />`,
              )
            : nothing
        }
        ${photo ? this.#caption(photo) : nothing}
      </figure>
      <p class="vh" aria-live="polite">${this.#announcement}</p>
    </dialog>`;
  }
}
