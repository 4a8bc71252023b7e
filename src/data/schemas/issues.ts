// Turns zod issues into plain words, e.g. `items[3].publishedAt: expected an ISO date`. zod/mini ships
// no messages of its own ("Invalid input"), and its locales cost more bytes than this.
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : value === undefined ? 'nothing' : article(typeof value);

/** `items[3].category.name` from `['items', 3, 'category', 'name']`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `expected ${article(issue.expected)}, got ${kindOf(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'expected a non-empty string' : `expected at least ${issue.minimum}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.errors.length ? describe(issue.errors[0]![0]!) : 'has an unexpected type';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** One line per issue, each prefixed with the path of the field, relative to `prefix`. */
export function formatIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return path ? `${path}: ${describe(issue)}` : describe(issue);
  });
}
