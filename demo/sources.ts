// The sample endpoint's news in each format it serves (demo/sample-formats.ts), as the demo pages offer
// them: the native JSON routes, the WordPress REST API v2, RSS 2.0, JSON Feed 1.1 and Atom 1.0. A page
// picks a source and points each widget at what that source has for it: the feed, the seed article, its
// photos, the trending tags. The elements recognise the format by themselves (`format="auto"`), so only
// `src` changes, and `item` where one item of a feed is meant.

export type SourceId = 'native' | 'wordpress' | 'rss' | 'jsonfeed' | 'atom';

/** What a widget reads: its `src`, and the `item` that picks the seed article out of a feed. */
export interface Target {
  src: string;
  item?: string;
}

export interface Source {
  id: SourceId;
  /** The name on the page. */
  label: string;
  /** The element's `format` for it (`auto` recognises it all the same). */
  format: SourceId;
  /** The feed of latest news. */
  feed: Target;
  /** The seed article, for `<news-article>` and the tags and photos read from it. */
  article: Target;
  /** The article's photos, for a standalone `<photo-gallery>`. */
  photos: Target;
  /** The trending tags. Feeds have none: there, the seed article's tags. */
  trending: Target;
  /** Said on the pages where the source cannot give every widget what the native routes do. */
  note?: string;
}

export const ARTICLE_ID = '491283';
/**
 * The seed article's address on the "publisher's site": its `url` in every format (an RSS `link`, an Atom
 * `id` and `link`, a JSON Feed `url`), so `item` finds it in each. Absolute, as the feeds have it.
 */
export const articleUrl = (): string =>
  new URL('/en/military/azerbaijan-turkiye-discuss-expanding-defense-industry-cooperation', location.href)
    .href;

const FEED_NOTE =
  'A feed has no list of trending tags: the trending bar shows the seed article’s tags, picked from the feed with item.';

/** A feed format: every widget reads the one feed; the single-item ones pick the article with `item`. */
const feedSource = (id: SourceId, label: string, path: string): Source => {
  const article = { src: path, item: articleUrl() };
  return {
    id,
    label,
    format: id,
    feed: { src: path },
    article,
    photos: article,
    trending: article,
    note: FEED_NOTE,
  };
};

export const SOURCES: readonly Source[] = [
  {
    id: 'native',
    label: 'Native JSON',
    format: 'native',
    feed: { src: '/api/latest' },
    article: { src: `/api/article/${ARTICLE_ID}` },
    photos: { src: `/api/photos/${ARTICLE_ID}` },
    trending: { src: '/api/tags/trending' },
  },
  {
    id: 'wordpress',
    label: 'WordPress REST API',
    format: 'wordpress',
    feed: { src: '/wp-json/wp/v2/posts?_embed' },
    article: { src: `/wp-json/wp/v2/posts/${ARTICLE_ID}?_embed` },
    // A post has one photo: its featured image.
    photos: { src: `/wp-json/wp/v2/posts/${ARTICLE_ID}?_embed` },
    trending: { src: '/wp-json/wp/v2/tags' },
    note: 'A WordPress post has one photo, its featured image: the gallery shows that one.',
  },
  feedSource('rss', 'RSS 2.0', '/feeds/rss.xml'),
  feedSource('jsonfeed', 'JSON Feed', '/feeds/feed.json'),
  feedSource('atom', 'Atom', '/feeds/atom.xml'),
];

export const sourceById = (id: string): Source => SOURCES.find((source) => source.id === id) ?? SOURCES[0]!;

/** `src` with more query parameters (`?slow=3000`, `?fail=1`), kept after any it has (`?_embed`). */
export function withQuery(src: string, query: string | URLSearchParams): string {
  const extra = new URLSearchParams(query);
  if (![...extra.keys()].length) return src;
  const [path, search = ''] = src.split('?');
  // `?_embed` stays bare, as WordPress sites write it.
  const params = [search, extra.toString()].filter(Boolean).join('&');
  return `${path}?${params}`;
}

/** A `<select>`'s options for the sources, the current one selected. */
export function sourceOptions(select: HTMLSelectElement, current: SourceId = 'native'): void {
  select.replaceChildren(
    ...SOURCES.map((source) => {
      const option = document.createElement('option');
      option.value = source.id;
      option.textContent = source.label;
      option.selected = source.id === current;
      return option;
    }),
  );
}

/** Points `element` at `target` (and `query`, for ?slow and ?fail): `src`, and `item` set or removed. */
export function pointAt(element: Element, target: Target, query: string | URLSearchParams = ''): void {
  if (target.item) element.setAttribute('item', target.item);
  else element.removeAttribute('item');
  element.setAttribute('src', withQuery(target.src, query));
}
