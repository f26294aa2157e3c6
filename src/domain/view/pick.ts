// A part of the view, named once: the fields a store selector, a query or a model reads.
import type { ViewState } from './state';

/** A function that takes the named fields of a view, and nothing else. */
export function viewPart<K extends keyof ViewState>(
  fields: readonly K[],
): (view: ViewState) => Pick<ViewState, K> {
  return (view) => {
    const part = {} as Pick<ViewState, K>;
    for (const field of fields) part[field] = view[field];
    return part;
  };
}
