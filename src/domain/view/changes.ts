// What a view changed from another, field by field: what a person did to the page before its
// catalogue arrived, to be kept over the view the link asks for.
import type { ViewState } from './state';

/** The fields of `view` whose values differ from `base`'s (lists and records compared whole). */
export function changesFrom(base: ViewState, view: ViewState): Partial<ViewState> {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(view) as (keyof ViewState)[]) {
    if (JSON.stringify(view[field]) !== JSON.stringify(base[field])) changes[field] = view[field];
  }
  return changes as Partial<ViewState>;
}
