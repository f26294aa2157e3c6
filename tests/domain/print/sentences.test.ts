import { describe, expect, it } from 'vitest';
import { comparisonModel } from '../../../src/domain/comparison/model';
import { comparisonSentence, detailSentence, printedOn } from '../../../src/domain/print/sentences';
import { deriveRows } from '../../../src/domain/table/rows';
import { DEFAULT_VIEW } from '../../../src/domain/view/state';
import { loadShippedCatalogue } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);

describe('the sentence on a printed page', () => {
  it('names the compared items, the mode, the count of differences and the baseline', () => {
    const view = { ...DEFAULT_VIEW, comparison: ['t-72', 'm109', 'akm'] };
    const model = comparisonModel(view, rows);
    expect(comparisonSentence(model, 'all')).toBe(
      `Comparing T-72, M109 and AKM · all attributes · ${model.differing} of ${model.attributes.length} attributes differ`,
    );
    const pinned = comparisonModel({ ...view, baseline: 'm109' }, rows);
    expect(comparisonSentence(pinned, 'differences')).toMatch(
      /^Comparing T-72, M109 and AKM · differences only · .* · measured against M109$/,
    );
  });

  it('names the system of a detail and its platform type label', () => {
    expect(detailSentence({ name: 'T-72' }, 'Main battle tank')).toBe(
      'Detail of the T-72 (main battle tank): its Iraqi and Iranian variants and what Iran can supply',
    );
  });

  it('dates the page by the local calendar day', () => {
    expect(printedOn(new Date(2026, 10, 21, 23, 59))).toBe('21 November 2026');
    expect(printedOn(new Date(2027, 0, 2, 0, 1))).toBe('2 January 2027');
  });
});
