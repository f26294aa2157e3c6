// The address of a view: the page's own address with the view's query string, the fragment kept
// unless it is a skip link's target.
// Built from the whole href, not origin + path: a page opened from disk has the origin "null".
import type { ViewState } from '../view/state';
import { viewToSearch } from './codec';
import { shareableHash } from './hash';

export function viewUrl(href: string, view: ViewState): string {
  const url = new URL(href);
  url.search = viewToSearch(view);
  // A skip link's #table is where focus went, not part of the view: never in a shared link.
  url.hash = shareableHash(url.hash);
  return url.href;
}
