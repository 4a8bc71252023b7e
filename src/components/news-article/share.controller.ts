// The share button of <news-article>: the system share sheet where there is one, else copying the link,
// with a status line that says what happened for five seconds and is gone once the article leaves the page.
import { html } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { pick } from '../../internal/i18n.js';
import { strings } from './news-article.strings.js';

export class ShareController implements ReactiveController {
  readonly #host: ReactiveElement & { readonly locale: string };
  /** What the status line says: "Link copied", or that copying failed. */
  #status = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement & { readonly locale: string }) {
    this.#host = host;
    host.addController(this);
  }

  /** The status of an earlier visit is old news when the article comes back (or moves). */
  hostDisconnected(): void {
    this.clear();
  }

  /** Empties the status line (a new article, or the element left the page). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#set('');
  }

  #set(status: string) {
    this.#status = status;
    this.#host.requestUpdate();
  }

  #share = async (title: string, url: string) => {
    const s = pick(strings, this.#host.locale, 'news-article');
    const data = { title, url };
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
    this.clear();
    await this.#host.updateComplete;
    try {
      await navigator.clipboard.writeText(url);
      this.#set(s.copied);
    } catch {
      this.#set(`${s.copyFailed}: ${url}`);
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#set(''), 5000);
  };

  render(title: string, url: string): TemplateResult {
    const s = pick(strings, this.#host.locale, 'news-article');
    return html`<p class="share">
      <button part="share" type="button" @click=${() => this.#share(title, url)}>${s.share}</button>
      <span part="share-status" role="status">${this.#status}</span>
    </p>`;
  }
}
