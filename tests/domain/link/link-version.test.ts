import { describe, expect, it } from 'vitest';
import { IgnoredParts } from '../../../src/domain/link/ignored-parts';
import {
  VIEW_URL_VERSION,
  migrateViewParams,
  readVersion,
  type ViewUrlMigration,
} from '../../../src/domain/link/link-version';
import { decode, reasons } from './view-fixtures';

describe('the link version', () => {
  it.each([
    ['?v=abc', 'abc', "unknown link version 'abc': read as version 1"],
    ['?v=0&type=mbt', '0', 'there is no link version 0: read as version 1'],
  ])(
    'reports %s as a version it cannot read, and reads the link as the current version',
    (search, value, reason) => {
      expect(decode(search).ignored).toEqual([{ key: 'v', value, reason }]);
    },
  );

  it('takes the version key out of what is read as the view', () => {
    const params = new Map([
      ['v', '1'],
      ['type', 'mbt'],
    ]);
    const report = new IgnoredParts();
    expect(readVersion(params, report)).toBe(VIEW_URL_VERSION);
    expect([...params.keys()]).toEqual(['type']);
    expect(report.parts()).toEqual([]);
  });

  it('reads a link from a newer version as far as it can', () => {
    const { view: decoded, ignored } = decode('?v=99&type=mbt&tilt=3');
    expect(decoded.platformTypes).toEqual(['mbt']);
    expect(reasons(ignored)).toEqual([
      'link made by a newer version of the app (99): read as version 1, so some parts may be ignored',
      'unknown key',
    ]);
  });

  it('runs migrations in order from the link version up to the current one', () => {
    const renameKey =
      (from: string, to: string): ViewUrlMigration =>
      (params) =>
        new Map([...params].map(([key, value]) => [key === from ? to : key, value]));
    const fakes = new Map([
      [1, renameKey('kind', 'types')],
      [2, renameKey('types', 'type')],
    ]);
    const migrated = migrateViewParams(new Map([['kind', 'mbt']]), 1, fakes, 3);
    expect([...migrated]).toEqual([['type', 'mbt']]);
    expect([...migrateViewParams(new Map([['kind', 'mbt']]), VIEW_URL_VERSION)]).toEqual([
      ['kind', 'mbt'],
    ]);
  });
});
