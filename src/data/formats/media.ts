// Pictures of an RSS item or Atom entry: Media RSS (`media:content`, `media:thumbnail`, `media:group`),
// enclosures (RSS `<enclosure>`, Atom `link rel="enclosure"`), a bare `<image>` URL (several news sites
// send one), and as a last resort the first `<img>` of the item's HTML, for the list's thumbnail only.
// Each is read from the DOM into a plain object and checked against its zod schema, one by one.
//
//   list thumbnail (image): the first media:content image, else the first media:thumbnail, else an
//     image enclosure, else the bare <image>, else the first <img> of the content or summary
//   photos (an article's): the media:content images, else the image enclosures, else the thumbnail or
//     the bare <image>; never the images of the HTML, which the body shows already
//   media "video": a media:content or enclosure of medium video or type video/*
import { object, optional, pipe, regex, string, transform } from 'zod/mini';
import type { output } from 'zod/mini';
import { check } from '../schemas/validate.js';
import { compact } from './native.js';
import type { NativeImage, NativePhoto } from './native.js';
import { attr, child, children, NS, resolve, textOf } from './xml.js';
import { firstImage, htmlToText } from './text.js';

const text = optional(
  pipe(
    string(),
    transform((value: string) => value.trim() || undefined),
  ),
);
const pixels = optional(
  pipe(
    string().check(regex(/^\s*\d{1,5}\s*$/, 'expected a whole number of pixels')),
    transform((value: string) => Number(value) || undefined),
  ),
);

/** A `media:content` or `media:thumbnail` (its attributes and, for content, its description and credit). */
export const mediaObject = object({
  url: string(),
  medium: text,
  type: text,
  width: pixels,
  height: pixels,
  description: text,
  credit: text,
});
export type MediaObject = output<typeof mediaObject>;

/** An RSS `<enclosure>` or an Atom `link rel="enclosure"`. */
export const enclosure = object({ url: string(), type: text });
export type Enclosure = output<typeof enclosure>;

const VIDEO = /^video\//i;
const NOT_IMAGE = /\.(mp4|m4v|webm|mov|mp3|m4a|aac|ogg|ogv|oga|wav|pdf)(\?|#|$)/i;

const isImage = (media: MediaObject) =>
  media.medium
    ? media.medium === 'image'
    : media.type
      ? /^image\//i.test(media.type)
      : !NOT_IMAGE.test(media.url);

const isVideo = (media: MediaObject | Enclosure) =>
  ('medium' in media && media.medium === 'video') || VIDEO.test(media.type ?? '');

/** What an item shows of its pictures, and whether it is a video. */
export interface Pictures {
  image?: NativeImage;
  photos: NativePhoto[];
  video: boolean;
}

/** Reads the Media RSS elements, enclosures and `<image>` of `item`, with URLs resolved where they stand. */
export function readPictures(
  item: Element,
  enclosures: readonly Element[],
  html: readonly { html?: string; base: string }[],
  baseOf: (element: Element) => string,
  path: string,
  warnings: string[],
): Pictures {
  const readMedia = (
    element: Element,
    name: string,
    index: number,
    group?: Element,
  ): MediaObject | undefined => {
    const description =
      child(element, NS.media, 'description') ?? (group && child(group, NS.media, 'description'));
    const credit = child(element, NS.media, 'credit') ?? (group && child(group, NS.media, 'credit'));
    const raw = {
      url: resolve(attr(element, 'url'), baseOf(element)),
      medium: attr(element, 'medium')?.toLowerCase(),
      type: attr(element, 'type'),
      width: attr(element, 'width'),
      height: attr(element, 'height'),
      description:
        description &&
        (attr(description, 'type') === 'html' ? htmlToText(textOf(description) ?? '') : textOf(description)),
      credit: textOf(credit),
    };
    const result = check(mediaObject, raw, `${path}.${name}[${index}]`);
    warnings.push(...result.issues.map((issue) => `${issue} (left out)`), ...result.notes);
    return result.value;
  };
  const contents: MediaObject[] = [];
  const thumbnails: MediaObject[] = [];
  const groups = [item, ...children(item, NS.media, 'group')];
  for (const group of groups) {
    const inGroup = group === item ? undefined : group;
    children(group, NS.media, 'content').forEach((element) => {
      const media = readMedia(element, 'media:content', contents.length, inGroup);
      if (media) contents.push(media);
      for (const thumbnail of children(element, NS.media, 'thumbnail')) {
        const t = readMedia(thumbnail, 'media:thumbnail', thumbnails.length);
        if (t) thumbnails.push(t);
      }
    });
    children(group, NS.media, 'thumbnail').forEach((element) => {
      const media = readMedia(element, 'media:thumbnail', thumbnails.length, inGroup);
      if (media) thumbnails.push(media);
    });
  }
  const attached: Enclosure[] = [];
  enclosures.forEach((element, index) => {
    const raw = {
      url: resolve(attr(element, 'url') ?? attr(element, 'href'), baseOf(element)),
      type: attr(element, 'type'),
    };
    const result = check(enclosure, raw, `${path}.enclosure[${index}]`);
    warnings.push(...result.issues.map((issue) => `${issue} (left out)`), ...result.notes);
    if (result.value) attached.push(result.value);
  });
  // A bare <image> with a URL for its text (no namespace, no child elements).
  const bare = children(item, null, 'image').find((element) => !children(element).length);
  const bareUrl = bare && resolve(textOf(bare), baseOf(bare));

  const photo = (media: MediaObject): NativePhoto =>
    compact({
      src: media.url,
      width: media.width,
      height: media.height,
      caption: media.description,
      credit: media.credit,
    });
  const images = contents.filter(isImage).map(photo);
  const enclosed = attached.filter((e) => /^image\//i.test(e.type ?? '')).map((e) => ({ src: e.url }));
  const named = thumbnails.map(photo).concat(bareUrl ? [{ src: bareUrl }] : []);
  const photos = images.length ? images : enclosed.length ? enclosed : named.slice(0, 1);
  let image: NativeImage | undefined;
  const lead =
    images[0] ?? thumbnails.map(photo)[0] ?? enclosed[0] ?? (bareUrl ? { src: bareUrl } : undefined);
  if (lead) image = compact({ src: lead.src, width: lead.width, height: lead.height });
  else {
    for (const { html: fragment, base } of html) {
      const found = fragment && firstImage(fragment);
      if (found) {
        image = { ...found, src: resolve(found.src, base)! };
        break;
      }
    }
  }
  return {
    image,
    photos: dedupe(photos),
    video: contents.some(isVideo) || attached.some(isVideo),
  };
}

const dedupe = (photos: NativePhoto[]) => {
  const seen = new Set<string>();
  return photos.filter((photo) => !seen.has(photo.src) && seen.add(photo.src));
};
