// Tags of the wire format: `{ title?, tags: [...] }`, a bare array of tags, or an article (its `tags`;
// an article without tags has none to show). A bad tag is left out and reported; the rest render.
import type { output } from 'zod/mini';
import { parseWithBase, record, tag, text } from './common.js';
import type { Tag } from './common.js';
import { containerFields, validateList } from './feed.js';
import type { Validated } from './feed.js';
import { isArticle, listOrNone } from './photos.js';

/** A tag list's own field: its heading ("Trending"). */
export const tagsFields = record({ title: text });

/** A validated tag list. `title` is the list's heading, when the data has one. */
export type Tags = output<typeof tagsFields> & { tags: Tag[] };

/** Validates a tags list (already extracted from its container) against the URL base in force. */
export const validateTags = (list: readonly unknown[], warnings: string[], name = 'tags'): Tag[] =>
  validateList(list, tag, name, warnings, 'name');

/** Validates tags JSON fetched from `base`: `{ title?, tags }`, a bare array, or an article. */
export function parseTags(data: unknown, base?: string): Validated<Tags> {
  return parseWithBase(base, () => {
    const list = listOrNone(data, 'tags', 'tags', 'a tags object');
    const warnings: string[] = [];
    // An article's title is its headline, not a heading for its tags.
    const fields = isArticle(data) ? {} : containerFields(tagsFields, data, warnings);
    return { value: { title: undefined, ...fields, tags: validateTags(list, warnings) }, warnings };
  });
}
