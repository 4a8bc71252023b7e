// The wire format's shared pieces (shared/docs/wire-format.md) as zod schemas: the one source of the
// validation, of the TypeScript types and of the JSON Schema the package publishes. URL fields resolve
// against the endpoint URL in force while parsing (see `parseWithBase`) and must be http(s).
import { number, object, optional, pipe, string, transform, unknown, NEVER } from 'zod/mini';
import type { ZodMiniType, core, output } from 'zod/mini';
import { safeSrcset, safeUrl } from '../url.js';

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

/** Fails the value being transformed with `message`; `keep`, when given, is the part of it that can stay. */
const fail = (ctx: core.ParsePayload, input: unknown, message: string, keep?: unknown): never => {
  ctx.issues.push({ code: 'custom', message, input, params: { keep } });
  return NEVER;
};

/**
 * An object of exactly these fields. `check` (validate.ts) makes each of them an own property of the
 * result (absent ones `undefined`), so that reading a field never reaches a prototype, even on a page
 * that polluted Object.prototype; there rather than in a zod transform per object, which cost a mount of
 * 1,000 headlines several milliseconds.
 */
export const record = <S extends Record<string, ZodMiniType>>(shape: S) => object(shape);

/** An absolute http(s) URL, resolved against the endpoint; any other scheme fails. */
export const link = pipe(
  string(),
  transform((value: string, ctx) => {
    if (!checked.has(value)) checked.set(value, safeUrl(value, currentBase));
    return checked.get(value) ?? fail(ctx, value, 'expected an http(s) URL');
  }),
);

/** An optional URL: an unsafe one is left out, with a note, and the entry stays. */
export const url = optional(link);

/**
 * A `srcset` whose every candidate is an http(s) image URL with a `w` or `x` descriptor. Candidates that
 * are not are left out, with a note; a srcset with none left is left out.
 */
export const srcset = optional(
  pipe(
    string(),
    transform((value: string, ctx) => {
      let dropped = 0;
      const kept = safeSrcset(value, currentBase, (count) => (dropped = count));
      if (kept && !dropped) return kept;
      return fail(
        ctx,
        value,
        dropped > 1
          ? `${dropped} image candidates are not http(s) URLs`
          : 'an image candidate is not an http(s) URL',
        kept,
      );
    }),
  ),
);

/** Free text; optional text fields that are blank mean none. */
export const text = optional(
  pipe(
    string(),
    transform((value: string) => value.trim() || undefined),
  ),
);

/**
 * Text that must be present and not blank, trimmed. A transform rather than zod's `trim()` and
 * `minLength()` checks: with the number checks below, zod's checks cost 0.5 KB gzip in every file.
 */
export const requiredText = pipe(
  string(),
  transform((value: string, ctx) => value.trim() || fail(ctx, value, 'expected text, got an empty string')),
);

/**
 * A non-empty string or a finite number, kept as a string. A transform rather than a zod union, which
 * cost 0.3 KB gzip in every file; documents.ts states the same two types for the JSON Schema.
 */
export const id = pipe(
  unknown(),
  transform((value, ctx) =>
    (typeof value === 'string' && value.trim()) || (typeof value === 'number' && Number.isFinite(value))
      ? String(value).trim()
      : fail(ctx, value, value === undefined ? 'is required' : 'expected a non-empty string or a number'),
  ),
);

// RFC 3339: `2026-03-03T13:41:00+04:00`, `...Z`; lowercase `t` and `z` too (RFC 3339 allows them). Also
// read: no seconds (`T13:41+04:00`) and an offset without its colon (`+0400`), which publishers send. A
// date without a time, or a time without an offset, is no instant: each reader would see another time.
export const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(?:[Zz]|([+-])(\d\d):?(\d\d))$/;

/**
 * `value` as the one date-time form every JavaScript engine reads the same way
 * (`2026-03-03T13:41:00+04:00`, milliseconds when it has a fraction), or `undefined` when it is not a real RFC 3339 date-time.
 */
export function normalizeDate(value: string): string | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', fraction = '', sign, oh, om] = m;
  const year = +y!;
  const month = +mo!;
  // Days in the month, without a Date per value (this runs for every headline).
  const days =
    month === 2 ? (year % 4 || (!(year % 100) && year % 400) ? 28 : 29) : 30 + ((month + (month >> 3)) & 1);
  if (month < 1 || month > 12 || +d! < 1 || +d! > days || +h! > 23 || +mi! > 59 || +s! > 59) return undefined;
  if (sign && (+oh! > 23 || +om! > 59)) return undefined;
  const ms = fraction && `.${(fraction.slice(1) + '00').slice(0, 3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${sign ? `${sign}${oh}:${om}` : 'Z'}`;
}

/**
 * An RFC 3339 date-time with an offset, kept in the form `normalizeDate` gives. (The JSON Schema states
 * the same DATE_TIME as its pattern: documents.ts.)
 */
export const date = pipe(
  string(),
  transform(
    (value: string, ctx) =>
      normalizeDate(value) ??
      fail(
        ctx,
        value,
        DATE_TIME.test(value)
          ? 'expected a real date and time'
          : 'expected an RFC 3339 date-time with an offset',
      ),
  ),
);

/**
 * A number that `problem` finds nothing wrong with, or fails with what it says: a transform rather than
 * zod's number checks (see `requiredText`). documents.ts states the bounds for the JSON Schema.
 */
const numberWhere = (problem: (value: number) => string | undefined) =>
  pipe(
    number(),
    transform((value: number, ctx) => {
      const message = problem(value);
      return message ? fail(ctx, value, message) : value;
    }),
  );

/** A width or height in pixels. */
export const dimension = optional(
  numberWhere((value) =>
    value <= 0 ? 'expected a number above 0' : value >= 1e5 ? 'expected a number below 100000' : undefined,
  ),
);

/** A news category: its name, and a link to its page. */
export const category = record({ name: requiredText, url });
export type Category = output<typeof category>;

/** An image: `src` is an absolute http(s) URL. */
export const image = record({ src: link, srcset, alt: text, width: dimension, height: dimension });
export type Image = output<typeof image>;

/** `photo` or `video`: it drives the badge in lists. A transform rather than zod's enum (0.2 KB gzip). */
export const media = optional(
  pipe(
    unknown(),
    transform((value, ctx) =>
      value === 'photo' || value === 'video' ? value : fail(ctx, value, 'expected "photo" or "video"'),
    ),
  ),
);

/** A tag: its name, a link to its page, and optionally how many stories it has. */
export const tag = record({
  name: requiredText,
  url,
  count: optional(numberWhere((value) => (value < 0 ? 'expected a number of at least 0' : undefined))),
});
export type Tag = output<typeof tag>;
