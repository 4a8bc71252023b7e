// One item of a feed as an article: what <news-article> shows when its source is a feed (JSON Feed, RSS,
// Atom, WordPress posts), and whose categories <tag-list> shows. The readers keep each item's body, tags
// and photos, so the item is article-shaped as it is: `parseArticle(pickItem(feed, item))` validates it,
// and `parseTags` / `parsePhotos` given the same item read its tags and photos.

/** The items of a feed in the native format: `{ items }` or a bare array. */
const itemsOf = (feed: unknown): readonly unknown[] => {
  if (Array.isArray(feed)) return feed;
  const items =
    typeof feed === 'object' && feed !== null && Object.hasOwn(feed, 'items')
      ? (feed as { items: unknown }).items
      : undefined;
  return Array.isArray(items) ? items : [];
};

const field = (item: unknown, key: string): unknown =>
  typeof item === 'object' && item !== null && Object.hasOwn(item, key)
    ? (item as Record<string, unknown>)[key]
    : undefined;

/** A URL in one spelling (`HTTPS://Example.com/a` and `https://example.com/a` are one). */
const canonical = (value: string): string => {
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
};

/**
 * The item of `feed` whose `id` or `url` equals `item`, else (no `item`, or none matches) the newest by
 * `publishedAt` (the first of equals, in the feed's order); `undefined` for a feed without items.
 */
export function pickItem<T = Record<string, unknown>>(feed: unknown, item?: string | null): T | undefined {
  const items = itemsOf(feed).filter((entry) => typeof entry === 'object' && entry !== null);
  if (item) {
    const wanted = canonical(item);
    const found = items.find(
      (entry) =>
        String(field(entry, 'id') ?? '') === item ||
        (typeof field(entry, 'url') === 'string' && canonical(field(entry, 'url') as string) === wanted),
    );
    if (found) return found as T;
  }
  let newest: unknown;
  let newestTime = -Infinity;
  for (const entry of items) {
    // publishedAt is the normalised RFC 3339 of a reader or the native parser, never free text.
    const time = Date.parse(String(field(entry, 'publishedAt')));
    if (newest === undefined || time > newestTime) {
      newest = entry;
      newestTime = Number.isNaN(time) ? -Infinity : time;
    }
  }
  return newest as T | undefined;
}
