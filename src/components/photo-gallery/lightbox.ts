// The lightbox of <photo-gallery>: a modal <dialog> with previous / next, arrow keys, Home / End, Escape
// and swipes that follow the reading direction, the `?photo=N` deep link and Back, and what happens when
// the gallery moves (the lightbox stays open) or leaves the page (it closes and the parameter goes).
// Loaded lazily, when a reader is about to open a photo: see lightbox.lazy.ts.
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Photo } from '../../data/schemas/photos.js';
import { NewsPhotoEvent } from '../../events/events.js';
import type { NewsPhotoEventType } from '../../events/events.js';
import { fill, pick } from '../../internal/i18n.js';
import { claim, linkedPhoto, release, urlFor } from './deep-link.js';
import { strings } from './photo-gallery.strings.js';
import { SWIPE_THRESHOLD } from './swipe.js';

const icon = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${d}></path></svg>`;
const CLOSE = 'M3.5 2.5 8 7l4.5-4.5 1 1L9 8l4.5 4.5-1 1L8 9l-4.5 4.5-1-1L7 8 2.5 3.5z';
const PREV = 'M10.5 2.5 5 8l5.5 5.5 1-1L7 8l4.5-4.5z';
const NEXT = 'M5.5 2.5 11 8l-5.5 5.5-1-1L9 8 4.5 3.5z';

/** What the lightbox needs of its gallery. */
export interface LightboxHost extends ReactiveElement {
  readonly deepLink: boolean;
  readonly locale: string;
}

export class Lightbox implements ReactiveController {
  readonly #host: LightboxHost;
  readonly #photos: () => Photo[] | undefined;
  /** A photo's large image (or its placeholder) and its caption. */
  readonly #image: (photo: Photo) => unknown;
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
  /** The pointer that may be swiping. */
  #swipe?: { id: number; x: number; y: number; stage: HTMLElement };

  constructor(host: LightboxHost, photos: () => Photo[] | undefined, image: (photo: Photo) => unknown) {
    this.#host = host;
    this.#photos = photos;
    this.#image = image;
    host.addController(this);
  }

  hostConnected(): void {
    claim(this.#host);
    addEventListener('popstate', this.#onPopState);
    // Moved (taken out and put back in one task): a dialog leaves the top layer with its host but keeps
    // `open`, so it came back as a non-modal box. Made modal again; its late close event finds it open.
    const dialog = this.#dialog;
    if (this.#photo && dialog?.open && !dialog.matches(':modal')) {
      dialog.close();
      dialog.showModal();
      this.#focusClose(dialog);
    }
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
    // Left the page for good (not moved): close, and take `?photo=N` out of the address as closing does.
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      this.close();
      release(this.#host);
    });
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** The direction in force, from `dir` or page CSS: the one the lightbox's grid lays its buttons out in. */
  get #rtl(): boolean {
    return getComputedStyle(this.#host).direction === 'rtl';
  }

  #focusClose(dialog: HTMLDialogElement) {
    dialog.querySelector<HTMLElement>('[part~="close"]')!.focus();
  }

  #emit(type: NewsPhotoEventType, index: number, photo: Photo) {
    this.#host.dispatchEvent(new NewsPhotoEvent(type, index, photo));
  }

  /** Opens the photo at `index` (from 0), or shows it when the lightbox is open. */
  open(index: number, opener?: HTMLElement, push = true): void {
    const photos = this.#photos();
    const photo = photos?.[index];
    const dialog = this.#dialog;
    const host = this.#host;
    if (!photo || !dialog || !host.isConnected) return;
    if (dialog.open) return this.#go(index);
    this.#index = index;
    this.#photo = photo;
    this.#opener = opener;
    this.#announcement = '';
    if (push && claim(host)) {
      history.pushState(history.state, '', urlFor(index + 1));
      this.#pushed = true;
    }
    host.requestUpdate();
    dialog.showModal();
    this.#focusClose(dialog);
    this.#preload(photos, index);
    this.#emit('news-photo-open', index, photo);
  }

  /** After the first render: opens the photo of `?photo=N` when this gallery owns the parameter. */
  openLinked(): void {
    const n = claim(this.#host) ? linkedPhoto() : 0;
    if (n) this.open(n - 1, undefined, false);
  }

  /** Closes the lightbox. */
  close(): void {
    this.#dialog?.close();
    // At once, not on the dialog's close event, which never comes if the dialog leaves the page first.
    this.#onClose();
  }

  /** "Photo 2 of 5. Its caption": said when the photo changes, and read with the dialog as it opens. */
  #describe(photos: Photo[], index: number): string {
    const caption = photos[index]!.caption;
    const words = fill(pick(strings, this.#host.locale, 'photo-gallery').photoOf, index + 1, photos.length);
    return caption ? `${words}. ${caption}` : words;
  }

  #go(index: number) {
    const photos = this.#photos();
    const photo = photos?.[index];
    if (!photo || !this.#dialog?.open || index === this.#index) return;
    this.#index = index;
    this.#photo = photo;
    this.#announcement = this.#describe(photos, index);
    // Replaced, not pushed: Back closes the lightbox rather than stepping through the photos.
    if (claim(this.#host)) history.replaceState(history.state, '', urlFor(index + 1));
    this.#host.requestUpdate();
    this.#preload(photos, index);
    this.#emit('news-photo-change', index, photo);
  }

  /** One photo on (1) or back (-1), round the ends. */
  #step(by: number) {
    const count = this.#photos()?.length ?? 1;
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

  /** The dialog closed, whatever closed it: the button, Escape, Back, `close()` or leaving the page. */
  #onClose = () => {
    const index = this.#index;
    const photo = this.#photo;
    const host = this.#host;
    // The close event of a dialog that `close()` already dealt with, and maybe opened again since.
    if (!photo || this.#dialog?.open) return;
    this.#photo = undefined;
    this.#index = -1;
    if (!this.#popping && claim(host)) {
      // Take back the entry we pushed, so that Back goes where it went before; else just drop the param.
      if (this.#pushed) history.back();
      else if (linkedPhoto()) history.replaceState(history.state, '', urlFor(0));
    }
    this.#pushed = this.#popping = false;
    const opener = this.#opener?.isConnected
      ? this.#opener
      : host.renderRoot.querySelectorAll<HTMLElement>('[part~="open"]')[index];
    this.#opener = undefined;
    opener?.focus();
    host.requestUpdate();
    this.#emit('news-photo-close', index, photo);
  };

  #onPopState = () => {
    if (!this.#photos() || !claim(this.#host)) return;
    const n = linkedPhoto();
    if (n) {
      this.open(n - 1, undefined, false);
    } else if (this.#dialog?.open) {
      this.#popping = true;
      this.close();
    }
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    // The arrow pointing along the reading direction goes on: ArrowLeft is the next photo in RTL.
    const by = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
    if (by) this.#step(this.#rtl ? -by : by);
    else if (key === 'Home') this.#go(0);
    else if (key === 'End') this.#go((this.#photos()?.length ?? 1) - 1);
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
      // Swiping towards the start of the line brings the next photo, as turning a page does: towards the
      // left in LTR, towards the right in RTL.
      this.#step((dx < 0 ? 1 : -1) * (this.#rtl ? -1 : 1));
    }
  };

  render(photos: Photo[], label: string): TemplateResult {
    const s = pick(strings, this.#host.locale, 'photo-gallery');
    const index = this.#index;
    const photo = photos[index];
    return html`<dialog
      part="lightbox"
      aria-label=${label}
      aria-describedby="now"
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
        ${photo ? keyed(photo.src, this.#image(photo)) : nothing}
      </figure>
      <p class="vh" id="now">${photo ? this.#describe(photos, index) : ''}</p>
      <p class="vh" aria-live="polite">${this.#announcement}</p>
    </dialog>`;
  }
}
