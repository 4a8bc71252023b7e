// The wire format's shared pieces (shared/docs/wire-format.md). URL fields resolve against the endpoint
// URL in force while parsing (see `parseWithBase`) and become `undefined` unless they are http(s).
import { safeSrcset, safeUrl } from '../url.js';
import { lenient, maybe, object, report, string } from './check.js';
import type { Field } from './check.js';

let currentBase: string | undefined;
/** The URLs checked in the parse in progress: a feed names the same few categories again and again. */
let checked = new Map<string, string | undefined>();

/** Runs a synchronous parse with `base` as the URL that relative URLs in the data resolve against. */
export function parseWithBase<T>(base: string | undefined, parse: () => T): T {
  const previous = [currentBase, checked] as const;
  currentBase = base;
  checked = new Map();
  try {
    return parse();
  } finally {
    [currentBase, checked] = previous;
  }
}

/** A URL string; unsafe or unparsable URLs become `undefined` rather than failing the item. */
export const url: Field<string | undefined> = maybe(
  string((value) => {
    if (!checked.has(value)) checked.set(value, safeUrl(value, currentBase));
    return checked.get(value);
  }),
);

/** A `srcset`: each candidate's URL is checked like `url`; unsafe candidates are dropped. */
export const srcset: Field<string | undefined> = maybe(string((value) => safeSrcset(value, currentBase)));

/** Free text; optional text fields that are blank become `undefined`. */
export const text: Field<string | undefined> = maybe(string((value) => value.trim() || undefined));

/** Text that must be present and not blank. */
export const requiredText: Field<string> = string((value, path, found) => {
  const trimmed = value.trim();
  if (!trimmed) report(found.issues, path, 'expected text, got an empty string');
  return trimmed;
});

/** A non-empty string or a number, kept as a string. */
export const id: Field<string> = (value, path, found) => {
  if ((typeof value === 'string' && value.trim()) || (typeof value === 'number' && Number.isFinite(value)))
    return String(value).trim();
  report(found.issues, path, value === undefined ? 'is required' : 'expected a non-empty string or a number');
  return '';
};

// A date, or a date and time with its offset: a time without one would be read in each reader's zone.
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d))?$/i;

/** An ISO 8601 / RFC 3339 date, or date-time with an offset. */
export const date: Field<string> = string((value, path, found) => {
  const match = ISO_DATE.exec(value);
  // Date.parse() rolls 31 February over into March: a real calendar date survives a round trip.
  const ok =
    match &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)).getUTCDate() === +match[3]!;
  if (!ok) report(found.issues, path, 'expected an ISO date');
  return value;
});

/** A width or height in pixels; anything else is dropped. */
export const dimension = lenient((value) =>
  typeof value === 'number' && value > 0 && value < 1e5 ? value : undefined,
);

/** A news category: its name, and a link to its page. */
export interface Category {
  name: string;
  url?: string;
}

export const category = object<Category>({ name: requiredText, url });

/** An image: `src` is an absolute http(s) URL. */
export interface Image {
  src: string;
  srcset?: string;
  alt?: string;
  width?: number;
  height?: number;
}

const imageFields = object<Partial<Image>>({
  src: url,
  srcset,
  alt: text,
  width: dimension,
  height: dimension,
});

/** An image; one whose only URL was unsafe is no image. */
export const image: Field<Image | undefined> = (value, path, found) => {
  const kept = imageFields(value, path, found);
  return kept?.src ? (kept as Image) : undefined;
};

/** `photo` or `video`; an unknown value is ignored so that new media types never sink an item. */
export const media = lenient((value) => (value === 'photo' || value === 'video' ? value : undefined));

/** A tag: its name, a link to its page, and optionally how many stories it has. */
export interface Tag {
  name: string;
  url?: string;
  count?: number;
}

export const tag = object<Tag>({
  name: requiredText,
  url,
  count: lenient((value) => (typeof value === 'number' && value >= 0 ? value : undefined)),
});
