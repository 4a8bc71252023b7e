import { css } from 'lit';

export const tagListStyles = css`
  :host {
    --_gap: var(--news-tag-list-gap, 0.5rem);
    --_tag-bg: var(--news-tag-list-bg, var(--news-tag-bg, transparent));
    --_tag-radius: var(--news-tag-list-radius, var(--news-tag-radius, 1em));
  }
  [part~='heading'] {
    font-size: 1em;
    font-weight: 700;
    margin: 0 0 var(--_gap);
  }
  ul,
  .bones {
    display: flex;
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .wrap {
    flex-wrap: wrap;
    /* A tag longer than the line breaks rather than widening the page. */
    overflow-wrap: anywhere;
  }
  /* The bar: one line, whatever the data holds, the heading first and the tags scrolling sideways in the
     width left (contain: even in a grid or flex item); tabbing to a tag scrolls it into view. */
  .row {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    /* Fills the base when a page makes it a flex container through ::part(base). */
    flex: 1;
    min-width: 0;
  }
  .row > [part~='heading'] {
    flex: none;
    margin: 0;
  }
  .bar {
    flex: 1;
    min-width: 0;
    contain: inline-size;
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline proximity;
    scrollbar-width: thin;
    padding-block: 4px;
    white-space: nowrap;
  }
  .bar > * {
    flex: none;
    scroll-snap-align: start;
  }
  [part~='tag'],
  .bone.tag {
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
  /* The placeholder is one line of tags, clipped where the width ends. A bone is a tag's box with a blank
     line of text in it: the height of a tag, whatever the font. */
  .bones.wrap {
    flex-wrap: nowrap;
    overflow: hidden;
  }
  .bone.tag {
    width: 6em;
    border-color: transparent;
    background: var(--_skeleton);
  }
  .bones > :nth-child(even) .bone {
    width: 4.5em;
  }
  .bones > :nth-child(3n) .bone {
    width: 8em;
  }
`;
