// What valibot says is wrong with a file, in words a person can act on, with the place in the file.
import type * as v from 'valibot';
import { cut, quoteReceived } from './quote';

type Issue = v.BaseIssue<unknown>;

/** `systems[0].iraq[0].operator`, or "(top level)" for the document itself. */
export function issuePath(issue: Issue): string {
  return pathText(issue.path ?? []);
}

export function pathText(items: readonly v.IssuePathItem[]): string {
  let path = '';
  for (const item of items) {
    const key: unknown = item.key;
    // A key is the file's own text too: an unknown key may be megabytes long.
    const name = cut(String(key));
    path += typeof key === 'number' ? `[${key}]` : path === '' ? name : `.${name}`;
  }
  return path === '' ? '(top level)' : path;
}

/** `("a" | "b")` → `a, b` */
const listOptions = (expected: string) =>
  expected
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .map((option) => option.replace(/^"|"$/g, ''))
    .join(', ');

/** What is wrong, in words; any value from the file is cut to a readable length. */
export function issueMessage(issue: Issue): string {
  const received = quoteReceived(issue.received);
  if (issue.kind !== 'schema') {
    return issue.type === 'regex' ? `${issue.message} (got ${received})` : issue.message;
  }
  if (issue.type === 'custom') return issue.message;
  // A strict object reports its own key problems: "never" for an unknown key, '"key"' for a missing one.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'is not a known property (check the spelling)';
  }
  if (issue.type === 'strict_object' && issue.expected?.startsWith('"')) {
    return 'is missing but required';
  }
  if (issue.type === 'picklist') {
    return `expected one of ${listOptions(issue.expected ?? '')} but got ${received}`;
  }
  return `expected ${issue.expected ?? 'something else'} but got ${received}`;
}
