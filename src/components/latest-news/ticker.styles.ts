// The ticker's own rules: adopted by the TickerController when a ticker is made, so that they travel
// with it (news-widgets.js loads the ticker from a file of its own). The bar itself (part ticker) is in
// latest-news.styles.ts: the ticker's placeholder uses it before the ticker has loaded.
import { css } from 'lit';

export const tickerStyles = css`
  .viewport {
    flex: 1;
    overflow: hidden;
    min-width: 0;
  }
  .reduced .viewport {
    overflow-x: auto;
    scroll-snap-type: x proximity;
    scrollbar-width: thin;
  }
  .track {
    position: relative;
    display: flex;
    width: max-content;
    will-change: transform;
  }
  .track.still > ul + ul,
  .reduced .track > ul + ul {
    display: none;
  }
  .track > ul {
    display: flex;
    white-space: nowrap;
  }
  .track li {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    padding-inline-end: 2em;
    scroll-snap-align: start;
  }
  .track [part~='title'] {
    font-weight: 500;
  }
  [part~='pause'],
  [part~='previous'],
  [part~='next'] {
    flex: none;
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: none;
    padding: 0;
  }
  svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  :host(:dir(rtl)) :is([part~='previous'], [part~='next']) svg {
    transform: scaleX(-1);
  }
`;
