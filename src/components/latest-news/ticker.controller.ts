// Drives the ticker: one Web Animations transform on the track (compositor-only), a constant speed in
// px/s whatever the content width, a seamless loop over two copies of the headlines, and pauses for
// hover, keyboard focus and the pause button. Under `prefers-reduced-motion: reduce` it does nothing:
// the element renders a scrollable row instead.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  }

  /** Whether the reader asked for reduced motion: then the ticker is a scrollable row. */
  get reducedMotion(): boolean {
    return this.#motion.matches;
  }

  /** Whether the pointer is over the element (the list uses it too, to tell a reader is in it). */
  get hovered(): boolean {
    return this.#hover;
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

  #listen(method: 'addEventListener' | 'removeEventListener') {
    this.#motion[method]('change', this.#onMotion);
    for (const type of ['pointerenter', 'pointerleave']) this.#host[method](type, this.#onPointer);
    for (const type of ['focusin', 'focusout']) this.#host[method](type, this.#onFocus);
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
    const sign = getComputedStyle(this.#host).direction === 'rtl' ? 1 : -1;
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
    const focusEvent = event as FocusEvent;
    this.#focus = focusEvent.type === 'focusin';
    this.#apply();
    // Bring the focused headline into view: the track moves by transform, so the browser cannot scroll to it.
    const item = (focusEvent.composedPath()[0] as Element).closest?.('li');
    if (this.#focus && item && this.#animation) {
      this.#animation.currentTime = (Math.max(0, item.offsetLeft - 16) / this.#speed) * 1000;
    }
  };
}
