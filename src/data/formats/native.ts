// What the format readers make: the native format's JSON (shared/docs/wire-format.md), as an endpoint
// would serve it, and the warnings met on the way. The native parsers (src/data/schemas/) validate it
// afterwards like any response, so the same rules hold for every format.
//
// Feed items are checked here already, against the native item schema, so that a bad item is left out
// with the path of the item in the SOURCE (`items[3]` is the fourth <item> or entry, whichever the
// readers dropped before it): left to the native parser, the paths would count the items kept.
import { feedItem } from '../schemas/feed.js';
import { check } from '../schemas/validate.js';
import { readDate } from './dates.js';
import { htmlToText } from './text.js';

export interface NativeImage {
  src: string;
  srcset?: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface NativePhoto extends NativeImage {
  caption?: string;
  credit?: string;
}

export interface NativeTag {
  name: string;
  url?: string;
  count?: number;
}

/** A feed item, or an article: a feed item with its body, tags and photos. */
export interface NativeItem {
  id: string;
  url?: string;
  lang?: string;
  title: string;
  summary?: string;
  publishedAt: string;
  updatedAt?: string;
  category?: { name: string; url?: string };
  source?: string;
  media?: 'photo' | 'video';
  image?: NativeImage;
  body?: string;
  tags?: NativeTag[];
  photos?: NativePhoto[];
}

export interface NativeFeed {
  title?: string;
  url?: string;
  next?: string;
  items: NativeItem[];
}

export interface NativeTags {
  title?: string;
  tags: NativeTag[];
}

/** A source read into the native format: which document it is, the data, and what was left out. */
export type Reading =
  | { kind: 'feed'; data: NativeFeed; warnings: string[] }
  | { kind: 'article'; data: NativeItem; warnings: string[] }
  | { kind: 'tags'; data: NativeTags; warnings: string[] };

/** Where a reader is reading from: the URL (relative links resolve against it) and the response headers. */
export interface ReadContext {
  url: string;
  headers?: { get(name: string): string | null };
}

/** An item as a reader builds it: any field may still be missing. */
export type Draft = Partial<NativeItem>;

/**
 * The publication date of the item at `path` from the first of `candidates` (`[name in the source,
 * value]`) that reads. What could not be read, and guesses (no zone), are reported; `undefined` when
 * none reads, and then the item is left out with a warning naming the fields looked at.
 */
export function itemDate(
  path: string,
  candidates: readonly (readonly [string, string | undefined])[],
  warnings: string[],
  names = candidates.map(([name]) => name),
): string | undefined {
  const problems: string[] = [];
  for (const [name, value] of candidates) {
    if (!value) continue;
    const { date, note, error } = readDate(value);
    if (date) {
      warnings.push(...problems.map((problem) => `${problem} (left out)`));
      if (note) warnings.push(`${join(path, name)}: ${note}`);
      return date;
    }
    problems.push(`${join(path, name)}: ${error}`);
  }
  if (problems.length) warnings.push(...problems.map((problem) => `${problem}; the item is left out`));
  else warnings.push(`${path || 'the article'}: no date (${list(names)}) (left out)`);
  return undefined;
}

/** An optional date (`updatedAt`): read when it can be, else left out with a note. */
export function optionalDate(path: string, name: string, value: string | undefined, warnings: string[]) {
  if (!value) return undefined;
  const { date, note, error } = readDate(value);
  if (error) warnings.push(`${join(path, name)}: ${error} (left out)`);
  else if (note) warnings.push(`${join(path, name)}: ${note}`);
  return date;
}

/** `items[3].pubDate` from `items[3]` and `pubDate`; `pubDate` alone at the top. */
export const join = (path: string, name: string): string => (path ? `${path}.${name}` : name);

/** `a`, `a or b`, `a, b or c`. */
const list = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;

/** A title for an item that has none (a microblog post): the start of its text, cut at a word. */
export function titleFromText(html: string | undefined, length = 100): string | undefined {
  const text = html && htmlToText(html);
  if (!text) return undefined;
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : length).trimEnd()}…`;
}

/**
 * The feed's items, each checked against the native item schema at its path in the source. Items
 * without a date (`publishedAt` left unset: `itemDate` said why) and items that fail are left out with
 * a warning; so are items that repeat an earlier item's id.
 */
export class ItemList {
  readonly items: NativeItem[] = [];
  readonly #ids = new Set<string>();
  constructor(private readonly warnings: string[]) {}

  add(path: string, draft: Draft): void {
    if (!draft.publishedAt) return;
    if (!draft.title?.trim()) {
      this.warnings.push(`${path}: no title (left out)`);
      return;
    }
    const { value, issues, notes } = check(feedItem, draft, path);
    this.warnings.push(...issues, ...notes);
    if (!value) return;
    if (this.#ids.has(value.id)) {
      this.warnings.push(`${path}: repeats the id "${value.id}" of an earlier item (left out)`);
      return;
    }
    this.#ids.add(value.id);
    // The checked fields (URLs resolved, dates normalised) over the draft's, which keeps body, tags, photos.
    const item = { ...draft } as Record<string, unknown>;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) delete item[key];
      else item[key] = typeof field === 'object' && field !== null ? compact({ ...field }) : field;
    }
    this.items.push(item as unknown as NativeItem);
  }
}

/** `value` without its `undefined` fields and empty lists, so that a reader's JSON reads like an endpoint's. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    const field = value[key] as unknown;
    if (field === undefined || (Array.isArray(field) && !field.length && key !== 'items')) delete value[key];
  }
  return value;
}
