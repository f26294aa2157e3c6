// The fast first check of an opened file's systems: the published JSON Schema of a system,
// compiled by ajv into plain code when the schemas are written (scripts/write-json-schema.ts).
// A system it takes is kept as read, its texts trimmed in place as valibot's `v.trim()` would and
// shared through a pool (./shared-strings.ts); only a system it refuses goes to valibot, for the
// problems worded as the app words them.
// tests/catalogue/schema-mutations.test.ts keeps the published schema and valibot in agreement.
import hasShape from './system-shape.generated';
import type { System } from './schema';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

type Share = (text: string) => string;

/**
 * Every string in `value` trimmed and shared, in place. In a system only free texts can carry
 * white space at their ends: ids, dates and vocabulary values that had any would not have passed
 * the check.
 */
function trimInPlace(value: Record<string, unknown> | unknown[], share: Share): void {
  // Walked by key and index, not through a list of pairs: a file of 100,000 systems has millions
  // of objects, and the pairs made for each were some 400 ms of a worker's open in Chromium.
  const container = value as Record<string | number, unknown>;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) trimEntry(container, index, share);
    return;
  }
  for (const key in value) trimEntry(container, key, share);
}

function trimEntry(
  value: Record<string | number, unknown>,
  key: string | number,
  share: Share,
): void {
  const item = value[key];
  if (typeof item === 'string') value[key] = share(item.trim());
  else if (isRecord(item)) trimInPlace(item as Record<string, unknown>, share);
}

/**
 * `value` as a system if it has a system's shape (taken over, trimmed and its texts shared through
 * `share`), or null.
 */
export function asSystem(value: unknown, share: Share = (text) => text): System | null {
  if (!isRecord(value) || !(hasShape as (data: unknown) => boolean)(value)) return null;
  trimInPlace(value, share);
  return value as System;
}
