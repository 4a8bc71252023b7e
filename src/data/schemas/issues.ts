// Turns zod issues into plain words, e.g. `items[3].publishedAt: expected an ISO date`. zod/mini ships
// no messages of its own ("Invalid input"), and its locales cost more bytes than this. The schemas use
// few zod constructs, so type errors and our own `custom` issues are all there is to describe.
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : value === undefined
        ? 'nothing'
        : article(typeof value);

/** `items[3].category.name` from `['items', 3, 'category', 'name']`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `expected ${article(issue.expected)}, got ${kindOf(issue.input)}`;
    default:
      // Our schemas report everything else as `custom` issues with a message in plain words.
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
