// How the wire format's zod schemas are applied to data from the network or from an app.
//
// - Own properties only. zod reads `input[key]` for each field of a shape, which on an ordinary object
//   reaches Object.prototype: on a page that polluted it, an absent `url` would become the page's. So
//   zod is given a copy made of null-prototype objects with only the data's own fields; `null`, which
//   many serializers write for "none", is left out of that copy, so it means absent everywhere.
// - Lenient where the format is. A field that fails and is optional (at any depth) is left out with a
//   note and the entry is validated again without it; a required field that fails makes the entry
//   unusable. Every problem is reported with its path, e.g. `items[3].publishedAt: ...`.
// - Plain words. zod's issues become short messages here (`is required`, `expected a string, got a
//   number`); no locale bundle is needed.
import { safeParse } from 'zod/mini';
import type { ZodMiniType, core } from 'zod/mini';

/** A schema of the wire format, with its output type. */
export type Schema<T> = ZodMiniType<T>;

/** `a string`, `an object`: a word with its article, for messages. */
const a = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** What a value is, for messages: `null`, `an array`, `nothing`, `a number`... */
export const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : value === undefined
        ? 'nothing'
        : a(typeof value);

/** `items[3].title` from `items[3]` and `title`; `items[3]` from `items` and 3. */
export const at = (path: string, key: PropertyKey): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key);

/** `data[key]` when `data` has it as its own property: never a value inherited from a prototype. */
export const own = (data: unknown, key: string): unknown =>
  isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Objects that read nothing from a prototype: theirs is an empty object with none. Made by a constructor,
 * they are ordinary fast objects to V8; `Object.create(null)` makes dictionaries, slower to fill and to read.
 */
const Own = function () {} as unknown as new () => Record<string, unknown>;
Own.prototype = Object.create(null);

/** The data's own fields, `null`s left out, in null-prototype objects, as deep as the schemas look. */
function ownCopy(value: unknown, depth = 4): unknown {
  if (!isRecord(value) || !depth) return value;
  const copy = new Own();
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field !== null) copy[key] = ownCopy(field, depth - 1);
  }
  return copy;
}

/**
 * Whether `ownCopy(value)` would be `copy` again (an earlier `ownCopy()`, as `check` gives it): the same
 * own fields, `null`s left out, as deep as the copy was made, and the same values (`Object.is`) where it
 * stopped. Validating `value` would then give what validating `copy` gave. May throw, as reading
 * `value` may.
 */
export function sameAs(value: unknown, copy: unknown): boolean {
  if (!(copy instanceof Own)) return Object.is(value, copy);
  if (!isRecord(value)) return false;
  let fields = 0;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === null) continue;
    if (!Object.hasOwn(copy, key) || !sameAs(field, copy[key])) return false;
    fields++;
  }
  return fields === Object.keys(copy).length;
}

/**
 * zod's issues in plain words: what a value of the wrong type should have been. The schemas word their
 * other problems themselves (common.ts); a schema's own `error` message takes precedence over these.
 */
function message(issue: core.$ZodRawIssue): string {
  if (issue.code !== 'invalid_type') return issue.message ?? 'is not valid';
  const { input } = issue;
  return input === undefined ? 'is required' : `expected ${a(issue.expected)}, got ${kindOf(input)}`;
}

const PARSE = { error: message, reportInput: true } as const;

type Def = {
  type: string;
  innerType?: ZodMiniType;
  in?: ZodMiniType;
  shape?: Record<string, ZodMiniType>;
};
const def = (schema: ZodMiniType): Def => schema._zod.def as unknown as Def;

/** The object schema under optional/nullable wrappers and pipes. */
function unwrap(schema: ZodMiniType): ZodMiniType {
  for (;;) {
    const { type, innerType, in: input } = def(schema);
    if ((type === 'optional' || type === 'nullable') && innerType) schema = innerType;
    else if (type === 'pipe' && input) schema = input;
    else return schema;
  }
}

/** The path of the deepest optional field on `path` (what can be left out for it), if there is one. */
function optionalAt(schema: ZodMiniType, path: readonly PropertyKey[]): PropertyKey[] | undefined {
  let found: PropertyKey[] | undefined;
  for (let i = 0; i < path.length; i++) {
    const next = def(unwrap(schema)).shape?.[path[i] as string];
    if (!next) break;
    if (next._zod.optin === 'optional') found = path.slice(0, i + 1);
    schema = next;
  }
  return found;
}

const shapeKeys = new WeakMap<object, string[]>();

/**
 * Makes every field of `schema`'s object shapes an own property of `value` (absent ones `undefined`),
 * at every depth: nothing the elements read from the result can come from a prototype.
 */
function fill(schema: ZodMiniType, value: unknown): void {
  // The value first: most fields are text, and unwrapping their schemas found no shape.
  if (!isRecord(value)) return;
  const shape = def(unwrap(schema)).shape;
  if (!shape) return;
  let keys = shapeKeys.get(shape);
  if (!keys) shapeKeys.set(shape, (keys = Object.keys(shape)));
  for (const key of keys) {
    if (Object.hasOwn(value, key)) fill(shape[key]!, value[key]);
    else value[key] = undefined;
  }
}

/** Leaves the value at `path` out of `copy`, or puts `keep` (what can be kept of it) in its place. */
function leaveOut(copy: unknown, path: readonly PropertyKey[], keep?: unknown): void {
  let parent = copy as Record<PropertyKey, unknown> | undefined;
  for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1]!;
  if (!parent) return;
  if (keep === undefined) delete parent[last];
  else parent[last] = keep;
}

/**
 * A schema that can keep part of a bad value (a `srcset` with one unsafe candidate) says so with the
 * issue's `params.keep`: that part is validated again in its place.
 */
const keepOf = (issue: core.$ZodIssue): unknown => (issue as { params?: { keep?: unknown } }).params?.keep;

/**
 * Problems found: `issues` make the entry unusable; `notes` say what was left out of it. `copy`: with a
 * value and no notes, the copy of the data that was validated (see `sameAs`).
 */
export interface Checked<T> {
  value?: T;
  issues: string[];
  notes: string[];
  copy?: unknown;
}

/**
 * Validates `value` (found at `path`) against `schema`. Optional fields that fail are left out with a
 * note, at any depth; a required field that fails is an issue, and then there is no value.
 */
export function check<T>(schema: Schema<T>, value: unknown, path = ''): Checked<T> {
  const notes: string[] = [];
  const issues: string[] = [];
  try {
    const copy = ownCopy(value);
    // Without parameters first: zod parses ≈ 25% faster with a context of its own shape, and the error
    // map and input only matter for the messages of an entry that fails, which is parsed again for them.
    let result = safeParse(schema, copy);
    if (!result.success) result = safeParse(schema, copy, PARSE);
    if (result.success) {
      fill(schema, result.data);
      return { value: result.data, issues, notes, copy };
    }
    const say = (issue: core.$ZodIssue) => {
      const where = issue.path.reduce<string>(at, path);
      return where ? `${where}: ${issue.message}` : issue.message;
    };
    for (const issue of result.error.issues) {
      const optional = optionalAt(schema, issue.path);
      if (!optional) issues.push(say(issue));
      else {
        const keep = keepOf(issue);
        notes.push(`${say(issue)} (left out)`);
        if (keep === undefined) leaveOut(copy, optional);
        else leaveOut(copy, issue.path, keep);
      }
    }
    if (issues.length) return { issues, notes };
    result = safeParse(schema, copy, PARSE);
    if (result.success) {
      fill(schema, result.data);
      return { value: result.data, issues, notes };
    }
    issues.push(...result.error.issues.map(say));
  } catch {
    // A getter that throws, a Proxy that refuses: data that cannot be read is not usable. So is data
    // whose problems zod cannot report: on a page that polluted Object.prototype.error, zod calls that
    // as its error map and throws, so an entry that fails is left out this way instead.
    issues.push(`${path || 'the data'}: could not be validated`);
  }
  return { issues, notes };
}
