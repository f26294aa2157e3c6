// The view as a link: a briefer copies it and it must reopen the same view. Each key is written
// from the grammar in params.ts, and a value the link would imply anyway is left out.
import type { ViewState } from '../view/state';
import { impliedValue } from './implied-values';
import { VERSION_KEY, VIEW_URL_VERSION } from './link-version';
import { VIEW_PARAM_LIST, VIEW_PARAMS } from './params';

/** The keys in the order they are written. */
export const VIEW_URL_KEYS = [VERSION_KEY, ...Object.keys(VIEW_PARAMS)] as readonly string[];

export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, { field, write }] of VIEW_PARAM_LIST) {
    const value = write(view[field] as never);
    if (value !== write(impliedValue(key, view, field) as never)) params.set(key, value);
  }
  if (params.size === 0) return params;
  return new URLSearchParams([[VERSION_KEY, String(VIEW_URL_VERSION)], ...params]);
}

/** The query string for a view: '' for the default view, otherwise '?…'. */
export function viewToSearch(view: ViewState): string {
  const query = encodeView(view).toString();
  return query === '' ? '' : `?${query}`;
}
