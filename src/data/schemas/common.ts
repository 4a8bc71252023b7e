// Schemas of the wire format's shared pieces (../../../../shared/docs/wire-format.md), in zod/mini.
// Objects strip unknown keys, which also means `__proto__` and `constructor` keys from the JSON never
// reach the objects the elements see. URL fields resolve against the endpoint URL in force while parsing
// (see `parseWithBase`) and become `undefined` unless they are http(s).
import * as z from 'zod/mini';
import { safeSrcset, safeUrl } from '../url.js';

let currentBase: string | undefined;

/** Runs a synchronous parse with `base` as the URL that relative URLs in the data resolve against. */
export function parseWithBase<T>(base: string | undefined, parse: () => T): T {
  const previous = currentBase;
  currentBase = base;
  try {
    return parse();
  } finally {
    currentBase = previous;
  }
}

const optionalOf = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);

/** A URL string; unsafe or unparsable URLs become `undefined` rather than failing the item. */
export const url = optionalOf(z.pipe(z.string(), z.transform((value: string) => safeUrl(value, currentBase))));

const srcset = optionalOf(z.pipe(z.string(), z.transform((value: string) => safeSrcset(value, currentBase))));

/** Free text; optional text fields that are blank become `undefined`. */
export const text = optionalOf(z.pipe(z.string(), z.transform((value: string) => value.trim() || undefined)));

/** Text that must be present and not blank. */
export const requiredText = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const trimmed = value.trim();
    if (!trimmed) ctx.issues.push({ code: 'custom', message: 'expected text, got an empty string', input: value });
    return trimmed;
  }),
);

export const id = z.pipe(
  z.union([z.string().check(z.minLength(1, 'expected a non-empty id')), z.number()]),
  z.transform(String),
);

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/i;

const isIsoDate = (value: string) => {
  const match = ISO_DATE.exec(value);
  // Date.parse() rolls 31 February over into March; a real calendar date has to survive a round trip.
  return !!match && !Number.isNaN(Date.parse(value)) && new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)).getUTCDate() === +match[3]!;
};

/** An ISO 8601 / RFC 3339 date or date-time. */
export const date = z.string().check(z.refine(isIsoDate, 'expected an ISO date'));

const dimension = optionalOf(z.catch(z.number().check(z.positive()), undefined as unknown as number));

export const category = z.object({ name: requiredText, url });

export const image = z.pipe(
  z.object({ src: url, srcset, alt: text, width: dimension, height: dimension }),
  // An image whose only URL was unsafe is no image.
  z.transform((value) => (value.src ? { ...value, src: value.src } : undefined)),
);

/** `photo` or `video`; an unknown value is ignored so that new media types never sink an item. */
export const media = optionalOf(z.catch(z.enum(['photo', 'video']), undefined as unknown as 'photo'));

export const tag = z.object({ name: requiredText, url, count: optionalOf(z.catch(z.number(), undefined as unknown as number)) });

export type Category = z.output<typeof category>;
export type Image = NonNullable<z.output<typeof image>>;
export type Tag = z.output<typeof tag>;
