// Whole responses of the native format as zod schemas, made of the very field schemas the elements
// validate with, for the JSON Schema files the package publishes (`news-widgets/schema/<name>.json`,
// written by `npm run build`). The elements never import this module: they validate entry by entry,
// so that one bad item is left out instead of sinking a feed.
import { array, object, optional, registry, string, toJSONSchema, union } from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';
import {
  DATE_TIME,
  category,
  date,
  dimension,
  id,
  image,
  link,
  media,
  requiredText,
  srcset,
  tag,
  text,
  url,
} from './common.js';
import { feedItem, itemFields } from './feed.js';
import { photo } from './photos.js';
import { translation } from './article.js';

/** What the JSON Schema says of a field beyond its type. */
const notes = registry<{
  id?: string;
  description?: string;
  format?: string;
  pattern?: string;
  anyOf?: unknown[];
  examples?: unknown[];
  // What common.ts checks in transforms, which zod cannot state for it. With `type` first, the files
  // read as they did when zod's checks stated it.
  type?: string;
  enum?: unknown[];
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}>();
notes.add(link, {
  id: 'url',
  format: 'uri-reference',
  description: 'An http(s) URL, absolute or relative to the endpoint. Other schemes make it inert.',
});
notes.add(srcset, { id: 'srcset', description: 'Image candidates as in <img srcset>, each an http(s) URL.' });
notes.add(date, {
  id: 'dateTime',
  pattern: DATE_TIME.source,
  description:
    'An RFC 3339 date-time with an offset (Z or +04:00). Also read: lowercase t and z, no seconds, an offset without its colon (+0400).',
  examples: ['2026-03-03T13:41:00+04:00'],
});
notes.add(id, {
  id: 'id',
  description: 'Unique within a feed: a non-empty string, or a number.',
  anyOf: [{ type: 'string', minLength: 1 }, { type: 'number' }],
});
notes.add(requiredText, {
  id: 'requiredText',
  type: 'string',
  minLength: 1,
  // Not blank: at least one character that trim() keeps (JavaScript's \s is trim()'s white space).
  pattern: '\\S',
  description: 'Text, not blank.',
});
notes.add(media, {
  id: 'media',
  description: 'Drives the photo or video badge in lists.',
  type: 'string',
  enum: ['photo', 'video'],
});
notes.add(category, { id: 'category', description: 'The story’s section, linking to its page.' });
notes.add(image, { id: 'image', description: 'A thumbnail for lists.' });
notes.add(tag, { id: 'tag', description: 'A tag, linking to its page; count is how many stories it has.' });
notes.add(photo, {
  id: 'photo',
  description: 'A photo of an article or gallery; alt and caption stay apart.',
});
notes.add(translation, { id: 'translation', description: 'The same story in another language.' });
notes.add(text, { id: 'text', description: 'Text; blank means none.' });
notes.add(dimension, {
  id: 'pixels',
  description: 'A width or height in CSS pixels.',
  type: 'number',
  exclusiveMinimum: 0,
  exclusiveMaximum: 1e5,
});
notes.add(tag.shape.count, { type: 'number', minimum: 0 });
notes.add(feedItem, { id: 'item', description: 'One headline: an article without its body and lists.' });

const feedObject = object({ title: text, url, next: url, items: array(feedItem) });

const article = object({
  ...itemFields,
  body: optional(string()),
  tags: optional(array(tag)),
  photos: optional(array(photo)),
  translations: optional(array(translation)),
});
notes.add(article.shape.body, { description: 'HTML, always sanitised before it is shown.' });

/** The four documents, by the name of their file. */
export const documents: Record<'feed' | 'article' | 'tags' | 'photos', ZodMiniType> = {
  feed: union([feedObject, array(feedItem)]),
  article,
  tags: union([object({ title: text, tags: array(tag) }), array(tag), article]),
  photos: union([object({ title: text, photos: array(photo) }), array(photo), article]),
};

const titles = {
  feed: 'A news feed: the newest headlines, for <latest-news>',
  article: 'One article, for <news-article> (its tags and photos serve <tag-list> and <photo-gallery>)',
  tags: 'A tag list, for <tag-list>',
  photos: 'A photo set, for <photo-gallery>',
};

/** The JSON Schema (2020-12, the input side: what an endpoint may send) of one document. */
export function jsonSchema(name: keyof typeof documents): Record<string, unknown> {
  const schema = toJSONSchema(documents[name], {
    target: 'draft-2020-12',
    io: 'input',
    metadata: notes,
  }) as Record<string, unknown>;
  return { ...schema, title: titles[name] };
}
