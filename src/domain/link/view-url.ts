// The address of a view: the page's own address with a new query string, the fragment kept unless
// it is a skip link's target (where focus went, not part of the view: never in a shared link).
// Built from the whole href, not origin + path: a page opened from disk has the origin "null", and
// a path-absolute reference built from a pathname such as `//` or `//host/x` would be read as
// another origin, which the browser refuses to write.
import type { ViewState } from '../view/state';
import { viewToSearch } from './encode';
import { shareableHash } from './hash';

/** `href` with its query replaced by `search` and a skip link's hash dropped. */
export function hrefWithSearch(href: string, search: string): string {
  const url = new URL(href);
  url.search = search;
  url.hash = shareableHash(url.hash);
  return url.href;
}

/** The address that reopens `view`. */
export const viewUrl = (href: string, view: ViewState): string =>
  hrefWithSearch(href, viewToSearch(view));
