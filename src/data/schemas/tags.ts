// Tags of the wire format: `{ title?, tags: [...] }`, a bare array of tags, or an article (its `tags`).
// A bad tag is left out and reported; the rest render.
import { own } from './check.js';
import { parseWithBase, tag } from './common.js';
import type { Tag } from './common.js';
import { listIn, looseText, validateList } from './feed.js';
import type { Validated } from './feed.js';

/** A validated tag list. `title` is the list's heading ("Trending"), when the data has one. */
export interface Tags {
  title?: string;
  tags: Tag[];
}

/** Validates a tags list (already extracted from its container) against the URL base in force. */
export const validateTags = (list: readonly unknown[], warnings: string[], name = 'tags'): Tag[] =>
  validateList(list, tag, name, warnings, 'name');

/** Validates tags JSON fetched from `base`: `{ title?, tags }`, a bare array, or an article. */
export function parseTags(data: unknown, base?: string): Validated<Tags> {
  return parseWithBase(base, () => {
    const list = listIn(data, 'tags', 'tags', 'a tags object');
    const warnings: string[] = [];
    const tags = validateTags(list, warnings);
    // An article's title is its headline, not a heading for its tags.
    const title = own(data, 'publishedAt') === undefined ? looseText(own(data, 'title')) : undefined;
    return { value: { title, tags }, warnings };
  });
}
