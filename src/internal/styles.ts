// Shared theme tokens and state styles. Public `--news-*` tokens are read once into private `--_*`
// names here, so every element honours the same tokens and each default lives in one place.
//
// Dark defaults follow the page's `color-scheme` through light-dark(), not the reader's setting alone: a
// page that declares `color-scheme: light dark` gets dark widgets in dark mode, while a page that is
// always light keeps dark text on its light background (prefers-color-scheme made it light-on-white).
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_font: var(--news-font-family, inherit);
    --_size: var(--news-font-size, 1rem);
    --_text: var(--news-color-text, light-dark(#1b1c1f, #e8eaed));
    --_bg: var(--news-color-bg, transparent);
    --_muted: var(--news-color-muted, light-dark(#5c6066, #a8adb4));
    --_accent: var(--news-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_border: var(--news-color-border, light-dark(#dadce0, #3c4043));
    --_error: var(--news-color-error, light-dark(#b3261e, #f2b8b5));
    --_highlight: var(--news-color-highlight, light-dark(#fff3c4, #4a4010));
    --_skeleton: var(--news-color-skeleton, light-dark(#eceef1, #2d2f33));
    --_radius: var(--news-radius, 0.5rem);
    --_space: var(--news-space, 0.75rem);
    --_focus: var(--news-focus-ring, 2px solid var(--_accent));
    display: block;
    /* Visually hidden text (.vh) is absolutely positioned: it stays inside the widget, never in a
       scrolling box of the page. */
    position: relative;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='error'] {
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_error);
  }
  [part~='error'] p {
    margin: 0 0 0.5em;
  }
  [part~='retry'] {
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: none;
    padding: 0.25em 0.75em;
  }
  [part~='empty'] {
    color: var(--_muted);
    margin: 0;
    padding: var(--_space) 0;
  }
  [part~='stale'] {
    color: var(--_muted);
    font-size: 0.8em;
    margin: 0.5em 0 0;
  }
  /* Loading placeholders take the place the content will take, so nothing moves when it arrives. */
  .bone,
  .line::before {
    display: block;
    background: var(--_skeleton);
    border-radius: 0.25em;
  }
  /* A line of text: a box one line box tall (1lh, in the font size and line height of the text it stands
     for) with a bar across its middle, so n lines of them are exactly as tall as n lines of text. */
  .line {
    display: flex;
    align-items: center;
    height: 1lh;
  }
  .line::before {
    content: '';
    flex: 1;
    height: 0.8em;
  }
  /* A group of lines in one font size, stacked whatever its element. */
  .lines {
    display: grid;
  }
`;
