import { css } from 'lit';

export const photoGalleryStyles = css`
  :host {
    --_gap: var(--news-photo-gallery-gap, 0.5rem);
    --_column: var(--news-photo-gallery-column, 10rem);
    --_strip: var(--news-photo-gallery-strip-height, 10rem);
    --_lightbox-bg: var(--news-photo-gallery-lightbox-bg, rgb(0 0 0 / 0.92));
    --_lightbox-color: var(--news-photo-gallery-lightbox-color, #fff);
  }
  [part~='heading'] {
    font-size: 1em;
    font-weight: 700;
    margin: 0 0 var(--_gap);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
    gap: var(--_gap);
    align-items: start;
  }
  /* contain: the row scrolls inside whatever width the page gives it, even in a grid or flex item. */
  .strip {
    contain: inline-size;
    display: flex;
    gap: var(--_gap);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline proximity;
    padding-block-end: 0.25em;
  }
  .strip > * {
    flex: none;
    scroll-snap-align: start;
  }
  figure {
    margin: 0;
  }
  .strip figure {
    width: min-content;
  }
  [part~='open'] {
    display: block;
    width: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_skeleton);
  }
  .strip [part~='open'] {
    width: auto;
    height: var(--_strip);
  }
  [part~='image'] {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  [part~='placeholder'] {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    padding: 0.5em;
    color: var(--_muted);
    font-size: 0.85em;
    text-align: center;
    overflow: hidden;
  }
  figcaption {
    margin-block-start: 0.35em;
    font-size: 0.875em;
  }
  [part~='caption'] {
    display: block;
  }
  [part~='credit'] {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* Nothing on screen, a full stop for screen readers: the caption and its credit are read as two
     sentences, not run together. */
  [part~='caption'] + [part~='credit']::before {
    content: '' / '. ';
  }
  /* The placeholder uses the list's grid or strip; its tiles mirror a figure: a 3:2 thumbnail, the
     caption's lines and the credit's, in their font sizes. */
  .tile {
    min-width: 0;
  }
  .strip .tile {
    width: min-content;
  }
  .bone.thumb {
    aspect-ratio: 3 / 2;
    border-radius: var(--_radius);
  }
  .strip .bone.thumb {
    height: var(--_strip);
  }
  .lines.caption {
    margin-block-start: 0.35em;
    font-size: 0.875em;
  }
  .line.short {
    width: 70%;
  }
  .line.credit {
    width: 45%;
    font-size: 0.85em;
  }

  /* Lightbox */
  dialog {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--_lightbox-bg);
    color: var(--_lightbox-color);
    overscroll-behavior: contain;
    /* The accent is too dark on the lightbox's black (2.9:1): its focus ring is drawn in the text color. */
    --_focus: var(--news-focus-ring, 2px solid var(--_lightbox-color));
  }
  dialog[open] {
    display: grid;
    grid-template: 'counter . close' auto 'previous stage next' minmax(0, 1fr) / auto 1fr auto;
    gap: var(--_space);
    align-items: center;
    animation: fade 0.2s ease-out;
  }
  dialog::backdrop {
    background: transparent;
  }
  @keyframes fade {
    from {
      opacity: 0;
    }
  }
  [part~='counter'] {
    grid-area: counter;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  [part~='close'] {
    grid-area: close;
  }
  [part~='previous'] {
    grid-area: previous;
  }
  [part~='next'] {
    grid-area: next;
  }
  [part~='close'],
  [part~='previous'],
  [part~='next'] {
    display: grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 1px solid currentColor;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.4);
  }
  :host(:dir(rtl)) [part~='previous'] svg,
  :host(:dir(rtl)) [part~='next'] svg {
    scale: -1 1;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .stage {
    grid-area: stage;
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    height: 100%;
    min-width: 0;
    touch-action: pan-y;
    user-select: none;
    transition: translate 0.2s ease-out;
  }
  [part~='lightbox-image'],
  .stage [part~='placeholder'] {
    width: 100%;
    height: 100%;
    object-fit: contain;
    color: inherit;
  }
  .stage figcaption {
    text-align: center;
  }
  .stage [part~='credit'] {
    color: inherit;
    opacity: 0.8;
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open] {
      animation: none;
    }
    .stage {
      transition: none;
    }
  }
`;
