// Live updates for <latest-news refresh="N">: a poll every N seconds (at least MIN_REFRESH, ±20% jitter),
// backing off after failures, and none while the page is hidden: the poll that came due then waits for the
// page to be shown again.
import type { ReactiveController, ReactiveElement } from 'lit';

/** The shortest `refresh` honoured, in seconds: faster polling helps no reader and costs every server. */
export const MIN_REFRESH = 15;

type Host = ReactiveElement & { refresh: number; src?: string | null; data?: unknown };

export class PollController implements ReactiveController {
  #host: Host;
  /** Loads again, reusing a response another element got within `maxAge` ms. */
  #load: (maxAge: number) => void;
  #timer?: ReturnType<typeof setTimeout>;
  #failures = 0;
  #waitingForVisible = false;

  constructor(host: Host, load: (maxAge: number) => void) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#host.hasUpdated && this.#timer === undefined) this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** After a load: the next poll, when the element polls at all (`refresh`, `src` and no `data`). */
  schedule(): void {
    this.cancel();
    const host = this.#host;
    if (!(host.refresh > 0) || !host.src || host.data !== undefined || !host.isConnected) return;
    // Backoff after failures, capped at a day (setTimeout cannot wait much longer than 24 days).
    const seconds = Math.min(Math.max(MIN_REFRESH, host.refresh) * Math.min(2 ** this.#failures, 16), 86_400);
    // ±20% jitter, so that a million open pages never poll in the same second.
    this.#timer = setTimeout(this.#poll, seconds * 1000 * (0.8 + Math.random() * 0.4));
  }

  /** No poll until the next `schedule()`. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** A load ended: a failure doubles the wait before the next poll (up to 16 times), a success resets it. */
  loaded(ok: boolean): void {
    this.#failures = ok ? 0 : this.#failures + 1;
  }

  /**
   * A poll. Widgets on the same feed each poll on their own jittered clock; one that polls within half an
   * interval of another takes that response instead of asking the server again.
   */
  #pollNow() {
    this.#load(Math.max(MIN_REFRESH, this.#host.refresh) * 500);
  }

  #poll = () => {
    this.#timer = undefined;
    if (document.hidden) this.#waitingForVisible = true;
    else this.#pollNow();
  };

  #onVisibility = () => {
    if (!document.hidden && this.#waitingForVisible) {
      this.#waitingForVisible = false;
      this.#pollNow();
    }
  };
}
