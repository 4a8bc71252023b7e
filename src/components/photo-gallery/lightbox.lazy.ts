// The gallery's side of its lightbox, which loads lazily, with import(), so that bundles split lightbox.ts
// into a file of its own, out of the way of the gallery's first render: it is fetched once the photos
// show (openLinked), or as soon as a gallery with `deep-link` connects to a page whose URL has
// `?photo=N`. A photo asked for while it loads (a click, `show()`, the deep link) opens when it arrives;
// `close()` meanwhile forgets it. A failed import is reported in the console, and the next photo opened
// tries again. The classic CDN file, one script by definition, swaps this module for
// lightbox.lazy-inline.ts (scripts/build.js): there the lightbox is made with the gallery, as before.
import { nothing } from 'lit';
import type { ReactiveController } from 'lit';
import type { Photo } from '../../data/schemas/photos.js';
import { claim, linkedPhoto, release } from './deep-link.js';
import type { Lightbox, LightboxHost } from './lightbox.js';

/** Once loaded, for every gallery on the page: the next ones make their lightbox at once. */
let Loaded: typeof Lightbox | undefined;

export class LazyLightbox implements ReactiveController {
  readonly #host: LightboxHost;
  readonly #photos: () => Photo[] | undefined;
  readonly #image: (photo: Photo) => unknown;
  #lightbox?: Lightbox;
  #loading?: Promise<void>;
  /** What to do once the lightbox is there: open the photo asked for. */
  #pending?: (lightbox: Lightbox) => void;

  constructor(host: LightboxHost, photos: () => Photo[] | undefined, image: (photo: Photo) => unknown) {
    this.#host = host;
    this.#photos = photos;
    this.#image = image;
    host.addController(this);
    if (Loaded) this.#make(Loaded);
  }

  #make(Lightbox: typeof Loaded & {}): void {
    this.#lightbox ??= new Lightbox(this.#host, this.#photos, this.#image);
  }

  hostConnected(): void {
    if (this.#lightbox) return;
    // Claimed now, not when the lightbox arrives: the first gallery connected with deep-link owns it.
    if (claim(this.#host) && linkedPhoto()) void this.#load();
  }

  hostDisconnected(): void {
    // The lightbox, once there, gives the parameter up itself (after closing).
    queueMicrotask(() => this.#lightbox || this.#host.isConnected || release(this.#host));
  }

  /** Starts loading the lightbox (a no-op once it is loading or there). */
  #load(): Promise<void> {
    return (this.#loading ??= import('./lightbox.js').then(
      ({ Lightbox }) => {
        Loaded = Lightbox;
        this.#make(Lightbox);
        this.#host.requestUpdate();
        // Rendered, so that its dialog is there to open.
        return this.#host.updateComplete.then(() => {
          const pending = this.#pending;
          this.#pending = undefined;
          pending?.(this.#lightbox!);
        });
      },
      (error: unknown) => {
        this.#loading = this.#pending = undefined;
        console.error('<photo-gallery>: the lightbox failed to load.', error);
      },
    ));
  }

  /** Opens the photo at `index` now, or once the lightbox has loaded. */
  open(index: number, opener?: HTMLElement): void {
    this.#run((lightbox) => lightbox.open(index, opener));
  }

  /**
   * After the first render: loads the lightbox, and opens the photo of `?photo=N` when this gallery owns
   * the parameter.
   */
  openLinked(): void {
    this.#run((lightbox) => lightbox.openLinked());
  }

  close(): void {
    this.#pending = undefined;
    this.#lightbox?.close();
  }

  #run(action: (lightbox: Lightbox) => void) {
    if (this.#lightbox) return action(this.#lightbox);
    this.#pending = action;
    void this.#load();
  }

  render(photos: Photo[], label: string): unknown {
    return this.#lightbox ? this.#lightbox.render(photos, label) : nothing;
  }
}
