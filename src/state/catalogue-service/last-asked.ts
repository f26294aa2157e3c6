// The last query the page asked of the service, kept with its answer to come: asking the same
// again gets that answer rather than a second question. The store asks as soon as the view
// changes, so the service starts while the page draws the change, and the table asks the same once
// it has drawn it.
import type { Trust } from '../../domain/sources/trust';
import type { TableQuery } from '../../domain/table/query';

/** What a query asks, as text: two queries that ask the same have the same key. */
export const askedKey = (query: TableQuery, trust: Trust, first: number): string =>
  JSON.stringify([query, trust.evidence, trust.minGrade, first]);

export type LastAsked<T> = {
  /** The answer to come, or come, for the query with this key, if it was the last one asked. */
  answerTo: (key: string) => Promise<T | null> | undefined;
  /** Keeps this query as the last one asked; an answer that is dropped (null) is not kept. */
  keep: (key: string, answer: Promise<T | null>) => void;
  /** Another catalogue, or none: no answer kept is an answer any more. */
  forget: () => void;
};

export function lastAsked<T>(): LastAsked<T> {
  let last: { key: string; answer: Promise<T | null> } | null = null;
  return {
    answerTo: (key) => (last?.key === key ? last.answer : undefined),
    keep: (key, answer) => {
      const entry = { key, answer };
      last = entry;
      void answer.then((result) => {
        if (result === null && last === entry) last = null;
      });
    },
    forget: () => {
      last = null;
    },
  };
}
