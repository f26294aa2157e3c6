import type { Citation } from '../../catalogue/schema';

/** A citation in words for files and the clipboard: "S000 item 1". */
export const citationText = (cite: Citation): string =>
  `${cite.source} ${cite.locator.replace(/-/gu, ' ')}`;
