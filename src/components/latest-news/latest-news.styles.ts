import { css } from 'lit';

export const latestNewsStyles = css`
  :host {
    --_gap: var(--news-latest-news-gap, 0.75rem);
    --_time: var(--news-latest-news-time-color, var(--_accent));
    --_thumb: var(--news-latest-news-thumbnail-size, 4.5rem);
    --_ticker-bg: var(--news-latest-news-ticker-bg, var(--news-ticker-bg, var(--_bg)));
  }
  [part~='heading'] {
    font-size: 1.25em;
    margin: 0 0 var(--_gap);
    text-align: start;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list > li,
  .skeleton > li {
    display: grid;
    /* A word longer than the line (a long Russian or German compound) breaks rather than widening the page. */
    overflow-wrap: anywhere;
    padding-block: var(--_gap);
    border-block-end: 1px solid var(--_border);
    min-height: 5.5em;
  }
  .list > li {
    grid-template-columns: auto 1fr;
    grid-template-areas: 'time badge' 'title title' 'category category';
    justify-items: start;
    gap: 0.15em 0.5em;
  }
  .list > li.thumb {
    grid-template-columns: var(--_thumb) auto 1fr;
    grid-template-areas: 'thumb time badge' 'thumb title title' 'thumb category category';
    column-gap: var(--_gap);
  }
  [part~='time'] {
    grid-area: time;
    color: var(--_time);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part~='badge'] {
    grid-area: badge;
    font-size: 0.75em;
    padding: 0 0.5em;
    border-radius: 1em;
    border: 1px solid var(--_border);
    color: var(--_muted);
    align-self: center;
  }
  [part~='title'] {
    grid-area: title;
    font-weight: 500;
  }
  [part~='category'] {
    grid-area: category;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='thumbnail'] {
    grid-area: thumb;
    width: var(--_thumb);
    height: var(--_thumb);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  [part~='new'] {
    animation: flash 4s ease-out;
  }
  @keyframes flash {
    from {
      background: var(--_highlight);
    }
  }
  [part~='more'] {
    display: inline-block;
    margin-block-start: var(--_gap);
    color: var(--_accent);
    font-weight: 600;
  }
  [part~='new-button'],
  [part~='load-more'] {
    display: block;
    width: 100%;
    margin-block-end: var(--_gap);
    padding: 0.4em;
    /* Transparent, but drawn in forced colors, where the background is not: the button keeps its outline. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--news-color-on-accent, #fff);
    font-weight: 600;
  }
  /* White or black, whichever reads on the accent in force: the dark scheme's light accent (white on it
     is 2.1:1) or a page's own. Tested as written: a browser that cannot would show no color at all. */
  @supports (color: oklch(from light-dark(red, red) l c h)) {
    [part~='new-button'],
    [part~='load-more'] {
      color: var(--news-color-on-accent, oklch(from var(--_accent) clamp(0, (0.57 - l) * 1000, 1) 0 0));
    }
  }
  [part~='load-more'] {
    margin-block: var(--_gap) 0;
  }
  [part~='load-more'][aria-busy] {
    opacity: 0.6;
  }
  /* The placeholder, row for row the content's box: the row's padding, border, gaps and minimum
     height, and one line box per line of text in its font size (.line in the shared styles). */
  .lines.heading {
    font-size: 1.25em;
    margin-block-end: var(--_gap);
  }
  .heading .line {
    width: 40%;
  }
  .skeleton > li {
    align-content: start;
    gap: 0.15em var(--_gap);
  }
  .skeleton > li.thumb {
    grid-template-columns: var(--_thumb) 1fr;
  }
  .skeleton > li.thumb > :not(.thumbnail) {
    grid-column: 2;
  }
  .bone.thumbnail {
    grid-row: 1 / span 3;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: var(--_radius);
  }
  .line.time {
    width: 3em;
  }
  .line.short {
    width: 65%;
  }
  .line.category {
    width: 6em;
    font-size: 0.875em;
  }
  .lines.more {
    margin-block-start: var(--_gap);
  }
  .more .line {
    width: 5em;
  }
  .bone.wide {
    flex: 1;
    height: 1em;
  }

  /* Ticker */
  [part~='ticker'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    background: var(--_ticker-bg);
    min-height: 2.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='new'] {
      animation: none;
      background: var(--_highlight);
    }
  }
`;
