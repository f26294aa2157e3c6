// The address of a view: the page's own address with the view's query string, the fragment kept.
// Built from the whole href, not origin + path: a page opened from disk has the origin "null".
import type { ViewState } from '../view/state';
import { viewToSearch } from './codec';

export function viewUrl(href: string, view: ViewState): string {
  const url = new URL(href);
  url.search = viewToSearch(view);
  return url.href;
}
