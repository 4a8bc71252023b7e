// The demo's sample endpoint: a Vite plugin that answers the wire-format routes from the seed page (a real
// agency page from 2026-03-03), so the demo runs offline. The data builders below are pure functions of
// (origin, clock), exported so a Node test or another dev server can reuse them without Vite.
//
// The feed is "live" without timers: every request works out how many 20-second ticks have passed since
// the server started and rebuilds the feed from that number, so equal ticks give byte-equal bodies (and
// equal ETags). Headlines added by ticks are invented and start with "Sample:" so nobody mistakes them
// for news.

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { formatResponse, isFormatPath, wordPressCorsHeaders } from './sample-formats.js';

// ---------------------------------------------------------------------------------------------------------
// Wire-format shapes, as this endpoint produces them (the schemas in src/data/schemas/ are the source of truth).

export interface SampleLink {
  name: string;
  url: string;
}

export interface SampleTag extends SampleLink {
  count?: number;
}

export interface SampleImage {
  src: string;
  srcset?: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface SampleFeedItem {
  id: string;
  url: string;
  title: string;
  publishedAt: string;
  updatedAt?: string;
  category: SampleLink;
  media?: 'photo' | 'video';
  image?: SampleImage;
}

export interface SampleFeed {
  title: string;
  url: string;
  items: SampleFeedItem[];
  /** The next page, with `?per-page=N`. */
  next?: string;
}

export interface SampleArticle extends SampleFeedItem {
  lang: string;
  summary: string;
  source: string;
  body: string;
  tags: SampleLink[];
  photos: SampleImage[];
  translations: { lang: string; title: string; url: string }[];
}

export interface SampleTags {
  title: string;
  tags: SampleTag[];
}

export interface SampleGallery {
  title: string;
  photos: SampleImage[];
}

/** When the feed is computed: the server's start and the current time, both in epoch milliseconds. */
export interface SampleClock {
  startedAt: number;
  now: number;
  /** Milliseconds between live updates. Default {@link SAMPLE_TICK_MS}. */
  tickMs?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Constants and small helpers.

/** Wall time between two live updates of the feed. */
export const SAMPLE_TICK_MS = 20_000;
/** The feed never holds more items than this; older ones drop off the end as new ones arrive. */
export const SAMPLE_FEED_SIZE = 15;
/** How old the newest seed headline is when the server starts. */
const SEED_NEWEST_AGE_MS = 3 * 60_000;
/** Asia/Baku has been UTC+4 all year since 2016. */
const BAKU_OFFSET_MS = 4 * 3600_000;

export const PHOTO_WIDTH = 1280;
export const PHOTO_HEIGHT = 853;
export const PHOTO_COUNT = 5;
/** Width of the smaller photo variant, and of the feed thumbnails. */
const SIZE_VARIANTS = [640, 320] as const;
const THUMB_WIDTH = 320;
const heightFor = (width: number): number => Math.round((width * PHOTO_HEIGHT) / PHOTO_WIDTH);

/** An ISO 8601 timestamp in Baku time with its offset, to the second: `2026-03-03T14:34:00+04:00`. */
export const toBakuIso = (epochMs: number): string =>
  `${new Date(Math.floor(epochMs / 1000) * 1000 + BAKU_OFFSET_MS).toISOString().slice(0, 19)}+04:00`;

/** A URL path segment from a headline or a name: `Yaşar Güler` → `yasar-guler`. */
export const slugify = (text: string): string =>
  text
    .replace(/[əƏ]/g, 'e')
    .replace(/[ıİ]/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A strong ETag for a response body (a hash of its bytes). */
export const strongEtag = (body: string | Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Whether an `If-None-Match` header matches an ETag (weak comparison, as RFC 9110 asks for this header). */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === '*' || candidate.replace(/^W\//, '') === bare);
};

const categoryLink = (origin: string, name: string): SampleLink => ({
  name,
  url: `${origin}/en/${slugify(name)}/`,
});

const tagLink = (origin: string, name: string): SampleLink => ({
  name,
  url: `${origin}/en/tags/${slugify(name)}/`,
});

// ---------------------------------------------------------------------------------------------------------
// The seed page.

const ARTICLE_ID = '491283';
const ARTICLE_TITLE = 'Azerbaijan, Türkiye discuss expanding defense industry cooperation';
const ARTICLE_CATEGORY = 'Military';
const ARTICLE_PATH = `/en/${slugify(ARTICLE_CATEGORY)}/${slugify(ARTICLE_TITLE)}`;
const ARTICLE_CREDIT = 'Ministry of Defence Industry';

const ARTICLE_PARAGRAPHS = [
  "A delegation led by Azerbaijan's Minister of Defense Industry Vugar Mustafayev is on an official visit to Ankara, Türkiye, Report informs, citing the ministry.",
  "As part of the visit, Minister Mustafayev held meetings with Türkiye's Minister of National Defense Yasar Guler, and Secretary of the Turkish Defense Industries Haluk Gorgun.",
  'The discussions focused on the current state and further development of cooperation between Azerbaijan and Türkiye in the defense industry, increasing mutual exchange of experience, and implementing new projects.',
  'The sides highlighted that strengthening cooperation is of great importance for the security and defense of the two brotherly countries. They also exchanged views on the application and development of modern technologies and defense systems.',
  'During the meetings, the parties discussed deepening collaboration in scientific exchange, joint training, and strategic projects in the defense industry.',
];

const ARTICLE_TAGS = [
  'Azerbaijan',
  'Turkiye',
  'Vugar Mustafayev',
  'Yaşar Güler',
  'Ministry of Defence Industry',
  'defense industry',
];

const ARTICLE_TRANSLATIONS = [
  {
    lang: 'az',
    title: 'Azərbaycan və Türkiyə müdafiə sənayesi əməkdaşlığının genişləndirilməsini müzakirə edib',
    path: '/az/herbi/azerbaycan-ve-turkiye-mudafie-senayesi-emekdasliginin-genislendirilmesini-muzakire-edib',
  },
  {
    lang: 'ru',
    title: 'Мустафаев и Гюлер обсудили расширение сотрудничества в сфере оборонпрома',
    path: '/ru/armiya/mustafaev-i-gyuler-obsudili-rasshirenie-sotrudnichestva-v-sfere-oboronproma',
  },
];

const TRENDING = [
  { name: 'Ilham Aliyev', count: 128 },
  { name: 'WUF13', count: 64 },
  { name: 'Airstrikes on Iran', count: 57 },
  { name: 'SGC', count: 23 },
  { name: 'Advisory Council', count: 12 },
];

interface SeedHeadline {
  id: string;
  /** Baku wall-clock time on the seed page. */
  time: string;
  title: string;
  category: string;
  media?: 'photo' | 'video';
}

/** The seed page's "Latest News" sidebar, newest first. The ids are made up except the article's. */
const SEED_LATEST: readonly SeedHeadline[] = [
  {
    id: '491290',
    time: '14:34',
    title: 'Iran strikes oil tanker off Oman coast, one killed',
    category: 'Other countries',
  },
  {
    id: '491289',
    time: '14:18',
    title: 'Ankara counting on renewable supplies to EU via Azerbaijan, Türkiye',
    category: 'Energy',
  },
  {
    id: '491288',
    time: '14:07',
    title: 'Turkish FM: Regional tensions may pose risks to energy supply security',
    category: 'Region',
  },
  {
    id: '491286',
    time: '13:51',
    title: 'CBA: AniPay mobile application and anipay.az to be suspended',
    category: 'Finance',
  },
  {
    id: '491284',
    time: '13:43',
    title: 'IAEA confirms damage to nuclear facility in Iran',
    category: 'Region',
  },
  { id: ARTICLE_ID, time: '13:41', title: ARTICLE_TITLE, category: ARTICLE_CATEGORY, media: 'photo' },
  {
    id: '491281',
    time: '13:39',
    title: "Goran Nikolovski: SGC holds central place in North Macedonia's gas supply strategy",
    category: 'Energy',
  },
  {
    id: '491279',
    time: '13:34',
    title: '89 people evacuated from Iran to Azerbaijan over past three hours',
    category: 'Foreign policy',
    media: 'photo',
  },
  {
    id: '491277',
    time: '13:25',
    title: 'Energy minister: Azerbaijan to commission four upstream projects in four years',
    category: 'Energy',
  },
];

interface SampleHeadline {
  title: string;
  /** The same story after an edit: shown when a later tick updates the item in place. */
  edited: string;
  category: string;
  media?: 'photo' | 'video';
}

/** Invented headlines for the live updates, used in turn. Longer than the feed, so no title repeats in it. */
const SAMPLE_POOL: readonly SampleHeadline[] = [
  {
    title: 'Sample: Baku to host regional energy efficiency forum in April',
    edited: 'Sample: Baku to host regional energy efficiency forum on 14–15 April',
    category: 'Energy',
  },
  {
    title: 'Sample: Azerbaijan, Georgia review progress on transit corridor',
    edited: 'Sample: Azerbaijan, Georgia review progress on transit corridor, agree on next round of talks',
    category: 'Region',
  },
  {
    title: 'Sample: Caspian port reports higher cargo volumes in February',
    edited: 'Sample: Caspian port reports 8% rise in cargo volumes in February',
    category: 'Business',
    media: 'photo',
  },
  {
    title: 'Sample: Solar plant in southern Azerbaijan connected to the grid',
    edited: 'Sample: Solar plant in southern Azerbaijan connected to the grid, operator confirms',
    category: 'Energy',
  },
  {
    title: 'Sample: Central Asian ministers meet on water management',
    edited: 'Sample: Central Asian ministers meet on water management, adopt joint statement',
    category: 'Region',
  },
  {
    title: 'Sample: Azerbaijani exporters to join trade fair in Central Europe',
    edited: 'Sample: Forty Azerbaijani exporters to join trade fair in Central Europe',
    category: 'Business',
  },
  {
    title: 'Sample: Baku metro extends evening service for spring season',
    edited: 'Sample: Baku metro extends evening service for spring season from Monday',
    category: 'Society',
    media: 'video',
  },
  {
    title: 'Sample: Regional customs agencies sign data-sharing memorandum',
    edited: 'Sample: Regional customs agencies sign data-sharing memorandum, effective from May',
    category: 'Foreign policy',
  },
  {
    title: 'Sample: Forecasters expect light rain in Baku over the weekend',
    edited: 'Sample: Forecasters expect light rain and cooler air in Baku over the weekend',
    category: 'Society',
  },
  {
    title: 'Sample: Offshore wind feasibility study enters second phase',
    edited: 'Sample: Offshore wind feasibility study enters second phase, results due in autumn',
    category: 'Energy',
    media: 'photo',
  },
  {
    title: 'Sample: Non-oil exports up year on year, statistics agency says',
    edited: 'Sample: Non-oil exports up 6% year on year, statistics agency says',
    category: 'Business',
  },
  {
    title: 'Sample: Universities launch joint Caspian climate research program',
    edited: 'Sample: Five universities launch joint Caspian climate research program',
    category: 'Science',
  },
  {
    title: 'Sample: Rail freight between Baku and Tbilisi increases',
    edited: 'Sample: Rail freight between Baku and Tbilisi increases for third month running',
    category: 'Region',
  },
  {
    title: 'Sample: Ganja hosts international youth chess tournament',
    edited: 'Sample: Ganja hosts international youth chess tournament with players from 20 countries',
    category: 'Sports',
    media: 'video',
  },
  {
    title: 'Sample: Gas transmission operator completes scheduled maintenance',
    edited: 'Sample: Gas transmission operator completes scheduled maintenance ahead of time',
    category: 'Energy',
  },
  {
    title: 'Sample: National library opens digital archive of historic newspapers',
    edited: 'Sample: National library opens digital archive of 19th-century newspapers',
    category: 'Society',
    media: 'photo',
  },
];

const clockMinutes = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** A feed thumbnail for an item: photo 1's small variant for the seed article, a generated one otherwise. */
const thumbnailFor = (origin: string, id: string): SampleImage =>
  id === ARTICLE_ID
    ? {
        src: `${origin}/media/photo-1-${THUMB_WIDTH}.svg`,
        alt: '',
        width: THUMB_WIDTH,
        height: heightFor(THUMB_WIDTH),
      }
    : { src: `${origin}/media/thumb-${id}.svg`, alt: '', width: THUMB_WIDTH, height: heightFor(THUMB_WIDTH) };

const withMedia = (
  origin: string,
  item: SampleFeedItem,
  media: 'photo' | 'video' | undefined,
): SampleFeedItem => (media ? { ...item, media, image: thumbnailFor(origin, item.id) } : item);

// ---------------------------------------------------------------------------------------------------------
// Data builders: pure functions of the origin (and, for the feed, the clock).

/** How many live updates have happened by `clock.now`. */
export const sampleTicks = ({ startedAt, now, tickMs = SAMPLE_TICK_MS }: SampleClock): number =>
  Math.max(0, Math.floor((now - startedAt) / tickMs));

/** The id of the item that tick `tick` (1, 2, ...) adds at the top of the feed. */
export const liveItemId = (tick: number): string => String(Number(SEED_LATEST[0]!.id) + tick);

/**
 * The "Latest News" feed at `clock.now`: the seed headlines, their times moved so that the newest is three
 * minutes older than the server, under one invented headline per tick. Every third tick also edits the
 * previous tick's headline in place (same id, new title, `updatedAt`).
 */
export function buildFeed(origin: string, clock: SampleClock): SampleFeed {
  const tickMs = clock.tickMs ?? SAMPLE_TICK_MS;
  const ticks = sampleTicks(clock);
  const items: SampleFeedItem[] = [];

  for (let tick = ticks; tick >= 1 && items.length < SAMPLE_FEED_SIZE; tick--) {
    const sample = SAMPLE_POOL[(tick - 1) % SAMPLE_POOL.length]!;
    const editedAtTick = tick + 1;
    const edited = editedAtTick % 3 === 0 && editedAtTick <= ticks;
    const category = categoryLink(origin, sample.category);
    const item: SampleFeedItem = {
      id: liveItemId(tick),
      url: `${origin}/en/${slugify(sample.category)}/${slugify(sample.title)}`,
      title: edited ? sample.edited : sample.title,
      publishedAt: toBakuIso(clock.startedAt + tick * tickMs),
      ...(edited ? { updatedAt: toBakuIso(clock.startedAt + editedAtTick * tickMs) } : {}),
      category,
    };
    items.push(withMedia(origin, item, sample.media));
  }

  const newestSeed = clockMinutes(SEED_LATEST[0]!.time);
  for (const seed of SEED_LATEST) {
    if (items.length >= SAMPLE_FEED_SIZE) break;
    const age = SEED_NEWEST_AGE_MS + (newestSeed - clockMinutes(seed.time)) * 60_000;
    const item: SampleFeedItem = {
      id: seed.id,
      url:
        seed.id === ARTICLE_ID
          ? `${origin}${ARTICLE_PATH}`
          : `${origin}/en/${slugify(seed.category)}/${slugify(seed.title)}`,
      title: seed.title,
      publishedAt: toBakuIso(clock.startedAt - age),
      category: categoryLink(origin, seed.category),
    };
    items.push(withMedia(origin, item, seed.media));
  }

  return { title: 'Latest News', url: `${origin}/en/news/`, items };
}

/**
 * The feed in pages, when asked for with `?per-page=N` (the demo's load-more): page `?page=K` (from 1)
 * has N items and, while more follow, a `next` URL to the page after it. Without `per-page`, the feed.
 */
function pagedFeed(feed: SampleFeed, params: URLSearchParams, origin: string): SampleFeed {
  const size = Math.floor(Number(params.get('per-page')));
  if (!(size > 0)) return feed;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const items = feed.items.slice((page - 1) * size, page * size);
  const more = page * size < feed.items.length;
  return {
    ...feed,
    items,
    ...(more ? { next: `${origin}/api/latest?per-page=${size}&page=${page + 1}` } : {}),
  };
}

/** The seed article's five photos, as generated SVGs with a 640w variant. */
export function buildPhotos(origin: string): SampleImage[] {
  return Array.from({ length: PHOTO_COUNT }, (_, i) => {
    const n = i + 1;
    const base = `${origin}/media/photo-${n}`;
    return {
      src: `${base}.svg`,
      srcset: `${base}-640.svg 640w, ${base}.svg ${PHOTO_WIDTH}w`,
      width: PHOTO_WIDTH,
      height: PHOTO_HEIGHT,
      alt: `Placeholder for photo ${n} of ${PHOTO_COUNT} from the defense industry talks in Ankara`,
      caption: ARTICLE_TITLE,
      credit: ARTICLE_CREDIT,
    };
  });
}

/** The seed article in the wire format. */
export function buildArticle(origin: string): SampleArticle {
  return {
    id: ARTICLE_ID,
    url: `${origin}${ARTICLE_PATH}`,
    lang: 'en',
    title: ARTICLE_TITLE,
    summary: 'Minister Vugar Mustafayev is on an official visit to Ankara.',
    publishedAt: '2026-03-03T13:41:00+04:00',
    updatedAt: '2026-03-03T14:02:00+04:00',
    category: categoryLink(origin, ARTICLE_CATEGORY),
    source: 'Report',
    body: ARTICLE_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    media: 'photo',
    tags: ARTICLE_TAGS.map((name) => tagLink(origin, name)),
    photos: buildPhotos(origin),
    translations: ARTICLE_TRANSLATIONS.map(({ lang, title, path }) => ({
      lang,
      title,
      url: `${origin}${path}`,
    })),
  };
}

/** The seed page's trending-tags bar, with made-up counts. */
export function buildTrendingTags(origin: string): SampleTags {
  return {
    title: 'Trending',
    tags: TRENDING.map(({ name, count }) => ({ ...tagLink(origin, name), count })),
  };
}

/** The seed article's gallery. */
export function buildGallery(origin: string): SampleGallery {
  return { title: ARTICLE_TITLE, photos: buildPhotos(origin) };
}

/** What the publisher's pages would be called, by path, for the stand-in pages behind every link. */
export function buildPageTitles(
  origin: string,
  clock: SampleClock,
): Map<string, { heading: string; lang: string }> {
  const pages = new Map<string, { heading: string; lang: string }>();
  const path = (url: string): string => new URL(url).pathname;
  pages.set('/en/news/', { heading: 'Sample page: All news', lang: 'en' });
  const article = buildArticle(origin);
  for (const item of [...buildFeed(origin, clock).items, article]) {
    pages.set(path(item.url), { heading: `Sample article: ${item.title}`, lang: 'en' });
    pages.set(path(item.category.url), {
      heading: `Sample category page: ${item.category.name}`,
      lang: 'en',
    });
  }
  for (const { lang, title, url } of article.translations)
    pages.set(path(url), { heading: `Sample article: ${title}`, lang });
  for (const tag of [...article.tags, ...buildTrendingTags(origin).tags]) {
    pages.set(path(tag.url), { heading: `Sample tag page: ${tag.name}`, lang: 'en' });
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------------------
// Generated images and stand-in pages.

/** Photo hues, one per photo, so the five are told apart at a glance. */
const PHOTO_HUES = [212, 160, 28, 276, 350];

const hueFor = (key: string): number => {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
};

/** A placeholder "photo" as SVG: a gradient, a sun over hills, and a label, with its intrinsic size set. */
export function renderSampleSvg({
  width,
  height,
  label,
  hue,
}: {
  width: number;
  height: number;
  label: string;
  hue: number;
}): string {
  const w = width;
  const h = height;
  const r = (n: number): number => Math.round(n * 10) / 10;
  const fontSize = r(w / 14);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<title>${escapeHtml(label)}</title>
<defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue}, 70%, 62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360}, 55%, 30%)"/>
</linearGradient></defs>
<rect width="${w}" height="${h}" fill="url(#sky)"/>
<circle cx="${r(w * 0.76)}" cy="${r(h * 0.28)}" r="${r(h * 0.11)}" fill="hsl(48, 100%, 88%)" fill-opacity="0.85"/>
<path d="M0 ${h} L0 ${r(h * 0.78)} L${r(w * 0.28)} ${r(h * 0.5)} L${r(w * 0.46)} ${r(h * 0.7)} L${r(w * 0.66)} ${r(h * 0.44)} L${w} ${r(h * 0.8)} L${w} ${h} Z" fill="hsl(${hue}, 45%, 16%)" fill-opacity="0.55"/>
<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" text-anchor="middle" fill="#fff" stroke="rgba(0,0,0,0.35)" stroke-width="${r(fontSize / 24)}" paint-order="stroke">
<text x="${r(w / 2)}" y="${r(h / 2)}" font-size="${fontSize}" font-weight="700" dominant-baseline="middle">${escapeHtml(label)}</text>
<text x="${r(w / 2)}" y="${r(h / 2 + fontSize * 0.95)}" font-size="${r(fontSize * 0.38)}" dominant-baseline="middle">${w} × ${h}</text>
</g>
</svg>
`;
}

/** The SVG for a `/media/...` path, or `undefined` when there is no such image. */
export function sampleImageFor(pathname: string): string | undefined {
  const photo = /^\/media\/photo-(\d+)(?:-(\d+))?\.svg$/.exec(pathname);
  if (photo) {
    const n = Number(photo[1]);
    const width = photo[2] ? Number(photo[2]) : PHOTO_WIDTH;
    if (
      n < 1 ||
      n > PHOTO_COUNT ||
      !(width === PHOTO_WIDTH || (SIZE_VARIANTS as readonly number[]).includes(width))
    )
      return undefined;
    if (photo[2] && width === PHOTO_WIDTH) return undefined; // one URL per image: no "-1280" alias
    return renderSampleSvg({
      width,
      height: heightFor(width),
      label: `Sample photo ${n}`,
      hue: PHOTO_HUES[n - 1]!,
    });
  }
  const thumb = /^\/media\/thumb-(\d{1,12})\.svg$/.exec(pathname);
  if (thumb) {
    return renderSampleSvg({
      width: THUMB_WIDTH,
      height: heightFor(THUMB_WIDTH),
      label: 'Sample photo',
      hue: hueFor(thumb[1]!),
    });
  }
  return undefined;
}

/** A tiny page standing in for the publisher's page behind a link. */
export function renderStandInPage({
  heading,
  lang,
  query,
}: {
  heading: string;
  lang: string;
  query: string;
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>
  :root { color-scheme: light dark; font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  body { max-width: 40rem; margin: 3rem auto; padding: 0 1.25rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; }
  p.note { color: GrayText; }
  code { overflow-wrap: anywhere; }
</style>
</head>
<body>
<p class="note">news-widgets demo</p>
<h1>${escapeHtml(heading)}</h1>
<p>This page stands in for the publisher's page behind the link. The sample endpoint makes it up, so links in the demo never end in a 404.</p>
${query ? `<p>The link carried these query parameters: <code>${escapeHtml(query)}</code></p>\n` : ''}<p><a href="/">Back to the demo</a></p>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------
// The HTTP side.

export interface SampleEndpointOptions {
  /** When the live feed starts ticking, in epoch ms. Default: when the server starts. */
  startedAt?: number;
  /** Milliseconds between live updates. Default {@link SAMPLE_TICK_MS}. */
  tickMs?: number;
  /** The clock; tests pass a fake one. */
  now?: () => number;
}

interface SampleResponse {
  status: number;
  type: string;
  body: string;
  /** Success responses carry an ETag and answer `If-None-Match` with 304. */
  etag: boolean;
  /** More headers: WordPress's paging (`Link`, `X-WP-Total`, `X-WP-TotalPages`). */
  headers?: Record<string, string | string[]>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_SLOW_MS = 60_000;

const json = (data: unknown, status = 200): SampleResponse => ({
  status,
  type: JSON_TYPE,
  body: `${JSON.stringify(data, null, 2)}\n`,
  etag: status === 200,
});

const jsonError = (status: number, message: string): SampleResponse =>
  json({ error: { status, message } }, status);

/** Whether a path belongs to this endpoint (everything else goes on to Vite). */
const isSamplePath = (pathname: string): boolean =>
  /^\/(?:api|media)\//.test(pathname) || /^\/(?:en|az|ru)(?:\/|$)/.test(pathname) || isFormatPath(pathname);

/** The response for a GET of a sample path. */
export function sampleResponse(
  pathname: string,
  search: string,
  origin: string,
  clock: SampleClock,
): SampleResponse {
  // The same news as WordPress REST, RSS, JSON Feed and Atom: ./sample-formats.ts.
  if (isFormatPath(pathname)) return formatResponse(pathname, search, origin, clock);
  if (pathname.startsWith('/api/')) {
    switch (pathname) {
      case '/api/latest':
        return json(pagedFeed(buildFeed(origin, clock), new URLSearchParams(search), origin));
      case `/api/article/${ARTICLE_ID}`:
        return json(buildArticle(origin));
      case '/api/tags/trending':
        return json(buildTrendingTags(origin));
      case `/api/photos/${ARTICLE_ID}`:
        return json(buildGallery(origin));
      default:
        return jsonError(
          404,
          `The sample endpoint has nothing at ${pathname}. Try /api/latest, /api/article/${ARTICLE_ID}, /api/tags/trending or /api/photos/${ARTICLE_ID}.`,
        );
    }
  }
  if (pathname.startsWith('/media/')) {
    const svg = sampleImageFor(pathname);
    return svg
      ? { status: 200, type: 'image/svg+xml', body: svg, etag: true }
      : { status: 404, type: 'text/plain; charset=utf-8', body: 'No such sample image.\n', etag: false };
  }
  const known = buildPageTitles(origin, clock).get(pathname);
  const lang = /^\/(en|az|ru)/.exec(pathname)?.[1] ?? 'en';
  const fallback = (pathname.split('/').filter(Boolean).pop() ?? 'page').replace(/-/g, ' ');
  const page = known ?? {
    heading: `Sample article: ${fallback.charAt(0).toUpperCase()}${fallback.slice(1)}`,
    lang,
  };
  return {
    status: 200,
    type: 'text/html; charset=utf-8',
    body: renderStandInPage({ ...page, query: search.replace(/^\?/, '') }),
    etag: true,
  };
}

/** `http(s)://host:port` as the client addressed this server, so absolute URLs in the data work with `--host`. */
const originOf = (req: IncomingMessage): string => {
  const host = req.headers.host && /^[\w.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  const secure = 'encrypted' in req.socket && Boolean(req.socket.encrypted);
  return `${secure ? 'https' : 'http'}://${host}`;
};

const setCommonHeaders = (res: ServerResponse): void => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
};

/**
 * Connect-style middleware serving the sample routes; anything else is passed on. Query parameters on
 * every route: `?slow=ms` delays the answer (up to a minute), `?fail=1` answers 503 (`?fail=500` etc. pick
 * another status).
 */
export function createSampleHandler(options: SampleEndpointOptions = {}): Connect.NextHandleFunction {
  const startedAt = options.startedAt ?? Date.now();
  const now = options.now ?? Date.now;
  const tickMs = options.tickMs ?? SAMPLE_TICK_MS;

  return function sampleHandler(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isSamplePath(url.pathname)) {
      next();
      return;
    }
    setCommonHeaders(res);
    if (url.pathname.startsWith('/wp-json/')) {
      // WordPress's own CORS headers instead: the Origin reflected, its paging headers exposed.
      res.removeHeader('Access-Control-Allow-Origin');
      for (const [name, value] of Object.entries(wordPressCorsHeaders(req.headers.origin)))
        res.setHeader(name, value);
    }
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
      res.setHeader('Access-Control-Max-Age', '600');
      res.statusCode = 204;
      res.end();
      return;
    }

    const send = (): void => {
      if (res.writableEnded || res.destroyed) return;
      let answer: SampleResponse;
      if (method !== 'GET' && method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD, OPTIONS');
        answer = jsonError(405, `The sample endpoint only answers GET and HEAD, not ${method}.`);
      } else {
        const fail = url.searchParams.get('fail');
        const failStatus = Number(fail);
        if (fail !== null && fail !== '0' && fail !== 'false') {
          const status = failStatus >= 400 && failStatus <= 599 ? failStatus : 503;
          answer = jsonError(status, `Sample failure, as asked for with ?fail=${fail}.`);
        } else {
          answer = sampleResponse(url.pathname, url.search, originOf(req), { startedAt, now: now(), tickMs });
        }
      }

      for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
      if (answer.etag) {
        const etag = strongEtag(answer.body);
        res.setHeader('ETag', etag);
        if (etagMatches(req.headers['if-none-match'], etag)) {
          res.statusCode = 304;
          res.end();
          return;
        }
      } else {
        res.setHeader('Cache-Control', 'no-store');
      }
      res.statusCode = answer.status;
      res.setHeader('Content-Type', answer.type);
      res.setHeader('Content-Length', Buffer.byteLength(answer.body));
      res.end(method === 'HEAD' ? undefined : answer.body);
    };

    const slow = Math.min(Math.max(Number(url.searchParams.get('slow')) || 0, 0), MAX_SLOW_MS);
    if (slow > 0) {
      const timer = setTimeout(send, slow);
      res.once('close', () => clearTimeout(timer));
    } else {
      send();
    }
  };
}

/** The Vite plugin: serves the sample routes from the dev server (and `vite preview`). */
export function sampleEndpoint(options: SampleEndpointOptions = {}): Plugin {
  return {
    name: 'news-widgets:sample-endpoint',
    configureServer(server) {
      // Added directly (not from a returned post hook) so it runs before Vite's static files and SPA fallback.
      server.middlewares.use(createSampleHandler({ startedAt: Date.now(), ...options }));
    },
    configurePreviewServer(server) {
      server.middlewares.use(createSampleHandler({ startedAt: Date.now(), ...options }));
    },
  };
}
