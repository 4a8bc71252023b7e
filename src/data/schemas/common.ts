// Schemas of the wire format's shared pieces (shared/docs/wire-format.md), in zod/mini. Objects strip
// unknown keys, which also means `__proto__` and `constructor` keys from the JSON never reach the objects
// the elements see. URL fields resolve against the endpoint URL in force while parsing (see
// `parseWithBase`) and become `undefined` unless they are http(s).
//
// Size matters here (this is in the partner bundle): every distinct zod construct costs about 0.3 KB
// gzip, so the schemas use few of them (object, string, number, optional, pipe/transform) and express
// the rest as small transforms.
import * as z from 'zod/mini';
import { safeSrcset, safeUrl } from '../url.js';

// zod/mini's objects are interpreted, never compiled with `new Function`, so the schemas work under a
// strict Content-Security-Policy without 'unsafe-eval' (test/e2e/csp.e2e.js checks the bundles).

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

type Ctx = z.core.ParsePayload;

const issue = (ctx: Ctx, input: unknown, message: string) => {
  ctx.issues.push({ code: 'custom', message, input });
};

/** Optional: absent, `undefined` and `null` (which many serializers write for "none") all mean none. */
export const maybe = <S extends z.ZodMiniType>(schema: S) =>
  z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<S> | null | undefined) => value ?? undefined),
  );

/** A string, then `fn` of it: `fn` may report an issue or return `undefined` to drop the value. */
const stringThen = <T>(fn: (value: string, ctx: Ctx) => T) => z.pipe(z.string(), z.transform(fn));

/** Any value, kept only when `fn` says so: for optional fields whose bad values are dropped, not fatal. */
const lenient = <T>(fn: (value: unknown) => T | undefined) =>
  z.optional(z.pipe(z.unknown(), z.transform(fn)));

/** A URL string; unsafe or unparsable URLs become `undefined` rather than failing the item. */
export const url = maybe(stringThen((value) => safeUrl(value, currentBase)));

/** A `srcset`: each candidate's URL is checked like `url`; unsafe candidates are dropped. */
export const srcset = maybe(stringThen((value) => safeSrcset(value, currentBase)));

/** Free text; optional text fields that are blank become `undefined`. */
export const text = maybe(stringThen((value) => value.trim() || undefined));

/** Text that must be present and not blank. */
export const requiredText = stringThen((value, ctx) => {
  const trimmed = value.trim();
  if (!trimmed) issue(ctx, value, 'expected text, got an empty string');
  return trimmed;
});

/** A non-empty string or a number, kept as a string. */
export const id = z.pipe(
  z.unknown(),
  z.transform((value, ctx) => {
    if ((typeof value === 'string' && value) || (typeof value === 'number' && Number.isFinite(value)))
      return String(value);
    issue(ctx, value, value === undefined ? 'is required' : 'expected a non-empty string or a number');
    return '';
  }),
);

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/i;

/** An ISO 8601 / RFC 3339 date or date-time. */
export const date = stringThen((value, ctx) => {
  const match = ISO_DATE.exec(value);
  // Date.parse() rolls 31 February over into March: a real calendar date survives a round trip.
  const ok =
    match &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)).getUTCDate() === +match[3]!;
  if (!ok) issue(ctx, value, 'expected an ISO date');
  return value;
});

/** A width or height in pixels; anything else is dropped. */
export const dimension = lenient((value) =>
  typeof value === 'number' && value > 0 && value < 1e5 ? value : undefined,
);

export const category = z.object({ name: requiredText, url });

export const image = z.pipe(
  z.object({ src: url, srcset, alt: text, width: dimension, height: dimension }),
  // An image whose only URL was unsafe is no image.
  z.transform((value) => (value.src ? { ...value, src: value.src } : undefined)),
);

/** `photo` or `video`; an unknown value is ignored so that new media types never sink an item. */
export const media = lenient((value) => (value === 'photo' || value === 'video' ? value : undefined));

export const tag = z.object({
  name: requiredText,
  url,
  count: lenient((value) => (typeof value === 'number' && value >= 0 ? value : undefined)),
});

export type Category = z.output<typeof category>;
export type Image = NonNullable<z.output<typeof image>>;
export type Tag = z.output<typeof tag>;
