// A small validator for the wire format: each field is a function that checks one value, reports what is
// wrong in plain words (e.g. `items[3].publishedAt: expected an ISO date`) and returns the value to keep.
// Objects keep only the fields their shape names, read as own properties, so neither unknown keys nor
// `__proto__` / `constructor` keys nor a page's polluted Object.prototype reach the elements.
//
// It replaced zod/mini, which cost ≈ 4.8 KB gzip in every bundle (a third of the partner file's goal)
// while these schemas used it mostly to run their own transforms; this file is ≈ 0.5 KB.

/** Checks `value`, found at `path`; pushes plain-words problems to `issues`; returns what to keep. */
export type Field<T> = (value: unknown, path: string, issues: string[]) => T;

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

export const report = (issues: string[], path: string, message: string): void => {
  issues.push(path ? `${path}: ${message}` : message);
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Absent, `undefined` and `null` (which many serializers write for "none") all mean none. */
export const maybe =
  <T>(field: Field<T>): Field<T | undefined> =>
  (value, path, issues) =>
    value == null ? undefined : field(value, path, issues);

/** A string (else an issue), then `fn` of it. */
export const string =
  <T>(fn: (value: string, path: string, issues: string[]) => T): Field<T> =>
  (value, path, issues) => {
    if (typeof value === 'string') return fn(value, path, issues);
    report(issues, path, value === undefined ? 'is required' : `expected a string, got ${kindOf(value)}`);
    return undefined as T;
  };

/** Any value, kept when `fn` returns it: for optional fields whose bad values are dropped, never fatal. */
export const lenient =
  <T>(fn: (value: unknown) => T | undefined): Field<T | undefined> =>
  (value) =>
    fn(value);

/** An object with exactly the fields of `shape`; fields that come out `undefined` are left out. */
export const object =
  <T extends object>(shape: { [K in keyof T]-?: Field<T[K]> }): Field<T> =>
  (value, path, issues) => {
    if (!isRecord(value)) {
      report(issues, path, value === undefined ? 'is required' : `expected an object, got ${kindOf(value)}`);
      return undefined as unknown as T;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const kept = shape[key](Object.hasOwn(value, key) ? value[key] : undefined, at(path, key), issues);
      if (kept !== undefined) out[key] = kept;
    }
    return out as T;
  };

/** Runs `field` on `value`: the value when it is valid, else the problems found. */
export function check<T>(field: Field<T>, value: unknown, path = ''): { value: T; issues: string[] } {
  const issues: string[] = [];
  return { value: field(value, path, issues), issues };
}
