// An over-long link is cut before it is read, so a 10 MB query costs no more than a short one;
// every parameter in the part cut off is still named in the notice.
import type { IgnoredParts } from './ignored-parts';

/**
 * Longer raw query strings are cut. The longest view written is about 2,000 characters
 * (2,600 with a search in a 3-byte script such as Devanagari).
 */
export const LINK_QUERY_MAX_LENGTH = 4000;

const CUT_OFF = `the link is longer than ${LINK_QUERY_MAX_LENGTH.toLocaleString('en')} characters, so this part was cut off`;
// Enough raw text to decode to more than the 100 characters a notice shows, in any script.
const CUT_OFF_HEAD = 1200;

/** The part of `search` that is read; what is cut off is reported key by key. */
export function cutOverlong(search: string, report: IgnoredParts): string {
  if (search.length <= LINK_QUERY_MAX_LENGTH) return search;
  // Cut at a parameter boundary so no value is read half-way.
  const boundary = search.slice(0, LINK_QUERY_MAX_LENGTH + 1).lastIndexOf('&');
  const kept = boundary > 0 ? boundary : 0;
  reportCutOff(search.slice(kept), report);
  return search.slice(0, kept);
}

/** Names every parameter in the part of an over-long link that is not read. */
function reportCutOff(rest: string, report: IgnoredParts): void {
  let start = rest.startsWith('?') ? 1 : 0;
  while (start <= rest.length) {
    const end = rest.indexOf('&', start);
    const stop = end < 0 ? rest.length : end;
    if (stop > start && report.full) {
      report.add('', '', CUT_OFF);
    } else if (stop > start) {
      let head = rest.slice(start, Math.min(stop, start + CUT_OFF_HEAD));
      if (stop - start > CUT_OFF_HEAD) head = `${head.replace(/%[0-9A-Fa-f]?$/, '')}…`;
      const [key = '', value = ''] = [...new URLSearchParams(`&${head}`)][0] ?? [];
      report.add(key, value, CUT_OFF);
    }
    if (end < 0) break;
    start = end + 1;
  }
}
