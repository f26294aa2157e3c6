import {
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_OPERATOR_IDS,
} from '../../../src/catalogue/built-in-vocabulary';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CAPABILITY_KIND_IDS } from '../../../src/catalogue/vocabulary';
import { decodeView } from '../../../src/domain/link/decode';
import { VIEW_URL_KEYS } from '../../../src/domain/link/encode';
import { COLUMN_IDS } from '../../../src/domain/table/columns';
import {
  BASES,
  KNOWN,
  KNOWN_IDS,
  MODES,
  PROPERTY_TIMEOUT,
  decode,
  isReadable,
} from './view-fixtures';

describe('decoding never throws and always yields a valid view', () => {
  const urlish = fc.constantFrom(
    '%',
    '%2',
    '%E0%A4%A',
    '%ZZ',
    '%00',
    '%C0%80',
    '%F0%9F%98',
    '&',
    '=',
    '~',
    '.',
    '_',
    ',',
    '-',
    '+',
    '?',
    '#',
    ...VIEW_URL_KEYS,
    '__proto__',
    'constructor',
    'mbt',
    'system',
    't-72',
    't-72.iraq.t-72m1',
    '<script>',
  );

  it(
    'on arbitrary strings',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (search) => {
          return isReadable(decode(search));
        }),
        { numRuns: 40_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on strings built from URL-ish pieces',
    () => {
      fc.assert(
        fc.property(fc.array(urlish, { maxLength: 40 }), (pieces) => {
          return isReadable(decode(`?${pieces.join('')}`));
        }),
        { numRuns: 40_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on arbitrary key/value sets and leaves Object.prototype alone',
    () => {
      const key = fc.oneof(
        fc.constantFrom(...VIEW_URL_KEYS, '__proto__', 'constructor', 'prototype', 'toString'),
        fc.string({ maxLength: 8 }),
      );
      const token = fc.oneof(
        fc.constantFrom(
          ...BUILT_IN_PLATFORM_TYPE_IDS,
          ...BUILT_IN_OPERATOR_IDS,
          ...CAPABILITY_KIND_IDS,
          ...COLUMN_IDS,
          ...COLUMN_IDS.map((id) => `-${id}`),
          ...KNOWN_IDS.systems,
          ...KNOWN_IDS.comparisonItems,
          ...BASES,
          ...MODES,
          '0',
          '1',
          '2',
          '__proto__',
        ),
        fc.string({ unit: 'binary', maxLength: 12 }),
      );
      const value = fc.oneof(
        fc.array(token, { maxLength: 8 }).map((tokens) => tokens.join('_')),
        fc.constantFrom('0', '1', ''),
        fc.string({ unit: 'binary', maxLength: 30 }),
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(key, value), { maxLength: 16 }), (entries) => {
          const { view: decoded, ignored } = decodeView(new URLSearchParams(entries), KNOWN);
          return (
            isReadable({ view: decoded, ignored }) &&
            ignored.every((part) => typeof part.reason === 'string') &&
            Object.keys(Object.prototype).length === 0
          );
        }),
        { numRuns: 20_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
