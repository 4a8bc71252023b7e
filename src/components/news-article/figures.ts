// The parts of <news-article> that show photos and the source line: its figures, the gallery (a
// <photo-gallery> when one is registered, a list of figures when not) and "Source: Report". The article's
// language goes on these, its content; the element's own words keep the element's.
// role="list" on styled lists: Safari drops list semantics from lists with `list-style: none`.
/* eslint-disable lit-a11y/no-redundant-role */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Photo } from '../../data/schemas/photos.js';

/** The gallery's own load and error events stay inside the article: its `news-load` means the article loaded. */
const stopHere = (event: Event) => event.stopPropagation();

/** "Source: Report", the source's name (`#` in the words) in the article's language. */
export const source = (words: string, name: string, lang: unknown) => {
  // `#` or `#1`, as fill() reads them.
  const [before, after] = words.split(/#1?/);
  return html`${before}<span lang=${lang}>${name}</span>${after}`;
};

/** A photo with its caption and credit, in the article's language (`lead`: the first, loaded at once). */
export function figure(photo: Photo, lead: boolean, lang: string | undefined): TemplateResult {
  // The article's language: the alt text and the caption are the article's words.
  return html`<figure part=${lead ? 'figure lead' : 'figure'} lang=${lang ?? nothing}>
    <img
      part="image"
      src=${photo.src}
      srcset=${photo.srcset ?? nothing}
      sizes=${photo.srcset ? (photo.sizes ?? '(min-width: 50rem) 50rem, 100vw') : nothing}
      width=${photo.width ?? nothing}
      height=${photo.height ?? nothing}
      alt=${photo.alt ?? ''}
      loading=${lead ? 'eager' : 'lazy'}
      decoding="async"
    />
    ${
      photo.caption || photo.credit
        ? html`<figcaption>
            ${photo.caption ? html`<span part="caption">${photo.caption}</span>` : nothing}
            ${photo.credit ? html`<span part="credit">${photo.credit}</span>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/** The photos after the lead one, in `lang`, their times in `timeZone`. */
export function gallery(
  photos: Photo[],
  lang: string | undefined,
  timeZone: string | undefined,
): TemplateResult {
  // The gallery, when it is registered (news-article's define module does it); a list of figures if not.
  if (customElements.get('photo-gallery')) {
    // In the article's language, its words as well as its captions (its own `lang`).
    return html`<photo-gallery
      part="gallery"
      lang=${lang ?? nothing}
      exportparts="list: gallery-list, item: gallery-item, figure: gallery-figure, open: gallery-open, image: gallery-image, caption: gallery-caption, credit: gallery-credit, placeholder: gallery-placeholder, lightbox, lightbox-image, counter, close, previous, next"
      time-zone=${timeZone ?? nothing}
      .data=${photos}
      @news-load=${stopHere}
      @news-error=${stopHere}
    ></photo-gallery>`;
  }
  return html`<ul part="gallery" class="figures" role="list">
    ${photos.map((photo) => html`<li>${figure(photo, false, lang)}</li>`)}
  </ul>`;
}
