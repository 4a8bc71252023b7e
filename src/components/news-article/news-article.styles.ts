import { css } from 'lit';

export const newsArticleStyles = css`
  :host {
    --_title-size: var(--news-article-title-size, 1.75em);
    --_line: var(--news-article-line-height, 1.6);
    --_gap: var(--news-article-gap, 1rem);
  }
  article > * + *,
  footer > * + * {
    margin-block-start: var(--_gap);
  }
  header > * {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='category'] {
    color: var(--_accent);
    font-weight: 600;
  }
  [part~='title'] {
    font-size: var(--_title-size);
    line-height: 1.2;
    overflow-wrap: break-word;
  }
  [part~='summary'] {
    font-size: 1.125em;
    font-weight: 500;
  }
  figure {
    margin: 0;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  figcaption {
    margin-block-start: 0.4em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='credit'] {
    font-style: italic;
  }
  /* A dot on screen, a full stop for screen readers: caption and credit are read as two sentences. */
  [part~='caption'] + [part~='credit']::before {
    content: '· ' / '. ';
  }
  .body {
    line-height: var(--_line);
    overflow-wrap: break-word;
  }
  .body a,
  footer a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .body blockquote {
    margin: 1em 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  .body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .body th,
  .body td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
  }
  .body pre {
    overflow-x: auto;
  }
  [part~='tags'],
  .figures {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_gap);
  }
  [part~='source'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='tags'],
  [part~='translations'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    font-size: 0.875em;
  }
  [part~='tag']::before {
    content: '#' / '';
  }
  [part~='translation'] + [part~='translation']::before {
    content: '· ' / '';
    display: inline-block;
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  .share {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  [part~='share'] {
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    padding: 0.25em 0.9em;
  }
  [part~='share-status'] {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  /* The placeholder mirrors the content's blocks, margins and font sizes (see above); each group of
     lines is a grid of lines one line box tall (.line, .lines in the shared styles). */
  .skeleton .head > * {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  .skeleton .meta {
    font-size: 0.875em;
  }
  .skeleton .meta .line {
    width: 12em;
  }
  .skeleton .title {
    font-size: var(--_title-size);
    line-height: 1.2;
  }
  .skeleton .summary {
    font-size: 1.125em;
  }
  .bone.photo {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
  }
  .skeleton .caption {
    margin-block-start: 0.4em;
    font-size: 0.875em;
  }
  /* .body above gives it the body's line height. */
  .skeleton .body {
    margin-block-start: var(--_gap);
  }
  .skeleton .paragraph + .paragraph {
    margin-block-start: 1em;
  }
  .line.short {
    width: 60%;
  }
  .caption .line {
    width: 45%;
  }
`;
