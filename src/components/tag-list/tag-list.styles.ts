import { css } from 'lit';

export const tagListStyles = css`
  :host {
    --_gap: var(--news-tag-list-gap, 0.5rem);
    --_tag-bg: var(--news-tag-bg, transparent);
    --_tag-radius: var(--news-tag-radius, 1em);
  }
  [part~='heading'] {
    font-size: 1em;
    font-weight: 700;
    margin: 0 0 var(--_gap);
  }
  ul {
    display: flex;
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .wrap {
    flex-wrap: wrap;
  }
  /* One line that scrolls sideways, inside whatever width the page gives it (contain: even in a grid or
     flex item); tabbing to a tag scrolls it into view. */
  .bar {
    contain: inline-size;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
    scrollbar-width: thin;
    padding-block: 4px;
    white-space: nowrap;
  }
  .bar > li {
    flex: none;
    scroll-snap-align: start;
  }
  [part~='tag'] {
    display: inline-block;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_tag-radius);
    background: var(--_tag-bg);
    font-size: 0.875em;
  }
  a[part~='tag']:hover {
    border-color: var(--_accent);
    text-decoration: none;
  }
  [part~='count'] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .bones {
    display: flex;
    gap: var(--_gap);
  }
  .bone {
    display: inline-block;
    height: 1.75em;
    width: 5em;
  }
  .bone:nth-child(even) {
    width: 3.5em;
  }
`;
