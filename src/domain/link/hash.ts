// The part of an address after '#'. The skip link's targets are places on the page, not part of
// the view, so a link someone copies never carries them; any other hash (a source's anchor,
// #source-S000) is kept.

/** The ids the skip link may land on, in the order it looks for them. */
export const SKIP_TARGET_IDS = { table: 'table', comparison: 'comparison', main: 'main' } as const;

const SKIP_HASHES = new Set(Object.values(SKIP_TARGET_IDS).map((id) => `#${id}`));

/** `hash` as a shared link should carry it: '' for a skip-link target, else unchanged. */
export const shareableHash = (hash: string): string => (SKIP_HASHES.has(hash) ? '' : hash);
