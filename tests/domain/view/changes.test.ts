import { describe, expect, it } from 'vitest';
import { changesFrom } from '../../../src/domain/view/changes';
import { DEFAULT_VIEW } from '../../../src/domain/view/state';

describe('changesFrom', () => {
  it('names only the fields that differ, lists compared by what they hold', () => {
    const view = { ...DEFAULT_VIEW, glossaryOpen: true, platformTypes: ['rifle'], sorting: [] };
    expect(changesFrom(DEFAULT_VIEW, view)).toEqual({
      glossaryOpen: true,
      platformTypes: ['rifle'],
    });
    expect(changesFrom(DEFAULT_VIEW, { ...DEFAULT_VIEW, operators: [] })).toEqual({});
  });
});
