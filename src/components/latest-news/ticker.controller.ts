// Drives the ticker: one Web Animations transform on the track (compositor-only), a constant speed in
// px/s whatever the content width, a seamless loop over two copies of the headlines, and pauses for
// hover, keyboard focus and the pause button. Under `prefers-reduced-motion: reduce` it does nothing:
// the element renders a scrollable row instead.
import { adoptStyles, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { LatestNewsStrings } from './latest-news.strings.js';
import { tickerStyles } from './ticker.styles.js';

const icon = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${d}></path></svg>`;
const PAUSE = 'M4 3h3v10H4zm5 0h3v10H9z';
const PLAY = 'M4 2.5v11l9-5.5z';
// Drawn pointing left and right; in right-to-left text the stylesheet mirrors them.
const PREV = 'M10.5 2.5 5 8l5.5 5.5 1-1L7 8l4.5-4.5z';
const NEXT = 'M5.5 2.5 11 8l-5.5 5.5-1-1L9 8 4.5 3.5z';

/** Whether `el` is in right-to-left text (its own `dir`, an ancestor's or the page's). */
const rtl = (el: Element) => getComputedStyle(el).direction === 'rtl';

type Host = ReactiveControllerHost & HTMLElement & { speed: number; renderRoot: ParentNode };

export class TickerController implements ReactiveController {
  /** The pause button's state, which wins over hover and focus. */
  userPaused = false;
  #host: Host;
  #motion = matchMedia('(prefers-reduced-motion: reduce)');
  #animation?: Animation;
  #width = 0;
  #speed = 0;
  #hover = false;
  #focus = false;
  #resize = new ResizeObserver(() => this.#measure());
  // Off screen, nobody reads it: stop the animation rather than spend the reader's battery on it.
  #offscreen = false;
  #intersection = new IntersectionObserver(([entry]) => {
    this.#offscreen = !entry!.isIntersecting;
    this.#apply();
  });
  #observed?: Element;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    // The element's styles and the ticker's (which came with this file).
    adoptStyles(host.renderRoot as ShadowRoot, [
      ...(host.constructor as typeof ReactiveElement).elementStyles,
      tickerStyles,
    ]);
  }

  /** Whether the reader asked for reduced motion: then the ticker is a scrollable row. */
  get reducedMotion(): boolean {
    return this.#motion.matches;
  }

  hostConnected(): void {
    this.#listen('addEventListener');
    // A move cancelled the animation on disconnect: render again so it is measured and restarted.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#listen('removeEventListener');
    this.#stop();
  }

  /** The element is no ticker any more: let go of everything (the element drops this controller). */
  remove(): void {
    this.hostDisconnected();
    this.#host.removeController(this);
  }

  #listen(method: 'addEventListener' | 'removeEventListener') {
    this.#motion[method]('change', this.#onMotion);
    for (const type of ['pointerenter', 'pointerleave']) this.#host[method](type, this.#onPointer);
    // On the shadow root: focus moving from one headline to the next never reaches the host (the event's
    // target and related target are both the host there, so it stops at the shadow root).
    const root = this.#host.renderRoot as ShadowRoot;
    for (const type of ['focusin', 'focusout']) root[method](type, this.#onFocus);
  }

  hostUpdated(): void {
    const list = this.#list();
    if (list !== this.#observed) {
      this.#resize.disconnect();
      this.#observed = list ?? undefined;
      if (list) {
        this.#resize.observe(list);
        this.#intersection.observe(this.#host);
      } else this.#stop();
    }
    this.#measure();
  }

  /** The ticker's bar; `rows()` gives a fresh set of headline rows (the loop shows them twice). */
  render(label: string, s: LatestNewsStrings, rows: () => unknown): unknown {
    const reduced = this.reducedMotion;
    const paused = this.userPaused;
    // "Next" moves towards the end of the line: left in left-to-right text, right in right-to-left.
    const scroll = (direction: number) => () => {
      const viewport = this.#host.renderRoot.querySelector<HTMLElement>('.viewport');
      const sign = rtl(this.#host) ? -1 : 1;
      viewport?.scrollBy({ left: direction * sign * viewport.clientWidth * 0.8, behavior: 'smooth' });
    };
    // role="list": Safari drops list semantics from lists styled with `list-style: none`.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div part="ticker" class=${reduced ? 'reduced' : 'moving'} role="region" aria-label=${label}>
      ${
        reduced
          ? html`<button part="previous" type="button" aria-label=${s.previous} @click=${scroll(-1)}>
              ${icon(PREV)}
            </button>`
          : html`<button
              part="pause"
              type="button"
              aria-label=${paused ? s.play : s.pause}
              @click=${() => this.toggle()}
            >
              ${icon(paused ? PLAY : PAUSE)}
            </button>`
      }
      <div part="viewport" class="viewport">
        <div class="track">
          <ul part="list" role="list">
            ${rows()}
          </ul>
          ${
            reduced
              ? nothing
              : html`<ul aria-hidden="true" inert>
                  ${rows()}
                </ul>`
          }
        </div>
      </div>
      ${reduced ? html`<button part="next" type="button" aria-label=${s.next} @click=${scroll(1)}>${icon(NEXT)}</button>` : nothing}
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /** Toggles the pause button's state. */
  toggle(): void {
    this.userPaused = !this.userPaused;
    this.#apply();
    this.#host.requestUpdate();
  }

  #list(): HTMLElement | null {
    return this.reducedMotion ? null : this.#host.renderRoot.querySelector<HTMLElement>('.track > ul');
  }

  #stop() {
    this.#animation?.cancel();
    this.#animation = undefined;
    this.#width = 0;
    this.#resize.disconnect();
    this.#intersection.disconnect();
    this.#observed = undefined;
  }

  #measure() {
    const list = this.#list();
    const viewport = list?.closest<HTMLElement>('.viewport');
    if (!list || !viewport) return;
    const width = list.offsetWidth;
    const speed = Math.max(5, this.#host.speed || 60);
    if (width === this.#width && speed === this.#speed) return;
    const fits = width <= viewport.clientWidth;
    // Keep the reader's place: carry the current offset in pixels over to the new animation.
    const offset =
      this.#animation && this.#width ? ((Number(this.#animation.currentTime) || 0) / 1000) * this.#speed : 0;
    this.#animation?.cancel();
    this.#animation = undefined;
    this.#width = width;
    this.#speed = speed;
    list.parentElement!.classList.toggle('still', fits);
    if (fits) return;
    // Headlines travel towards the start of the line: leftwards, and rightwards in right-to-left text.
    const sign = rtl(this.#host) ? 1 : -1;
    this.#animation = list.parentElement!.animate(
      [{ transform: 'translateX(0)' }, { transform: `translateX(${sign * width}px)` }],
      { duration: (width / speed) * 1000, iterations: Infinity, easing: 'linear' },
    );
    this.#animation.currentTime = ((offset % width) / speed) * 1000;
    this.#apply();
  }

  #apply() {
    const animation = this.#animation;
    if (!animation) return;
    if (this.userPaused || this.#hover || this.#focus || this.#offscreen) animation.pause();
    else animation.play();
  }

  #onMotion = () => this.#host.requestUpdate();

  #onPointer = (event: Event) => {
    this.#hover = event.type === 'pointerenter';
    this.#apply();
  };

  #onFocus = (event: Event) => {
    const { type, relatedTarget } = event as FocusEvent;
    const root = this.#host.renderRoot as ShadowRoot;
    // Leaving one headline for the next keeps the ticker paused.
    this.#focus = type === 'focusin' || root.contains(relatedTarget as Node | null);
    this.#apply();
    // Bring the focused headline to the start of the line: the track moves by transform, so the browser
    // cannot scroll to it.
    const item = (event.composedPath()[0] as Element).closest?.('li');
    if (type === 'focusin' && item && this.#animation) {
      this.#unscroll();
      // How far the headline is from the start of the line (the right edge in right-to-left text).
      const from = rtl(this.#host)
        ? (item.offsetParent as HTMLElement).offsetWidth - item.offsetLeft - item.offsetWidth
        : item.offsetLeft;
      this.#animation.currentTime = (Math.max(0, from - 16) / this.#speed) * 1000;
    }
  };

  /** Puts the moving ticker's viewport back where the animation expects it. */
  #unscroll() {
    const viewport = this.#host.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && viewport.scrollLeft) viewport.scrollLeft = 0;
  }
}
