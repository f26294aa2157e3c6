import { describe, expect, it } from 'vitest';
import { comparisonModel } from '../../../src/domain/comparison/model';
import { leftOutAttributesNote, leftOutColumnsNote } from '../../../src/domain/print/left-out';
import { FULL_COLUMN_IDS } from '../../../src/domain/table/column-sets';
import { tableColumnIds } from '../../../src/domain/table/model';
import { deriveRows } from '../../../src/domain/table/rows';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';
import { loadShippedCatalogue } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);
const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

describe('what a printed table leaves out', () => {
  it('names the columns the glance set does not show, and says the summary stands for the capabilities', () => {
    expect(leftOutColumnsNote(view({ columnSet: 'glance' }))).toBe(
      'Not shown: 7 columns (Platform type, Iraqi operator, Iranian operator, How Iran has it, ' +
        'General reference: Country of origin, General reference: Main armament / calibre, ' +
        'General reference: Ammunition family); “Iran can supply: Summary” sums up 6 more, ' +
        'each capability in a column of its own under “All columns”.',
    );
    // The columns printed, the summary standing for some, and those not shown add up to the
    // full table's.
    const note = leftOutColumnsNote(view({ columnSet: 'glance' })) ?? '';
    const [, notShown, summed] =
      /^Not shown: (\d+) columns .* sums up (\d+) more/u.exec(note) ?? [];
    const printed = tableColumnIds(view({ columnSet: 'glance' })).length;
    expect(printed - 1 + Number(summed) + Number(notShown)).toBe(FULL_COLUMN_IDS.length);
  });

  it('says nothing of the full table with every column, and names the ones hidden from it', () => {
    expect(leftOutColumnsNote(view({ columnSet: 'full' }))).toBeNull();
    expect(
      leftOutColumnsNote(
        view({ columnSet: 'full', hiddenColumns: ['iraqiOperator', 'cap-spares'] }),
      ),
    ).toBe('Not shown: 2 of 17 columns (Iraqi operator, Iran can supply: Spares & servicing).');
  });

  it('counts the reference columns "sourced facts only" leaves out', () => {
    expect(leftOutColumnsNote(view({ columnSet: 'full', basis: 'sourced' }))).toMatch(
      /^Not shown: 3 of 17 columns \(General reference: Country of origin, /u,
    );
  });
});

describe('what a printed comparison leaves out', () => {
  const compared = { comparison: ['t-72', 'm109', 'akm'] };

  it('says nothing when every attribute is shown', () => {
    const shown = view(compared);
    expect(leftOutAttributesNote(comparisonModel(shown, rows), shown)).toBeNull();
  });

  it('names the attributes whose columns are hidden and counts those the mode leaves out', () => {
    const narrowed = view({
      ...compared,
      hiddenColumns: ['origin'],
      comparisonMode: 'differences',
    });
    const model = comparisonModel(narrowed, rows);
    const byMode = model.attributes.length - model.shown.length;
    expect(byMode).toBeGreaterThan(0);
    expect(leftOutAttributesNote(model, narrowed)).toBe(
      `Not shown: 1 attribute whose columns are hidden (Country of origin); ${byMode} attributes left out by “Differences only”.`,
    );
  });
});
