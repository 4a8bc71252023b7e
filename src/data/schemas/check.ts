// A small validator for the wire format: each field is a function that checks one value, reports what is
// wrong in plain words (e.g. `items[3].publishedAt: expected an ISO date`) and returns the value to keep.
// A problem with a required field is an issue (the entry is unusable); a bad optional field is left out
// with a note (the entry stays). Objects keep only the fields their shape names, read as own properties
// and written as own properties (`undefined` included), so neither unknown keys nor `__proto__` /
// `constructor` keys nor a page's polluted Object.prototype reach the elements.
//
// It replaced zod/mini, which cost ≈ 4.8 KB gzip in every bundle (a third of the partner file's goal)
// while these schemas used it mostly to run their own transforms; this file is ≈ 0.5 KB.

/** Problems found so far: `issues` make the entry unusable; `notes` say what was left out of it. */
export interface Found {
  issues: string[];
  notes: string[];
}

/** Checks `value`, found at `path`; reports problems to `found`; returns what to keep. */
export type Field<T> = (value: unknown, path: string, found: Found) => T;

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** `null`, `an array`, `nothing`, `a number`…: what a value is, for messages. */
export const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : value === undefined
        ? 'nothing'
        : article(typeof value);

/** `items[3].title` from `items[3]` and `title`; `items[3]` from `items` and 3. */
export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export const report = (list: string[], path: string, message: string): void => {
  list.push(path ? `${path}: ${message}` : message);
};

/** `data[key]` when `data` has it as its own property: never a value inherited from a prototype. */
export const own = (data: unknown, key: string): unknown =>
  isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An optional field. Absent, `undefined` and `null` (which many serializers write for "none") all mean
 * none; a value that fails `field` is left out with a note, and the entry keeps everything else.
 */
export const maybe =
  <T>(field: Field<T>): Field<T | undefined> =>
  (value, path, found) => {
    if (value == null) return undefined;
    const inner: Found = { issues: [], notes: found.notes };
    const kept = field(value, path, inner);
    if (!inner.issues.length) return kept;
    found.notes.push(...inner.issues.map((issue) => `${issue} (left out)`));
    return undefined;
  };

/** A string (else an issue), then `fn` of it. */
export const string =
  <T>(fn: (value: string, path: string, found: Found) => T): Field<T> =>
  (value, path, found) => {
    if (typeof value === 'string') return fn(value, path, found);
    report(
      found.issues,
      path,
      value === undefined ? 'is required' : `expected a string, got ${kindOf(value)}`,
    );
    return undefined as T;
  };

/** Any value, kept when `fn` returns it: for optional fields whose bad values are dropped, never fatal. */
export const lenient =
  <T>(fn: (value: unknown) => T | undefined): Field<T | undefined> =>
  (value) =>
    fn(value);

/**
 * An object with exactly the fields of `shape`, each an own property (absent ones `undefined`), so that
 * reading a field never reaches a prototype.
 */
export const object =
  <T extends object>(shape: { [K in keyof T]-?: Field<T[K]> }): Field<T> =>
  (value, path, found) => {
    if (!isRecord(value)) {
      report(
        found.issues,
        path,
        value === undefined ? 'is required' : `expected an object, got ${kindOf(value)}`,
      );
      return undefined as unknown as T;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      out[key] = shape[key](own(value, key), at(path, key), found);
    }
    return out as T;
  };

/** Runs `field` on `value`: the value, the problems that make it unusable, and what was left out. */
export function check<T>(field: Field<T>, value: unknown, path = ''): Found & { value: T } {
  const found: Found = { issues: [], notes: [] };
  return { value: field(value, path, found), ...found };
}
