// The body of <news-article>: the publisher's HTML, sanitised (the sanitiser is loaded once, with the
// first article that has a body) with the element's link settings and heading level, and kept as one
// element so that re-renders never rebuild it.
import { NewsError } from '../../data/errors.js';
import type { Article } from '../../data/schemas/article.js';
import { linkSettings } from '../../internal/links.js';
import { importSanitizer } from '../../sanitize/load.js';
import type { SanitizeOptions, Sanitizer } from '../../sanitize/sanitize-html.js';

let sanitizer: Promise<Sanitizer> | undefined;

/** The HTML sanitiser, loaded once, when the first article with a body arrives. */
export const loadSanitizer = (): Promise<Sanitizer> =>
  (sanitizer ??= importSanitizer().catch(() => {
    sanitizer = undefined;
    throw new NewsError('network', 'The HTML sanitiser that the article body needs could not be loaded.');
  }));

/** What the body needs of its article element. */
export interface BodyHost {
  linkTarget?: string;
  linkParams?: string;
}

export class ArticleBody {
  readonly #host: BodyHost;
  readonly #level: () => number;
  /** The sanitised body. */
  #el?: HTMLDivElement;
  /** What the body element holds: the article, and the settings it was sanitised with. */
  #of?: Article;
  #key?: string;
  /** Bodies sanitised before their article is shown, and the endpoint each article came from. */
  #ready = new WeakMap<Article, [string, DocumentFragment]>();
  #bases = new WeakMap<Article, string>();
  #sanitizer?: Sanitizer;

  constructor(host: BodyHost, level: () => number) {
    this.#host = host;
    this.#level = level;
  }

  /** Starts loading the sanitiser alongside the article instead of after it: most articles have a body. */
  warmUp(): void {
    if (!this.#sanitizer)
      void loadSanitizer().then(
        (loaded) => (this.#sanitizer = loaded),
        () => {},
      );
  }

  /** Sanitises `article`'s body before it is shown (loading the sanitiser first when needed). */
  prepare(article: Article, url: string | undefined): Promise<void> | void {
    this.#bases.set(article, url ?? document.baseURI);
    if (!article.body) return;
    if (this.#sanitizer) return this.#sanitize(article);
    return loadSanitizer().then((loaded) => {
      this.#sanitizer = loaded;
      this.#sanitize(article);
    });
  }

  /** The settings a body is sanitised with: they change its links and headings. */
  #options(article: Article): SanitizeOptions {
    const links = linkSettings(this.#host);
    const base = this.#bases.get(article) ?? document.baseURI;
    return {
      base,
      target: links.target,
      params: links.params,
      site: new URL(article.url ?? base).origin,
      headingLevel: this.#level(),
    };
  }

  /** Sanitises `article`'s body for the next render. Throws a `NewsError` when this page cannot parse it. */
  #sanitize(article: Article) {
    const options = this.#options(article);
    try {
      this.#ready.set(article, [
        JSON.stringify(options),
        this.#sanitizer!.sanitizeHtml(article.body!, options),
      ]);
    } catch (error) {
      throw new NewsError('invalid', `The article body could not be shown here: ${(error as Error).message}`);
    }
  }

  /** Before a render: puts `article`'s sanitised body in the body element, again when the settings changed. */
  update(article: Article | undefined): void {
    if (!article?.body || !this.#sanitizer) return;
    const key = JSON.stringify(this.#options(article));
    if (this.#of === article && this.#key === key) return;
    let ready = this.#ready.get(article);
    if (ready?.[0] !== key) {
      // The link settings or heading level changed since: sanitise again. It worked once for this
      // article; if it fails now, the body on screen stays.
      try {
        this.#sanitize(article);
      } catch {
        return;
      }
      ready = this.#ready.get(article)!;
    }
    this.#ready.delete(article);
    this.#el ??= Object.assign(document.createElement('div'), { className: 'body' });
    this.#el.setAttribute('part', 'body');
    // The article's language (the element's own words around it may be in another).
    if (article.lang) this.#el.lang = article.lang;
    else this.#el.removeAttribute('lang');
    this.#el.replaceChildren(ready[1]);
    this.#of = article;
    this.#key = key;
  }

  /** The body element to render. */
  get element(): HTMLDivElement | undefined {
    return this.#el;
  }
}
