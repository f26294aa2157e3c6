// The kinds of value a link key holds, each with its reader and writer: a set of ids from a
// vocabulary (the facets, the hidden columns), one choice of several, and a 1/0 flag. params.ts
// builds the grammar from these.
import { quote } from '../view/quote';
import type { ViewState } from '../view/state';
import type { KnownIds } from './known-ids';

export type ReadContext = {
  known: KnownIds;
  /** Records a part of the value that was not used, and why. */
  ignore: (value: string, reason: string) => void;
  /** Whether the value, as written in the link, was not well-formed UTF-8. */
  notUtf8: () => boolean;
};

type Field = keyof ViewState;
export type ViewParam<F extends Field = Field> = {
  field: F;
  /** The value for the view, or undefined to keep the default. Never throws. */
  read: (raw: string, context: ReadContext) => ViewState[F] | undefined;
  write: (value: ViewState[F]) => string;
  /** Read as given: an empty or very long value is not refused before `read` sees it. */
  raw?: boolean;
};

// URLSearchParams.toString() leaves only [A-Za-z0-9*._-] unescaped (WHATWG URL,
// application/x-www-form-urlencoded serializer): `,` and `~` become %2C and %7E, `/` becomes %2F.
// Ids are [a-z0-9-], so `_` separates list items; hand-typed links may use commas.
export const LIST_SEPARATOR = '_';
const LIST_SEPARATORS_READ = /[_,]/;

export const splitList = (value: string): string[] =>
  value.split(LIST_SEPARATORS_READ).filter((item) => item !== '');

export const param = <F extends Field>(spec: ViewParam<F>): ViewParam<F> => spec;

/**
 * An unordered selection from a vocabulary: a fixed list, or the catalogue's own (its platform
 * types and operators), taken from its known ids. Read in the vocabulary's order.
 */
export const idSet = <F extends Field>(
  field: F,
  vocabulary: readonly string[] | ((known: KnownIds) => readonly string[]),
  noun: string,
): ViewParam<F> =>
  param<F>({
    field,
    read: (value, { ignore, known }) => {
      const ids = typeof vocabulary === 'function' ? vocabulary(known) : vocabulary;
      const chosen = new Set<string>();
      const items = splitList(value);
      if (items.length === 0) ignore(value, `no ${noun} given`);
      for (const item of items) {
        if (!ids.includes(item)) ignore(item, `unknown ${noun} ${quote(item)}`);
        else if (chosen.has(item)) ignore(item, `${quote(item)} is listed more than once`);
        else chosen.add(item);
      }
      return ids.filter((id) => chosen.has(id)) as unknown as ViewState[F];
    },
    write: (value) => {
      const chosen = value as readonly string[];
      // A catalogue's own vocabulary is not known here; the view keeps those choices in its
      // order (toggledValue and read both do), so they are written as held.
      const ordered =
        typeof vocabulary === 'function' ? chosen : vocabulary.filter((id) => chosen.includes(id));
      return ordered.join(LIST_SEPARATOR);
    },
  });

export const choice = <F extends Field>(
  field: F,
  options: Readonly<Record<string, unknown>>,
  noun: string,
): ViewParam<F> => {
  const ids = Object.keys(options);
  const hint = `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
  return param<F>({
    field,
    read: (value, { ignore }) => {
      if (ids.includes(value)) return value as ViewState[F];
      ignore(value, `unknown ${noun} ${quote(value)}: use ${hint}`);
      return undefined;
    },
    write: (value) => String(value),
  });
};

export const flag = <F extends Field>(field: F, key: string): ViewParam<F> =>
  param<F>({
    field,
    read: (value, { ignore }) => {
      if (value === '1' || value === '0') return (value === '1') as ViewState[F];
      ignore(value, `${key} takes 1 or 0`);
      return undefined;
    },
    write: (value) => (value ? '1' : '0'),
  });
