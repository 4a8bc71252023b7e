// The Feed of the wire format: `{ title?, url?, items: [...], next? }`, or a bare array of items.
// Items are validated one by one, so one bad item is left out and reported instead of sinking the feed.
import { NewsError } from '../errors.js';
import { safeUrl } from '../url.js';
import { at, check, isRecord, kindOf, maybe, object, own, report } from './check.js';
import type { Field } from './check.js';
import { category, date, id, image, media, parseWithBase, requiredText, text, url } from './common.js';
import type { Category, Image } from './common.js';

/** One headline, as the elements see it after validation. */
export interface FeedItem {
  id: string;
  url?: string;
  lang?: string;
  title: string;
  summary?: string;
  publishedAt: string;
  updatedAt?: string;
  category?: Category;
  source?: string;
  media?: 'photo' | 'video';
  image?: Image;
}

export const feedItem = object<FeedItem>({
  id,
  url,
  lang: text,
  title: requiredText,
  summary: text,
  publishedAt: date,
  updatedAt: maybe(date),
  category: maybe(category),
  source: text,
  media,
  image: maybe(image),
});

/** A validated feed. `url` is the "All news" link; `next` pages older items. */
export interface Feed {
  title?: string;
  url?: string;
  next?: string;
  items: FeedItem[];
}

/** The result of validating a response: the usable data and what was left out, in plain words. */
export interface Validated<T> {
  value: T;
  warnings: string[];
}

/** A container's optional text field: a bad one is dropped, never fatal. */
export const looseText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

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
 * Valid entries of the last parse by their JSON text, and the base URL they were resolved against: a
 * refresh brings back mostly the same items, and validating them again (URLs, dates) was most of a
 * refresh's cost. Entries that drew a warning are not kept, so that every parse reports them.
 */
export interface ListMemo<T> {
  base?: string;
  entries: Map<string, T>;
}

/** The JSON text of `entry`, or `undefined` when it has none (a cycle, a BigInt, a throwing getter). */
function jsonOf(entry: unknown): string | undefined {
  try {
    return JSON.stringify(entry);
  } catch {
    return undefined;
  }
}

/**
 * Validates a list leniently: each entry that fails `field` is dropped with a warning; entries whose
 * `keyField` repeats an earlier entry's are dropped too. What was left out of kept entries is warned about.
 * With a `memo`, an entry whose JSON is what a valid entry's was in the last parse gets that entry's
 * result (the same object) without being validated again.
 */
export function validateList<T>(
  list: readonly unknown[],
  field: Field<T>,
  name: string,
  warnings: string[],
  keyField?: 'id' | 'name',
  memo?: ListMemo<T>,
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  const previous = memo?.entries;
  if (memo) memo.entries = new Map();
  list.forEach((entry, index) => {
    const path = at(name, index);
    const json = memo && jsonOf(entry);
    const known = json === undefined ? undefined : previous!.get(json);
    const result = known ? { value: known, issues: [], notes: [] } : check(field, entry, path);
    if (result.issues.length) {
      warnings.push(...result.issues);
      return;
    }
    warnings.push(...result.notes);
    if (json !== undefined && !result.notes.length) memo!.entries.set(json, result.value);
    const k = keyField && (result.value as Record<string, string>)[keyField];
    if (k) {
      if (seen.has(k)) {
        report(warnings, at(path, keyField), `repeats the ${keyField} "${k}" of an earlier entry`);
        return;
      }
      seen.add(k);
    }
    kept.push(result.value);
  });
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
    // Feed-level fields are a nicety: a bad one is dropped, never fatal.
    const fields = isRecord(data)
      ? {
          title: looseText(own(data, 'title')),
          url: safeUrl(own(data, 'url'), base),
          next: safeUrl(own(data, 'next'), base),
        }
      : {};
    const items = validateList(list, feedItem, 'items', warnings, 'id', memo);
    return { value: { ...fields, items }, warnings };
  });
}
