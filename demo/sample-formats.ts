// The sample endpoint's news in the formats publishers already serve: the WordPress REST API v2, RSS 2.0,
// JSON Feed 1.1 and Atom 1.0. Every document here is made from the same builders as the native routes
// (buildFeed, buildArticle, buildTrendingTags in ./sample-endpoint.ts), so at one tick each format holds
// the same headlines, instants and links as `/api/latest`; the format readers (src/data/formats/) must
// turn each back into them, and test/e2e/demo-formats.e2e.js checks that they do.
//
//   /wp-json/wp/v2/posts?_embed            the feed as WordPress posts, 10 a page (`per_page`, `page`),
//                                           with `Link: <...>; rel="next"`, X-WP-Total, X-WP-TotalPages
//   /wp-json/wp/v2/posts/<id>?_embed       one post (the seed article has its body, photo and tags)
//   /wp-json/wp/v2/tags                    the trending tags as WordPress terms, most used first
//   /feeds/rss.xml                         RSS 2.0 (content:encoded, media:content, dc:creator, category)
//   /feeds/feed.json                       JSON Feed 1.1
//   /feeds/atom.xml                        Atom 1.0
//
// The shapes follow what real servers send (see test/fixtures/real-feeds/): WordPress titles with
// character references (`&#8211;`, `&#039;`, `&#038;`), `date_gmt` without an offset, `_embedded` only
// with `?_embed`; RSS dates in RFC 822 with a named zone (`GMT`). Pure functions of (origin, clock, URL);
// the HTTP side (ETag, Cache-Control, ?slow, ?fail) is sample-endpoint.ts's, as for the native routes.

import {
  buildArticle,
  buildFeed,
  buildTrendingTags,
  slugify,
  type SampleArticle,
  type SampleClock,
  type SampleFeed,
  type SampleFeedItem,
  type SampleImage,
} from './sample-endpoint.js';

/** A response of a format route; `headers` are added to the common ones. */
export interface FormatResponse {
  status: number;
  type: string;
  body: string;
  etag: boolean;
  headers?: Record<string, string | string[]>;
}

export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
export const JSON_FEED_TYPE = 'application/feed+json; charset=utf-8';
/** WordPress's own spelling. */
export const WP_JSON_TYPE = 'application/json; charset=UTF-8';

export const RSS_PATH = '/feeds/rss.xml';
export const ATOM_PATH = '/feeds/atom.xml';
export const JSON_FEED_PATH = '/feeds/feed.json';
export const WP_POSTS_PATH = '/wp-json/wp/v2/posts';
export const WP_TAGS_PATH = '/wp-json/wp/v2/tags';
/** WordPress's default `per_page`. */
export const WP_PER_PAGE = 10;

/** Whether a path is one of the format routes (the endpoint passes it here). */
export const isFormatPath = (pathname: string): boolean =>
  pathname.startsWith('/wp-json/') || pathname.startsWith('/feeds/');

/**
 * The CORS headers WordPress sends (rest_send_cors_headers and WP_REST_Server::serve_request): the
 * request's Origin reflected, with credentials, when there is one; always the exposed and allowed headers.
 */
export function wordPressCorsHeaders(requestOrigin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    'Access-Control-Allow-Headers':
      'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    Vary: 'Origin',
  };
  if (requestOrigin) {
    headers['Access-Control-Allow-Origin'] = requestOrigin;
    headers['Access-Control-Allow-Methods'] = 'OPTIONS, GET, POST, PUT, PATCH, DELETE';
    headers['Access-Control-Allow-Credentials'] = 'true';
  }
  return headers;
}

// ---------------------------------------------------------------------------------------------------------
// Shared pieces.

const ARTICLE_AUTHOR = 'Report';
/** Who "writes" the invented live headlines. */
const SAMPLE_AUTHOR = 'Sample desk';
const SAMPLE_PREFIX = 'Sample:';

const xmlEscape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** HTML as XML character data in a CDATA section (a `]]>` inside split across two sections). */
const cdata = (html: string): string => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/**
 * A title as WordPress renders `title.rendered`: the same characters, but `&`, quotes and dashes as
 * character references (esc_html's `&#039;`, WordPress's `&#038;`), so a reader must decode them once.
 */
export const wpRendered = (text: string): string =>
  text.replace(/[&<>"'–—…]/g, (c) =>
    c === '&' ? '&#038;' : c === "'" ? '&#039;' : `&#${c.codePointAt(0)};`,
  );

const htmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `2026-03-03T09:41:00` (UTC, no offset) from an RFC 3339 date-time: WordPress's `date_gmt`. */
const gmt = (iso: string): string => new Date(iso).toISOString().slice(0, 19);
/** The local wall time without the offset: WordPress's `date` (the site's zone is Asia/Baku). */
const local = (iso: string): string => iso.slice(0, 19);
/** RFC 822 (RFC 1123) with the named zone GMT: `Tue, 03 Mar 2026 09:41:00 GMT`. */
const rfc822 = (iso: string): string => new Date(iso).toUTCString();

const isSample = (item: SampleFeedItem): boolean => item.title.startsWith(SAMPLE_PREFIX);
const authorOf = (item: SampleFeedItem): string => (isSample(item) ? SAMPLE_AUTHOR : ARTICLE_AUTHOR);

/** What the feeds say of a headline that has no text: WordPress posts and JSON Feed items must have some. */
const placeholderText = (item: SampleFeedItem): string =>
  isSample(item)
    ? 'An invented headline: the demo’s sample endpoint adds one every 20 seconds, so that you can watch live updates.'
    : 'The seed page lists this headline; the sample endpoint has no text for it.';

interface Story {
  item: SampleFeedItem;
  /** The full article, for the one story that has one. */
  article?: SampleArticle;
  summary: string;
  body: string;
  tags: { name: string; url: string }[];
  photos: SampleImage[];
}

/** The seed article as a story: its own dates (as `/api/article/<id>` has them), body, tags and photos. */
const articleStory = (article: SampleArticle, item: SampleFeedItem = article): Story => ({
  item,
  article,
  summary: article.summary,
  body: article.body,
  tags: article.tags,
  photos: article.photos,
});

/**
 * The feed's items with what each format adds: a body, a summary, tags and photos. Dates are the feed's
 * (as `/api/latest` has them), also for the seed article, whose time moves with the live feed there.
 */
function stories(origin: string, clock: SampleClock): { feed: SampleFeed; stories: Story[] } {
  const feed = buildFeed(origin, clock);
  const article = buildArticle(origin);
  return {
    feed,
    stories: feed.items.map((item) => {
      if (item.id === article.id) return articleStory(article, item);
      const text = placeholderText(item);
      return {
        item,
        summary: text,
        body: `<p>${htmlEscape(text)}</p>`,
        tags: [],
        photos: item.image ? [item.image] : [],
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// WordPress REST API v2.

/** A stable number for a name (WordPress ids are numbers). */
const numericId = (key: string, base: number): number => {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) % 100_000;
  return base + hash;
};

interface WpTermShape {
  id: number;
  link: string;
  name: string;
  slug: string;
  taxonomy: 'category' | 'post_tag';
  _links: Record<string, { href: string }[]>;
}

const wpTerm = (
  origin: string,
  taxonomy: 'category' | 'post_tag',
  name: string,
  link: string,
): WpTermShape => {
  const id = numericId(`${taxonomy}:${name}`, taxonomy === 'category' ? 100 : 1000);
  const rest = taxonomy === 'category' ? 'categories' : 'tags';
  return {
    id,
    link,
    name: wpRendered(name),
    slug: slugify(name),
    taxonomy,
    _links: {
      self: [{ href: `${origin}/wp-json/wp/v2/${rest}/${id}` }],
      collection: [{ href: `${origin}/wp-json/wp/v2/${rest}` }],
    },
  };
};

/** `photo-1.svg` → `photo-1-640.svg`: the variants the sample images have. */
const variant = (src: string, width: number): string => src.replace(/\.svg$/, `-${width}.svg`);

/** The featured image as an attachment, with `media_details.sizes` as WordPress makes them. */
function wpMedia(origin: string, post: number, photo: SampleImage) {
  const id = post + 500_000;
  const file = new URL(photo.src).pathname.replace(/^\/media\//, '');
  const size = (width: number, height: number, source_url: string) => ({
    file: new URL(source_url).pathname.replace(/^\/media\//, ''),
    width,
    height,
    mime_type: 'image/svg+xml',
    source_url,
  });
  const sizes: Record<string, ReturnType<typeof size>> = {};
  // The sample photos have 320 and 640 variants (their srcset); thumbnails have only themselves.
  for (const [name, width] of [
    ['medium', 320],
    ['medium_large', 640],
  ] as const) {
    if (/\/media\/photo-\d+\.svg$/.test(photo.src))
      sizes[name] = size(width, Math.round((width * photo.height) / photo.width), variant(photo.src, width));
  }
  sizes.full = size(photo.width, photo.height, photo.src);
  return {
    id,
    date: '2026-03-03T13:30:00',
    slug: file.replace(/\.svg$/, ''),
    type: 'attachment',
    link: `${origin}/en/news/${file.replace(/\.svg$/, '')}/`,
    title: { rendered: file.replace(/\.svg$/, '') },
    author: 1,
    caption: { rendered: photo.caption ? `<p>${wpRendered(photo.caption)}</p>\n` : '' },
    alt_text: photo.alt,
    media_type: 'image',
    mime_type: 'image/svg+xml',
    media_details: { width: photo.width, height: photo.height, file: `2026/03/${file}`, sizes },
    source_url: photo.src,
    _links: { self: [{ href: `${origin}/wp-json/wp/v2/media/${id}` }] },
  };
}

/** One story as a WordPress post; `_embedded` only when the request asked for `_embed`. */
function wpPost(origin: string, story: Story, embed: boolean) {
  const { item } = story;
  const id = Number(item.id);
  const published = item.publishedAt;
  const modified = item.updatedAt ?? published;
  const category = wpTerm(origin, 'category', item.category.name, item.category.url);
  const tags = story.tags.map((tag) => wpTerm(origin, 'post_tag', tag.name, tag.url));
  const author = isSample(item) ? 2 : 1;
  const photo = story.article ? story.photos[0] : item.image;
  const media = photo && wpMedia(origin, id, photo);
  const self = `${origin}/wp-json/wp/v2/posts/${id}`;
  return {
    id,
    date: local(published),
    date_gmt: gmt(published),
    guid: { rendered: `${origin}/?p=${id}` },
    modified: local(toBaku(modified)),
    modified_gmt: gmt(modified),
    slug: new URL(item.url).pathname.split('/').filter(Boolean).pop(),
    status: 'publish',
    type: 'post',
    link: item.url,
    title: { rendered: wpRendered(item.title) },
    content: {
      rendered: `${story.body.replace(/<\/p>(?=<p>)/g, '</p>\n')}\n`,
      protected: false,
    },
    excerpt: { rendered: `<p>${wpRendered(story.summary)}</p>\n`, protected: false },
    author,
    featured_media: media?.id ?? 0,
    comment_status: 'closed',
    ping_status: 'closed',
    sticky: false,
    template: '',
    format: item.media === 'video' ? 'video' : item.media === 'photo' ? 'image' : 'standard',
    meta: [],
    categories: [category.id],
    tags: tags.map((tag) => tag.id),
    _links: {
      self: [{ href: self }],
      collection: [{ href: `${origin}${WP_POSTS_PATH}` }],
      author: [{ embeddable: true, href: `${origin}/wp-json/wp/v2/users/${author}` }],
      ...(media
        ? { 'wp:featuredmedia': [{ embeddable: true, href: `${origin}/wp-json/wp/v2/media/${media.id}` }] }
        : {}),
      'wp:term': [
        { taxonomy: 'category', embeddable: true, href: `${origin}/wp-json/wp/v2/categories?post=${id}` },
        { taxonomy: 'post_tag', embeddable: true, href: `${origin}/wp-json/wp/v2/tags?post=${id}` },
      ],
    },
    ...(embed
      ? {
          _embedded: {
            author: [
              {
                id: author,
                name: authorOf(item),
                url: '',
                description: '',
                link: `${origin}/en/authors/${slugify(authorOf(item))}/`,
                slug: slugify(authorOf(item)),
              },
            ],
            ...(media ? { 'wp:featuredmedia': [media] } : {}),
            'wp:term': [[category], tags],
          },
        }
      : {}),
  };
}

/** Baku wall time of any RFC 3339 instant (the seed's dates are in Baku time already). */
const toBaku = (iso: string): string =>
  `${new Date(Date.parse(iso) + 4 * 3600_000).toISOString().slice(0, 19)}+04:00`;

const wpError = (status: number, code: string, message: string): FormatResponse => ({
  status,
  type: WP_JSON_TYPE,
  body: JSON.stringify({ code, message, data: { status } }),
  etag: false,
});

/** A WordPress answer: compact JSON with `/` escaped, the API's discovery link, then any paging links. */
const wpJson = (
  origin: string,
  data: unknown,
  headers: Record<string, string> = {},
  links: string[] = [],
): FormatResponse => ({
  status: 200,
  type: WP_JSON_TYPE,
  body: JSON.stringify(data).replace(/\//g, '\\/'),
  etag: true,
  headers: {
    'X-Robots-Tag': 'noindex',
    Link: [`<${origin}/wp-json/>; rel="https://api.w.org/"`, ...links],
    ...headers,
  },
});

/** A query string with `page` set, keeping the rest as the client wrote it (`?_embed` stays bare). */
function withPage(search: URLSearchParams, page: number): string {
  const params = new URLSearchParams(search);
  params.set('page', String(page));
  return params.toString().replace(/=(?=&|$)/g, '');
}

function wpPosts(origin: string, clock: SampleClock, search: URLSearchParams): FormatResponse {
  const all = stories(origin, clock).stories;
  const perPage = Number(search.get('per_page') ?? WP_PER_PAGE);
  const page = Number(search.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
    return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): per_page');
  if (!Number.isInteger(page) || page < 1)
    return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): page');
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  if (page > totalPages)
    return wpError(
      400,
      'rest_post_invalid_page_number',
      'The page number requested is larger than the number of pages available.',
    );
  const embed = search.has('_embed');
  const posts = all.slice((page - 1) * perPage, page * perPage).map((story) => wpPost(origin, story, embed));
  const base = `${origin}${WP_POSTS_PATH}`;
  const links = [
    ...(page > 1 ? [`<${base}?${withPage(search, page - 1)}>; rel="prev"`] : []),
    ...(page < totalPages ? [`<${base}?${withPage(search, page + 1)}>; rel="next"`] : []),
  ];
  return wpJson(
    origin,
    posts,
    { 'X-WP-Total': String(all.length), 'X-WP-TotalPages': String(totalPages) },
    links.length ? [links.join(', ')] : [],
  );
}

function wpSinglePost(origin: string, clock: SampleClock, id: string, search: URLSearchParams) {
  const article = buildArticle(origin);
  // The seed article as /api/article/<id> has it; any other post as the feed has it.
  const story =
    id === article.id ? articleStory(article) : stories(origin, clock).stories.find((s) => s.item.id === id);
  if (!story) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
  return wpJson(origin, wpPost(origin, story, search.has('_embed')));
}

function wpTags(origin: string): FormatResponse {
  const { tags } = buildTrendingTags(origin);
  const terms = [...tags]
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
    .map((tag) => {
      const { _links, ...term } = wpTerm(origin, 'post_tag', tag.name, tag.url);
      return { ...term, count: tag.count ?? 0, description: '', meta: [], _links };
    });
  return wpJson(origin, terms, { 'X-WP-Total': String(terms.length), 'X-WP-TotalPages': '1' });
}

// ---------------------------------------------------------------------------------------------------------
// RSS 2.0, Atom 1.0, JSON Feed 1.1.

const FEED_DESCRIPTION = 'The newest headlines of the news-widgets demo’s sample endpoint.';

/** `<media:content>` for each photo, with its caption and credit. */
const mediaContent = (photos: readonly SampleImage[], indent: string): string =>
  photos
    .map(
      (photo) =>
        `${indent}<media:content url="${xmlEscape(photo.src)}" medium="image" type="image/svg+xml" width="${photo.width}" height="${photo.height}">` +
        (photo.caption
          ? `\n${indent}  <media:description>${xmlEscape(photo.caption)}</media:description>`
          : '') +
        (photo.credit ? `\n${indent}  <media:credit>${xmlEscape(photo.credit)}</media:credit>` : '') +
        `\n${indent}</media:content>\n`,
    )
    .join('');

export function buildRss(origin: string, clock: SampleClock): string {
  const { feed, stories: list } = stories(origin, clock);
  const newest = list[0]?.item.updatedAt ?? list[0]?.item.publishedAt;
  const items = list
    .map(({ item, summary, body, tags, photos }) => {
      const categories = [
        `      <category domain="${xmlEscape(item.category.url)}">${xmlEscape(item.category.name)}</category>\n`,
        ...tags.map(
          (tag) => `      <category domain="${xmlEscape(tag.url)}">${xmlEscape(tag.name)}</category>\n`,
        ),
      ].join('');
      return (
        `    <item>\n` +
        `      <title>${xmlEscape(item.title)}</title>\n` +
        `      <link>${xmlEscape(item.url)}</link>\n` +
        `      <guid isPermaLink="false">${xmlEscape(item.id)}</guid>\n` +
        `      <pubDate>${rfc822(item.publishedAt)}</pubDate>\n` +
        `      <dc:creator>${cdata(authorOf(item))}</dc:creator>\n` +
        categories +
        `      <description>${cdata(summary)}</description>\n` +
        `      <content:encoded>${cdata(body)}</content:encoded>\n` +
        mediaContent(photos, '      ') +
        `    </item>\n`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${xmlEscape(feed.title)}</title>
    <atom:link href="${xmlEscape(origin + RSS_PATH)}" rel="self" type="application/rss+xml" />
    <link>${xmlEscape(feed.url)}</link>
    <description>${xmlEscape(FEED_DESCRIPTION)}</description>
    <language>en</language>
${newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : ''}${items}  </channel>
</rss>
`;
}

export function buildAtom(origin: string, clock: SampleClock): string {
  const { feed, stories: list } = stories(origin, clock);
  const updated = list
    .map(({ item }) => item.updatedAt ?? item.publishedAt)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const entries = list
    .map(({ item, summary, body, tags, photos }) => {
      const categories = [item.category, ...tags]
        .map(
          (term) =>
            `    <category term="${xmlEscape(slugify(term.name))}" scheme="${xmlEscape(new URL('./', term.url).href)}" label="${xmlEscape(term.name)}" />\n`,
        )
        .join('');
      return (
        `  <entry>\n` +
        `    <id>${xmlEscape(item.url)}</id>\n` +
        `    <title type="text">${xmlEscape(item.title)}</title>\n` +
        `    <link rel="alternate" type="text/html" href="${xmlEscape(item.url)}" />\n` +
        `    <published>${item.publishedAt}</published>\n` +
        `    <updated>${item.updatedAt ?? item.publishedAt}</updated>\n` +
        `    <author><name>${xmlEscape(authorOf(item))}</name></author>\n` +
        categories +
        `    <summary type="text">${xmlEscape(summary)}</summary>\n` +
        `    <content type="html">${xmlEscape(body)}</content>\n` +
        mediaContent(photos, '    ') +
        `  </entry>\n`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">
  <title type="text">${xmlEscape(feed.title)}</title>
  <subtitle type="text">${xmlEscape(FEED_DESCRIPTION)}</subtitle>
  <id>${xmlEscape(feed.url)}</id>
  <link rel="alternate" type="text/html" href="${xmlEscape(feed.url)}" />
  <link rel="self" type="application/atom+xml" href="${xmlEscape(origin + ATOM_PATH)}" />
  <updated>${updated ?? '2026-03-03T14:34:00+04:00'}</updated>
${entries}</feed>
`;
}

export function buildJsonFeed(origin: string, clock: SampleClock) {
  const { feed, stories: list } = stories(origin, clock);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.url,
    feed_url: `${origin}${JSON_FEED_PATH}`,
    description: FEED_DESCRIPTION,
    language: 'en',
    authors: [{ name: ARTICLE_AUTHOR }],
    items: list.map(({ item, article, summary, body, tags, photos }) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: body,
      ...(article ? { summary } : {}),
      ...(photos[0] ? { image: photos[0].src } : {}),
      date_published: item.publishedAt,
      ...(item.updatedAt ? { date_modified: item.updatedAt } : {}),
      authors: [{ name: authorOf(item) }],
      tags: tags.length ? tags.map((tag) => tag.name) : [item.category.name],
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The routes.

/** The response for a GET of a format path (see the list at the top). */
export function formatResponse(
  pathname: string,
  search: string,
  origin: string,
  clock: SampleClock,
): FormatResponse {
  const params = new URLSearchParams(search);
  let answer: FormatResponse;
  if (pathname === RSS_PATH)
    answer = { status: 200, type: RSS_TYPE, body: buildRss(origin, clock), etag: true };
  else if (pathname === ATOM_PATH)
    answer = { status: 200, type: ATOM_TYPE, body: buildAtom(origin, clock), etag: true };
  else if (pathname === JSON_FEED_PATH)
    answer = {
      status: 200,
      type: JSON_FEED_TYPE,
      body: `${JSON.stringify(buildJsonFeed(origin, clock), null, 2)}\n`,
      etag: true,
    };
  else if (pathname === WP_POSTS_PATH || pathname === `${WP_POSTS_PATH}/`)
    answer = wpPosts(origin, clock, params);
  else if (pathname.startsWith(`${WP_POSTS_PATH}/`) && /^\d+$/.test(pathname.slice(WP_POSTS_PATH.length + 1)))
    answer = wpSinglePost(origin, clock, pathname.slice(WP_POSTS_PATH.length + 1), params);
  else if (pathname === WP_TAGS_PATH) answer = wpTags(origin);
  else if (pathname.startsWith('/wp-json/'))
    answer = wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
  else
    answer = {
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: `The sample endpoint has nothing at ${pathname}. Try ${RSS_PATH}, ${ATOM_PATH} or ${JSON_FEED_PATH}.\n`,
      etag: false,
    };
  return answer;
}
