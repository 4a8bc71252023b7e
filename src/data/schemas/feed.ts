// The Feed of the wire format: `{ title?, url?, items: [...], next? }`, or a bare array of items.
// Items are validated one by one, so one bad item is left out and reported instead of sinking the feed.
import { optional } from 'zod/mini';
import type { output } from 'zod/mini';
import { NewsError } from '../errors.js';
import {
  category,
  date,
  id,
  image,
  media,
  parseWithBase,
  record,
  requiredText,
  text,
  url,
} from './common.js';
import { at, check, isRecord, kindOf, own, sameAs } from './validate.js';
import type { Checked, Schema } from './validate.js';

/** The fields of one headline; an article has these and more. */
export const itemFields = {
  id,
  url,
  lang: text,
  title: requiredText,
  summary: text,
  publishedAt: date,
  updatedAt: optional(date),
  category: optional(category),
  source: text,
  media,
  image: optional(image),
};

/** One headline. */
export const feedItem = record(itemFields);

/** One headline, as the elements see it after validation. */
export type FeedItem = output<typeof feedItem>;

/** The feed's own fields: `url` is the "All news" link; `next` pages older items. */
export const feedFields = record({ title: text, url, next: url });

/** A validated feed. */
export type Feed = output<typeof feedFields> & { items: FeedItem[] };

/** The result of validating a response: the usable data and what was left out, in plain words. */
export interface Validated<T> {
  value: T;
  warnings: string[];
}

/**
 * The list in `data`: `data` itself when it is an array, else its own `key` field. Anything else is a
 * response of the wrong shape: a `NewsError` of kind `invalid` says what was expected, e.g. "an array of
 * photos" (`noun`) or "a gallery object" (`container`).
 */
export function listIn(data: unknown, key: string, noun: string, container: string): unknown[] {
  const list = Array.isArray(data) ? data : own(data, key);
  if (Array.isArray(list)) return list;
  throw new NewsError(
    'invalid',
    isRecord(data)
      ? `${key}: expected an array of ${noun}`
      : `Expected ${container} or an array of ${noun}, got ${kindOf(data)}.`,
  );
}

/**
 * The container's own fields (`title`, `url`...) when `data` is an object, with what was left out of
 * them added to `warnings`; none for a bare array.
 */
export function containerFields<T>(schema: Schema<T>, data: unknown, warnings: string[]): Partial<T> {
  if (!isRecord(data)) return {};
  const result = check(schema, data);
  warnings.push(...result.notes, ...result.issues);
  return result.value ?? {};
}

/**
 * Valid entries of the last parse, and the base URL they were resolved against: a refresh brings back
 * mostly the same items, and validating them again (URLs, dates) was most of a refresh's cost. By the
 * data's own key field (`id`): the result of `check`, with the copy of the entry it validated. Entries
 * that drew a warning are not kept, so that every parse reports them.
 */
export interface ListMemo<T> {
  base?: string;
  entries: Map<unknown, Checked<T>>;
}

/**
 * Validates a list leniently: each entry that fails `schema` is dropped with a warning; entries whose
 * `keyField` repeats an earlier entry's are dropped too. What was left out of kept entries is warned about.
 * With a `memo`, an entry that is what a valid entry with its key was in the last parse (the same fields
 * and values: `sameAs`) gets that entry's result (the same object) without being validated again.
 */
export function validateList<T>(
  list: readonly unknown[],
  schema: Schema<T>,
  name: string,
  warnings: string[],
  keyField?: 'id' | 'name',
  memo?: ListMemo<T>,
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  const previous = memo?.entries;
  if (memo) memo.entries = new Map();
  for (let index = 0; index < list.length; index++) {
    const entry = list[index];
    const path = at(name, index);
    let result: Checked<T> | undefined;
    let key: unknown;
    if (memo) {
      try {
        key = own(entry, keyField ?? 'id');
        const known = previous!.get(key);
        if (known && sameAs(entry, known.copy)) result = known;
      } catch {
        // Data that cannot be read is validated, which says so.
      }
    }
    result ??= check(schema, entry, path);
    warnings.push(...result.issues, ...result.notes);
    if (result.value === undefined) continue;
    // A copy comes with a value that drew no notes.
    if (memo && result.copy) memo.entries.set(key, result);
    const k = keyField && (result.value as Record<string, string>)[keyField];
    if (k) {
      if (seen.has(k)) {
        warnings.push(`${at(path, keyField)}: repeats the ${keyField} "${k}" of an earlier entry`);
        continue;
      }
      seen.add(k);
    }
    kept.push(result.value);
  }
  return kept;
}

/**
 * Validates feed JSON fetched from `base`. Throws a `NewsError` of kind `invalid` if its shape is wrong.
 * `memo` (one per feed shown) spares a refresh validating the items it validated last time.
 */
export function parseFeed(data: unknown, base?: string, memo?: ListMemo<FeedItem>): Validated<Feed> {
  if (memo && memo.base !== base) {
    memo.base = base;
    memo.entries.clear();
  }
  return parseWithBase(base, () => {
    const warnings: string[] = [];
    const list = listIn(data, 'items', 'news items', 'a feed object');
    // Feed-level fields are a nicety: a bad one is left out with a note, never fatal.
    const fields = containerFields(feedFields, data, warnings);
    const items = validateList(list, feedItem, 'items', warnings, 'id', memo);
    return { value: { ...fields, items }, warnings };
  });
}
